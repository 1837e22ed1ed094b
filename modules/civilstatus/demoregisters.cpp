// SPDX-License-Identifier: GPL-3.0-or-later
#include "civilstatus/demoregisters.h"

#include "casework/session.h"
#include "civilstatus/registers.h"
#include "storage/orgrepository.h"

#include <QCoreApplication>
#include <QFile>

namespace aw::civilstatus {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(aw::civilstatus::Registers)
};

}  // namespace

core::Result<int> seedDemoRegisters(const std::shared_ptr<storage::Store> &store)
{
    const storage::OrgRepository org(store->connection());
    auto unit = org.unitByCode(QStringLiteral("StA"));
    auto supervisor = org.userByLogin(QStringLiteral("kschmidt"));
    if (!unit || !supervisor)
        return core::notFound(Text::tr("The demo office has no Standesamt (StA) with its supervisor."));
    QFile csv(QStringLiteral(":/civilstatus/demo-register.csv"));
    if (!csv.open(QIODevice::ReadOnly))
        return core::ioError(csv.errorString());
    for (const auto &[key, value] :
         {std::pair{"civilstatus.office", "Standesamt Göttingen"}, std::pair{"civilstatus.place", "Göttingen"},
          std::pair{"civilstatus.specimen", "1"}}) {
        if (auto ok = store->setSetting(QString::fromUtf8(key), QString::fromUtf8(value)); !ok)
            return ok.error();
    }
    auto report = Registers(casework::Session(store, supervisor->id)).importCsv(unit->id, csv.readAll());
    if (!report)
        return report.error();
    return report->added + report->updated + report->unchanged;
}

}  // namespace aw::civilstatus
