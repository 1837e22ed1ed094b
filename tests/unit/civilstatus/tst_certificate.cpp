// SPDX-License-Identifier: GPL-3.0-or-later
#include "civilstatus/certificate.h"
#include "documents/pdfdocument.h"
#include "support/pdftext.h"
#include "support/testenv.h"

#include <QFile>
#include <QObject>
#include <QRegularExpression>
#include <QtTest>

using aw::core::Error;
using aw::documents::PdfDocument;
using aw::test::s;
using aw::test::why;
using namespace aw::civilstatus;

Q_DECLARE_METATYPE(aw::civilstatus::CertificateType)
Q_DECLARE_METATYPE(aw::civilstatus::RegisterKind)

namespace {

RegisterPerson person(PersonRole role, const char *firstNames, const char *lastName, const char *birthName,
                      const char *sex, QDate birthDate, const char *birthPlace)
{
    RegisterPerson p;
    p.role = role;
    p.firstNames = s(firstNames);
    p.lastName = s(lastName);
    p.birthName = s(birthName);
    p.sex = s(sex);
    p.birthDate = birthDate;
    p.birthPlace = s(birthPlace);
    return p;
}

RegisterEntry birthEntry()
{
    RegisterEntry entry;
    entry.id = s("g-334-2020");
    entry.number = {RegisterKind::Birth, 334, 2020};
    entry.officeNumber = s("03159");
    entry.officeName = s("Standesamt Göttingen");
    entry.eventDate = QDate(2020, 5, 17);
    entry.eventPlace = s("Göttingen");
    entry.persons = {
        person(PersonRole::Principal, "Lea Marie", "Größmann", "", "weiblich", QDate(2020, 5, 17), "Göttingen"),
        person(PersonRole::Parent, "Anna Sophie", "Größmann", "Weißenfels", "weiblich", QDate(1990, 3, 2), "Kassel"),
        person(PersonRole::Parent, "Jürgen Karl", "Größmann", "", "männlich", QDate(1988, 11, 23), "Hann. Münden"),
    };
    entry.laterEntries = {{QDate(2021, 2, 1), s("Berichtigung des Geburtsorts der Mutter (§ 47 PStG).")}};
    entry.blocks = int(Block::Adoption) | int(Block::Information);
    return entry;
}

RegisterEntry marriageEntry(RegisterKind kind = RegisterKind::Marriage)
{
    RegisterEntry entry;
    entry.number = {kind, 57, 2019};
    entry.officeName = s("Standesamt Göttingen");
    entry.eventDate = QDate(2019, 6, 14);
    entry.eventPlace = s("Göttingen");
    entry.persons = {
        person(PersonRole::Spouse, "Anna Sophie", "Größmann", "Weißenfels", "weiblich", QDate(1990, 3, 2), "Kassel"),
        person(PersonRole::Spouse, "Jürgen Karl", "Größmann", "", "männlich", QDate(1988, 11, 23), "Hann. Münden"),
    };
    return entry;
}

RegisterEntry deathEntry()
{
    RegisterEntry entry;
    entry.number = {RegisterKind::Death, 88, 2023};
    entry.officeName = s("Standesamt Göttingen");
    entry.eventDate = QDate(2023, 11, 2);
    entry.eventPlace = s("Bovenden");
    entry.persons = {
        person(PersonRole::Principal, "Heinrich Wilhelm", "Größmann", "", "männlich", QDate(1941, 1, 30), "Breslau"),
    };
    return entry;
}

CertificateContent contentFor(CertificateType type, const RegisterEntry &entry)
{
    CertificateContent content;
    content.type = type;
    content.entry = entry;
    content.issuingOffice = s("Standesamt Göttingen");
    content.issuingPlace = s("Göttingen");
    content.registrar = s("Gülay Schäfer");
    content.issuedOn = QDate(2025, 3, 7);
    return content;
}

struct Extracted
{
    int pages = 0;
    QStringList pageTexts;
    // Poppler may break lines anywhere between words: compare with all white space collapsed.
    QString all() const { return pageTexts.join(QLatin1Char('\n')).simplified(); }
    QString page(int i) const { return pageTexts.value(i).simplified(); }
};

Extracted extract(const QByteArray &pdf)
{
    Extracted result;
    result.pageTexts = aw::test::pdfPageTexts(pdf);
    result.pages = int(result.pageTexts.size());
    return result;
}

// For looking at the layout: AKTENWERK_CERTIFICATE_SAMPLES=/tmp/x keeps the rendered certificates.
void keepSample(const QByteArray &pdf, const QString &name)
{
    const QString dir = qEnvironmentVariable("AKTENWERK_CERTIFICATE_SAMPLES");
    if (dir.isEmpty())
        return;
    QFile file(dir + QLatin1Char('/') + name);
    if (file.open(QIODevice::WriteOnly))
        file.write(pdf);
}

// Renders and reads back; fails the test (returns empty) when rendering fails.
QString missingFrom(const QString &text, const QStringList &expected)
{
    QStringList missing;
    for (const QString &piece : expected)
        if (!text.contains(piece))
            missing << piece;
    return missing.isEmpty() ? QString() : missing.join(QLatin1String(" | ")) + QLatin1String(" not in: ") + text;
}

QString presentIn(const QString &text, const QStringList &unwanted)
{
    QStringList present;
    for (const QString &piece : unwanted)
        if (text.contains(piece))
            present << piece;
    return present.isEmpty() ? QString() : present.join(QLatin1String(" | ")) + QLatin1String(" in: ") + text;
}

}  // namespace

class TestCertificate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { aw::test::isolate(); }

    void certificateFits_data();
    void certificateFits();

    void birthCertificate();
    void birthCertificateWithoutParents();
    void marriageCertificate();
    void partnershipCertificate();
    void deathCertificate();
    void registerPrintout();
    void internationalCertificate();
    void pdfaMetadata();
    void specimen();
    void longPrintoutContinues();
    void longValuesWrapInsidePage();
    void labelsAndValuesAligned();
    void refusals();
    void fileNames();
};

void TestCertificate::certificateFits_data()
{
    QTest::addColumn<CertificateType>("type");
    QTest::addColumn<RegisterKind>("kind");
    QTest::addColumn<bool>("fits");
    QTest::addColumn<QStringList>("mentions");

    const QList<std::pair<RegisterKind, const char *>> kinds = {
        {RegisterKind::Birth, "Geburtenregister"},
        {RegisterKind::Marriage, "Eheregister"},
        {RegisterKind::Partnership, "Lebenspartnerschaftsregister"},
        {RegisterKind::Death, "Sterberegister"},
    };
    const QList<std::tuple<CertificateType, const char *, RegisterKind>> types = {
        {CertificateType::Birth, "birth certificate", RegisterKind::Birth},
        {CertificateType::Marriage, "marriage certificate", RegisterKind::Marriage},
        {CertificateType::Partnership, "partnership certificate", RegisterKind::Partnership},
        {CertificateType::Death, "death certificate", RegisterKind::Death},
    };
    for (const auto &[type, typeName, own] : types) {
        for (const auto &[kind, kindName] : kinds) {
            const bool fits = kind == own;
            QStringList mentions;
            if (!fits)
                mentions << s(typeName) << s(kindName) << registerName(own);
            QTest::addRow("%s from %s", typeName, kindName) << type << kind << fits << mentions;
        }
    }
    for (const auto &[kind, kindName] : kinds) {
        QTest::addRow("printout from %s", kindName)
            << CertificateType::RegisterPrintout << kind << true << QStringList();
        QTest::addRow("international from %s", kindName)
            << CertificateType::International << kind << true << QStringList();
    }
}

void TestCertificate::certificateFits()
{
    QFETCH(CertificateType, type);
    QFETCH(RegisterKind, kind);
    QFETCH(bool, fits);
    QFETCH(QStringList, mentions);

    const auto checked = checkCertificateFits(type, kind);
    QCOMPARE(checked.ok(), fits);
    if (fits)
        return;
    QCOMPARE(checked.error().code, Error::Code::Refused);
    for (const QString &mention : mentions)
        QVERIFY2(checked.error().message.contains(mention),
                 qPrintable(checked.error().message + QLatin1String(" lacks ") + mention));
}

void TestCertificate::birthCertificate()
{
    const auto pdf = renderCertificate(contentFor(CertificateType::Birth, birthEntry()));
    QVERIFY2(pdf.ok(), qPrintable(why(pdf)));
    keepSample(*pdf, s("birth.pdf"));
    QVERIFY(pdf->startsWith("%PDF-1.4"));

    const Extracted text = extract(*pdf);
    QCOMPARE(text.pages, 1);
    const QString all = text.all();
    const QString missing = missingFrom(all, {s("Standesamt Göttingen"),
                                              s("Geburtenregister Nr. G 334/2020"),
                                              s("Geburtsurkunde"),
                                              s("Familienname"),
                                              s("Größmann"),
                                              s("Vornamen"),
                                              s("Lea Marie"),
                                              s("Geschlecht"),
                                              s("weiblich"),
                                              s("Geburtstag"),
                                              s("17.05.2020"),
                                              s("Geburtsort"),
                                              s("Göttingen"),
                                              s("Eltern"),
                                              s("Anna Sophie"),
                                              s("Geburtsname"),
                                              s("Weißenfels"),
                                              s("Jürgen Karl"),
                                              s("Göttingen, den 07.03.2025"),
                                              s("Der Standesbeamte / Die Standesbeamtin"),
                                              s("Gülay Schäfer")});
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    // Only what a birth certificate shows: no later entries, no blocking notes, no parents' birthdays.
    const QString extra = presentIn(all, {s("Folgebeurkundungen"), s("Berichtigung"), s("Sperr"), s("Adoption"),
                                          s("02.03.1990"), s("Kassel"), s("beglaubigt"), s("MUSTER")});
    QVERIFY2(extra.isEmpty(), qPrintable(extra));
}

void TestCertificate::birthCertificateWithoutParents()
{
    CertificateContent content = contentFor(CertificateType::Birth, birthEntry());
    content.withoutParents = true;
    const auto pdf = renderCertificate(content);
    QVERIFY2(pdf.ok(), qPrintable(why(pdf)));
    keepSample(*pdf, s("birth-without-parents.pdf"));
    const QString all = extract(*pdf).all();
    const QString missing = missingFrom(all, {s("Geburtsurkunde"), s("Größmann"), s("Lea Marie"), s("17.05.2020"),
                                              s("G 334/2020"), s("Gülay Schäfer")});
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    const QString extra = presentIn(all, {s("Eltern"), s("Anna Sophie"), s("Jürgen"), s("Weißenfels")});
    QVERIFY2(extra.isEmpty(), qPrintable(extra));
}

void TestCertificate::marriageCertificate()
{
    const auto pdf = renderCertificate(contentFor(CertificateType::Marriage, marriageEntry()));
    QVERIFY2(pdf.ok(), qPrintable(why(pdf)));
    keepSample(*pdf, s("marriage.pdf"));
    const Extracted text = extract(*pdf);
    QCOMPARE(text.pages, 1);
    const QString all = text.all();
    const QString missing =
        missingFrom(all, {s("Eheurkunde"), s("Eheregister Nr. E 57/2019"), s("Ehegatte 1"), s("Ehegatte 2"),
                          s("Anna Sophie"), s("Weißenfels"), s("02.03.1990"), s("Kassel"), s("Jürgen Karl"),
                          s("23.11.1988"), s("Hann. Münden"), s("Größmann"), s("Tag der Eheschließung"),
                          s("14.06.2019"), s("Ort der Eheschließung"), s("Standesamt Göttingen")});
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    // Both spouses' current and birth names: the second spouse's birth name is the family name.
    QVERIFY2(all.count(s("Größmann")) >= 3, qPrintable(all));
}

void TestCertificate::partnershipCertificate()
{
    const auto pdf =
        renderCertificate(contentFor(CertificateType::Partnership, marriageEntry(RegisterKind::Partnership)));
    QVERIFY2(pdf.ok(), qPrintable(why(pdf)));
    keepSample(*pdf, s("partnership.pdf"));
    const QString all = extract(*pdf).all();
    const QString missing =
        missingFrom(all, {s("Lebenspartnerschaftsurkunde"), s("Lebenspartnerschaftsregister Nr. L 57/2019"),
                          s("Lebenspartner 1"), s("Lebenspartner 2"), s("Anna Sophie"), s("Jürgen Karl"),
                          s("Tag der Begründung der"), s("Ort der Begründung der"), s("14.06.2019")});
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    QVERIFY2(!all.contains(s("Eheschließung")), qPrintable(all));
}

void TestCertificate::deathCertificate()
{
    const auto pdf = renderCertificate(contentFor(CertificateType::Death, deathEntry()));
    QVERIFY2(pdf.ok(), qPrintable(why(pdf)));
    keepSample(*pdf, s("death.pdf"));
    const QString all = extract(*pdf).all();
    const QString missing =
        missingFrom(all, {s("Sterbeurkunde"), s("Sterberegister Nr. S 88/2023"), s("Heinrich Wilhelm"), s("Größmann"),
                          s("Geburtstag"), s("30.01.1941"), s("Breslau"), s("Sterbetag"), s("02.11.2023"),
                          s("Sterbeort"), s("Bovenden")});
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

void TestCertificate::registerPrintout()
{
    RegisterEntry entry = birthEntry();
    entry.laterEntries.append({QDate(2022, 8, 30), s("Namensänderung nach § 3 NamÄndG: Familienname Größmann-Öz.")});
    entry.laterEntries.append({QDate(2024, 1, 15), s("Vaterschaftsanerkennung beurkundet.")});
    const auto pdf = renderCertificate(contentFor(CertificateType::RegisterPrintout, entry));
    QVERIFY2(pdf.ok(), qPrintable(why(pdf)));
    keepSample(*pdf, s("printout.pdf"));
    const QString all = extract(*pdf).all();
    const QString missing = missingFrom(all, {s("Beglaubigter Registerausdruck"),
                                              s("Geburtenregister Nr. G 334/2020"),
                                              s("03159"),
                                              s("Kind"),
                                              s("Lea Marie"),
                                              s("17.05.2020"),
                                              s("Eltern"),
                                              s("Anna Sophie"),
                                              s("Weißenfels"),
                                              s("02.03.1990"),
                                              s("Kassel"),
                                              s("Jürgen Karl"),
                                              s("23.11.1988"),
                                              s("Hann. Münden"),
                                              s("Folgebeurkundungen"),
                                              s("01.02.2021"),
                                              s("Berichtigung des Geburtsorts der Mutter (§ 47 PStG)."),
                                              s("30.08.2022"),
                                              s("Namensänderung nach § 3 NamÄndG: Familienname Größmann-Öz."),
                                              s("15.01.2024"),
                                              s("Vaterschaftsanerkennung beurkundet."),
                                              s("Die Übereinstimmung mit dem Registereintrag wird beglaubigt."),
                                              s("Gülay Schäfer")});
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    // The blocks are confidential: neither their kind nor their number is printed.
    const QString extra = presentIn(all, {s("Sperr"), s("Adoption"), s("Annahme"), s("Auskunft")});
    QVERIFY2(extra.isEmpty(), qPrintable(extra));

    // Without later entries the section says so.
    entry.laterEntries.clear();
    const auto none = renderCertificate(contentFor(CertificateType::RegisterPrintout, entry));
    QVERIFY2(none.ok(), qPrintable(why(none)));
    const QString noneText = extract(*none).all();
    QVERIFY2(noneText.contains(s("Folgebeurkundungen keine")), qPrintable(noneText));

    // A printout of a marriage entry shows both spouses and the marriage.
    const auto marriage = renderCertificate(contentFor(CertificateType::RegisterPrintout, marriageEntry()));
    QVERIFY2(marriage.ok(), qPrintable(why(marriage)));
    const QString marriageText = extract(*marriage).all();
    const QString marriageMissing =
        missingFrom(marriageText, {s("Eheregister Nr. E 57/2019"), s("Anna Sophie"), s("Jürgen Karl"),
                                   s("Tag der Eheschließung"), s("14.06.2019"), s("Folgebeurkundungen")});
    QVERIFY2(marriageMissing.isEmpty(), qPrintable(marriageMissing));
}

void TestCertificate::internationalCertificate()
{
    const auto pdf = renderCertificate(contentFor(CertificateType::International, birthEntry()));
    QVERIFY2(pdf.ok(), qPrintable(why(pdf)));
    keepSample(*pdf, s("international-birth.pdf"));
    const Extracted text = extract(*pdf);
    QCOMPARE(text.pages, 1);
    const QString all = text.all();
    const QString missing =
        missingFrom(all, {s("Internationale Urkunde"), s("International certificate"), s("Certificat international"),
                          s("G 334/2020"), s("Familienname / Surname / Nom"), s("Vornamen / Forenames / Prénoms"),
                          s("Date of birth"), s("Date de naissance"), s("Place of birth"), s("Lieu de naissance"),
                          s("Parents"), s("female"), s("féminin"), s("Größmann"), s("Lea Marie"), s("17.05.2020"),
                          s("Anna Sophie"), s("Registrar"), s("Gülay Schäfer")});
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    QVERIFY2(!all.contains(s("Folgebeurkundungen")), qPrintable(all));

    const auto death = renderCertificate(contentFor(CertificateType::International, deathEntry()));
    QVERIFY2(death.ok(), qPrintable(why(death)));
    keepSample(*death, s("international-death.pdf"));
    const QString deathText = extract(*death).all();
    const QString deathMissing =
        missingFrom(deathText, {s("Sterbetag / Date of death / Date du décès"), s("02.11.2023"),
                                s("Sterbeort / Place of death / Lieu du décès"), s("Heinrich Wilhelm")});
    QVERIFY2(deathMissing.isEmpty(), qPrintable(deathMissing));
}

void TestCertificate::pdfaMetadata()
{
    const auto pdf = renderCertificate(contentFor(CertificateType::Birth, birthEntry()));
    QVERIFY2(pdf.ok(), qPrintable(why(pdf)));
    const QString raw = QString::fromLatin1(*pdf);
    QVERIFY(pdf->contains("pdfaid:part"));
    QVERIFY(QRegularExpression(s("pdfaid:part(=\"|>)1[\"<]")).match(raw).hasMatch());
    QVERIFY(QRegularExpression(s("pdfaid:conformance(=\"|>)B[\"<]")).match(raw).hasMatch());
    QVERIFY(pdf->contains("xmp:CreatorTool=\"Aktenwerk\""));
    QVERIFY(pdf->contains(">Geburtsurkunde G 334/2020</rdf:li>"));
    // A4 in points.
    const auto opened = PdfDocument::openData(*pdf);
    QCOMPARE(opened.status, PdfDocument::Status::Ok);
    const QSizeF size = opened.document->pageSize(0);
    QVERIFY2(qAbs(size.width() - 595.3) < 1 && qAbs(size.height() - 841.9) < 1,
             qPrintable(QString::number(size.width()) + QLatin1Char('x') + QString::number(size.height())));
}

void TestCertificate::specimen()
{
    for (const CertificateType type : {CertificateType::Birth, CertificateType::Marriage,
                                       CertificateType::International, CertificateType::RegisterPrintout}) {
        const RegisterEntry entry = type == CertificateType::Marriage ? marriageEntry() : birthEntry();
        CertificateContent content = contentFor(type, entry);
        const auto plain = renderCertificate(content);
        QVERIFY2(plain.ok(), qPrintable(why(plain)));
        QVERIFY2(!extract(*plain).all().contains(s("MUSTER"), Qt::CaseInsensitive), qPrintable(extract(*plain).all()));

        content.specimen = true;
        const auto marked = renderCertificate(content);
        QVERIFY2(marked.ok(), qPrintable(why(marked)));
        const Extracted text = extract(*marked);
        QVERIFY(text.pages >= 1);
        QVERIFY2(text.all().contains(s("MUSTER")), qPrintable(text.all()));
        // The mark adds nothing else to the text: no letters strewn between the lines.
        QCOMPARE(QString(text.all()).remove(s("MUSTER")).simplified(), extract(*plain).all());
        if (type == CertificateType::Birth)
            keepSample(*marked, s("birth-specimen.pdf"));
    }

    // Every page of a long specimen is marked.
    RegisterEntry entry = birthEntry();
    for (int i = 1; i <= 60; ++i)
        entry.laterEntries.append({QDate(2021, 1, 1).addDays(i), s("Folgebeurkundung Nummer %1.").arg(i)});
    CertificateContent content = contentFor(CertificateType::RegisterPrintout, entry);
    content.specimen = true;
    const auto marked = renderCertificate(content);
    QVERIFY2(marked.ok(), qPrintable(why(marked)));
    const Extracted text = extract(*marked);
    QVERIFY2(text.pages > 1, qPrintable(QString::number(text.pages)));
    for (int page = 0; page < text.pages; ++page)
        QVERIFY2(text.page(page).contains(s("MUSTER")), qPrintable(text.page(page)));
}

void TestCertificate::longPrintoutContinues()
{
    RegisterEntry entry = birthEntry();
    entry.laterEntries.clear();
    for (int i = 1; i <= 80; ++i)
        entry.laterEntries.append(
            {QDate(2020, 6, 1).addDays(7 * i),
             s("[Folge %1] Der Familienname des Kindes wurde durch Erklärung der Eltern gegenüber dem Standesamt "
               "neu bestimmt; die Erklärung ist öffentlich beglaubigt.")
                 .arg(i)});
    const auto pdf = renderCertificate(contentFor(CertificateType::RegisterPrintout, entry));
    QVERIFY2(pdf.ok(), qPrintable(why(pdf)));
    keepSample(*pdf, s("printout-long.pdf"));

    const Extracted text = extract(*pdf);
    QVERIFY2(text.pages > 1, qPrintable(QString::number(text.pages)));
    const QString all = text.all();
    for (int i = 1; i <= 80; ++i) {
        const QString marker = s("[Folge %1]").arg(i);
        QVERIFY2(all.count(marker) == 1, qPrintable(marker + QLatin1String(" not exactly once")));
        const QString date = QDate(2020, 6, 1).addDays(7 * i).toString(s("dd.MM.yyyy"));
        QVERIFY2(all.contains(date), qPrintable(date));
    }
    QCOMPARE(all.count(s("neu bestimmt; die Erklärung ist öffentlich beglaubigt.")), 80);
    const QString pages = QString::number(text.pages);
    for (int page = 0; page < text.pages; ++page) {
        const QString footer = s("Seite %1 von %2").arg(page + 1).arg(pages);
        QVERIFY2(text.page(page).contains(footer), qPrintable(footer + QLatin1String(" not in: ") + text.page(page)));
    }
    QVERIFY(text.page(0).contains(s("Beglaubigter Registerausdruck")));
    QVERIFY(text.page(0).contains(s("Lea Marie")));
    QVERIFY(text.page(1).contains(s("G 334/2020")));  // running head of the next pages
    const QString last = text.page(text.pages - 1);
    QVERIFY2(last.contains(s("[Folge 80]")) || text.page(text.pages - 2).contains(s("[Folge 80]")), qPrintable(last));
    QVERIFY2(last.contains(s("Die Übereinstimmung mit dem Registereintrag wird beglaubigt.")), qPrintable(last));
    QVERIFY2(last.contains(s("Gülay Schäfer")), qPrintable(last));
}

void TestCertificate::longValuesWrapInsidePage()
{
    RegisterEntry entry = birthEntry();
    QStringList words;
    for (int i = 1; i <= 60; ++i)
        words << s("Ortsteil%1").arg(i);
    entry.eventPlace = words.join(QLatin1Char(' '));
    entry.persons[0].firstNames = QString(300, QLatin1Char('Q'));  // one word longer than a line
    entry.persons[0].lastName = s("Größmann-Weißenfels-Überlinger-Ährenfeld-Österreicher-Müllerschön");
    CertificateContent content = contentFor(CertificateType::Birth, entry);
    content.issuingOffice = s("Standesamt der Stadt Göttingen, Zweigstelle für Beurkundungen von Geburten, "
                              "Eheschließungen, Lebenspartnerschaften und Sterbefällen im Landkreis Göttingen");
    const auto pdf = renderCertificate(content);
    QVERIFY2(pdf.ok(), qPrintable(why(pdf)));
    keepSample(*pdf, s("birth-long-values.pdf"));

    const auto opened = PdfDocument::openData(*pdf);
    QCOMPARE(opened.status, PdfDocument::Status::Ok);
    const int pages = opened.document->pageCount();
    QString all;
    for (int page = 0; page < pages; ++page) {
        const QRectF sheet(QPointF(0, 0), opened.document->pageSize(page));
        for (const QString &needle : {s("QQQQ"), s("Ortsteil"), s("Zweigstelle"), s("Müllerschön"), s("Göttingen")}) {
            for (const QRectF &box : opened.document->find(page, needle))
                QVERIFY2(sheet.contains(box), qPrintable(needle + QLatin1String(" outside the page")));
        }
        all += opened.document->text(page) + QLatin1Char('\n');
    }
    all = all.simplified();
    for (int i = 1; i <= 60; ++i)
        QVERIFY2(all.contains(s("Ortsteil%1").arg(i)), qPrintable(QString::number(i)));
    QVERIFY2(all.contains(s("Müllerschön")), qPrintable(all));
    // A person's rows are not split between pages: the father's names stay together.
    bool fatherWhole = false;
    for (int page = 0; page < pages; ++page) {
        const QString text = opened.document->text(page).simplified();
        if (text.contains(s("Jürgen Karl")))
            fatherWhole = text.contains(s("Familienname Größmann Vornamen Jürgen Karl"));
    }
    QVERIFY(fatherWhole);
    QVERIFY2(all.count(QLatin1Char('Q')) == 300, qPrintable(QString::number(all.count(QLatin1Char('Q')))));
}

void TestCertificate::labelsAndValuesAligned()
{
    const auto pdf = renderCertificate(contentFor(CertificateType::Birth, birthEntry()));
    QVERIFY2(pdf.ok(), qPrintable(why(pdf)));
    const auto opened = PdfDocument::openData(*pdf);
    QCOMPARE(opened.status, PdfDocument::Status::Ok);
    const PdfDocument &doc = *opened.document;
    auto first = [&doc](const QString &needle) {
        const QList<QRectF> found = doc.find(0, needle);
        return found.isEmpty() ? QRectF() : found.first();
    };
    const QRectF familyLabel = first(s("Familienname"));
    const QRectF dayLabel = first(s("Geburtstag"));
    const QRectF firstNames = first(s("Lea Marie"));
    const QRectF day = first(s("17.05.2020"));
    QVERIFY(!familyLabel.isNull() && !dayLabel.isNull() && !firstNames.isNull() && !day.isNull());
    QVERIFY2(qAbs(familyLabel.left() - dayLabel.left()) < 0.5, "labels not in one column");
    QVERIFY2(qAbs(firstNames.left() - day.left()) < 0.5, "values not in one column");
    QVERIFY2(day.left() > dayLabel.right() + 5, "value overlaps its label");
    // Label and value share a line.
    QVERIFY2(qAbs(day.bottom() - dayLabel.bottom()) < 2.5, "label and value not on one line");
    QVERIFY2(dayLabel.top() > familyLabel.bottom(), "rows overlap");
}

void TestCertificate::refusals()
{
    // Type and register do not fit.
    auto rendered = renderCertificate(contentFor(CertificateType::Marriage, birthEntry()));
    QVERIFY(!rendered.ok());
    QCOMPARE(rendered.error().code, Error::Code::Refused);
    QVERIFY2(rendered.error().message.contains(s("Geburtenregister")) &&
                 rendered.error().message.contains(s("marriage certificate")),
             qPrintable(rendered.error().message));
    rendered = renderCertificate(contentFor(CertificateType::Death, marriageEntry()));
    QCOMPARE(rendered.error().code, Error::Code::Refused);
    QVERIFY2(rendered.error().message.contains(s("Eheregister")), qPrintable(rendered.error().message));

    // No issuing office.
    CertificateContent content = contentFor(CertificateType::Birth, birthEntry());
    content.issuingOffice = s("  ");
    rendered = renderCertificate(content);
    QVERIFY(!rendered.ok());
    QVERIFY2(rendered.error().message.contains(s("office")), qPrintable(rendered.error().message));

    // No date.
    content = contentFor(CertificateType::Birth, birthEntry());
    content.issuedOn = QDate();
    rendered = renderCertificate(content);
    QVERIFY(!rendered.ok());
    QVERIFY2(rendered.error().message.contains(s("date")), qPrintable(rendered.error().message));

    // No person the certificate is about.
    RegisterEntry entry = birthEntry();
    entry.persons.clear();
    for (const CertificateType type :
         {CertificateType::Birth, CertificateType::RegisterPrintout, CertificateType::International}) {
        rendered = renderCertificate(contentFor(type, entry));
        QVERIFY(!rendered.ok());
        QVERIFY2(rendered.error().message.contains(s("child")), qPrintable(rendered.error().message));
    }
    entry = birthEntry();
    entry.persons.removeFirst();  // only the parents are left
    rendered = renderCertificate(contentFor(CertificateType::Birth, entry));
    QVERIFY(!rendered.ok());
    QVERIFY2(rendered.error().message.contains(s("G 334/2020")), qPrintable(rendered.error().message));

    entry = deathEntry();
    entry.persons.clear();
    rendered = renderCertificate(contentFor(CertificateType::Death, entry));
    QVERIFY(!rendered.ok());
    QVERIFY2(rendered.error().message.contains(s("deceased")), qPrintable(rendered.error().message));

    entry = marriageEntry();
    entry.persons.removeLast();
    rendered = renderCertificate(contentFor(CertificateType::Marriage, entry));
    QVERIFY(!rendered.ok());
    QVERIFY2(rendered.error().message.contains(s("spouses")), qPrintable(rendered.error().message));
    entry = marriageEntry(RegisterKind::Partnership);
    entry.persons.clear();
    rendered = renderCertificate(contentFor(CertificateType::Partnership, entry));
    QVERIFY(!rendered.ok());
    QVERIFY2(rendered.error().message.contains(s("partners")), qPrintable(rendered.error().message));

    // The good content still renders: the refusals above are about what was taken away.
    QVERIFY(renderCertificate(contentFor(CertificateType::Birth, birthEntry())).ok());
}

void TestCertificate::fileNames()
{
    QCOMPARE(certificateFileName(contentFor(CertificateType::Birth, birthEntry())), s("Geburtsurkunde_G_334_2020.pdf"));
    QCOMPARE(certificateFileName(contentFor(CertificateType::Marriage, marriageEntry())),
             s("Eheurkunde_E_57_2019.pdf"));
    QCOMPARE(certificateFileName(contentFor(CertificateType::Partnership, marriageEntry(RegisterKind::Partnership))),
             s("Lebenspartnerschaftsurkunde_L_57_2019.pdf"));
    QCOMPARE(certificateFileName(contentFor(CertificateType::Death, deathEntry())), s("Sterbeurkunde_S_88_2023.pdf"));
    // Spaces become underscores.
    QCOMPARE(certificateFileName(contentFor(CertificateType::RegisterPrintout, birthEntry())),
             s("Beglaubigter_Registerausdruck_G_334_2020.pdf"));
    QCOMPARE(certificateFileName(contentFor(CertificateType::International, deathEntry())),
             s("Internationale_Urkunde_S_88_2023.pdf"));
    // Every name is plain ASCII without blanks or slashes.
    static const QRegularExpression safe(s("^[A-Za-z0-9_.-]+$"));
    for (const CertificateType type :
         {CertificateType::Birth, CertificateType::Marriage, CertificateType::Partnership, CertificateType::Death,
          CertificateType::RegisterPrintout, CertificateType::International}) {
        const QString name = certificateFileName(contentFor(type, birthEntry()));
        QVERIFY2(safe.match(name).hasMatch(), qPrintable(name));
    }
}

QTEST_MAIN(TestCertificate)
#include "tst_certificate.moc"
