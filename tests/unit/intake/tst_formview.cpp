// SPDX-License-Identifier: GPL-3.0-or-later
// The form data of a submission as a readable form.
#include "intake/formdata.h"
#include "intake/formview.h"
#include "intake/samples.h"
#include "intake/submission.h"
#include "support/testenv.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

namespace samples = aw::intake::samples;
using aw::intake::FormField;
using aw::test::s;
using aw::test::why;

namespace {

const FormField *find(const QList<FormField> &fields, const QString &key)
{
    for (const FormField &f : fields)
        if (f.key == key)
            return &f;
    return nullptr;
}

QJsonValue json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

}  // namespace

class TestFormView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { aw::test::isolate(); }
    void knownFormsHaveLabels();
    void xmlRootIsLeftOutAndRepeatsAreNumbered();
    void unknownFormsShowCleanNames();
    void valuesAreReadable();
    void deepNestingIsCut();
};

void TestFormView::knownFormsHaveLabels()
{
    const QString key = samples::submissionServiceKey(samples::Kind::CertificateRequest);
    QVERIFY(aw::intake::isKnownForm(key));
    QTemporaryDir dir;
    QVERIFY(samples::writeSubmission(dir.path(), samples::Kind::CertificateRequest));
    auto submission = aw::intake::parseSubmission(dir.path());
    QVERIFY2(submission.ok(), qPrintable(why(submission)));
    const QList<FormField> form = aw::intake::readableForm(key, submission->formData);
    const FormField *applicant = find(form, s("antragsteller"));
    QVERIFY(applicant);
    QCOMPARE(applicant->label, s("Applicant"));
    QVERIFY(applicant->value.isEmpty());
    const FormField *born = find(applicant->children, s("geburtsdatum"));
    QVERIFY(born);
    QCOMPARE(born->label, s("Date of birth"));
    QVERIFY2(QRegularExpression(s("^\\d\\d\\.\\d\\d\\.\\d{4}$")).match(born->value).hasMatch(),
             qPrintable(born->value));
    const FormField *address = find(applicant->children, s("anschrift"));
    QVERIFY(address && find(address->children, s("plz")));
    QCOMPARE(find(address->children, s("plz"))->label, s("Postcode"));
}

void TestFormView::xmlRootIsLeftOutAndRepeatsAreNumbered()
{
    auto data = aw::intake::xmlToJson("<antrag><antragsteller><vorname>Ömer</vorname></antragsteller>"
                                      "<mitziehendePerson><vorname>Ayşe</vorname></mitziehendePerson>"
                                      "<mitziehendePerson><vorname>Emir</vorname></mitziehendePerson></antrag>",
                                      s("data.xml"));
    QVERIFY2(data.ok(), qPrintable(why(data)));
    const QList<FormField> form = aw::intake::readableForm(s("99115001001000"), data.value());
    QVERIFY(find(form, s("antragsteller")));
    QCOMPARE(find(find(form, s("antragsteller"))->children, s("vorname"))->value, s("Ömer"));
    const FormField *movers = find(form, s("mitziehendePerson"));
    QVERIFY(movers);
    QCOMPARE(movers->children.size(), 2);
    QCOMPARE(movers->children.at(1).label, s("Person moving in too 2"));
    QCOMPARE(find(movers->children.at(1).children, s("vorname"))->value, s("Emir"));
}

void TestFormView::unknownFormsShowCleanNames()
{
    QVERIFY(!aw::intake::isKnownForm(s("99000000000000")));
    const QList<FormField> form = aw::intake::readableForm(
        s("99000000000000"), json(R"({"bisherigeWohnung": {"plz_alt": "34117"}, "vorname": "Lena", "@typ": "x"})"));
    QCOMPARE(find(form, s("bisherigeWohnung"))->label, s("Bisherige Wohnung"));
    QCOMPARE(find(find(form, s("bisherigeWohnung"))->children, s("plz_alt"))->label, s("Plz alt"));
    // Unknown services get no borrowed labels, even for names a known form uses.
    QCOMPARE(find(form, s("vorname"))->label, s("Vorname"));
    QCOMPARE(find(form, s("@typ"))->label, s("Typ"));
}

void TestFormView::valuesAreReadable()
{
    const QList<FormField> form = aw::intake::readableForm(
        s("99115003001000"),
        json(R"({"geburtsdatum": "2025-11-02", "bezahlt": true, "anzahl": 3, "leistungen": ["A", "B"],
                 "leer": null, "keinDatum": "2025-13-45"})"));
    QCOMPARE(find(form, s("geburtsdatum"))->value, s("02.11.2025"));
    QCOMPARE(find(form, s("bezahlt"))->value, s("yes"));
    QCOMPARE(find(form, s("anzahl"))->value, s("3"));
    QCOMPARE(find(form, s("leistungen"))->value, s("A, B"));
    QCOMPARE(find(form, s("leer"))->value, s("(empty)"));
    QCOMPARE(find(form, s("keinDatum"))->value, s("2025-13-45"));
    // Not an object: one field.
    const QList<FormField> scalar = aw::intake::readableForm(s("99000000000000"), QJsonValue(s("nur Text")));
    QCOMPARE(scalar.size(), 1);
    QCOMPARE(scalar.first().value, s("nur Text"));
}

void TestFormView::deepNestingIsCut()
{
    QByteArray text;
    for (int i = 0; i < 200; ++i)
        text += "{\"a\":";
    text += "1";
    for (int i = 0; i < 200; ++i)
        text += "}";
    const QList<FormField> form = aw::intake::readableForm(s("99000000000000"), json(text.constData()));
    int depth = 0;
    const FormField *f = form.isEmpty() ? nullptr : &form.first();
    while (f && !f->children.isEmpty()) {
        f = &f->children.first();
        ++depth;
    }
    QVERIFY(f);
    QVERIFY2(depth <= 40, qPrintable(QString::number(depth)));
    QVERIFY(!f->value.isEmpty());
}

QTEST_GUILESS_MAIN(TestFormView)
#include "tst_formview.moc"
