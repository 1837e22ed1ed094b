// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/auditdescription.h"

#include "civilstatus/fees.h"
#include "civilstatus/request.h"
#include "storage/records.h"
#include "ui/dates.h"
#include "ui/proceedingmodel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>

namespace aw::ui {

namespace {

// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::ui::AuditDescription)
};

// A note's text is quoted in the history only as far as fits in a line.
constexpr int QuotedTextLength = 80;

QString quoted(const QString &text)
{
    const QString line = text.simplified();
    return line.size() <= QuotedTextLength ? line : line.left(QuotedTextLength - 1) + QChar(0x2026);
}

QString field(const storage::AuditEvent &event, const char *name)
{
    return event.details.value(QLatin1String(name)).toString();
}

QString userName(const AuditNames &names, const QString &userId)
{
    return names.users.value(userId, userId);
}

QString dueText(const storage::AuditEvent &event)
{
    const QDate due = storage::dateFromStored(field(event, "dueAt"));
    return due.isValid() ? Text::tr("Due date set to %1").arg(shortDate(due)) : Text::tr("Due date removed");
}

QString statusText(const storage::AuditEvent &event)
{
    storage::ProceedingStatus status{};
    const QString name = field(event, "status");
    return Text::tr("Status set to “%1”")
        .arg(storage::statusFromName(name, &status) ? ProceedingModel::statusTitle(status) : name);
}

QString assignText(const storage::AuditEvent &event, const AuditNames &names)
{
    const QString assignee = field(event, "assigneeId");
    return assignee.isEmpty() ? Text::tr("Assignment removed")
                              : Text::tr("Assigned to %1").arg(userName(names, assignee));
}

QString moveText(const storage::AuditEvent &event)
{
    const QJsonObject from = event.details.value(QLatin1String("movedFrom")).toObject();
    const QJsonObject to = event.details.value(QLatin1String("movedTo")).toObject();
    return Text::tr("Moved from case file %1 to case file %2 (was %3, now %4)")
        .arg(from.value(QLatin1String("caseFileReference")).toString(),
             to.value(QLatin1String("caseFileReference")).toString(), from.value(QLatin1String("reference")).toString(),
             to.value(QLatin1String("reference")).toString());
}

QString resubmissionText(const storage::AuditEvent &event, const AuditNames &names)
{
    const QString when = shortDate(storage::dateFromStored(field(event, "dueAt")));
    const QString who = userName(names, field(event, "userId"));
    const QString note = field(event, "note");
    if (event.action == QLatin1String("resubmission.done"))
        return Text::tr("Resubmission of %1 for %2 marked done").arg(when, who);
    return note.isEmpty() ? Text::tr("Resubmission on %1 for %2").arg(when, who)
                          : Text::tr("Resubmission on %1 for %2: “%3”").arg(when, who, quoted(note));
}

QString documentText(const storage::AuditEvent &event, const AuditNames &names)
{
    const QString title = names.documents.value(event.objectId, field(event, "title"));
    if (event.action == QLatin1String("document.add"))
        return Text::tr("Document “%1” added").arg(title);
    return Text::tr("Version %1 of the document “%2” added")
        .arg(event.details.value(QLatin1String("n")).toInt())
        .arg(title);
}

// The references of an xdomea step's files, as far as fits in a line.
QString references(const storage::AuditEvent &event)
{
    QStringList out;
    for (const QJsonValue &v : event.details.value(QLatin1String("caseFiles")).toArray())
        out << v.toString();
    return quoted(out.join(QStringLiteral(", ")));
}

// What a receipt of an exchange is called, by its xdomea message number.
QString receiptName(const QString &code)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("0402"), QT_TRANSLATE_NOOP("aw::ui::AuditDescription", "Import confirmation (0402)")},
        {QStringLiteral("0403"), QT_TRANSLATE_NOOP("aw::ui::AuditDescription", "Receipt (0403)")},
        {QStringLiteral("0504"), QT_TRANSLATE_NOOP("aw::ui::AuditDescription", "Receipt of the offer (0504)")},
        {QStringLiteral("0505"), QT_TRANSLATE_NOOP("aw::ui::AuditDescription", "Receipt of the evaluation (0505)")},
        {QStringLiteral("0506"),
         QT_TRANSLATE_NOOP("aw::ui::AuditDescription", "Import confirmation of the archive (0506)")},
        {QStringLiteral("0507"), QT_TRANSLATE_NOOP("aw::ui::AuditDescription", "Receipt of the hand-over (0507)")}};
    const auto it = names.constFind(code);
    return it == names.cend() ? code : Text::tr(it.value());
}

QString receiptText(const storage::AuditEvent &event)
{
    QString text = Text::tr("%1 recorded").arg(receiptName(field(event, "type")));
    if (const qsizetype archived = event.details.value(QLatin1String("archived")).toArray().size(); archived > 0)
        text += Text::tr("; %n case file(s) archived", nullptr, int(archived));
    if (const qsizetype failed = event.details.value(QLatin1String("failed")).toArray().size(); failed > 0)
        text += Text::tr("; %n case file(s) not taken in by the recipient", nullptr, int(failed));
    return text;
}

QString evaluationText(const storage::AuditEvent &event)
{
    int kept = 0;
    int declined = 0;
    const QJsonObject decisions = event.details.value(QLatin1String("decisions")).toObject();
    for (auto it = decisions.begin(); it != decisions.end(); ++it)
        (it.value().toString() == QLatin1String("A") ? kept : declined) += 1;
    return Text::tr("Evaluation of the archive (0502) recorded: %1 kept, %2 declined").arg(kept).arg(declined);
}

// How a case file left the store.
QString disposeText(const storage::AuditEvent &event)
{
    const int documents = event.details.value(QLatin1String("documents")).toInt();
    const QString how = field(event, "how");
    if (how == QLatin1String("archived")) {
        const QString archiveId = field(event, "archiveId");
        const QString removed = Text::tr("%n document(s)", nullptr, documents);
        if (archiveId.isEmpty())
            return Text::tr("Archived by %1; %2 removed from the store").arg(field(event, "recipient"), removed);
        return Text::tr("Archived by %1 as “%2”; %3 removed from the store")
            .arg(field(event, "recipient"), archiveId, removed);
    }
    if (how == QLatin1String("transferred"))
        return Text::tr("Handed over to %1; %2 removed from the store")
            .arg(field(event, "recipient"), Text::tr("%n document(s)", nullptr, documents));
    return Text::tr("Destroyed; %1 deleted").arg(Text::tr("%n document(s)", nullptr, documents));
}

using Describe = std::function<QString(const storage::AuditEvent &, const AuditNames &)>;

// Every action code the services record (grep for `record(QStringLiteral(`).
const QHash<QString, Describe> &descriptions()
{
    static const QHash<QString, Describe> table = [] {
        QHash<QString, Describe> t;
        const auto fixed = [&t](const char *action, const char *text) {
            t.insert(QLatin1String(action),
                     [text](const storage::AuditEvent &, const AuditNames &) { return Text::tr(text); });
        };
        const auto withField = [&t](const char *action, const char *text, const char *name) {
            t.insert(QLatin1String(action), [text, name](const storage::AuditEvent &e, const AuditNames &) {
                return Text::tr(text).arg(field(e, name));
            });
        };
        withField("case_file.create", QT_TRANSLATE_NOOP("aw::ui::AuditDescription", "Case file %1 created"),
                  "reference");
        withField("case_file.edit", QT_TRANSLATE_NOOP("aw::ui::AuditDescription", "Subject changed to “%1”"),
                  "subject");
        fixed("case_file.close", QT_TRANSLATE_NOOP("aw::ui::AuditDescription", "Case file closed (zdA)"));
        fixed("case_file.reopen", QT_TRANSLATE_NOOP("aw::ui::AuditDescription", "Case file reopened"));
        withField("proceeding.create", QT_TRANSLATE_NOOP("aw::ui::AuditDescription", "Proceeding %1 created"),
                  "reference");
        withField("proceeding.edit", QT_TRANSLATE_NOOP("aw::ui::AuditDescription", "Subject changed to “%1”"),
                  "subject");
        t.insert(QStringLiteral("proceeding.assign"), assignText);
        t.insert(QStringLiteral("proceeding.status"),
                 [](const storage::AuditEvent &e, const AuditNames &) { return statusText(e); });
        t.insert(QStringLiteral("proceeding.due"),
                 [](const storage::AuditEvent &e, const AuditNames &) { return dueText(e); });
        fixed("proceeding.close", QT_TRANSLATE_NOOP("aw::ui::AuditDescription", "Proceeding closed (zdA)"));
        fixed("proceeding.reopen", QT_TRANSLATE_NOOP("aw::ui::AuditDescription", "Proceeding reopened"));
        withField("proceeding.renumber",
                  QT_TRANSLATE_NOOP("aw::ui::AuditDescription",
                                    "Renumbered to %1 (the number was taken on another computer meanwhile)"),
                  "to");
        withField("case_file.renumber",
                  QT_TRANSLATE_NOOP("aw::ui::AuditDescription",
                                    "Renumbered to %1 when first sent (the reference was taken centrally)"),
                  "to");
        fixed("sync.resolve", QT_TRANSLATE_NOOP("aw::ui::AuditDescription", "Sync conflict decided"));
        t.insert(QStringLiteral("proceeding.move"),
                 [](const storage::AuditEvent &e, const AuditNames &) { return moveText(e); });
        t.insert(QStringLiteral("note.add"), [](const storage::AuditEvent &e, const AuditNames &) {
            return Text::tr("Note added: “%1”").arg(quoted(field(e, "text")));
        });
        t.insert(QStringLiteral("resubmission.set"), resubmissionText);
        t.insert(QStringLiteral("resubmission.done"), resubmissionText);
        t.insert(QStringLiteral("document.add"), documentText);
        t.insert(QStringLiteral("document.version"), documentText);
        fixed("submission.receive", QT_TRANSLATE_NOOP("aw::ui::AuditDescription", "Online application received"));
        fixed("submission.retry", QT_TRANSLATE_NOOP("aw::ui::AuditDescription", "Online application checked again"));
        withField("submission.reject", QT_TRANSLATE_NOOP("aw::ui::AuditDescription", "Online application rejected: %1"),
                  "reason");
        fixed("submission.acknowledge",
              QT_TRANSLATE_NOOP("aw::ui::AuditDescription", "Acknowledgement of receipt sent"));
        fixed("submission.route",
              QT_TRANSLATE_NOOP("aw::ui::AuditDescription", "Online application filed by its routing rule"));
        fixed("submission.file",
              QT_TRANSLATE_NOOP("aw::ui::AuditDescription", "Online application filed into a case file by hand"));
        withField("file_plan_node.create", QT_TRANSLATE_NOOP("aw::ui::AuditDescription", "File plan entry %1 created"),
                  "code");
        withField("file_plan_node.edit", QT_TRANSLATE_NOOP("aw::ui::AuditDescription", "File plan entry %1 changed"),
                  "code");
        withField("org_unit.create", QT_TRANSLATE_NOOP("aw::ui::AuditDescription", "Unit %1 created"), "name");
        withField("user.create", QT_TRANSLATE_NOOP("aw::ui::AuditDescription", "User %1 created"), "displayName");
        fixed("membership.add", QT_TRANSLATE_NOOP("aw::ui::AuditDescription", "Membership in a unit added"));
        fixed("routing_rule.add", QT_TRANSLATE_NOOP("aw::ui::AuditDescription", "Routing rule added"));
        fixed("routing_rule.update", QT_TRANSLATE_NOOP("aw::ui::AuditDescription", "Routing rule changed"));
        fixed("routing_rule.remove", QT_TRANSLATE_NOOP("aw::ui::AuditDescription", "Routing rule removed"));
        withField("setting.change", QT_TRANSLATE_NOOP("aw::ui::AuditDescription", "Setting %1 changed"), "key");
        fixed("certificate_request.create",
              QT_TRANSLATE_NOOP("aw::ui::AuditDescription", "Certificate request taken up"));
        fixed("certificate_request.edit",
              QT_TRANSLATE_NOOP("aw::ui::AuditDescription", "Details of the certificate request changed"));
        t.insert(QStringLiteral("certificate_request.choose_entry"),
                 [](const storage::AuditEvent &e, const AuditNames &) {
                     return field(e, "registerEntryId").isEmpty() ? Text::tr("Register entry removed from the request")
                                                                  : Text::tr("Register entry chosen for the request");
                 });
        t.insert(QStringLiteral("certificate_request.decide"), [](const storage::AuditEvent &e, const AuditNames &) {
            return (field(e, "clerkDecision") == QLatin1String("granted")
                        ? Text::tr("Entitlement granted by the clerk: “%1”")
                        : Text::tr("Entitlement denied by the clerk: “%1”"))
                .arg(quoted(field(e, "clerkJustification")));
        });
        t.insert(QStringLiteral("certificate_request.payment"), [](const storage::AuditEvent &e, const AuditNames &) {
            return Text::tr("Payment recorded; received in all: %1")
                .arg(civilstatus::formatEuro(e.details.value(QLatin1String("paid")).toInteger()));
        });
        t.insert(QStringLiteral("certificate_request.status"), [](const storage::AuditEvent &e, const AuditNames &) {
            const auto status = civilstatus::requestStatusFromKey(field(e, "status"));
            return Text::tr("Certificate request: %1")
                .arg(status ? civilstatus::requestStatusName(*status) : field(e, "status"));
        });
        fixed("certificate_request.issue",
              QT_TRANSLATE_NOOP("aw::ui::AuditDescription", "Certificate issued and filed"));
        withField("certificate_request.refuse",
                  QT_TRANSLATE_NOOP("aw::ui::AuditDescription", "Certificate request refused: %1"), "note");
        t.insert(QStringLiteral("register.import"), [](const storage::AuditEvent &e, const AuditNames &) {
            return Text::tr("Register index imported: %1 new, %2 changed, %3 unchanged")
                .arg(e.details.value(QLatin1String("added")).toInt())
                .arg(e.details.value(QLatin1String("updated")).toInt())
                .arg(e.details.value(QLatin1String("unchanged")).toInt());
        });
        t.insert(QStringLiteral("xdomea.send"), [](const storage::AuditEvent &e, const AuditNames &) {
            return Text::tr("Handed over to %1 as an xdomea package (Abgabe 0401): %2")
                .arg(field(e, "recipient"), references(e));
        });
        t.insert(QStringLiteral("xdomea.receive"), [](const storage::AuditEvent &e, const AuditNames &) {
            return Text::tr("Abgabe (0401) of %1 taken in with %2: %3")
                .arg(field(e, "sender"),
                     Text::tr("%n document(s)", nullptr, e.details.value(QLatin1String("documents")).toInt()),
                     references(e));
        });
        t.insert(QStringLiteral("xdomea.receipt"),
                 [](const storage::AuditEvent &e, const AuditNames &) { return receiptText(e); });
        t.insert(QStringLiteral("xdomea.offer"), [](const storage::AuditEvent &e, const AuditNames &) {
            return Text::tr("Offered to %1 (Anbieteverzeichnis 0501): %2").arg(field(e, "archive"), references(e));
        });
        t.insert(QStringLiteral("xdomea.evaluation"),
                 [](const storage::AuditEvent &e, const AuditNames &) { return evaluationText(e); });
        t.insert(QStringLiteral("xdomea.disposal"), [](const storage::AuditEvent &e, const AuditNames &) {
            return Text::tr("Handed over to the archive (0503): %1").arg(references(e));
        });
        t.insert(QStringLiteral("case_file.dispose"),
                 [](const storage::AuditEvent &e, const AuditNames &) { return disposeText(e); });
        fixed("case_file.demo_backdate",
              QT_TRANSLATE_NOOP("aw::ui::AuditDescription", "Closing date set back (demo data)"));
        return t;
    }();
    return table;
}

}  // namespace

QString auditActorName(const storage::AuditEvent &event, const AuditNames &names)
{
    if (event.actor == QLatin1String("system"))
        return Text::tr("system");
    return userName(names, event.actor);
}

QString describeAuditEvent(const storage::AuditEvent &event, const AuditNames &names)
{
    const auto &table = descriptions();
    const auto it = table.constFind(event.action);
    return it == table.cend() ? event.action : it.value()(event, names);
}

}  // namespace aw::ui
