// SPDX-License-Identifier: GPL-3.0-or-later
#include "casework/documentfiling.h"

#include "storage/casefilerepository.h"
#include "storage/documentrepository.h"
#include "storage/proceedingrepository.h"
#include "storage/sql.h"
#include "storage/unitofwork.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

using aw::core::Result;

namespace aw::casework {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::casework::DocumentFiling)
};

}  // namespace

QString titleFromFileName(const QString &fileName)
{
    const QString base = QFileInfo(fileName).completeBaseName();
    return base.isEmpty() ? fileName : base;
}

Result<void> DocumentFiling::index(const QSqlDatabase &db, const QString &documentId, int version,
                                   storage::TextIndex::TextStatus status, const QString &text)
{
    return storage::TextIndex(db).put({documentId, version, status, text});
}

Result<QList<DocumentFiling::Filed>> DocumentFiling::file(const QString &proceedingId, const QList<PreparedFile> &files,
                                                          Duplicates duplicates)
{
    storage::UnitOfWork work(m_session.db(), m_session.userId());
    if (auto ok = work.begin(); !ok)
        return ok.error();
    auto filed = fileIn(work, proceedingId, files, duplicates);
    if (!filed)
        return filed.error();
    if (auto ok = work.commit(); !ok)
        return ok.error();
    return filed;
}

Result<QList<DocumentFiling::Filed>> DocumentFiling::fileIn(storage::UnitOfWork &work, const QString &proceedingId,
                                                            const QList<PreparedFile> &files, Duplicates duplicates)
{
    auto p = storage::ProceedingRepository(work.db()).get(proceedingId);
    if (!p)
        return p.error();
    auto caseFile = storage::CaseFileRepository(work.db()).get(p->caseFileId);
    if (!caseFile)
        return caseFile.error();
    if (auto ok = m_session.permit(core::Action::AddDocument,
                                   {caseFile->ownerUnitId, p->assigneeId, caseFile->isClosed() || p->isClosed()});
        !ok)
        return ok.error();

    // What the proceeding holds already: content hashes, and the newest version per file name.
    storage::DocumentRepository documents(work.db());
    auto held = storage::exec(work.db(),
                              QStringLiteral("SELECT v.document_id, v.n, v.sha256, v.file_name FROM document_version v "
                                             "JOIN document d ON d.id = v.document_id WHERE d.proceeding_id = ? "
                                             "ORDER BY v.document_id, v.n"),
                              {proceedingId});
    if (!held)
        return held.error();
    QHash<QString, QString> documentOfHash;
    struct Newest
    {
        QString documentId;
        int n;
    };
    QHash<QString, Newest> newestByName;
    while (held->next()) {
        documentOfHash.insert(held->value(2).toString(), held->value(0).toString());
        newestByName.insert(held->value(3).toString().toCaseFolded(),
                            {held->value(0).toString(), held->value(1).toInt()});
    }

    QList<Filed> out;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const PreparedFile &f : files) {
        if (documentOfHash.contains(f.sha256) && duplicates == Duplicates::Skip) {
            out.append({Filed::Kind::Duplicate, documentOfHash.value(f.sha256), 0});
            continue;
        }
        storage::DocumentVersion v;
        v.sha256 = f.sha256;
        v.fileName = f.fileName;
        v.mime = f.mime.isEmpty() ? QStringLiteral("application/octet-stream") : f.mime;
        v.size = f.size;
        v.pages = f.pages;
        v.createdBy = m_session.userId();
        v.createdAt = now;
        const QString nameKey = f.fileName.toCaseFolded();
        const bool newVersion = newestByName.contains(nameKey) && !documentOfHash.contains(f.sha256);
        QString title = titleFromFileName(f.fileName);
        if (newVersion) {
            const Newest newest = newestByName.value(nameKey);
            auto document = documents.get(newest.documentId);
            if (!document)
                return document.error();
            title = document->title;
            v.documentId = newest.documentId;
            v.n = newest.n + 1;
            if (auto ok = documents.insertVersion(v); !ok)
                return ok.error();
            if (auto ok = work.record(QStringLiteral("document.version"), QStringLiteral("document"), v.documentId,
                                      storage::toJson(v), document->rev);
                !ok)
                return ok.error();
            out.append({Filed::Kind::NewVersion, v.documentId, v.n});
        } else {
            const storage::Document document{storage::newId(), proceedingId, title, f.direction, now, 1};
            v.documentId = document.id;
            v.n = 1;
            if (auto ok = documents.insert(document); !ok)
                return ok.error();
            if (auto ok = documents.insertVersion(v); !ok)
                return ok.error();
            QJsonObject payload = storage::toJson(document);
            payload.insert(QStringLiteral("version"), storage::toJson(v));
            if (auto ok = work.record(QStringLiteral("document.add"), QStringLiteral("document"), document.id, payload);
                !ok)
                return ok.error();
            out.append({Filed::Kind::NewDocument, document.id, 1});
        }
        if (auto ok = storage::TextIndex(work.db()).put({v.documentId, v.n, f.textStatus, f.text}); !ok)
            return ok.error();
        documentOfHash.insert(f.sha256, v.documentId);
        newestByName.insert(nameKey, {v.documentId, v.n});
    }
    return out;
}

}  // namespace aw::casework
