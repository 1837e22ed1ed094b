// SPDX-License-Identifier: GPL-3.0-or-later
#include "casework/fileplanservice.h"

#include "core/filereference.h"
#include "storage/fileplanrepository.h"
#include "storage/unitofwork.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>

#include <algorithm>

using aw::core::Result;
using aw::storage::FilePlanNode;

namespace aw::casework {

namespace {

// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::casework::FilePlanService)
};

// Splits one CSV line at `;`, honouring double quotes ("a;b" and "" inside quotes).
QStringList splitCsvLine(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(';')) {
            fields << field.trimmed();
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field.trimmed();
    return fields;
}

QString parentCode(const QString &code)
{
    const qsizetype dot = code.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? QString() : code.left(dot);
}

Result<core::RetentionPeriod> parseRetention(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("dauernd") || t == QLatin1String("permanent") || t == QLatin1String("-1"))
        return core::RetentionPeriod{core::RetentionPeriod::Permanent};
    bool ok = false;
    const int years = t.toInt(&ok);
    if (!ok)
        return core::invalid(Text::tr("the retention period “%1” is not a number of years or “dauernd”").arg(text));
    return core::RetentionPeriod::fromYears(years);
}

}  // namespace

Result<FilePlanNode> FilePlanService::create(const QString &code, const QString &title, const QString &parentId,
                                             core::RetentionPeriod retention, core::DisposalDecision disposal)
{
    if (auto ok = m_session.permit(core::Action::ManageFilePlan); !ok)
        return ok.error();
    if (!core::isValidPlanCode(code))
        return core::invalid(
            Text::tr("“%1” is not a valid file plan code (digits or letters in groups separated by dots, "
                     "e.g. 123.30).")
                .arg(code));
    if (title.trimmed().isEmpty())
        return core::invalid(Text::tr("A file plan entry needs a title."));
    if (auto checked = core::RetentionPeriod::fromYears(retention.years); !checked)
        return checked.error();

    storage::UnitOfWork work(m_session.db(), m_session.userId());
    if (auto ok = work.begin(); !ok)
        return ok.error();
    storage::FilePlanRepository nodes(work.db());
    if (nodes.byCode(code))
        return core::conflict(Text::tr("The file plan already has an entry “%1”.").arg(code));
    if (!parentId.isEmpty()) {
        if (auto parent = nodes.get(parentId); !parent)
            return parent.error();
    }
    const FilePlanNode node{storage::newId(), code, title.trimmed(), parentId, retention, disposal, 1};
    if (auto ok = nodes.insert(node); !ok)
        return ok.error();
    if (auto ok = work.record(QStringLiteral("file_plan_node.create"), QStringLiteral("file_plan_node"), node.id,
                              storage::toJson(node));
        !ok)
        return ok.error();
    if (auto ok = work.commit(); !ok)
        return ok.error();
    return node;
}

Result<FilePlanNode> FilePlanService::edit(const FilePlanNode &node)
{
    if (auto ok = m_session.permit(core::Action::ManageFilePlan); !ok)
        return ok.error();
    if (node.title.trimmed().isEmpty())
        return core::invalid(Text::tr("A file plan entry needs a title."));
    if (auto checked = core::RetentionPeriod::fromYears(node.retention.years); !checked)
        return checked.error();

    storage::UnitOfWork work(m_session.db(), m_session.userId());
    if (auto ok = work.begin(); !ok)
        return ok.error();
    storage::FilePlanRepository nodes(work.db());
    if (auto ok = nodes.update(node); !ok)
        return ok.error();
    auto updated = nodes.get(node.id);
    if (!updated)
        return updated.error();
    if (auto ok = work.record(QStringLiteral("file_plan_node.edit"), QStringLiteral("file_plan_node"), node.id,
                              storage::toJson(updated.value()), node.rev);
        !ok)
        return ok.error();
    if (auto ok = work.commit(); !ok)
        return ok.error();
    return updated;
}

Result<FilePlanService::ImportReport> FilePlanService::importCsv(QIODevice &csv)
{
    if (auto ok = m_session.permit(core::Action::ManageFilePlan); !ok)
        return ok.error();

    struct Line
    {
        int number;
        QString code, title;
        core::RetentionPeriod retention;
        core::DisposalDecision disposal;
    };
    QList<Line> lines;
    QHash<QString, int> seen;
    const QByteArray bytes = csv.readAll();
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    if (utf8.hasError()) {
        // Name the first line that is not UTF-8, so it can be found in the file.
        int bad = 1;
        for (const QByteArray &line : bytes.split('\n')) {
            QStringDecoder check(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString decoded = check.decode(line);
            if (check.hasError())
                break;
            ++bad;
        }
        return core::invalid(
            Text::tr("Line %1: %2")
                .arg(bad)
                .arg(Text::tr("The file is not UTF-8 text. Save it as “CSV UTF-8” and import it again.")));
    }

    int number = 0;
    bool firstLine = true;
    for (QString raw : text.split(QLatin1Char('\n'))) {
        ++number;
        raw = raw.trimmed();
        if (number == 1 && raw.startsWith(QChar(0xfeff)))
            raw.remove(0, 1);
        if (raw.isEmpty() || raw.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = splitCsvLine(raw);
        const bool header = firstLine && (f[0].compare(QLatin1String("code"), Qt::CaseInsensitive) == 0 ||
                                          f[0].compare(QLatin1String("kennzeichen"), Qt::CaseInsensitive) == 0);
        firstLine = false;
        if (header)
            continue;
        auto fail = [number](const QString &why) {
            return core::invalid(Text::tr("Line %1: %2. Nothing was imported.").arg(number).arg(why));
        };
        if (f.size() != 4)
            return fail(Text::tr("expected 4 fields (code;title;retentionYears;disposal), found %1").arg(f.size()));
        if (!core::isValidPlanCode(f[0]))
            return fail(Text::tr("“%1” is not a valid file plan code").arg(f[0]));
        if (f[1].isEmpty())
            return fail(Text::tr("the title is empty"));
        auto retention = parseRetention(f[2]);
        if (!retention)
            return fail(retention.error().message);
        auto disposal = core::disposalFromLetter(f[3]);
        if (!disposal)
            return fail(Text::tr("the disposal decision “%1” is not A, V or B").arg(f[3]));
        if (seen.contains(f[0]))
            return fail(Text::tr("the code “%1” already appears in line %2").arg(f[0]).arg(seen.value(f[0])));
        seen.insert(f[0], number);
        lines.append({number, f[0], f[1], retention.value(), disposal.value()});
    }
    if (lines.isEmpty())
        return core::invalid(Text::tr("The file contains no file plan entries."));

    storage::UnitOfWork work(m_session.db(), m_session.userId());
    if (auto ok = work.begin(); !ok)
        return ok.error();
    storage::FilePlanRepository nodes(work.db());
    ImportReport report;
    // Sorting by code puts every parent before its children.
    std::sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) { return a.code < b.code; });
    for (const Line &line : std::as_const(lines)) {
        QString parentId;
        for (QString p = parentCode(line.code); !p.isEmpty(); p = parentCode(p)) {
            if (auto parent = nodes.byCode(p)) {
                parentId = parent->id;
                break;
            }
        }
        auto existing = nodes.byCode(line.code);
        if (existing) {
            FilePlanNode node = existing.value();
            if (node.title == line.title && node.retention == line.retention && node.disposal == line.disposal &&
                node.parentId == parentId) {
                ++report.unchanged;
                continue;
            }
            const int baseRev = node.rev;
            node.title = line.title;
            node.retention = line.retention;
            node.disposal = line.disposal;
            node.parentId = parentId;
            if (auto ok = nodes.update(node); !ok)
                return ok.error();
            node.rev = baseRev + 1;
            if (auto ok = work.record(QStringLiteral("file_plan_node.edit"), QStringLiteral("file_plan_node"), node.id,
                                      storage::toJson(node), baseRev);
                !ok)
                return ok.error();
            ++report.updated;
        } else {
            const FilePlanNode node{storage::newId(), line.code,     line.title, parentId,
                                    line.retention,   line.disposal, 1};
            if (auto ok = nodes.insert(node); !ok)
                return ok.error();
            if (auto ok = work.record(QStringLiteral("file_plan_node.create"), QStringLiteral("file_plan_node"),
                                      node.id, storage::toJson(node));
                !ok)
                return ok.error();
            ++report.created;
        }
    }
    if (auto ok = work.commit(); !ok)
        return ok.error();
    return report;
}

}  // namespace aw::casework
