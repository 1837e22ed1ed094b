// SPDX-License-Identifier: GPL-3.0-or-later
// Saved searches: per user, shared with a unit, replaced by name, removed only by their owner.
#include "search/savedsearches.h"
#include "storage/orgrepository.h"
#include "storage/sql.h"
#include "support/demooffice.h"
#include "support/testenv.h"

#include <QTest>

using namespace aw;
using aw::test::why;

class TestSavedSearches : public QObject
{
    Q_OBJECT

    std::shared_ptr<test::DemoOffice> m_office;

    search::SavedSearches of(const char *login) const
    {
        auto a =
            storage::OrgRepository(m_office->store()->connection()).actor(m_office->userId(QString::fromUtf8(login)));
        return search::SavedSearches(m_office->store(), a ? a.value() : core::Actor{});
    }
    QStringList names(const char *login) const
    {
        QStringList out;
        auto list = of(login).list();
        if (list) {
            for (const auto &s : *list)
                out << s.name;
        }
        return out;
    }
    QString unit(const char *code) const
    {
        auto u = storage::OrgRepository(m_office->store()->connection()).unitByCode(QString::fromUtf8(code));
        return u ? u->id : QString();
    }

private Q_SLOTS:
    void init()
    {
        auto office = test::DemoOffice::make();
        QVERIFY2(office, qPrintable(why(office)));
        m_office = office.value();
    }

    void keptPerUserAndSharedWithAUnit()
    {
        auto mine =
            of("jfischer")
                .save(QStringLiteral("Wohngeld offen"), QStringLiteral("Wohngeld status:offen"), search::Scope::Units);
        QVERIFY2(mine, qPrintable(why(mine)));
        auto shared =
            of("jfischer")
                .save(QStringLiteral("Gewerbe Nord"), QStringLiteral("Gewerbe*"), search::Scope::Archive, unit("KZN"));
        QVERIFY2(shared, qPrintable(why(shared)));
        QCOMPARE(names("jfischer"), QStringList({QStringLiteral("Gewerbe Nord"), QStringLiteral("Wohngeld offen")}));
        // aweber works in KZN and sees the shared one; lnowak (KZS) and the Standesamt see none.
        QCOMPARE(names("aweber"), QStringList{QStringLiteral("Gewerbe Nord")});
        QVERIFY(names("lnowak").isEmpty());
        QVERIFY(names("kschmidt").isEmpty());
        auto seen = of("aweber").list();
        QCOMPARE(seen->first().scope, search::Scope::Archive);
        QVERIFY(!seen->first().mine);
        QCOMPARE(seen->first().ownerName, QStringLiteral("Jörg Fischer"));
        // Each change is audited.
        auto audited =
            storage::scalar(m_office->store()->connection(),
                            QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'saved_search.save'"));
        QCOMPARE(audited->toInt(), 2);
    }

    void sameNameReplaces()
    {
        QVERIFY(of("aweber").save(QStringLiteral("Meine"), QStringLiteral("Wagner"), search::Scope::Mine));
        QVERIFY(of("aweber").save(QStringLiteral(" Meine "), QStringLiteral("Wolf"), search::Scope::Units));
        auto list = of("aweber").list();
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().query, QStringLiteral("Wolf"));
        QCOMPARE(list->first().scope, search::Scope::Units);
    }

    void refusals()
    {
        auto bad = of("aweber").save(QStringLiteral("Kaputt"), QStringLiteral("\"offen"), search::Scope::Units);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, core::Error::Code::Invalid);
        auto nameless = of("aweber").save(QStringLiteral("  "), QStringLiteral("Wolf"), search::Scope::Units);
        QVERIFY(!nameless);
        auto foreign =
            of("aweber").save(QStringLiteral("Fremd"), QStringLiteral("Wolf"), search::Scope::Units, unit("StA"));
        QVERIFY(!foreign);
        QCOMPARE(foreign.error().code, core::Error::Code::Refused);
        QVERIFY(names("aweber").isEmpty());
    }

    void onlyTheOwnerRemoves()
    {
        auto shared =
            of("jfischer")
                .save(QStringLiteral("Gewerbe Nord"), QStringLiteral("Gewerbe*"), search::Scope::Units, unit("KZN"));
        QVERIFY(shared);
        auto refused = of("aweber").remove(shared->id);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, core::Error::Code::Refused);
        QVERIFY2(of("jfischer").remove(shared->id), "owner removes");
        QVERIFY(names("aweber").isEmpty());
        QCOMPARE(of("jfischer").remove(shared->id).error().code, core::Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestSavedSearches)
#include "tst_savedsearches.moc"
