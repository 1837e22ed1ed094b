// SPDX-License-Identifier: GPL-3.0-or-later
#include "civilstatus/requests.h"

#include "casework/documentfiling.h"
#include "casework/proceedingservice.h"
#include "civilstatus/certificate.h"
#include "civilstatus/registers.h"
#include "civilstatus/requestrepository.h"
#include "documents/letter.h"
#include "documents/preparation.h"
#include "intake/packagecontent.h"
#include "intake/submission.h"
#include "storage/casefilerepository.h"
#include "storage/orgrepository.h"
#include "storage/proceedingrepository.h"
#include "storage/sql.h"
#include "storage/unitofwork.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>

#include <cmath>

using aw::core::Result;

namespace aw::civilstatus {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::civilstatus::CertificateRequests)
};

QString field(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isDouble())
        return QString::number(value.toDouble());
    return value.toString().trimmed();
}

QDate isoDate(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

// "berechtigung" of the Urkundenanforderung form, as the online service words it.
Relation relationFromForm(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.contains(QLatin1String("betroffen")) || t == QLatin1String("selbst") || t.contains(QLatin1String("eigene")))
        return Relation::PersonConcerned;
    if (t.contains(QLatin1String("vertret")) || t.contains(QLatin1String("vormund")) ||
        t.contains(QLatin1String("betreuer")))
        return Relation::LegalRepresentative;
    if (t.contains(QLatin1String("elternteil")) || t.contains(QLatin1String("eltern")) ||
        t.contains(QLatin1String("vorfahr")) || t.contains(QLatin1String("großelter")))
        return Relation::Ancestor;
    if (t.contains(QLatin1String("lebenspartner")))
        return Relation::Partner;
    if (t.contains(QLatin1String("ehegatt")) || t.contains(QLatin1String("ehefrau")) ||
        t.contains(QLatin1String("ehemann")))
        return Relation::Spouse;
    if (t.contains(QLatin1String("kind")) || t.contains(QLatin1String("abkömmling")) ||
        t.contains(QLatin1String("enkel")))
        return Relation::Descendant;
    if (t.contains(QLatin1String("geschwister")) || t.contains(QLatin1String("bruder")) ||
        t.contains(QLatin1String("schwester")))
        return Relation::Sibling;
    if (t.contains(QLatin1String("behörde")) || t.contains(QLatin1String("gericht")))
        return Relation::Authority;
    return Relation::Other;
}

CertificateType typeFromForm(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.contains(QLatin1String("international")) || t.contains(QLatin1String("mehrsprachig")))
        return CertificateType::International;
    if (t.contains(QLatin1String("registerausdruck")))
        return CertificateType::RegisterPrintout;
    if (t.contains(QLatin1String("lebenspartnerschaft")))
        return CertificateType::Partnership;
    if (t.contains(QLatin1String("ehe")))
        return CertificateType::Marriage;
    if (t.contains(QLatin1String("sterbe")))
        return CertificateType::Death;
    return CertificateType::Birth;
}

QJsonObject auditOf(const CertificateRequest &r)
{
    return {{QStringLiteral("status"), requestStatusKey(r.status)},
            {QStringLiteral("type"), certificateTypeKey(r.type)},
            {QStringLiteral("copies"), r.copies},
            {QStringLiteral("relation"), relationKey(r.relation)},
            {QStringLiteral("interest"), interestKey(r.interest)},
            {QStringLiteral("registerEntryId"), r.registerEntryId},
            {QStringLiteral("fee"), r.fee},
            {QStringLiteral("paid"), r.paid},
            {QStringLiteral("clerkDecision"), r.clerkDecision},
            {QStringLiteral("clerkJustification"), r.clerkJustification},
            {QStringLiteral("note"), r.outcomeNote},
            {QStringLiteral("documentId"), r.documentId}};
}

// The proceeding's case file as the rules see it. For viewing only the case file's state counts (a
// finished request stays readable to the unit while its file is open); for changes the proceeding's
// too.
enum class For
{
    Viewing,
    Changing
};

Result<core::Target> targetOf(const QSqlDatabase &db, const QString &proceedingId, For purpose = For::Changing)
{
    auto p = storage::ProceedingRepository(db).get(proceedingId);
    if (!p)
        return p.error();
    auto file = storage::CaseFileRepository(db).get(p->caseFileId);
    if (!file)
        return file.error();
    return core::Target{file->ownerUnitId, p->assigneeId,
                        file->isClosed() || (purpose == For::Changing && p->isClosed())};
}

// A new request with its audit event, in the caller's unit of work.
Result<void> insertRequest(storage::UnitOfWork &work, const CertificateRequest &request)
{
    if (auto ok = RequestRepository(work.db()).insert(request); !ok)
        return ok;
    return work.record(QStringLiteral("certificate_request.create"), QStringLiteral("certificate_request"), request.id,
                       auditOf(request));
}

Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return core::ioError(Text::tr("The file “%1” cannot be written: %2").arg(path, file.errorString()));
    return {};
}

// Bytes of a generated PDF into the blob store, ready for filing as an outgoing document.
Result<casework::PreparedFile> prepareOutgoing(storage::BlobStore &blobs, const QString &fileName,
                                               const QByteArray &pdf)
{
    QTemporaryDir temp;
    if (!temp.isValid())
        return core::ioError(Text::tr("No temporary folder for the document: %1").arg(temp.errorString()));
    const QString path = temp.filePath(fileName);
    if (auto ok = writeFile(path, pdf); !ok)
        return ok.error();
    auto prepared = documents::prepareFile(blobs, path);
    if (!prepared)
        return prepared.error();
    prepared->direction = storage::Direction::Out;
    return prepared;
}

}  // namespace

CertificateRequest requestFromSubmission(const intake::Submission &submission)
{
    CertificateRequest r;
    const QJsonObject data = submission.formData.toObject();
    const QJsonObject applicant = data.value(QLatin1String("antragsteller")).toObject();
    r.requesterFirstNames = field(applicant, "vorname");
    r.requesterLastName = field(applicant, "nachname");
    r.requesterBirthDate = isoDate(field(applicant, "geburtsdatum"));
    r.requesterEmail = field(applicant, "email");
    const QJsonObject address = applicant.value(QLatin1String("anschrift")).toObject();
    const QString street =
        QString(field(address, "strasse") + QLatin1Char(' ') + field(address, "hausnummer")).trimmed();
    const QString city = QString(field(address, "plz") + QLatin1Char(' ') + field(address, "ort")).trimmed();
    r.requesterAddress = QStringList{street, city}.join(QLatin1Char('\n')).trimmed();
    if (r.requesterEmail.isEmpty() && submission.replyChannel.channel == QLatin1String("eMail"))
        r.requesterEmail = submission.replyChannel.address;

    const QJsonObject person = data.value(QLatin1String("betroffenePerson")).toObject();
    r.wantedFirstNames = field(person, "vorname");
    r.wantedLastName = field(person, "nachname");
    r.wantedBirthDate = isoDate(field(person, "geburtsdatum"));
    r.wantedNumber = field(data, "registereintrag");
    r.relation = relationFromForm(field(data, "berechtigung"));
    r.type = typeFromForm(field(data, "urkundenart"));
    r.copies = std::clamp(data.value(QLatin1String("anzahl")).toInt(1), 1, 20);
    r.purpose = field(data, "verwendungszweck");
    r.delivery =
        field(data, "zustellung").toLower().contains(QLatin1String("abhol")) ? Delivery::Pickup : Delivery::Post;

    const intake::PaymentInformation &payment = submission.paymentInformation;
    if (payment.present && payment.status.compare(QLatin1String("BOOKED"), Qt::CaseInsensitive) == 0) {
        r.paid = Cents(std::llround(payment.grossAmount * 100.0));
        r.paymentReference = payment.transactionReference;
    }
    return r;
}

CertificateRequests::CertificateRequests(casework::Session session)
    : m_session(std::move(session))
{}

Result<OfficeSettings> CertificateRequests::officeSettings(const storage::Store &store)
{
    OfficeSettings settings;
    settings.officeName = store.setting(QStringLiteral("civilstatus.office"), QStringLiteral("Standesamt"));
    QString place = store.setting(QStringLiteral("civilstatus.place"));
    if (place.isEmpty()) {
        // "37073 Göttingen" → "Göttingen"
        place = store.setting(QStringLiteral("letterhead.city"));
        place = place.section(QLatin1Char(' '), 1).trimmed().isEmpty() ? place : place.section(QLatin1Char(' '), 1);
    }
    settings.place = place.trimmed();
    settings.specimen = store.setting(QStringLiteral("civilstatus.specimen")) == QLatin1String("1");
    const QString feeFile = store.setting(QStringLiteral("civilstatus.feeSchedule")).trimmed();
    if (!feeFile.isEmpty()) {
        auto fees = FeeSchedule::fromFile(feeFile);
        if (!fees)
            return core::Error{fees.error().code,
                               Text::tr("The fee schedule “%1” cannot be used: %2").arg(feeFile, fees.error().message)};
        settings.fees = fees.value();
    }
    return settings;
}

Result<std::optional<CertificateRequest>> CertificateRequests::forProceeding(const QString &proceedingId)
{
    auto target = targetOf(m_session.db(), proceedingId, For::Viewing);
    if (!target)
        return target.error();
    if (auto ok = m_session.permit(core::Action::ViewCaseFile, target.value()); !ok)
        return ok.error();
    RequestRepository requests(m_session.db());
    auto existing = requests.forProceeding(proceedingId);
    if (!existing || existing->has_value())
        return existing;

    auto proceeding = storage::ProceedingRepository(m_session.db()).get(proceedingId);
    if (!proceeding)
        return proceeding.error();
    if (proceeding->sourceSubmissionId.isEmpty())
        return std::optional<CertificateRequest>();
    auto q = storage::exec(
        m_session.db(), QStringLiteral("SELECT package_sha256, service_key, received_at FROM submission WHERE id = ?"),
        {proceeding->sourceSubmissionId});
    if (!q)
        return q.error();
    if (!q->next() || q->value(1).toString() != QLatin1String(CertificateServiceKey))
        return std::optional<CertificateRequest>();
    const QString packageSha = q->value(0).toString();
    const QDateTime receivedAt = storage::dateTimeFromStored(q->value(2).toString());

    auto content = intake::PackageContent::open(m_session.store().blobs(), packageSha);
    if (!content)
        return content.error();
    CertificateRequest request = requestFromSubmission(content.value()->submission());
    request.id = storage::newId();
    request.proceedingId = proceedingId;
    request.receivedAt = receivedAt.isValid() ? receivedAt : QDateTime::currentDateTimeUtc();
    auto settings = officeSettings(m_session.store());
    if (!settings)
        return settings.error();
    const auto fee = settings->fees.fee(request.type, request.copies, request.receivedAt.toLocalTime().date());
    request.fee = fee ? fee.value() : 0;

    storage::UnitOfWork work(m_session.db(), m_session.userId());
    if (auto ok = work.begin(); !ok)
        return ok.error();
    if (auto ok = insertRequest(work, request); !ok)
        return ok.error();
    if (auto ok = work.commit(); !ok)
        return ok.error();
    return std::optional<CertificateRequest>(request);
}

Result<CertificateRequest> CertificateRequests::get(const QString &id) const
{
    auto request = RequestRepository(m_session.db()).get(id);
    if (!request)
        return request;
    auto target = targetOf(m_session.db(), request->proceedingId, For::Viewing);
    if (!target)
        return target.error();
    if (auto ok = m_session.permit(core::Action::ViewCaseFile, target.value()); !ok)
        return ok.error();
    return request;
}

namespace {

// One change of a request: reads it, checks revision, state and permission, applies `apply`, writes
// it with its audit event, and lets `after` add to the same transaction (filing, closing).
Result<CertificateRequest>
changeRequest(const casework::Session &session, const QString &id, int expectedRev, const QString &auditAction,
              const std::function<Result<void>(CertificateRequest &)> &apply,
              const std::function<Result<void>(storage::UnitOfWork &, CertificateRequest &)> &after = {})
{
    storage::UnitOfWork work(session.db(), session.userId());
    if (auto ok = work.begin(); !ok)
        return ok.error();
    RequestRepository requests(work.db());
    auto current = requests.get(id);
    if (!current)
        return current.error();
    auto target = targetOf(work.db(), current->proceedingId);
    if (!target)
        return target.error();
    if (auto ok = session.permit(core::Action::EditProceeding, target.value()); !ok)
        return ok.error();
    if (expectedRev >= 0 && current->rev != expectedRev)
        return core::conflict(Text::tr("The request was changed meanwhile by someone else. Reload it and try again."));
    if (isFinal(current->status))
        return core::refused(Text::tr("The request is already %1; it can no longer be changed.")
                                 .arg(requestStatusName(current->status)));
    CertificateRequest changed = current.value();
    if (auto ok = apply(changed); !ok)
        return ok.error();
    if (after) {
        if (auto ok = after(work, changed); !ok)
            return ok.error();
    }
    auto stored = requests.update(changed);
    if (!stored)
        return stored.error();
    if (auto ok =
            work.record(auditAction, QStringLiteral("certificate_request"), id, auditOf(stored.value()), current->rev);
        !ok)
        return ok.error();
    if (auto ok = work.commit(); !ok)
        return ok.error();
    return stored;
}

// Files the certificate or letter into the request's proceeding (it becomes the request's
// document) and closes the proceeding when the request is finished, in the caller's unit of work.
Result<void> fileOutgoing(const casework::Session &session, storage::UnitOfWork &work, CertificateRequest &r,
                          const casework::PreparedFile &file, bool closeProceeding)
{
    auto filed = casework::DocumentFiling(session).fileIn(work, r.proceedingId, {file},
                                                          casework::DocumentFiling::Duplicates::AddAsNewDocument);
    if (!filed)
        return filed.error();
    r.documentId = filed->first().documentId;
    if (!closeProceeding)
        return {};
    auto closed = casework::ProceedingService(session).closeIn(work, r.proceedingId);
    return closed ? Result<void>() : Result<void>(closed.error());
}

Result<Cents> feeFor(const casework::Session &session, const CertificateRequest &r)
{
    auto settings = CertificateRequests::officeSettings(session.store());
    if (!settings)
        return settings.error();
    const QDate day = r.receivedAt.isValid() ? r.receivedAt.toLocalTime().date() : QDate::currentDate();
    return settings->fees.fee(r.type, r.copies, day);
}

Result<void> checkDraft(const CertificateRequest &r)
{
    if (r.requesterLastName.trimmed().isEmpty())
        return core::invalid(Text::tr("Enter the requester's family name."));
    if (r.copies < 1 || r.copies > 20)
        return core::invalid(Text::tr("The number of copies must be between 1 and 20."));
    if (r.withoutParents && r.type != CertificateType::Birth)
        return core::invalid(Text::tr("“Without parents” applies only to a birth certificate."));
    return {};
}

}  // namespace

Result<CertificateRequest> CertificateRequests::createAtCounter(const QString &caseFileId, CertificateRequest draft)
{
    if (auto ok = checkDraft(draft); !ok)
        return ok.error();
    storage::UnitOfWork work(m_session.db(), m_session.userId());
    if (auto ok = work.begin(); !ok)
        return ok.error();
    const QString subject = Text::tr("Certificate request %1").arg(draft.requesterName());
    auto proceeding =
        casework::ProceedingService(m_session).createIn(work, caseFileId, subject, {}, m_session.userId());
    if (!proceeding)
        return proceeding.error();
    draft.id = storage::newId();
    draft.proceedingId = proceeding->id;
    draft.atCounter = true;
    draft.status = RequestStatus::Checking;
    draft.receivedAt = QDateTime::currentDateTimeUtc();
    draft.clerkDecision.clear();
    draft.clerkJustification.clear();
    draft.documentId.clear();
    draft.rev = 1;
    auto fee = feeFor(m_session, draft);
    if (!fee)
        return fee.error();
    draft.fee = fee.value();
    if (auto ok = insertRequest(work, draft); !ok)
        return ok.error();
    if (auto ok = work.commit(); !ok)
        return ok.error();
    return draft;
}

Result<CertificateRequest> CertificateRequests::edit(const CertificateRequest &c)
{
    if (auto ok = checkDraft(c); !ok)
        return ok.error();
    auto fee = feeFor(m_session, c);
    if (!fee)
        return fee.error();
    return changeRequest(
        m_session, c.id, c.rev, QStringLiteral("certificate_request.edit"), [&](CertificateRequest &r) -> Result<void> {
            if (r.status == RequestStatus::Issued)
                return core::refused(Text::tr("The certificate is already issued."));
            const bool basisChanged = r.relation != c.relation || r.interest != c.interest || r.type != c.type;
            r.type = c.type;
            r.copies = c.copies;
            r.withoutParents = c.withoutParents;
            r.delivery = c.delivery;
            r.purpose = c.purpose;
            r.requesterFirstNames = c.requesterFirstNames;
            r.requesterLastName = c.requesterLastName;
            r.requesterBirthDate = c.requesterBirthDate;
            r.requesterAddress = c.requesterAddress;
            r.requesterEmail = c.requesterEmail;
            r.relation = c.relation;
            r.interest = c.interest;
            r.wantedFirstNames = c.wantedFirstNames;
            r.wantedLastName = c.wantedLastName;
            r.wantedBirthDate = c.wantedBirthDate;
            r.wantedNumber = c.wantedNumber;
            r.fee = fee.value();
            if (basisChanged) {
                // The clerk judged other facts.
                r.clerkDecision.clear();
                r.clerkJustification.clear();
            }
            return {};
        });
}

Result<CertificateRequest> CertificateRequests::chooseEntry(const QString &id, const QString &entryId, int expectedRev)
{
    if (!entryId.isEmpty()) {
        auto entry = Registers(m_session).entry(entryId);
        if (!entry)
            return entry.error();
    }
    return changeRequest(m_session, id, expectedRev, QStringLiteral("certificate_request.choose_entry"),
                         [&](CertificateRequest &r) -> Result<void> {
                             if (r.status == RequestStatus::Issued)
                                 return core::refused(Text::tr("The certificate is already issued."));
                             if (r.registerEntryId != entryId) {
                                 r.clerkDecision.clear();
                                 r.clerkJustification.clear();
                             }
                             r.registerEntryId = entryId;
                             if (r.status == RequestStatus::Received)
                                 r.status = RequestStatus::Checking;
                             return {};
                         });
}

Result<CertificateRequest> CertificateRequests::decide(const QString &id, bool granted, const QString &justification,
                                                       int expectedRev)
{
    if (justification.trimmed().size() < 10)
        return core::invalid(
            Text::tr("Write down why you decide so (at least a sentence); it is kept in the file's audit trail."));
    auto current = get(id);
    if (!current)
        return current.error();
    auto assessment = assess(current.value());
    if (!assessment)
        return assessment.error();
    if (!assessment->clerkMayDecide)
        return core::refused(Text::tr("Here the law leaves nothing to decide: %1").arg(assessment->entitlement.reason));
    return changeRequest(m_session, id, expectedRev, QStringLiteral("certificate_request.decide"),
                         [&](CertificateRequest &r) -> Result<void> {
                             r.clerkDecision = granted ? QStringLiteral("granted") : QStringLiteral("refused");
                             r.clerkJustification = justification.trimmed();
                             return {};
                         });
}

Result<CertificateRequest> CertificateRequests::recordPayment(const QString &id, Cents cents, const QString &reference,
                                                              int expectedRev)
{
    if (cents <= 0)
        return core::invalid(Text::tr("Enter the amount received."));
    return changeRequest(m_session, id, expectedRev, QStringLiteral("certificate_request.payment"),
                         [&](CertificateRequest &r) -> Result<void> {
                             r.paid += cents;
                             if (!reference.trimmed().isEmpty())
                                 r.paymentReference = reference.trimmed();
                             return {};
                         });
}

Result<CertificateRequest> CertificateRequests::move(const QString &id, RequestStatus to, const QString &note,
                                                     int expectedRev)
{
    return changeRequest(
        m_session, id, expectedRev, QStringLiteral("certificate_request.status"),
        [&](CertificateRequest &r) -> Result<void> {
            if (!canMove(r.status, to))
                return core::refused(Text::tr("A request that is %1 cannot be set to %2.")
                                         .arg(requestStatusName(r.status), requestStatusName(to)));
            if (to == RequestStatus::Query && note.trimmed().isEmpty())
                return core::invalid(Text::tr("Write down what you ask the requester."));
            r.status = to;
            if (!note.trimmed().isEmpty())
                r.outcomeNote = note.trimmed();
            return {};
        },
        [&](storage::UnitOfWork &work, CertificateRequest &r) -> Result<void> {
            if (!isFinal(r.status))
                return {};
            auto closed = casework::ProceedingService(m_session).closeIn(work, r.proceedingId);
            return closed ? Result<void>() : Result<void>(closed.error());
        });
}

Result<Assessment> CertificateRequests::assess(const CertificateRequest &r) const
{
    Assessment a;
    if (!r.registerEntryId.isEmpty()) {
        auto entry = Registers(m_session).entry(r.registerEntryId);
        if (!entry)
            return entry.error();
        a.entry = entry.value();
    }
    const QDate today = QDate::currentDate();
    const QDate requestDate = r.receivedAt.isValid() ? r.receivedAt.toLocalTime().date() : today;
    if (!a.entry) {
        a.entitlement = {Verdict::Refused, Text::tr("No register entry has been chosen yet."), {}};
        a.missing << Text::tr("Choose the register entry the request is about.");
    } else {
        EntitlementCase c;
        c.kind = a.entry->number.kind;
        c.entryYear = a.entry->number.year;
        c.blocks = a.entry->blocks;
        c.lastDeath = a.entry->lastDeathOfPersonsConcerned();
        c.relation = r.relation;
        c.requesterAge = r.relation == Relation::Authority ? -1 : r.requesterAgeOn(requestDate);
        c.interest = r.interest;
        c.requestDate = requestDate;
        a.entitlement = decideEntitlement(c);
        a.clerkMayDecide = a.entitlement.verdict == Verdict::ClerkDecides;
        a.entitled = a.entitlement.verdict == Verdict::Entitled ||
                     (a.clerkMayDecide && r.clerkDecision == QLatin1String("granted"));
        if (auto fits = checkCertificateFits(r.type, c.kind); !fits)
            a.missing << fits.error().message;
        switch (a.entitlement.verdict) {
        case Verdict::Entitled:
            break;
        case Verdict::ClerkDecides:
            if (r.clerkDecision.isEmpty())
                a.missing << Text::tr("Decide on the entitlement and note why.");
            else if (r.clerkDecision != QLatin1String("granted"))
                a.missing << Text::tr("You decided the requester is not entitled: refuse the request.");
            break;
        case Verdict::Refused:
            a.missing << Text::tr("The requester is not entitled: refuse the request.");
            break;
        case Verdict::ReferToArchive:
            a.missing << Text::tr("The entry is held by the archive: refer the request to it.");
            break;
        }
    }
    a.fee = feeFor(m_session, r);
    if (!a.fee)
        a.missing << a.fee.error().message;
    else if (r.paid < a.fee.value())
        a.missing << Text::tr("The fee of %1 is not paid yet (received: %2).")
                         .arg(formatEuro(a.fee.value()), formatEuro(r.paid));
    return a;
}

Result<QList<Registers::Candidate>> CertificateRequests::searchRegisters(const CertificateRequest &request,
                                                                         Registers::Query query) const
{
    auto target = targetOf(m_session.db(), request.proceedingId, For::Viewing);
    if (!target)
        return target.error();
    query.unitId = target->ownerUnitId;
    return Registers(m_session).search(query);
}

Result<CertificateRequest> CertificateRequests::issue(const QString &id, HandOver handOver, int expectedRev)
{
    auto current = get(id);
    if (!current)
        return current.error();
    if (current->status == RequestStatus::Issued)
        return core::refused(Text::tr("The certificate has already been issued."));
    auto assessment = assess(current.value());
    if (!assessment)
        return assessment.error();
    if (!assessment->missing.isEmpty())
        return core::refused(Text::tr("The certificate cannot be issued yet:\n%1")
                                 .arg(QStringLiteral("• ") + assessment->missing.join(QStringLiteral("\n• "))));
    auto settings = officeSettings(m_session.store());
    if (!settings)
        return settings.error();
    auto registrar = storage::OrgRepository(m_session.db()).user(m_session.userId());
    if (!registrar)
        return registrar.error();

    CertificateContent content;
    content.type = current->type;
    content.entry = *assessment->entry;
    content.issuingOffice = settings->officeName;
    content.issuingPlace = settings->place;
    content.registrar = registrar->displayName;
    content.issuedOn = QDate::currentDate();
    content.withoutParents = current->withoutParents;
    content.specimen = settings->specimen;
    auto pdf = renderCertificate(content);
    if (!pdf)
        return pdf.error();
    // The bytes are in the blob store before any row names them.
    auto prepared = prepareOutgoing(m_session.store().blobs(), certificateFileName(content), pdf.value());
    if (!prepared)
        return prepared.error();

    return changeRequest(
        m_session, id, expectedRev, QStringLiteral("certificate_request.issue"),
        [&](CertificateRequest &r) -> Result<void> {
            r.status = handOver == HandOver::Sent        ? RequestStatus::Sent
                       : handOver == HandOver::Collected ? RequestStatus::Collected
                                                         : RequestStatus::Issued;
            r.fee = assessment->fee.value();
            return {};
        },
        [&](storage::UnitOfWork &work, CertificateRequest &r) {
            return fileOutgoing(m_session, work, r, prepared.value(), isFinal(r.status));
        });
}

namespace {

// The refusal is an official letter: German wording whatever the interface speaks.
const QString kRefusalBody = QStringLiteral(
    "{{salutation}}\n\n"
    "Sie haben am {{received}} die Ausstellung einer {{type}} aus dem Registereintrag {{entry}} beantragt.\n\n"
    "Ihrem Antrag kann ich nicht entsprechen. {{reason}}\n\n"
    "Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch "
    "erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift beim {{office}} einzulegen.");

}  // namespace

Result<CertificateRequest> CertificateRequests::refuse(const QString &id, const QString &reason, int expectedRev)
{
    if (reason.trimmed().size() < 10)
        return core::invalid(Text::tr("Write down the reason of the refusal (at least a sentence); the letter "
                                      "gives it to the requester."));
    auto current = get(id);
    if (!current)
        return current.error();
    auto proceeding = storage::ProceedingRepository(m_session.db()).get(current->proceedingId);
    if (!proceeding)
        return proceeding.error();
    auto settings = officeSettings(m_session.store());
    if (!settings)
        return settings.error();
    QString entryText = current->wantedNumber;
    if (!current->registerEntryId.isEmpty()) {
        auto entry = Registers(m_session).entry(current->registerEntryId);
        if (!entry)
            return entry.error();
        entryText = entry->number.toString();
    }
    auto user = storage::OrgRepository(m_session.db()).user(m_session.userId());
    if (!user)
        return user.error();

    const storage::Store &store = m_session.store();
    documents::Letter letter;
    letter.head.authority = store.setting(QStringLiteral("letterhead.authority"), QStringLiteral("Bezirksamt"));
    letter.head.unit = settings->officeName;
    letter.head.street = store.setting(QStringLiteral("letterhead.street"));
    letter.head.city = store.setting(QStringLiteral("letterhead.city"));
    letter.head.phone = store.setting(QStringLiteral("letterhead.phone"));
    letter.head.email = store.setting(QStringLiteral("letterhead.email"));
    letter.head.openingHours = store.setting(QStringLiteral("letterhead.openingHours"));
    const QString name = current->requesterName();
    letter.recipient =
        (name.isEmpty() ? QStringLiteral("An die antragstellende Person") : name) +
        (current->requesterAddress.isEmpty() ? QString() : QLatin1Char('\n') + current->requesterAddress);
    letter.reference = proceeding->reference;
    letter.date = QDate::currentDate();
    letter.subject = QStringLiteral("Ablehnung Ihres Antrags auf eine {{type}}");
    letter.body = kRefusalBody;
    letter.signatory = user->displayName;
    const QDate received = current->receivedAt.isValid() ? current->receivedAt.toLocalTime().date() : letter.date;
    letter.values = {
        {QStringLiteral("salutation"),
         name.isEmpty() ? QStringLiteral("Sehr geehrte Damen und Herren,") : QStringLiteral("Guten Tag %1,").arg(name)},
        {QStringLiteral("received"), received.toString(QStringLiteral("dd.MM.yyyy"))},
        {QStringLiteral("type"), certificateTypeName(current->type)},
        {QStringLiteral("entry"), entryText.isEmpty() ? QStringLiteral("(ohne Angabe)") : entryText},
        {QStringLiteral("reason"), reason.trimmed()},
        {QStringLiteral("office"), settings->officeName},
    };
    auto pdf = documents::renderLetterToBytes(letter);
    if (!pdf)
        return pdf.error();
    auto prepared =
        prepareOutgoing(m_session.store().blobs(),
                        QStringLiteral("Ablehnungsbescheid_%1.pdf").arg(received.toString(Qt::ISODate)), pdf.value());
    if (!prepared)
        return prepared.error();
    return changeRequest(
        m_session, id, expectedRev, QStringLiteral("certificate_request.refuse"),
        [&](CertificateRequest &r) -> Result<void> {
            if (r.status == RequestStatus::Issued)
                return core::refused(Text::tr("The certificate is already issued; it can no longer be refused."));
            r.status = RequestStatus::Refused;
            r.outcomeNote = reason.trimmed();
            return {};
        },
        [&](storage::UnitOfWork &work, CertificateRequest &r) {
            return fileOutgoing(m_session, work, r, prepared.value(), true);
        });
}

}  // namespace aw::civilstatus
