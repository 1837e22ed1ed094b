// SPDX-License-Identifier: GPL-3.0-or-later
#include "casework/documentservice.h"

#include "casework/documentfiling.h"
#include "storage/casefilerepository.h"
#include "storage/documentrepository.h"
#include "storage/proceedingrepository.h"
#include "storage/unitofwork.h"

#include <QCoreApplication>

using aw::core::Result;
using aw::storage::Document;
using aw::storage::DocumentVersion;

namespace aw::casework {

namespace {

// The translation context of this file's user-visible texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::casework::DocumentService)
};

}  // namespace

Result<core::Target> DocumentService::proceedingTarget(const QSqlDatabase &db, const QString &proceedingId) const
{
    auto p = storage::ProceedingRepository(db).get(proceedingId);
    if (!p)
        return p.error();
    auto file = storage::CaseFileRepository(db).get(p->caseFileId);
    if (!file)
        return file.error();
    return core::Target{file->ownerUnitId, p->assigneeId, file->isClosed() || p->isClosed()};
}

Result<void> DocumentService::permitAdding(const QSqlDatabase &db, const QString &proceedingId) const
{
    auto target = proceedingTarget(db, proceedingId);
    if (!target)
        return target.error();
    return m_session.permit(core::Action::AddDocument, target.value());
}

Result<DocumentVersion> DocumentService::storeContent(QIODevice &content, const QString &fileName, const QString &mime)
{
    if (fileName.trimmed().isEmpty())
        return core::invalid(Text::tr("A document version needs a file name."));
    auto sha = m_session.store().blobs().put(content);
    if (!sha)
        return sha.error();
    DocumentVersion v;
    v.sha256 = sha.value();
    v.fileName = fileName.trimmed();
    v.mime = mime.isEmpty() ? QStringLiteral("application/octet-stream") : mime;
    v.size = m_session.store().blobs().size(v.sha256);
    v.createdBy = m_session.userId();
    v.createdAt = QDateTime::currentDateTimeUtc();
    return v;
}

Result<Document> DocumentService::addDocument(const QString &proceedingId, const QString &title,
                                              storage::Direction direction, QIODevice &content, const QString &fileName,
                                              const QString &mime)
{
    if (title.trimmed().isEmpty())
        return core::invalid(Text::tr("A document needs a title."));
    // Checked before the bytes are stored, so a refused import writes nothing at all.
    if (auto ok = permitAdding(m_session.db(), proceedingId); !ok)
        return ok.error();
    auto version = storeContent(content, fileName, mime);
    if (!version)
        return version.error();

    storage::UnitOfWork work(m_session.db(), m_session.userId());
    if (auto ok = work.begin(); !ok)
        return ok.error();
    // Again inside the transaction: the proceeding may have been closed meanwhile.
    if (auto ok = permitAdding(work.db(), proceedingId); !ok)
        return ok.error();
    Document document{storage::newId(), proceedingId, title.trimmed(), direction, version->createdAt, 1};
    version->documentId = document.id;
    version->n = 1;
    storage::DocumentRepository documents(work.db());
    if (auto ok = documents.insert(document); !ok)
        return ok.error();
    if (auto ok = documents.insertVersion(version.value()); !ok)
        return ok.error();
    QJsonObject payload = storage::toJson(document);
    payload.insert(QStringLiteral("version"), storage::toJson(version.value()));
    if (auto ok = work.record(QStringLiteral("document.add"), QStringLiteral("document"), document.id, payload); !ok)
        return ok.error();
    // Bytes added this way are not read for text; title, subject and reference are still found.
    if (auto ok = DocumentFiling::index(work.db(), document.id, 1, storage::TextIndex::TextStatus::NotText); !ok)
        return ok.error();
    if (auto ok = work.commit(); !ok)
        return ok.error();
    return document;
}

Result<DocumentVersion> DocumentService::addVersion(const QString &documentId, QIODevice &content,
                                                    const QString &fileName, const QString &mime)
{
    auto document = storage::DocumentRepository(m_session.db()).get(documentId);
    if (!document)
        return document.error();
    if (auto ok = permitAdding(m_session.db(), document->proceedingId); !ok)
        return ok.error();
    auto version = storeContent(content, fileName, mime);
    if (!version)
        return version.error();

    storage::UnitOfWork work(m_session.db(), m_session.userId());
    if (auto ok = work.begin(); !ok)
        return ok.error();
    if (auto ok = permitAdding(work.db(), document->proceedingId); !ok)
        return ok.error();
    storage::DocumentRepository documents(work.db());
    auto existing = documents.versions(documentId);
    if (!existing)
        return existing.error();
    version->documentId = documentId;
    version->n = existing->isEmpty() ? 1 : existing->last().n + 1;
    if (auto ok = documents.insertVersion(version.value()); !ok)
        return ok.error();
    if (auto ok = work.record(QStringLiteral("document.version"), QStringLiteral("document"), documentId,
                              storage::toJson(version.value()), document->rev);
        !ok)
        return ok.error();
    if (auto ok = DocumentFiling::index(work.db(), documentId, version->n, storage::TextIndex::TextStatus::NotText);
        !ok)
        return ok.error();
    if (auto ok = work.commit(); !ok)
        return ok.error();
    return version;
}

Result<QList<Document>> DocumentService::list(const QString &proceedingId) const
{
    auto target = proceedingTarget(m_session.db(), proceedingId);
    if (!target)
        return target.error();
    if (auto ok = m_session.permit(core::Action::ViewCaseFile, target.value()); !ok)
        return ok.error();
    return storage::DocumentRepository(m_session.db()).byProceeding(proceedingId);
}

Result<storage::DocumentListPage> DocumentService::listPage(const QString &proceedingId,
                                                            const storage::DocumentListQuery &query) const
{
    auto target = proceedingTarget(m_session.db(), proceedingId);
    if (!target)
        return target.error();
    if (auto ok = m_session.permit(core::Action::ViewCaseFile, target.value()); !ok)
        return ok.error();
    return storage::DocumentRepository(m_session.db()).listPage(proceedingId, query);
}

Result<QList<DocumentVersion>> DocumentService::versions(const QString &documentId) const
{
    auto document = storage::DocumentRepository(m_session.db()).get(documentId);
    if (!document)
        return document.error();
    if (auto docs = list(document->proceedingId); !docs)
        return docs.error();
    return storage::DocumentRepository(m_session.db()).versions(documentId);
}

Result<QByteArray> DocumentService::content(const DocumentVersion &version) const
{
    if (auto v = versions(version.documentId); !v)
        return v.error();
    return m_session.store().blobs().read(version.sha256);
}

}  // namespace aw::casework
