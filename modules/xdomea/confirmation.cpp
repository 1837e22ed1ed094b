// SPDX-License-Identifier: GPL-3.0-or-later
#include "xdomea/confirmation.h"

#include "xdomea/contentremoval.h"

#include <QCoreApplication>

#include <algorithm>

using aw::core::Result;

namespace aw::xdomea {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::xdomea::Confirmation)
};

}  // namespace

Result<Confirmed> applyConfirmation(storage::UnitOfWork &work, const Process &process, QList<Item> &items,
                                    const QList<Outcome> &outcomes, Fate fate,
                                    const std::function<bool(const Item &)> &expected, const QString &userId)
{
    ExchangeRepository exchange(work.db());
    Confirmed confirmed;
    for (const Outcome &o : outcomes) {
        auto item = std::find_if(items.begin(), items.end(), [&](const Item &i) { return i.objectId == o.objectId; });
        if (item == items.end() || !expected(*item))
            return core::invalid(
                Text::tr("The confirmation names %1, which was not handed over in this exchange. Nothing was applied.")
                    .arg(o.objectId));
        item->outcome = o.ok ? QStringLiteral("ok") : QStringLiteral("failed");
        item->archiveId = o.archiveId;
        item->remark = o.errors.join(QStringLiteral("; "));
        if (auto ok = exchange.updateItem(*item); !ok)
            return ok.error();
        if (!o.ok) {
            confirmed.failed.append(item->caseFileId);
            continue;
        }
        if (exchange.isDisposed(item->caseFileId))
            continue;
        DisposedCaseFile record;
        record.caseFileId = item->caseFileId;
        record.fate = fate;
        record.processId = process.id;
        record.archiveId = o.archiveId;
        record.recipient = process.partner;
        record.at = QDateTime::currentDateTimeUtc();
        record.byUser = userId;
        if (auto removed = removeContent(work, record); !removed)
            return removed.error();
        confirmed.left.append(item->caseFileId);
    }
    return confirmed;
}

}  // namespace aw::xdomea
