// SPDX-License-Identifier: GPL-3.0-or-later
#include "xdomea/recordbuilder.h"

#include "storage/casefilerepository.h"
#include "storage/documentrepository.h"
#include "storage/fileplanrepository.h"
#include "storage/orgrepository.h"
#include "storage/proceedingrepository.h"

#include <QFileInfo>
#include <QHash>
#include <QUuid>

using aw::core::Result;

namespace aw::xdomea {

QString safeFileName(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        const bool keep = c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-') ||
                          c == QLatin1Char('_') || c == QLatin1Char(' ') || c == QLatin1Char('(') ||
                          c == QLatin1Char(')');
        out.append(keep ? c : QLatin1Char('_'));
    }
    out = out.trimmed();
    while (out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    if (out.size() > 120) {
        const QString suffix = QFileInfo(out).suffix().left(10);
        out = out.left(120 - suffix.size() - 1) + QLatin1Char('.') + suffix;
    }
    return out.isEmpty() ? QStringLiteral("datei") : out;
}

Result<RecordCaseFile> buildRecord(const QSqlDatabase &db, const QString &caseFileId, bool withDocuments)
{
    auto file = storage::CaseFileRepository(db).get(caseFileId);
    if (!file)
        return file.error();
    auto node = storage::FilePlanRepository(db).get(file->nodeId);
    if (!node)
        return node.error();
    storage::OrgRepository org(db);
    auto unit = org.unit(file->ownerUnitId);
    if (!unit)
        return unit.error();

    RecordCaseFile r;
    r.id = file->id;
    r.reference = file->reference;
    r.subject = file->subject;
    r.unitName = unit->name;
    r.planCode = node->code;
    r.planTitle = node->title;
    r.begin = file->openedAt.toLocalTime().date();
    r.closed = file->isClosed();
    if (r.closed)
        r.end = file->closedAt.toLocalTime().date();
    r.retention = node->retention;
    r.disposal = file->disposal;
    r.retentionUntil = file->retentionUntil;

    auto proceedings = storage::ProceedingRepository(db).byCaseFile(file->id);
    if (!proceedings)
        return proceedings.error();
    storage::DocumentRepository documents(db);
    QHash<QString, QString> userNames;
    for (const storage::Proceeding &p : proceedings.value()) {
        RecordProceeding rp;
        rp.id = p.id;
        rp.reference = p.reference;
        rp.subject = p.subject;
        rp.begin = p.createdAt.toLocalTime().date();
        rp.closed = p.isClosed();
        if (rp.closed)
            rp.end = p.closedAt.toLocalTime().date();
        if (withDocuments) {
            auto docs = documents.byProceeding(p.id);
            if (!docs)
                return docs.error();
            for (const storage::Document &d : docs.value()) {
                RecordDocument rd;
                rd.id = d.id;
                rd.title = d.title;
                rd.direction = d.direction;
                rd.date = d.receivedAt.toLocalTime().date();
                auto versions = documents.versions(d.id);
                if (!versions)
                    return versions.error();
                for (const storage::DocumentVersion &v : versions.value()) {
                    if (!userNames.contains(v.createdBy)) {
                        auto user = org.user(v.createdBy);
                        userNames.insert(v.createdBy, user ? user->displayName : v.createdBy);
                    }
                    RecordVersion rv;
                    rv.number = v.n;
                    const FormatCode format = formatCodeFor(v.fileName, v.mime);
                    rv.file.formatCode = format.code;
                    rv.file.otherFormat = format.otherName;
                    rv.file.fileName = QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1Char('_') +
                                       safeFileName(v.fileName);
                    rv.file.originalName = v.fileName;
                    rv.file.createdBy = userNames.value(v.createdBy);
                    rv.file.createdAt = v.createdAt;
                    rv.file.sha256 = v.sha256;
                    rd.versions.append(rv);
                }
                rp.documents.append(rd);
            }
        }
        r.proceedings.append(rp);
    }
    return r;
}

}  // namespace aw::xdomea
