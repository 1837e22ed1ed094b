// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/pdfdocument.h"
#include "support/testenv.h"

#include <QBuffer>
#include <QFile>
#include <QFont>
#include <QObject>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QtTest>

#include <atomic>
#include <thread>
#include <vector>

using aw::documents::PdfDocument;
using aw::test::s;

namespace {

// Rendering and QPdfWriter need a QGuiApplication; without a display it must be the offscreen one,
// also when the binary is started by hand rather than through ctest.
void useOffscreenPlatform()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}
Q_CONSTRUCTOR_FUNCTION(useOffscreenPlatform)

// One line of known text per page, A4, drawn at 72 dpi so painter units are points.
QByteArray samplePdf(const QStringList &pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(72);
    writer.setTitle(QStringLiteral("Testakte"));
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(16);
    painter.setFont(font);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        painter.drawText(QPointF(72, 144), pages.at(i));
        painter.drawRect(QRectF(60, 60, 200, 30));
    }
    painter.end();
    return bytes;
}

const QStringList &sampleTexts()
{
    static const QStringList texts{s("Bescheid über Wohngeld"), s("Widerspruch gegen Gebührenbescheid"),
                                   s("Zustellung an Frau Müller")};
    return texts;
}

QString encryptedPdfPath()
{
    // Generated once with: qpdf --encrypt user owner 256 -- in.pdf encrypted.pdf
    return QFINDTESTDATA("../../data/pdf/encrypted.pdf");
}

}  // namespace

class TestPdfDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void openFromPath();
    void openFromData();
    void pageSizeIsA4();
    void textHasTheWords();
    void findOnTheRightPage();
    void textInFoundRect();
    void renderSizes();
    void renderRotationNormalised_data();
    void renderRotationNormalised();
    void renderIsBounded();
    void badPageNumbers();
    void notPdf_data();
    void notPdf();
    void damaged_data();
    void damaged();
    void missingFile();
    void encrypted();
    void concurrentUse();

private:
    std::unique_ptr<PdfDocument> openSample();

    QByteArray m_pdf;
};

void TestPdfDocument::initTestCase()
{
    aw::test::isolate();
    m_pdf = samplePdf(sampleTexts());
    QVERIFY(m_pdf.startsWith("%PDF-"));
}

std::unique_ptr<PdfDocument> TestPdfDocument::openSample()
{
    auto opened = PdfDocument::openData(m_pdf);
    if (opened.status != PdfDocument::Status::Ok)
        qWarning("sample did not open: %s", qPrintable(opened.problem));
    return std::move(opened.document);
}

void TestPdfDocument::openFromPath()
{
    aw::test::TempDir dir;
    const QString path = dir.file(s("Bescheid über Wohngeld.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(m_pdf), m_pdf.size());
    file.close();

    const auto opened = PdfDocument::open(path);
    QVERIFY2(opened.status == PdfDocument::Status::Ok, qPrintable(opened.problem));
    QVERIFY(opened.problem.isEmpty());
    QVERIFY(opened.document);
    QCOMPARE(opened.document->pageCount(), 3);
    QVERIFY(opened.document->text(0).contains(s("Wohngeld")));
}

void TestPdfDocument::openFromData()
{
    const auto opened = PdfDocument::openData(m_pdf);
    QVERIFY2(opened.status == PdfDocument::Status::Ok, qPrintable(opened.problem));
    QVERIFY(opened.document);
    QCOMPARE(opened.document->pageCount(), 3);
}

void TestPdfDocument::pageSizeIsA4()
{
    const auto pdf = openSample();
    QVERIFY(pdf);
    for (int page = 0; page < 3; ++page) {
        const QSizeF size = pdf->pageSize(page);
        QVERIFY2(qAbs(size.width() - 595.3) < 1.5 && qAbs(size.height() - 841.9) < 1.5,
                 qPrintable(QStringLiteral("%1 x %2").arg(size.width()).arg(size.height())));
    }
}

void TestPdfDocument::textHasTheWords()
{
    const auto pdf = openSample();
    QVERIFY(pdf);
    for (int page = 0; page < 3; ++page) {
        const QString text = pdf->text(page).simplified();
        QVERIFY2(text.contains(sampleTexts().at(page)), qPrintable(text));
    }
    QVERIFY(!pdf->text(0).contains(s("Müller")));
}

void TestPdfDocument::findOnTheRightPage()
{
    const auto pdf = openSample();
    QVERIFY(pdf);
    // Case-insensitive, umlauts included.
    const QList<QRectF> hits = pdf->find(0, s("ÜBER"));
    QCOMPARE(hits.size(), 1);
    const QRectF hit = hits.first();
    // Drawn at x = 72 pt with its baseline at y = 144 pt, on the unrotated page.
    QVERIFY2(hit.left() > 72 && hit.right() < 300 && hit.top() > 110 && hit.bottom() < 150,
             qPrintable(QStringLiteral("%1,%2 %3x%4").arg(hit.x()).arg(hit.y()).arg(hit.width()).arg(hit.height())));
    QVERIFY(pdf->find(1, s("über")).isEmpty());
    QVERIFY(pdf->find(2, s("über")).isEmpty());
    QCOMPARE(pdf->find(2, s("müller")).size(), 1);
    QVERIFY(pdf->find(0, s("müller")).isEmpty());
    QVERIFY(pdf->find(0, QString()).isEmpty());
    QVERIFY(pdf->find(0, s("   ")).isEmpty());
}

void TestPdfDocument::textInFoundRect()
{
    const auto pdf = openSample();
    QVERIFY(pdf);
    const QList<QRectF> hits = pdf->find(1, s("Gebührenbescheid"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(pdf->textIn(1, hits.first()).trimmed(), s("Gebührenbescheid"));
    QVERIFY(pdf->textIn(1, QRectF()).isEmpty());
    QVERIFY(pdf->textIn(0, QRectF(300, 600, 50, 50)).trimmed().isEmpty());
}

void TestPdfDocument::renderSizes()
{
    const auto pdf = openSample();
    QVERIFY(pdf);
    const QImage one = pdf->render(0, 1.0);
    QVERIFY(!one.isNull());
    QVERIFY2(qAbs(one.width() - 595) <= 1 && qAbs(one.height() - 842) <= 1,
             qPrintable(QStringLiteral("%1 x %2").arg(one.width()).arg(one.height())));

    const QImage two = pdf->render(0, 2.0);
    QVERIFY(qAbs(two.width() - 2 * one.width()) <= 2);
    QVERIFY(qAbs(two.height() - 2 * one.height()) <= 2);

    const QImage turned = pdf->render(0, 1.0, 90);
    QCOMPARE(turned.width(), one.height());
    QCOMPARE(turned.height(), one.width());

    // Something was drawn: the page is not all one colour.
    const QRgb corner = one.pixel(0, 0);
    bool inked = false;
    for (int y = 100; y < 160 && !inked; ++y)
        for (int x = 60; x < 300 && !inked; ++x)
            inked = one.pixel(x, y) != corner;
    QVERIFY(inked);
}

void TestPdfDocument::renderRotationNormalised_data()
{
    QTest::addColumn<int>("rotation");
    QTest::addColumn<bool>("turned");
    QTest::newRow("0") << 0 << false;
    QTest::newRow("180") << 180 << false;
    QTest::newRow("270") << 270 << true;
    QTest::newRow("-90") << -90 << true;
    QTest::newRow("450") << 450 << true;
    QTest::newRow("720") << 720 << false;
    QTest::newRow("100") << 100 << true;
}

void TestPdfDocument::renderRotationNormalised()
{
    QFETCH(int, rotation);
    QFETCH(bool, turned);
    const auto pdf = openSample();
    QVERIFY(pdf);
    const QImage image = pdf->render(0, 0.5, rotation);
    QVERIFY(!image.isNull());
    QCOMPARE(image.width() > image.height(), turned);
}

void TestPdfDocument::renderIsBounded()
{
    const auto pdf = openSample();
    QVERIFY(pdf);
    // At scale 100 an A4 page would be about 5 gigapixels.
    const QImage huge = pdf->render(0, 100.0);
    QVERIFY(!huge.isNull());
    QVERIFY2(qint64(huge.width()) * huge.height() <= qint64(101) * 1000 * 1000,
             qPrintable(QStringLiteral("%1 x %2").arg(huge.width()).arg(huge.height())));
    QVERIFY(huge.height() > huge.width());
    QVERIFY(pdf->render(0, 0.0).isNull());
    QVERIFY(pdf->render(0, -1.0).isNull());
    QVERIFY(pdf->render(0, std::numeric_limits<double>::quiet_NaN()).isNull());
    QVERIFY(pdf->render(0, std::numeric_limits<double>::infinity()).isNull());
}

void TestPdfDocument::badPageNumbers()
{
    const auto pdf = openSample();
    QVERIFY(pdf);
    for (int page : {-1, 3, 1000, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()}) {
        QVERIFY(!pdf->pageSize(page).isValid());
        QVERIFY(pdf->render(page, 1.0).isNull());
        QVERIFY(pdf->text(page).isEmpty());
        QVERIFY(pdf->find(page, s("Wohngeld")).isEmpty());
        QVERIFY(pdf->textIn(page, QRectF(0, 0, 500, 500)).isEmpty());
    }
}

void TestPdfDocument::notPdf_data()
{
    QTest::addColumn<QByteArray>("data");
    QByteArray random(4096, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char &c : random)
        c = char(generator.bounded(256));
    random.replace("%PDF-", "%XXX-");
    QTest::newRow("random bytes") << random;
    QTest::newRow("zero bytes") << QByteArray();
    QTest::newRow("text") << QByteArray("Sehr geehrte Frau M\xc3\xbcller,\n");
    QTest::newRow("header too late") << QByteArray(2000, ' ') + QByteArray("%PDF-1.4\n");
}

void TestPdfDocument::notPdf()
{
    QFETCH(QByteArray, data);
    const auto opened = PdfDocument::openData(data);
    QCOMPARE(opened.status, PdfDocument::Status::NotPdf);
    QVERIFY(!opened.document);
    QVERIFY(!opened.problem.isEmpty());

    aw::test::TempDir dir;
    QFile file(dir.file(QStringLiteral("input.pdf")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
    file.close();
    const auto fromPath = PdfDocument::open(file.fileName());
    QCOMPARE(fromPath.status, PdfDocument::Status::NotPdf);
    QVERIFY(!fromPath.document);
}

void TestPdfDocument::damaged_data()
{
    QTest::addColumn<QByteArray>("data");
    const QByteArray pdf = samplePdf(sampleTexts());
    QTest::newRow("first half") << pdf.left(pdf.size() / 2);
    QTest::newRow("header and garbage") << QByteArray("%PDF-1.4\n") + QByteArray(3000, '\x7f');
    QTest::newRow("header only") << QByteArray("%PDF-1.7");
    QTest::newRow("first 200 bytes") << pdf.left(200);
}

void TestPdfDocument::damaged()
{
    QFETCH(QByteArray, data);
    const auto opened = PdfDocument::openData(data);
    QVERIFY2(opened.status == PdfDocument::Status::Damaged,
             qPrintable(QStringLiteral("status %1").arg(int(opened.status))));
    QVERIFY(!opened.document);
    QVERIFY(!opened.problem.isEmpty());
}

void TestPdfDocument::missingFile()
{
    aw::test::TempDir dir;
    const auto opened = PdfDocument::open(dir.file(QStringLiteral("nicht-da.pdf")));
    QVERIFY(opened.status != PdfDocument::Status::Ok);
    QVERIFY(!opened.document);
    QVERIFY(!opened.problem.isEmpty());
}

void TestPdfDocument::encrypted()
{
    const QString path = encryptedPdfPath();
    QVERIFY2(!path.isEmpty(), "tests/data/pdf/encrypted.pdf not found");
    const auto opened = PdfDocument::open(path);
    QCOMPARE(opened.status, PdfDocument::Status::Encrypted);
    QVERIFY(!opened.document);
    QVERIFY(opened.problem.contains(QLatin1String("password")));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(PdfDocument::openData(file.readAll()).status, PdfDocument::Status::Encrypted);
}

void TestPdfDocument::concurrentUse()
{
    const auto pdf = openSample();
    QVERIFY(pdf);
    QStringList expectedText;
    for (int page = 0; page < 3; ++page)
        expectedText.append(pdf->text(page));
    const QImage expectedImage = pdf->render(1, 0.5);

    std::atomic<int> mismatches{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < 15; ++round) {
                const int page = (t + round) % 3;
                if (pdf->text(page) != expectedText.at(page))
                    ++mismatches;
                if (pdf->find(page, s("e")).isEmpty())
                    ++mismatches;
                if (page == 1 && pdf->render(1, 0.5) != expectedImage)
                    ++mismatches;
                else if (page != 1 && pdf->render(page, 0.5, 90).isNull())
                    ++mismatches;
            }
        });
    }
    for (auto &thread : threads)
        thread.join();
    QCOMPARE(mismatches.load(), 0);
}

QTEST_MAIN(TestPdfDocument)
#include "tst_pdfdocument.moc"
