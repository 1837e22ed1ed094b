// SPDX-License-Identifier: GPL-3.0-or-later
#include "civilstatus/requestrepository.h"

#include "storage/records.h"
#include "storage/sql.h"

#include <QCoreApplication>

using aw::core::Result;
using aw::storage::dateFromStored;
using aw::storage::exec;
using aw::storage::nullable;
using aw::storage::toStored;

namespace aw::civilstatus {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::civilstatus::RequestRepository)
};

const QString columns = QStringLiteral(
    "id, proceeding_id, channel, status, certificate_type, copies, without_parents, delivery, purpose, "
    "requester_first_names, requester_last_name, requester_birth_date, requester_address, requester_email, relation, "
    "interest, wanted_first_names, wanted_last_name, wanted_birth_date, wanted_number, register_entry_id, fee_cents, "
    "paid_cents, payment_reference, clerk_decision, clerk_justification, outcome_note, document_id, received_at, rev");

QVariant storedDate(const QDate &date)
{
    return date.isValid() ? QVariant(toStored(date)) : QVariant();
}

// Every column but id and rev, in the order of `columns`.
QVariantList valuesOf(const CertificateRequest &r)
{
    return storage::textsNotNull({r.proceedingId,
                                  r.atCounter ? QStringLiteral("counter") : QStringLiteral("online"),
                                  requestStatusKey(r.status),
                                  certificateTypeKey(r.type),
                                  r.copies,
                                  r.withoutParents ? 1 : 0,
                                  r.delivery == Delivery::Pickup ? QStringLiteral("pickup") : QStringLiteral("post"),
                                  r.purpose,
                                  r.requesterFirstNames,
                                  r.requesterLastName,
                                  storedDate(r.requesterBirthDate),
                                  r.requesterAddress,
                                  r.requesterEmail,
                                  relationKey(r.relation),
                                  interestKey(r.interest),
                                  r.wantedFirstNames,
                                  r.wantedLastName,
                                  storedDate(r.wantedBirthDate),
                                  r.wantedNumber,
                                  nullable(r.registerEntryId),
                                  r.fee,
                                  r.paid,
                                  r.paymentReference,
                                  r.clerkDecision,
                                  r.clerkJustification,
                                  r.outcomeNote,
                                  nullable(r.documentId),
                                  toStored(r.receivedAt)});
}

CertificateRequest fromRow(const QSqlQuery &q)
{
    CertificateRequest r;
    int i = 0;
    r.id = q.value(i++).toString();
    r.proceedingId = q.value(i++).toString();
    r.atCounter = q.value(i++).toString() == QLatin1String("counter");
    r.status = requestStatusFromKey(q.value(i++).toString()).value_or(RequestStatus::Received);
    r.type = certificateTypeFromKey(q.value(i++).toString()).value_or(CertificateType::Birth);
    r.copies = q.value(i++).toInt();
    r.withoutParents = q.value(i++).toBool();
    r.delivery = q.value(i++).toString() == QLatin1String("pickup") ? Delivery::Pickup : Delivery::Post;
    r.purpose = q.value(i++).toString();
    r.requesterFirstNames = q.value(i++).toString();
    r.requesterLastName = q.value(i++).toString();
    r.requesterBirthDate = dateFromStored(q.value(i++).toString());
    r.requesterAddress = q.value(i++).toString();
    r.requesterEmail = q.value(i++).toString();
    r.relation = relationFromKey(q.value(i++).toString()).value_or(Relation::Other);
    r.interest = interestFromKey(q.value(i++).toString()).value_or(Interest::None);
    r.wantedFirstNames = q.value(i++).toString();
    r.wantedLastName = q.value(i++).toString();
    r.wantedBirthDate = dateFromStored(q.value(i++).toString());
    r.wantedNumber = q.value(i++).toString();
    r.registerEntryId = q.value(i++).toString();
    r.fee = q.value(i++).toLongLong();
    r.paid = q.value(i++).toLongLong();
    r.paymentReference = q.value(i++).toString();
    r.clerkDecision = q.value(i++).toString();
    r.clerkJustification = q.value(i++).toString();
    r.outcomeNote = q.value(i++).toString();
    r.documentId = q.value(i++).toString();
    r.receivedAt = storage::dateTimeFromStored(q.value(i++).toString());
    r.rev = q.value(i++).toInt();
    return r;
}

}  // namespace

Result<void> RequestRepository::insert(const CertificateRequest &request)
{
    QVariantList values{request.id};
    values << valuesOf(request) << request.rev;
    QString marks = QStringLiteral("?");
    for (qsizetype i = 1; i < values.size(); ++i)
        marks += QStringLiteral(", ?");
    return storage::done(
        exec(m_db, QStringLiteral("INSERT INTO certificate_request (%1) VALUES (%2)").arg(columns, marks), values));
}

Result<CertificateRequest> RequestRepository::update(CertificateRequest request)
{
    QStringList names = columns.split(QStringLiteral(", "));
    names.removeFirst();  // id
    names.removeLast();   // rev
    QString assignments;
    for (const QString &name : names)
        assignments += name + QStringLiteral(" = ?, ");
    QVariantList values = valuesOf(request);
    values << request.id << request.rev;
    auto q =
        exec(m_db,
             QStringLiteral("UPDATE certificate_request SET %1rev = rev + 1 WHERE id = ? AND rev = ?").arg(assignments),
             values);
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return core::conflict(Text::tr("The request was changed meanwhile by someone else. Reload it and try again."));
    ++request.rev;
    return request;
}

Result<CertificateRequest> RequestRepository::get(const QString &id) const
{
    return storage::row<CertificateRequest>(
        exec(m_db, QStringLiteral("SELECT %1 FROM certificate_request WHERE id = ?").arg(columns), {id}), fromRow,
        Text::tr("There is no certificate request with the id “%1”.").arg(id));
}

Result<std::optional<CertificateRequest>> RequestRepository::forProceeding(const QString &proceedingId) const
{
    auto q = exec(m_db, QStringLiteral("SELECT %1 FROM certificate_request WHERE proceeding_id = ?").arg(columns),
                  {proceedingId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<CertificateRequest>();
    return std::optional<CertificateRequest>(fromRow(q.value()));
}

}  // namespace aw::civilstatus
