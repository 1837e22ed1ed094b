// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace aw::ui {

QString installTranslations(QCoreApplication &app, const QString &requested)
{
    QString language = requested;
    if (language != QLatin1String("de") && language != QLatin1String("en"))
        language = QLocale::system().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("de");
    QLocale::setDefault(QLocale(language == QLatin1String("de") ? QLocale::German : QLocale::English,
                                language == QLatin1String("de") ? QLocale::Germany : QLocale::UnitedKingdom));

    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/aktenwerk_") + language + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return language;
}

}  // namespace aw::ui
