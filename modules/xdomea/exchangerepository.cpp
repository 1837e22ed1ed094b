// SPDX-License-Identifier: GPL-3.0-or-later
#include "xdomea/exchangerepository.h"

#include "storage/records.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <array>

using aw::core::Result;
using namespace aw::storage;

namespace aw::xdomea {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::xdomea::Exchange)
};

constexpr std::array<std::pair<ProcessKind, const char *>, 3> kKinds{{
    {ProcessKind::TransferOut, "transfer_out"},
    {ProcessKind::TransferIn, "transfer_in"},
    {ProcessKind::Disposal, "disposal"},
}};

constexpr std::array<std::pair<Fate, const char *>, 3> kFates{{
    {Fate::Archived, "archived"},
    {Fate::Destroyed, "destroyed"},
    {Fate::Transferred, "transferred"},
}};

constexpr std::array<std::pair<ProcessState, const char *>, 7> kStates{{
    {ProcessState::Offered, "offered"},
    {ProcessState::Evaluated, "evaluated"},
    {ProcessState::Transferred, "transferred"},
    {ProcessState::Completed, "completed"},
    {ProcessState::Sent, "sent"},
    {ProcessState::Received, "received"},
    {ProcessState::Confirmed, "confirmed"},
}};

template <typename E, std::size_t N>
E fromName(const std::array<std::pair<E, const char *>, N> &table, const QString &name)
{
    for (const auto &[value, text] : table) {
        if (name == QLatin1String(text))
            return value;
    }
    return table.front().first;
}

Process processOf(const QSqlQuery &q)
{
    Process p;
    p.id = q.value(0).toString();
    p.kind = fromName(kKinds, q.value(1).toString());
    p.partner = q.value(2).toString();
    p.state = fromName(kStates, q.value(3).toString());
    p.createdAt = dateTimeFromStored(q.value(4).toString());
    p.createdBy = q.value(5).toString();
    p.updatedAt = dateTimeFromStored(q.value(6).toString());
    return p;
}

const char *kProcessColumns =
    "SELECT id, kind, partner, state, created_at, created_by, updated_at FROM xdomea_process ";

Item itemOf(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toString(), q.value(6).toString()};
}

const char *kItemColumns = "SELECT i.process_id, i.object_id, i.case_file_id, i.decision, i.outcome, i.archive_id, "
                           "i.remark FROM xdomea_item i ";

}  // namespace

QString fateName(Fate fate)
{
    for (const auto &[value, text] : kFates) {
        if (value == fate)
            return QString::fromLatin1(text);
    }
    return {};
}

QString kindName(ProcessKind kind)
{
    for (const auto &[value, text] : kKinds) {
        if (value == kind)
            return QString::fromLatin1(text);
    }
    return {};
}

QString stateName(ProcessState state)
{
    for (const auto &[value, text] : kStates) {
        if (value == state)
            return QString::fromLatin1(text);
    }
    return {};
}

QString stateTitle(ProcessState state)
{
    switch (state) {
    case ProcessState::Offered:
        return Text::tr("offered to the archive");
    case ProcessState::Evaluated:
        return Text::tr("evaluated by the archive");
    case ProcessState::Transferred:
        return Text::tr("handed to the archive");
    case ProcessState::Completed:
        return Text::tr("completed");
    case ProcessState::Sent:
        return Text::tr("sent");
    case ProcessState::Received:
        return Text::tr("received");
    case ProcessState::Confirmed:
        return Text::tr("confirmed by the recipient");
    }
    return {};
}

Result<void> ExchangeRepository::insertProcess(const Process &p)
{
    return done(exec(m_db,
                     QStringLiteral("INSERT INTO xdomea_process (id, kind, partner, state, created_at, created_by, "
                                    "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                     textsNotNull({p.id, kindName(p.kind), p.partner, stateName(p.state), toStored(p.createdAt),
                                   p.createdBy, toStored(p.updatedAt)})));
}

Result<void> ExchangeRepository::setState(const QString &processId, ProcessState state)
{
    return done(exec(m_db, QStringLiteral("UPDATE xdomea_process SET state = ?, updated_at = ? WHERE id = ?"),
                     {stateName(state), toStored(QDateTime::currentDateTimeUtc()), processId}));
}

Result<Process> ExchangeRepository::process(const QString &id) const
{
    return row<Process>(exec(m_db, QLatin1String(kProcessColumns) + QStringLiteral("WHERE id = ?"), {id}), processOf,
                        Text::tr("There is no xdomea exchange with the ProzessID %1 in this store.").arg(id));
}

Result<QList<Process>> ExchangeRepository::processes(ProcessKind kind) const
{
    return rows<Process>(
        exec(m_db, QLatin1String(kProcessColumns) + QStringLiteral("WHERE kind = ? ORDER BY created_at DESC"),
             {kindName(kind)}),
        processOf);
}

Result<void> ExchangeRepository::insertMessage(const ExchangeMessage &m)
{
    return done(exec(m_db,
                     QStringLiteral("INSERT INTO xdomea_message (id, process_id, type, direction, at, by_user, "
                                    "xml_sha256, package_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                     textsNotNull({m.id, m.processId, m.type, m.outgoing ? QStringLiteral("out") : QStringLiteral("in"),
                                   toStored(m.at), m.byUser, m.xmlSha256, m.packageName})));
}

Result<QList<ExchangeMessage>> ExchangeRepository::messages(const QString &processId) const
{
    return rows<ExchangeMessage>(
        exec(m_db,
             QStringLiteral("SELECT id, process_id, type, direction, at, by_user, xml_sha256, package_name "
                            "FROM xdomea_message WHERE process_id = ? ORDER BY at, rowid"),
             {processId}),
        [](const QSqlQuery &q) {
            return ExchangeMessage{q.value(0).toString(),
                                   q.value(1).toString(),
                                   q.value(2).toString(),
                                   q.value(3).toString() == QLatin1String("out"),
                                   dateTimeFromStored(q.value(4).toString()),
                                   q.value(5).toString(),
                                   q.value(6).toString(),
                                   q.value(7).toString()};
        });
}

Result<void> ExchangeRepository::insertItem(const Item &i)
{
    return done(
        exec(m_db,
             QStringLiteral("INSERT INTO xdomea_item (process_id, object_id, case_file_id, decision, outcome, "
                            "archive_id, remark) VALUES (?, ?, ?, ?, ?, ?, ?)"),
             textsNotNull({i.processId, i.objectId, i.caseFileId, i.decision, i.outcome, i.archiveId, i.remark})));
}

Result<void> ExchangeRepository::updateItem(const Item &i)
{
    return done(exec(m_db,
                     QStringLiteral("UPDATE xdomea_item SET decision = ?, outcome = ?, archive_id = ?, remark = ? "
                                    "WHERE process_id = ? AND object_id = ?"),
                     textsNotNull({i.decision, i.outcome, i.archiveId, i.remark, i.processId, i.objectId})));
}

Result<QList<Item>> ExchangeRepository::items(const QString &processId) const
{
    return rows<Item>(exec(m_db,
                           QLatin1String(kItemColumns) +
                               QStringLiteral("JOIN case_file f ON f.id = i.case_file_id WHERE i.process_id = ? "
                                              "ORDER BY f.reference"),
                           {processId}),
                      itemOf);
}

Result<QList<Item>> ExchangeRepository::receivedItems(const QString &objectId) const
{
    return rows<Item>(
        exec(m_db,
             QLatin1String(kItemColumns) + QStringLiteral("JOIN xdomea_process p ON p.id = i.process_id "
                                                          "WHERE i.object_id = ? AND p.kind = 'transfer_in'"),
             {objectId}),
        itemOf);
}

Result<QList<DueRow>> ExchangeRepository::due(const QString &today) const
{
    return rows<DueRow>(
        exec(m_db,
             QStringLiteral("SELECT f.id, f.reference, f.subject, f.owner_unit_id, u.name, n.code, f.closed_at, "
                            "f.retention_until, f.disposal, COALESCE(i.process_id, ''), COALESCE(i.decision, '') "
                            "FROM case_file f JOIN org_unit u ON u.id = f.owner_unit_id "
                            "JOIN file_plan_node n ON n.id = f.node_id "
                            "LEFT JOIN (SELECT i.case_file_id, i.process_id, i.decision FROM xdomea_item i "
                            "           JOIN xdomea_process p ON p.id = i.process_id "
                            "           WHERE p.kind = 'disposal') i ON i.case_file_id = f.id "
                            "WHERE f.status = 'closed' AND f.retention_until IS NOT NULL AND f.retention_until <= ? "
                            "AND NOT EXISTS (SELECT 1 FROM disposed_case_file d WHERE d.case_file_id = f.id) "
                            "ORDER BY f.retention_until, f.reference"),
             {today}),
        [](const QSqlQuery &q) {
            return DueRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                          q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                          q.value(8).toString(), q.value(9).toString(), q.value(10).toString()};
        });
}

Result<void> ExchangeRepository::insertDisposed(const DisposedCaseFile &d)
{
    return done(exec(m_db,
                     QStringLiteral("INSERT INTO disposed_case_file (case_file_id, how, process_id, archive_id, "
                                    "recipient, documents, bytes, at, by_user) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     textsNotNull({d.caseFileId, fateName(d.fate), nullable(d.processId), d.archiveId, d.recipient,
                                   d.documents, d.bytes, toStored(d.at), d.byUser})));
}

namespace {

const char *kDisposedColumns = "SELECT case_file_id, how, process_id, archive_id, recipient, documents, bytes, at, "
                               "by_user FROM disposed_case_file ";

DisposedCaseFile disposedOf(const QSqlQuery &q)
{
    DisposedCaseFile d;
    d.caseFileId = q.value(0).toString();
    d.fate = fromName(kFates, q.value(1).toString());
    d.processId = q.value(2).toString();
    d.archiveId = q.value(3).toString();
    d.recipient = q.value(4).toString();
    d.documents = q.value(5).toInt();
    d.bytes = q.value(6).toLongLong();
    d.at = dateTimeFromStored(q.value(7).toString());
    d.byUser = q.value(8).toString();
    return d;
}

}  // namespace

Result<QList<DisposedCaseFile>> ExchangeRepository::disposed() const
{
    return rows<DisposedCaseFile>(exec(m_db, QLatin1String(kDisposedColumns) + QStringLiteral("ORDER BY at DESC")),
                                  disposedOf);
}

Result<DisposedCaseFile> ExchangeRepository::disposedRecord(const QString &caseFileId) const
{
    return row<DisposedCaseFile>(
        exec(m_db, QLatin1String(kDisposedColumns) + QStringLiteral("WHERE case_file_id = ?"), {caseFileId}),
        disposedOf, Text::tr("The case file has not left the store."));
}

bool ExchangeRepository::isDisposed(const QString &caseFileId) const
{
    auto v = scalar(m_db, QStringLiteral("SELECT 1 FROM disposed_case_file WHERE case_file_id = ?"), {caseFileId});
    return v && v->isValid();
}

}  // namespace aw::xdomea
