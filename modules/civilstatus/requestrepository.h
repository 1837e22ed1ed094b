// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "civilstatus/request.h"
#include "core/result.h"

#include <QSqlDatabase>

namespace aw::civilstatus {

// Certificate requests in the local store (table certificate_request). No permission checks.
class RequestRepository
{
public:
    explicit RequestRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    core::Result<void> insert(const CertificateRequest &request);
    // Writes every field if `request.rev` is still current, else Conflict; bumps rev.
    core::Result<CertificateRequest> update(CertificateRequest request);
    core::Result<CertificateRequest> get(const QString &id) const;
    core::Result<std::optional<CertificateRequest>> forProceeding(const QString &proceedingId) const;

private:
    QSqlDatabase m_db;
};

}  // namespace aw::civilstatus
