// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/storeopening.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent>

namespace aw::ui {

namespace {

// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::ui::StoreOpening)
};

using StoreResult = core::Result<std::shared_ptr<storage::Store>>;

}  // namespace

StoreResult openStoreShowingProgress(const QString &dir, storage::Database::OpenMode mode,
                                     storage::Database::Integrity integrity, std::chrono::milliseconds noteAfter)
{
    QFutureWatcher<StoreResult> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<StoreResult>::finished, &loop, &QEventLoop::quit);

    // No window exists yet: the note stands alone, without a Cancel (the upgrade cannot stop halfway).
    QProgressDialog note;
    note.setObjectName(QStringLiteral("storeOpeningNote"));
    note.setWindowTitle(Text::tr("Aktenwerk"));
    note.setLabelText(Text::tr("Opening the store …\n\nAfter an update of Aktenwerk the store is brought up to "
                               "the new version first.\nWith many documents this takes a few minutes. Please "
                               "leave Aktenwerk open meanwhile."));
    note.setCancelButton(nullptr);
    note.setRange(0, 0);  // busy: the upgrade runs as one SQL transaction and cannot say how far it is
    note.setMinimumDuration(0);
    note.setAutoClose(false);
    note.setAutoReset(false);
    note.hide();  // QProgressDialog would show itself after its own delay
    QTimer showNote;
    showNote.setSingleShot(true);
    QObject::connect(&showNote, &QTimer::timeout, &note, &QWidget::show);

    watcher.setFuture(QtConcurrent::run([dir, mode, integrity] { return storage::Store::open(dir, mode, integrity); }));
    if (noteAfter.count() <= 0)
        note.show();
    if (!watcher.isFinished()) {
        if (noteAfter.count() > 0)
            showNote.start(noteAfter);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    showNote.stop();
    note.hide();
    return watcher.result();
}

}  // namespace aw::ui
