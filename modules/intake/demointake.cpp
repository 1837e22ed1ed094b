// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/demointake.h"

#include "intake/inbox.h"
#include "intake/routing.h"
#include "intake/samples.h"
#include "packages/safezip.h"
#include "storage/orgrepository.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QTemporaryDir>

using aw::core::Result;

namespace aw::intake {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::intake::Samples)
};

struct Planned
{
    samples::Kind kind;
    int variant;
    samples::Defect defect;
    bool route;
};

// Three certificate requests (one already filed), two residence registrations, a birth, and a
// residence registration whose Wohnungsgeberbestätigung was changed after it was hashed.
const Planned planned[] = {
    {samples::Kind::CertificateRequest, 0, samples::Defect::None, true},
    {samples::Kind::ResidenceRegistration, 0, samples::Defect::None, false},
    {samples::Kind::BirthBundle, 0, samples::Defect::None, false},
    {samples::Kind::CertificateRequest, 1, samples::Defect::None, false},
    {samples::Kind::ResidenceRegistration, 2, samples::Defect::WrongAttachmentHash, false},
    {samples::Kind::ResidenceRegistration, 1, samples::Defect::None, false},
    {samples::Kind::CertificateRequest, 2, samples::Defect::None, false},
};

}  // namespace

Result<DemoIntakeReport> seedDemoIntake(const std::shared_ptr<storage::Store> &store)
{
    const QSqlDatabase db = store->connection();
    auto existing = storage::scalar(
        db, QStringLiteral("SELECT (SELECT count(*) FROM submission) + (SELECT count(*) FROM routing_rule)"));
    if (!existing)
        return existing.error();
    if (existing->toLongLong() > 0)
        return core::conflict(Text::tr("The inbox already holds submissions or routing rules; the demo "
                                       "applications are only added to an empty one."));
    const storage::OrgRepository org(db);
    auto registry = org.userByLogin(QStringLiteral("registratur"));
    if (!registry)
        return registry.error();
    // Routing files into the Standesamt, so one of its clerks does it.
    auto clerk = org.userByLogin(QStringLiteral("mmueller"));
    if (!clerk)
        return clerk.error();

    QTemporaryDir temp;
    if (!temp.isValid())
        return core::ioError(Text::tr("No temporary folder for the demo applications: %1").arg(temp.errorString()));

    DemoIntakeReport report;
    auto rules = seedDemoRules(store);
    if (!rules)
        return rules.error();
    report.rules = rules.value();

    Inbox inbox({store, registry->id});
    int number = 0;
    for (const Planned &p : planned) {
        const QString path = temp.filePath(QStringLiteral("einreichung-%1.zip").arg(++number, 2, 10, QLatin1Char('0')));
        if (auto written = packages::writeZip(path, samples::submissionFiles(p.kind, p.defect, p.variant)); !written)
            return written.error();
        auto received = inbox.receive(path);
        if (!received)
            return received.error();
        if (received->alreadyKnown)
            continue;
        ++report.submissions;
        if (received->entry.status == QLatin1String("quarantined"))
            ++report.quarantined;
        if (p.route) {
            auto routed = Routing({store, clerk->id}).route(received->entry.id);
            if (!routed)
                return routed.error();
            ++report.filed;
            report.caseFiles += int(routed->caseFileIds.size());
            report.proceedings += int(routed->proceedingIds.size());
            report.documents += routed->documents;
        }
    }
    return report;
}

}  // namespace aw::intake
