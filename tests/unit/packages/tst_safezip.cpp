// SPDX-License-Identifier: GPL-3.0-or-later
#include "packages/safezip.h"
#include "support/testenv.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

#include <array>

using aw::packages::Entry;
using aw::packages::Limits;
using aw::packages::SafeZip;
using aw::test::s;
using aw::test::TempDir;
using aw::test::why;

Q_DECLARE_METATYPE(aw::packages::Limits)

namespace {

quint32 crc32Of(const QByteArray &data)
{
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xffffffffu;
    for (const char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xff] ^ (crc >> 8);
    return crc ^ 0xffffffffu;
}

// Raw deflate data (no zlib header or trailer), as ZIP stores it.
QByteArray rawDeflate(const QByteArray &data)
{
    const QByteArray z = qCompress(data, 9);  // 4-byte length, 2-byte zlib header, data, 4-byte Adler-32
    return z.mid(6, z.size() - 10);
}

// One entry of a hand-forged ZIP: every header field can be made to lie.
struct Forged
{
    QByteArray name;
    QByteArray payload;  // the bytes as stored in the file
    quint16 method = 0;
    quint16 flags = 0x0800;  // UTF-8 names
    quint32 crc = 0;
    quint32 compressedSize = 0;
    quint32 size = 0;
    quint32 externalAttr = 0100644u << 16;
};

Forged stored(const QByteArray &name, const QByteArray &content)
{
    return {name, content, 0, 0x0800, crc32Of(content), quint32(content.size()), quint32(content.size())};
}

Forged deflated(const QByteArray &name, const QByteArray &content)
{
    const QByteArray packed = rawDeflate(content);
    return {name, packed, 8, 0x0800, crc32Of(content), quint32(packed.size()), quint32(content.size())};
}

Forged folder(const QByteArray &name)
{
    Forged f = stored(name, {});
    f.externalAttr = (0040755u << 16) | 0x10;
    return f;
}

void put16(QByteArray &out, quint32 v)
{
    out.append(char(v & 0xff));
    out.append(char((v >> 8) & 0xff));
}

void put32(QByteArray &out, quint32 v)
{
    put16(out, v & 0xffff);
    put16(out, v >> 16);
}

// Local headers, data, central directory, end record: the smallest ZIP that minizip reads.
QByteArray forgeZip(const QList<Forged> &entries)
{
    QByteArray out;
    QByteArray central;
    const quint16 time = (12 << 11) | (30 << 5);
    const quint16 date = ((2024 - 1980) << 9) | (5 << 5) | 17;
    for (const Forged &e : entries) {
        const auto offset = quint32(out.size());
        put32(out, 0x04034b50);
        put16(out, 20);
        put16(out, e.flags);
        put16(out, e.method);
        put16(out, time);
        put16(out, date);
        put32(out, e.crc);
        put32(out, e.compressedSize);
        put32(out, e.size);
        put16(out, quint32(e.name.size()));
        put16(out, 0);
        out.append(e.name);
        out.append(e.payload);

        put32(central, 0x02014b50);
        put16(central, (3 << 8) | 20);  // made by Unix
        put16(central, 20);
        put16(central, e.flags);
        put16(central, e.method);
        put16(central, time);
        put16(central, date);
        put32(central, e.crc);
        put32(central, e.compressedSize);
        put32(central, e.size);
        put16(central, quint32(e.name.size()));
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put32(central, e.externalAttr);
        put32(central, offset);
        central.append(e.name);
    }
    const auto centralOffset = quint32(out.size());
    out.append(central);
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint32(entries.size()));
    put16(out, quint32(entries.size()));
    put32(out, quint32(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    return out;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray data(size, Qt::Uninitialized);
    for (char &c : data)
        c = char(random.bounded(256));
    return data;
}

QByteArray goodZipBytes()
{
    return forgeZip({stored("a.txt", "alpha"), deflated("b/c.txt", QByteArray(5000, 'c')), stored("d.txt", "delta")});
}

// Tries to open and extract; the error message, or an empty string when everything succeeded.
QString attempt(const QByteArray &zipBytes, const Limits &limits, const TempDir &dir, bool *leftovers)
{
    const QString zipPath = dir.file(QStringLiteral("in.zip"));
    const QString target = dir.file(QStringLiteral("out"));
    *leftovers = false;
    if (!writeFile(zipPath, zipBytes))
        return QStringLiteral("test could not write the zip");
    auto zip = SafeZip::open(zipPath, limits);
    if (!zip)
        return zip.error().message;
    const auto extracted = zip->extractTo(target);
    *leftovers = QFileInfo::exists(target);
    return why(extracted);
}

}  // namespace

class TestSafeZip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { aw::test::isolate(); }

    void refusals_data();
    void refusals();
    void roundTrip();
    void umlautNamesWithoutUtf8Flag();
    void readHonoursMaxBytes();
    void extractEntryStreams();
    void extractToRefusesNonEmptyTarget();
    void extractToLeavesNothingBehind();
    void extractToEmptiesExistingFolderOnFailure();
    void declaredBombIsRefusedQuickly();
    void lyingBombIsNotInflated();
    void writeZipRefusesUnsafeNames();
    void writeZipStreamsFilesAndChecksThem();
};

void TestSafeZip::refusals_data()
{
    QTest::addColumn<QByteArray>("zip");
    QTest::addColumn<Limits>("limits");
    QTest::addColumn<QString>("reason");

    const Limits defaults;
    const auto row = [&](const char *tag, const QByteArray &zip, const char *reason, const Limits &limits = {}) {
        QTest::newRow(tag) << zip << limits << QString::fromUtf8(reason);
    };
    const QByteArray hello("hello");

    row("dotdot", forgeZip({stored("../evil.txt", hello)}), "points outside the target folder");
    row("dotdot inside", forgeZip({stored("a/../../evil.txt", hello)}), "points outside the target folder");
    row("dot segment", forgeZip({stored("a/./b.txt", hello)}), "\".\" path segment");
    row("absolute", forgeZip({stored("/etc/passwd", hello)}), "absolute path");
    row("drive letter", forgeZip({stored("C:/Windows/evil.txt", hello)}), "drive letter");
    row("drive letter relative", forgeZip({stored("C:evil.txt", hello)}), "drive letter");
    row("colon", forgeZip({stored("file.txt:stream", hello)}), "colon");
    row("backslash", forgeZip({stored("a\\..\\..\\evil.txt", hello)}), "backslash");
    row("empty segment", forgeZip({stored("a//b.txt", hello)}), "empty path segment");
    row("empty name", forgeZip({stored("", hello)}), "empty name");
    row("control char", forgeZip({stored("a\x01z.txt", hello)}), "control character");
    row("NUL in name", forgeZip({stored(QByteArray("a\0z.txt", 7), hello)}), "control character");
    row("invalid UTF-8", forgeZip({stored("\xff\xfe.txt", hello)}), "not valid UTF-8");

    Forged link = stored("link", "/etc/passwd");
    link.externalAttr = 0120777u << 16;
    row("symlink", forgeZip({link}), "symbolic link");
    Forged fifo = stored("fifo", {});
    fifo.externalAttr = 0010644u << 16;
    row("special file", forgeZip({fifo}), "special file");

    row("duplicate", forgeZip({stored("a.txt", hello), stored("a.txt", hello)}), "appears twice");
    row("duplicate case", forgeZip({stored("Antrag.txt", hello), stored("ANTRAG.txt", hello)}), "appears twice");
    row("duplicate umlaut case",
        forgeZip({stored("\xc3\x9c"
                         "bersicht",
                         hello),
                  stored("\xc3\xbc"
                         "bersicht",
                         hello)}),
        "appears twice");
    row("duplicate unicode normalisation", forgeZip({stored("\xc3\xbc.txt", hello), stored("u\xcc\x88.txt", hello)}),
        "appears twice");
    row("duplicate file and folder", forgeZip({stored("a", hello), folder("a/")}), "appears twice");
    row("file is folder prefix", forgeZip({stored("a", hello), stored("a/b.txt", hello)}), "both a file and a folder");
    row("file is folder prefix, later", forgeZip({stored("x/a/b.txt", hello), stored("X/A", hello)}),
        "both a file and a folder");

    Forged encrypted = stored("secret.txt", hello);
    encrypted.flags |= 1;
    row("encrypted", forgeZip({encrypted}), "encrypted");

    Forged bzip2 = stored("b.txt", hello);
    bzip2.method = 12;
    row("bzip2 method", forgeZip({bzip2}), "unsupported compression method");
    Forged aes = stored("b.txt", hello);
    aes.method = 99;
    row("AES method", forgeZip({aes}), "unsupported compression method");

    Limits fewEntries;
    fewEntries.maxEntries = 3;
    row("too many entries", forgeZip({stored("1", hello), stored("2", hello), stored("3", hello), stored("4", hello)}),
        "more than 3 entries", fewEntries);
    Limits smallTotal;
    smallTotal.maxTotalUncompressed = 100;
    row("total size", forgeZip({stored("1", QByteArray(60, 'x')), stored("2", QByteArray(60, 'y'))}),
        "more than the limit of 100 bytes", smallTotal);
    Limits smallEntry;
    smallEntry.maxEntryUncompressed = 100;
    row("entry size", forgeZip({deflated("big", QByteArray(200, 'x'))}), "larger than the limit of 100 bytes",
        smallEntry);
    row("ratio", forgeZip({deflated("zeros", QByteArray(4 * 1024 * 1024, '\0'))}), "suspiciously well");
    Limits shallow;
    shallow.maxDepth = 3;
    row("too deep", forgeZip({stored("a/b/c/d.txt", hello)}), "deeper than 3 folders", shallow);
    row("long segment", forgeZip({stored("a/" + QByteArray(256, 'x'), hello)}), "longer than 255 bytes");

    QByteArray good = goodZipBytes();
    row("truncated", good.left(good.size() / 2), "not a ZIP file or truncated");
    row("truncated end record", good.left(good.size() - 5), "not a ZIP file or truncated");
    row("not a zip", QByteArray("this is plain text, not a zip"), "not a ZIP file or truncated");
    row("empty file", QByteArray(), "not a ZIP file or truncated");

    Forged badCrc = stored("c.txt", "charlie");
    badCrc.crc ^= 1;
    row("CRC stored", forgeZip({stored("a.txt", hello), badCrc}), "checksum error");
    Forged badCrcDeflated = deflated("c.txt", QByteArray(3000, 'q'));
    badCrcDeflated.crc ^= 0x100;
    row("CRC deflated", forgeZip({badCrcDeflated}), "checksum error");
    Forged corruptData = deflated("c.txt", randomBytes(3000, 1));
    corruptData.payload = randomBytes(corruptData.payload.size(), 2);
    row("garbage deflate data", forgeZip({corruptData}), "damaged");

    Forged bigger = deflated("c.txt", QByteArray(3000, 'q'));
    bigger.size = 6000;
    row("declared size too big", forgeZip({bigger}), "truncated: 3000 of 6000 bytes");
    Forged smaller = deflated("c.txt", QByteArray(3000, 'q'));
    smaller.size = 1000;
    row("declared size too small", forgeZip({smaller}), "checksum error");
    Forged storedMismatch = stored("c.txt", "charlie");
    storedMismatch.size = 3;
    row("stored sizes differ", forgeZip({storedMismatch}), "inconsistent sizes");
    Forged beyond = deflated("c.txt", QByteArray(3000, 'q'));
    beyond.compressedSize = 10'000'000;
    row("compressed size beyond file", forgeZip({beyond}), "claims more data");
    Forged folderWithData = folder("d/");
    folderWithData.payload = hello;
    folderWithData.size = folderWithData.compressedSize = quint32(hello.size());
    folderWithData.crc = crc32Of(hello);
    row("folder with content", forgeZip({folderWithData}), "has content");
    Forged fileMarkedFolder = stored("f", hello);
    fileMarkedFolder.externalAttr = 0040755u << 16;
    row("file marked as folder", forgeZip({fileMarkedFolder}), "both as file and as folder");
}

void TestSafeZip::refusals()
{
    QFETCH(QByteArray, zip);
    QFETCH(Limits, limits);
    QFETCH(QString, reason);

    const TempDir dir;
    bool leftovers = false;
    const QString message = attempt(zip, limits, dir, &leftovers);
    QVERIFY2(message.contains(reason), qPrintable(QStringLiteral("got \"%1\"").arg(message)));
    QVERIFY(!leftovers);
}

void TestSafeZip::roundTrip()
{
    const TempDir dir;
    const QList<QPair<QString, QByteArray>> files = {
        {QStringLiteral("metadata.json"), QByteArray(R"({"antrag": "Baugenehmigung", "version": 1})")},
        {QStringLiteral("dokumente/"), {}},
        {QStringLiteral("dokumente/antrag.pdf"), randomBytes(300 * 1024, 7)},
        {s("dokumente/Anlagen/Übersicht Größe ä ö ü ß.txt"), s("Grüße aus Köln").toUtf8()},
        {QStringLiteral("leer.txt"), {}},
        {QStringLiteral("a/b/c/d/e/f/tief.txt"), QByteArray(100000, 'z')},
    };
    const QString zipPath = dir.file(QStringLiteral("good.zip"));
    const auto written = aw::packages::writeZip(zipPath, files);
    QVERIFY2(written.ok(), qPrintable(why(written)));
    QVERIFY(!QFile::exists(zipPath + QStringLiteral(".part")));

    auto zip = SafeZip::open(zipPath);
    QVERIFY2(zip.ok(), qPrintable(why(zip)));
    const QList<Entry> &entries = zip->entries();
    QCOMPARE(entries.size(), files.size());
    for (qsizetype i = 0; i < files.size(); ++i) {
        const Entry &entry = entries.at(i);
        const bool isDirectory = files.at(i).first.endsWith(QLatin1Char('/'));
        QCOMPARE(entry.isDirectory, isDirectory);
        QCOMPARE(entry.name, isDirectory ? files.at(i).first.chopped(1) : files.at(i).first);
        QCOMPARE(entry.size, files.at(i).second.size());
        QCOMPARE(entry.crc, crc32Of(files.at(i).second));
        QVERIFY(entry.modified.isValid());
    }

    const QString target = dir.file(QStringLiteral("nested/out"));
    const auto extracted = zip->extractTo(target);
    QVERIFY2(extracted.ok(), qPrintable(why(extracted)));
    for (const auto &[name, data] : files) {
        const QString path = QDir(target).filePath(name);
        if (name.endsWith(QLatin1Char('/'))) {
            QVERIFY(QFileInfo(path).isDir());
            continue;
        }
        QVERIFY2(QFileInfo(path).isFile(), qPrintable(name));
        QCOMPARE(readFile(path), data);
    }
    QCOMPARE(QDir(target).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size(), 4);
}

void TestSafeZip::umlautNamesWithoutUtf8Flag()
{
    const TempDir dir;
    Forged plain = stored("\xc3\x84nderung.txt", "x");  // "Änderung" in UTF-8, flag not set
    plain.flags = 0;
    const QString zipPath = dir.file(QStringLiteral("u.zip"));
    QVERIFY(writeFile(zipPath, forgeZip({plain})));
    const auto zip = SafeZip::open(zipPath);
    QVERIFY2(zip.ok(), qPrintable(why(zip)));
    QCOMPARE(zip->entries().first().name, s("Änderung.txt"));
}

void TestSafeZip::readHonoursMaxBytes()
{
    const TempDir dir;
    const QString zipPath = dir.file(QStringLiteral("r.zip"));
    const QByteArray json(R"({"a": 1})");
    QVERIFY(aw::packages::writeZip(zipPath, {{QStringLiteral("metadata.json"), json},
                                             {QStringLiteral("folder/"), {}},
                                             {QStringLiteral("big.bin"), QByteArray(10000, 'b')}})
                .ok());
    auto zip = SafeZip::open(zipPath);
    QVERIFY2(zip.ok(), qPrintable(why(zip)));

    const auto small = zip->read(QStringLiteral("metadata.json"), 1024);
    QVERIFY2(small.ok(), qPrintable(why(small)));
    QCOMPARE(small.value(), json);
    const auto exact = zip->read(QStringLiteral("big.bin"), 10000);
    QVERIFY2(exact.ok(), qPrintable(why(exact)));
    QCOMPARE(exact->size(), 10000);

    const auto tooBig = zip->read(QStringLiteral("big.bin"), 9999);
    QVERIFY(!tooBig.ok());
    QVERIFY2(why(tooBig).contains(QStringLiteral("larger than 9999 bytes")), qPrintable(why(tooBig)));
    const auto missing = zip->read(QStringLiteral("nope.json"), 1024);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, aw::core::Error::Code::NotFound);
    const auto folderRead = zip->read(QStringLiteral("folder"), 1024);
    QVERIFY(!folderRead.ok());
    QVERIFY2(why(folderRead).contains(QStringLiteral("is a folder")), qPrintable(why(folderRead)));

    // A declared size that lies low is caught by the count and the checksum.
    Forged liar = deflated("m.json", QByteArray(5000, 'm'));
    liar.size = 10;
    const QString liarPath = dir.file(QStringLiteral("liar.zip"));
    QVERIFY(writeFile(liarPath, forgeZip({liar})));
    auto liarZip = SafeZip::open(liarPath);
    QVERIFY2(liarZip.ok(), qPrintable(why(liarZip)));
    const auto lied = liarZip->read(QStringLiteral("m.json"), 100);
    QVERIFY(!lied.ok());
    QVERIFY2(why(lied).contains(QStringLiteral("checksum error")), qPrintable(why(lied)));
}

void TestSafeZip::extractEntryStreams()
{
    const TempDir dir;
    const QString zipPath = dir.file(QStringLiteral("e.zip"));
    const QByteArray data = randomBytes(1024 * 1024 + 17, 3);
    QVERIFY(aw::packages::writeZip(zipPath, {{QStringLiteral("scan.tif"), data}}).ok());
    auto zip = SafeZip::open(zipPath);
    QVERIFY2(zip.ok(), qPrintable(why(zip)));
    QBuffer out;
    QVERIFY(out.open(QIODevice::WriteOnly));
    const auto result = zip->extractEntry(QStringLiteral("scan.tif"), out);
    QVERIFY2(result.ok(), qPrintable(why(result)));
    QCOMPARE(out.data(), data);
}

void TestSafeZip::extractToRefusesNonEmptyTarget()
{
    const TempDir dir;
    const QString zipPath = dir.file(QStringLiteral("g.zip"));
    QVERIFY(writeFile(zipPath, goodZipBytes()));
    const QString target = dir.file(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(target));
    QVERIFY(writeFile(target + QStringLiteral("/existing.txt"), "mine"));
    auto zip = SafeZip::open(zipPath);
    QVERIFY2(zip.ok(), qPrintable(why(zip)));
    const auto result = zip->extractTo(target);
    QVERIFY(!result.ok());
    QVERIFY2(why(result).contains(QStringLiteral("not empty")), qPrintable(why(result)));
    QCOMPARE(QDir(target).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("existing.txt")});
    QCOMPARE(readFile(target + QStringLiteral("/existing.txt")), QByteArray("mine"));
}

void TestSafeZip::extractToLeavesNothingBehind()
{
    const TempDir dir;
    Forged third = deflated("z/third.txt", QByteArray(20000, 't'));
    third.crc ^= 0x8000;
    const QString zipPath = dir.file(QStringLiteral("bad.zip"));
    QVERIFY(writeFile(
        zipPath, forgeZip({stored("first.txt", "one"), deflated("x/y/second.txt", QByteArray(9000, 's')), third})));
    auto zip = SafeZip::open(zipPath);
    QVERIFY2(zip.ok(), qPrintable(why(zip)));
    const QString target = dir.file(QStringLiteral("out"));
    const auto result = zip->extractTo(target);
    QVERIFY(!result.ok());
    QVERIFY2(why(result).contains(QStringLiteral("z/third.txt")), qPrintable(why(result)));
    QVERIFY2(why(result).contains(QStringLiteral("checksum error")), qPrintable(why(result)));
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("bad.zip")});
}

void TestSafeZip::extractToEmptiesExistingFolderOnFailure()
{
    const TempDir dir;
    Forged third = stored("third.txt", "three");
    third.crc = 0;
    const QString zipPath = dir.file(QStringLiteral("bad.zip"));
    QVERIFY(writeFile(zipPath, forgeZip({stored("first.txt", "one"), folder("f/"), stored("f/g.txt", "g"), third})));
    auto zip = SafeZip::open(zipPath);
    QVERIFY2(zip.ok(), qPrintable(why(zip)));
    const QString target = dir.file(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(target));
    QVERIFY(!zip->extractTo(target).ok());
    QVERIFY(QFileInfo(target).isDir());
    QVERIFY(QDir(target).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
}

void TestSafeZip::declaredBombIsRefusedQuickly()
{
    const TempDir dir;
    const QByteArray zeros(50 * 1024 * 1024, '\0');
    Forged bomb = deflated("bomb.bin", zeros);
    bomb.size = 1024u * 1024u * 1024u;  // claims 1 GiB
    const QString zipPath = dir.file(QStringLiteral("bomb.zip"));
    QVERIFY(writeFile(zipPath, forgeZip({stored("harmless.txt", "hi"), bomb})));
    QVERIFY(QFileInfo(zipPath).size() < 1024 * 1024);

    QElapsedTimer timer;
    timer.start();
    const auto zip = SafeZip::open(zipPath);
    QVERIFY(!zip.ok());
    QVERIFY2(why(zip).contains(QStringLiteral("bomb.bin")), qPrintable(why(zip)));
    QVERIFY2(why(zip).contains(QStringLiteral("suspiciously well")), qPrintable(why(zip)));
    QVERIFY(timer.elapsed() < 1000);
}

void TestSafeZip::lyingBombIsNotInflated()
{
    // The directory claims a harmless ratio; the data inflates to 50 MB. Only the declared
    // bytes may ever be inflated.
    const TempDir dir;
    Forged bomb = deflated("bomb.bin", QByteArray(50 * 1024 * 1024, '\0'));
    bomb.size = bomb.compressedSize * 2;
    const QString zipPath = dir.file(QStringLiteral("bomb.zip"));
    QVERIFY(writeFile(zipPath, forgeZip({bomb})));
    auto zip = SafeZip::open(zipPath);
    QVERIFY2(zip.ok(), qPrintable(why(zip)));

    QElapsedTimer timer;
    timer.start();
    QBuffer out;
    QVERIFY(out.open(QIODevice::WriteOnly));
    const auto result = zip->extractEntry(QStringLiteral("bomb.bin"), out);
    QVERIFY(!result.ok());
    QVERIFY2(why(result).contains(QStringLiteral("checksum error")), qPrintable(why(result)));
    QVERIFY(out.size() <= qint64(bomb.size));
    QVERIFY(timer.elapsed() < 1000);
    const QString target = dir.file(QStringLiteral("out"));
    QVERIFY(!zip->extractTo(target).ok());
    QVERIFY(!QFileInfo::exists(target));
}

void TestSafeZip::writeZipRefusesUnsafeNames()
{
    const TempDir dir;
    const QString zipPath = dir.file(QStringLiteral("w.zip"));
    const auto result = aw::packages::writeZip(zipPath, {{QStringLiteral("../escape.txt"), "x"}});
    QVERIFY(!result.ok());
    QVERIFY(!QFile::exists(zipPath));
}

void TestSafeZip::writeZipStreamsFilesAndChecksThem()
{
    const TempDir dir;
    const QByteArray big = randomBytes(3 * 1024 * 1024 + 17, 11);
    const QString source = dir.file(QStringLiteral("source.bin"));
    QVERIFY(writeFile(source, big));
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(big, QCryptographicHash::Sha256).toHex());

    const QString zipPath = dir.file(QStringLiteral("streamed.zip"));
    const QList<aw::packages::ZipInput> entries{{QStringLiteral("message.xml"), QByteArray("<x/>"), {}, {}, true},
                                                {QStringLiteral("big.bin"), {}, source, sha, false}};
    const auto written = aw::packages::writeZipFrom(zipPath, entries);
    QVERIFY2(written.ok(), qPrintable(why(written)));
    auto zip = SafeZip::open(zipPath);
    QVERIFY2(zip.ok(), qPrintable(why(zip)));
    auto read = zip->read(QStringLiteral("big.bin"), big.size());
    QVERIFY2(read.ok(), qPrintable(why(read)));
    QCOMPARE(read.value(), big);

    // A source that no longer matches its hash fails the whole ZIP and leaves nothing behind.
    const QString damagedPath = dir.file(QStringLiteral("damaged.zip"));
    const QList<aw::packages::ZipInput> damaged{{QStringLiteral("big.bin"), {}, source, QString(64, u'0'), true}};
    const auto refused = aw::packages::writeZipFrom(damagedPath, damaged);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("checksum")), qPrintable(refused.error().message));
    QVERIFY(!QFile::exists(damagedPath));
    QVERIFY(!QFile::exists(damagedPath + QStringLiteral(".part")));
}

QTEST_GUILESS_MAIN(TestSafeZip)
#include "tst_safezip.moc"
