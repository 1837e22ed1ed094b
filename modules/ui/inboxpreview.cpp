// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inboxpreview.h"

#include "intake/packagecontent.h"
#include "storage/orgrepository.h"
#include "storage/proceedingrepository.h"
#include "ui/dates.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTreeWidget>

namespace aw::ui {

using core::Result;

namespace {

// Shares its translations with the pane it was split from.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::ui::InboxPane)
};

QString paymentMethod(const QString &code)
{
    if (code == QLatin1String("CREDIT_CARD"))
        return Text::tr("credit card");
    if (code == QLatin1String("PAYPAL"))
        return Text::tr("PayPal");
    if (code == QLatin1String("GIROPAY"))
        return Text::tr("giropay");
    if (code == QLatin1String("INVOICE"))
        return Text::tr("invoice");
    return code.isEmpty() ? Text::tr("other method") : code;
}

QString paymentStatus(const QString &code)
{
    if (code == QLatin1String("BOOKED"))
        return Text::tr("booked");
    if (code == QLatin1String("INITIAL"))
        return Text::tr("initiated, not booked yet");
    if (code == QLatin1String("FAILED"))
        return Text::tr("failed");
    if (code == QLatin1String("CANCELED"))
        return Text::tr("cancelled");
    return code;
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>").arg(label, value);
}

void addFields(QTreeWidgetItem *parent, QTreeWidget *tree, const QList<intake::FormField> &fields)
{
    for (const intake::FormField &f : fields) {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
        item->setText(0, f.label);
        item->setText(1, f.value);
        item->setToolTip(1, f.value);
        if (!f.children.isEmpty()) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
            addFields(item, tree, f.children);
        }
    }
}

}  // namespace

QString attachmentPurposeTitle(const QString &purpose)
{
    if (purpose == QLatin1String("form"))
        return Text::tr("form");
    if (purpose == QLatin1String("report"))
        return Text::tr("report");
    return Text::tr("attachment");
}

QStringList proceedingReferences(const std::shared_ptr<storage::Store> &store, const QStringList &proceedingIds)
{
    QStringList out;
    storage::ProceedingRepository repository(store->connection());
    for (const QString &id : proceedingIds) {
        auto p = repository.get(id);
        out << (p ? p->reference : id);
    }
    return out;
}

Result<std::shared_ptr<InboxPreview>> readInboxPreview(const std::shared_ptr<storage::Store> &store,
                                                       const QString &userId, const QString &id)
{
    intake::Inbox inbox({store, userId});
    auto entry = inbox.entry(id);
    if (!entry)
        return entry.error();
    auto preview = std::make_shared<InboxPreview>();
    preview->entry = entry.value();
    auto content = intake::PackageContent::open(store->blobs(), entry->packageSha256);
    if (content) {
        preview->content = std::move(content).value();
        preview->form = intake::readableForm(entry->serviceKey, preview->content->submission().formData);
    } else {
        preview->readProblem = content.error().message;
    }
    auto proceedings = inbox.proceedingIds(id);
    if (!proceedings)
        return proceedings.error();
    preview->proceedingIds = proceedings.value();
    preview->references = proceedingReferences(store, preview->proceedingIds);
    if (!entry->decidedBy.isEmpty()) {
        auto user = storage::OrgRepository(store->connection()).user(entry->decidedBy);
        preview->decidedBy = user ? user->displayName : entry->decidedBy;
    }
    return preview;
}

QString inboxPreviewHtml(const InboxPreview &p)
{
    const intake::InboxEntry &e = p.entry;
    QString html =
        QStringLiteral("<h3>%1</h3><table>")
            .arg((e.serviceName.isEmpty() ? Text::tr("Unreadable submission") : e.serviceName).toHtmlEscaped());
    html += row(Text::tr("Applicant"), (e.applicant.isEmpty() ? Text::tr("unknown") : e.applicant).toHtmlEscaped());
    html += row(Text::tr("Received"), shortDateTime(e.receivedAt));
    if (!e.serviceKey.isEmpty())
        html += row(Text::tr("Service key"), e.serviceKey);
    if (p.content) {
        const intake::Submission &s = p.content->submission();
        if (!s.additionalReferenceInfo.senderReference.isEmpty())
            html += row(Text::tr("Application no."), s.additionalReferenceInfo.senderReference.toHtmlEscaped());
        if (!s.additionalReferenceInfo.applicationDate.isEmpty()) {
            const QDate applied = QDate::fromString(s.additionalReferenceInfo.applicationDate, Qt::ISODate);
            html +=
                row(Text::tr("Applied on"),
                    applied.isValid() ? shortDate(applied) : s.additionalReferenceInfo.applicationDate.toHtmlEscaped());
        }
        html += row(Text::tr("Reply by"), s.replyChannel.channel.isEmpty() ? Text::tr("no electronic channel: by post")
                                                                           : s.replyChannel.summary.toHtmlEscaped());
        if (s.paymentInformation.present)
            html += row(Text::tr("Payment"), Text::tr("%1 EUR by %2, %3")
                                                 .arg(QLocale().toString(s.paymentInformation.grossAmount, 'f', 2),
                                                      paymentMethod(s.paymentInformation.paymentMethod),
                                                      paymentStatus(s.paymentInformation.status))
                                                 .toHtmlEscaped());
        if (!s.authenticationInformation.isEmpty())
            html += row(Text::tr("Identity"), Text::tr("checked by the online service (%n report(s))", nullptr,
                                                       int(s.authenticationInformation.size())));
    }
    html +=
        row(Text::tr("Submission ID"), (e.submissionId.isEmpty() ? Text::tr("none") : e.submissionId).toHtmlEscaped());
    QString status = intake::statusTitle(e.status).toHtmlEscaped();
    if (e.status == QLatin1String("quarantined"))
        status =
            QStringLiteral("<span style='color:#a00000'><b>%1</b>: %2</span>").arg(status, e.problem.toHtmlEscaped());
    else if (e.decidedAt.isValid())
        status += Text::tr(" by %1 on %2").arg(p.decidedBy.toHtmlEscaped(), shortDateTime(e.decidedAt));
    if (e.status == QLatin1String("rejected"))
        status += QStringLiteral("<br>") + Text::tr("Reason: %1").arg(e.decisionNote.toHtmlEscaped());
    html += row(Text::tr("Status"), status);
    if (!p.proceedingIds.isEmpty()) {
        QStringList links;
        for (int i = 0; i < p.proceedingIds.size(); ++i)
            links << QStringLiteral("<a href='proceeding:%1'>%2</a>")
                         .arg(p.proceedingIds.at(i), p.references.value(i).toHtmlEscaped());
        html += row(Text::tr("Proceedings"), links.join(QStringLiteral("<br>")));
    }
    if (e.status == QLatin1String("filed"))
        html += row(Text::tr("Acknowledgement"), e.acknowledgedAt.isValid()
                                                     ? Text::tr("sent %1").arg(shortDateTime(e.acknowledgedAt))
                                                     : Text::tr("not yet"));
    html += QStringLiteral("</table>");
    if (!p.readProblem.isEmpty())
        html += QStringLiteral("<p>") + Text::tr("The content cannot be shown: %1").arg(p.readProblem.toHtmlEscaped()) +
                QStringLiteral("</p>");
    return html;
}

void fillFormTree(QTreeWidget *tree, const QList<intake::FormField> &fields)
{
    addFields(nullptr, tree, fields);
    tree->expandAll();
    tree->resizeColumnToContents(0);
}

}  // namespace aw::ui
