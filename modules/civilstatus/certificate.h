// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "civilstatus/fees.h"
#include "civilstatus/register.h"
#include "core/result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace aw::civilstatus {

// What a certificate is made from: the register entry as the register index holds it, the office
// that issues it and on which day.
struct CertificateContent
{
    CertificateType type = CertificateType::Birth;
    RegisterEntry entry;
    QString issuingOffice;  // "Standesamt Göttingen"
    QString issuingPlace;   // "Göttingen", printed before the date
    QString registrar;      // the clerk who issues it (Standesbeamtin/Standesbeamter)
    QDate issuedOn;
    bool withoutParents = false;  // birth certificate without the parents (§ 59 Abs. 2 PStG)
    bool specimen = false;        // demo mode: every page is marked "Muster" across
};

// Whether `type` can be made from an entry of `kind`: birth certificates from the birth register,
// marriage certificates from the marriage register and so on; a register printout and the
// international certificate from any register. Refused with the reason otherwise.
core::Result<void> checkCertificateFits(CertificateType type, RegisterKind kind);

// The certificate as a PDF/A-1b document (A4, one page; a register printout may take more): the
// title of the type, the register reference ("Standesamt Göttingen, G 334/2020"), the persons with
// names, birth names, dates and places as the type requires, the event with date and place, later
// entries for a register printout, and the issuing office, place, date and registrar. The wording
// is German (the international certificate adds English and French labels), whatever the user
// interface speaks. Needs a QGuiApplication (fonts).
core::Result<QByteArray> renderCertificate(const CertificateContent &content);

// A file name for the certificate in the file: "Geburtsurkunde_G_334_2020.pdf".
QString certificateFileName(const CertificateContent &content);

}  // namespace aw::civilstatus
