// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

namespace aw::ui {

// Picks the UI language: `requested` ("de" or "en") if given, else the system's if it is English,
// else German (the users are German clerks). Installs Aktenwerk's and Qt's own translations and
// returns the language chosen.
QString installTranslations(QCoreApplication &app, const QString &requested = {});

}  // namespace aw::ui
