// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/undosteps.h"

#include "casework/casefileservice.h"
#include "casework/proceedingservice.h"
#include "storage/casefilerepository.h"
#include "storage/proceedingrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QUndoStack>

#include <functional>

namespace aw::ui {

using core::Result;

class OwnRevisions
{
public:
    // Held by a step from reading the revision to recording the one it wrote.
    QMutex mutex;

    // Whether every revision after `from` up to `to` came from the book's edits.
    bool onlyOwnSince(const QString &key, int from, int to) const
    {
        const QSet<int> own = m_revs.value(key);
        for (int rev = from + 1; rev <= to; ++rev) {
            if (!own.contains(rev))
                return false;
        }
        return from <= to;
    }
    void record(const QString &key, int rev) { m_revs[key].insert(rev); }

private:
    QHash<QString, QSet<int>> m_revs;
};

namespace {

// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::ui::DetailPane)
};

// Keeps a stack's book alive as long as the stack.
class OwnRevisionsHolder : public QObject
{
public:
    using QObject::QObject;
    std::shared_ptr<OwnRevisions> book = std::make_shared<OwnRevisions>();
};

// What a step needs to know of the object before it writes.
struct Current
{
    int rev = 0;
    QString staleMessage;  // why it refuses, should it
};

using Read = std::function<Result<Current>(const QSqlDatabase &)>;
using Write = std::function<Result<int>(const casework::Session &, int currentRev)>;

StoreChangeCommand::Step ownStep(std::shared_ptr<OwnRevisions> own, const QString &userId, const QString &key,
                                 Read read, Write write)
{
    return [own = std::move(own), userId, key, read = std::move(read),
            write = std::move(write)](const std::shared_ptr<storage::Store> &store, int expectedRev) -> Result<int> {
        const QMutexLocker lock(&own->mutex);
        const casework::Session session(store, userId);
        auto current = read(session.db());
        if (!current)
            return current.error();
        if (!own->onlyOwnSince(key, expectedRev, current->rev))
            return core::conflict(current->staleMessage);
        // The service checks the revision once more in its transaction (where it takes one).
        auto rev = write(session, current->rev);
        if (rev)
            own->record(key, rev.value());
        return rev;
    };
}

Read readCaseFile(const QString &id)
{
    return [id](const QSqlDatabase &db) -> Result<Current> {
        auto file = storage::CaseFileRepository(db).get(id);
        if (!file)
            return file.error();
        return Current{
            file->rev,
            Text::tr("The case file “%1” was changed meanwhile. Reload it and try again.").arg(file->reference)};
    };
}

Read readProceeding(const QString &id)
{
    return [id](const QSqlDatabase &db) -> Result<Current> {
        auto p = storage::ProceedingRepository(db).get(id);
        if (!p)
            return p.error();
        return Current{
            p->rev,
            Text::tr("Someone else changed the proceeding “%1” meanwhile. Reload it and try again.").arg(p->reference)};
    };
}

}  // namespace

std::shared_ptr<OwnRevisions> ownRevisionsOf(QUndoStack *stack)
{
    if (!stack)
        return std::make_shared<OwnRevisions>();
    for (QObject *child : stack->children()) {
        if (auto *holder = dynamic_cast<OwnRevisionsHolder *>(child))
            return holder->book;
    }
    return (new OwnRevisionsHolder(stack))->book;
}

namespace undosteps {

StoreChangeCommand::Step caseFileSubject(std::shared_ptr<OwnRevisions> own, const QString &userId, const QString &id,
                                         const QString &subject)
{
    return ownStep(std::move(own), userId, QStringLiteral("case_file/") + id, readCaseFile(id),
                   [id, subject](const casework::Session &session, int rev) -> Result<int> {
                       auto file = casework::CaseFileService(session).editSubject(id, subject, rev);
                       if (!file)
                           return file.error();
                       return file->rev;
                   });
}

StoreChangeCommand::Step proceedingSubject(std::shared_ptr<OwnRevisions> own, const QString &userId, const QString &id,
                                           const QString &subject)
{
    return ownStep(std::move(own), userId, QStringLiteral("proceeding/") + id, readProceeding(id),
                   [id, subject](const casework::Session &session, int rev) -> Result<int> {
                       auto p = casework::ProceedingService(session).editSubject(id, subject, rev);
                       if (!p)
                           return p.error();
                       return p->rev;
                   });
}

StoreChangeCommand::Step proceedingDue(std::shared_ptr<OwnRevisions> own, const QString &userId, const QString &id,
                                       const QDate &due)
{
    return ownStep(std::move(own), userId, QStringLiteral("proceeding/") + id, readProceeding(id),
                   [id, due](const casework::Session &session, int rev) -> Result<int> {
                       auto p = casework::ProceedingService(session).setDue(id, due, rev);
                       if (!p)
                           return p.error();
                       return p->rev;
                   });
}

StoreChangeCommand::Step proceedingAssignee(std::shared_ptr<OwnRevisions> own, const QString &userId, const QString &id,
                                            const QString &assignee)
{
    return ownStep(std::move(own), userId, QStringLiteral("proceeding/") + id, readProceeding(id),
                   [id, assignee](const casework::Session &session, int rev) -> Result<int> {
                       auto p = casework::ProceedingService(session).assign(id, assignee, rev);
                       if (!p)
                           return p.error();
                       return p->rev;
                   });
}

}  // namespace undosteps

}  // namespace aw::ui
