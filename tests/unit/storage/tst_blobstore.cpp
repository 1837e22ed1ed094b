// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/blobstore.h"
#include "support/testenv.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QtTest>

#include <latch>
#include <sys/stat.h>
#include <thread>
#include <vector>

using aw::core::Error;
using aw::storage::BlobStore;

namespace {

const QString AbcHash = QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
const QString EmptyHash = QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

QString sha256Of(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32 *>(data.data()), size / qsizetype(sizeof(quint32)));
    return data;
}

// The error message for QVERIFY2, which (in Qt 6.4) evaluates its description even on success.
template <typename T>
QByteArray why(const aw::core::Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

// Files left in the store's temporary directory.
QStringList tempFiles(const BlobStore &store)
{
    return QDir(store.root() + QLatin1String("/tmp")).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

bool makeWritable(const QString &path)
{
    return QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

bool age(const QString &path, const QDateTime &when)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.setFileTime(when, QFileDevice::FileModificationTime);
}

// Delivers `good` bytes, then fails, like a disk or network error in the middle of a large upload.
class FailingDevice : public QIODevice
{
public:
    explicit FailingDevice(qint64 good)
        : m_good(good)
    {}

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_pos >= m_good) {
            setErrorString(QStringLiteral("simulated read failure"));
            return -1;
        }
        const qint64 n = qMin(maxSize, m_good - m_pos);
        memset(data, 'x', size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_good;
    qint64 m_pos = 0;
};

}  // namespace

class TestBlobStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void putDataRoundTrip();
    void pathLayout();
    void putIsIdempotentAndReadOnly();
    void putStreamsLargeFile();
    void putReadsFromCurrentPosition();
    void putEmptyData();
    void putRejectsUnreadableSource();
    void failedPutLeavesNothingBehind();
    void readDetectsFlippedByte();
    void verifyDetectsTruncation();
    void missingBlobIsNotFound();
    void invalidHashIsRejected();
    void listFindsOnlyWellPlacedBlobs();
    void sweepRemovesOnlyOldUnreferencedBlobs();
    void sweepSparesBlobPutAgain();
    void concurrentPutsOfSameData();
};

void TestBlobStore::initTestCase()
{
    aw::test::isolate();
}

void TestBlobStore::putDataRoundTrip()
{
    aw::test::TempDir dir;
    BlobStore store(dir.path());

    const auto hash = store.putData(QByteArrayLiteral("abc"));
    QVERIFY2(hash.ok(), why(hash).constData());
    QCOMPARE(*hash, AbcHash);
    QVERIFY(store.contains(AbcHash));
    QCOMPARE(store.size(AbcHash), qint64(3));

    const auto data = store.read(AbcHash);
    QVERIFY2(data.ok(), why(data).constData());
    QCOMPARE(*data, QByteArrayLiteral("abc"));
    QVERIFY(store.verify(AbcHash).ok());
    QVERIFY(tempFiles(store).isEmpty());
}

void TestBlobStore::pathLayout()
{
    aw::test::TempDir dir;
    BlobStore store(dir.path());
    QVERIFY(store.putData(QByteArrayLiteral("abc")).ok());

    const QString expected = dir.path() + QLatin1String("/ba/78/") + AbcHash;
    QCOMPARE(store.pathOf(AbcHash), expected);
    QVERIFY(QFileInfo(expected).isFile());
    QCOMPARE(QDir(dir.path() + QLatin1String("/ba")).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("78")});
}

void TestBlobStore::putIsIdempotentAndReadOnly()
{
    aw::test::TempDir dir;
    BlobStore store(dir.path());

    const auto first = store.putData(QByteArrayLiteral("same content"));
    const auto second = store.putData(QByteArrayLiteral("same content"));
    QVERIFY(first.ok());
    QVERIFY(second.ok());
    QCOMPARE(*first, *second);
    QCOMPARE(store.list(), QStringList{*first});
    QVERIFY(tempFiles(store).isEmpty());

    struct stat st = {};
    QCOMPARE(::stat(QFile::encodeName(store.pathOf(*first)).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0444));
    QCOMPARE(*store.read(*first), QByteArrayLiteral("same content"));
}

void TestBlobStore::putStreamsLargeFile()
{
    aw::test::TempDir dir;
    BlobStore store(dir.path() + QLatin1String("/store"));

    // ~20 MB, not a multiple of the chunk size, written and hashed piecewise.
    const QString sourcePath = dir.file(QStringLiteral("large.bin"));
    QCryptographicHash expected(QCryptographicHash::Sha256);
    qint64 total = 0;
    {
        QFile out(sourcePath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        for (quint32 i = 0; i < 20; ++i) {
            const QByteArray piece = randomBytes(1000 * 1000 + 4 * i, 42 + i);
            expected.addData(piece);
            QCOMPARE(out.write(piece), qint64(piece.size()));
            total += piece.size();
        }
    }
    const QString expectedHash = QString::fromLatin1(expected.result().toHex());

    QFile source(sourcePath);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const auto hash = store.put(source);
    QVERIFY2(hash.ok(), why(hash).constData());
    QCOMPARE(*hash, expectedHash);
    QCOMPARE(store.size(*hash), total);
    QVERIFY(store.verify(*hash).ok());
    QVERIFY(tempFiles(store).isEmpty());

    const auto again = store.putFile(sourcePath);
    QVERIFY(again.ok());
    QCOMPARE(*again, expectedHash);
    QCOMPARE(store.list(), QStringList{expectedHash});
}

void TestBlobStore::putReadsFromCurrentPosition()
{
    aw::test::TempDir dir;
    BlobStore store(dir.path());

    QBuffer buffer;
    buffer.setData(QByteArrayLiteral("xxabc"));
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QVERIFY(buffer.seek(2));
    const auto hash = store.put(buffer);
    QVERIFY(hash.ok());
    QCOMPARE(*hash, AbcHash);
}

void TestBlobStore::putEmptyData()
{
    aw::test::TempDir dir;
    BlobStore store(dir.path());

    const auto hash = store.putData(QByteArray());
    QVERIFY2(hash.ok(), why(hash).constData());
    QCOMPARE(*hash, EmptyHash);
    QCOMPARE(store.size(EmptyHash), qint64(0));
    const auto data = store.read(EmptyHash);
    QVERIFY(data.ok());
    QVERIFY(data->isEmpty());
    QVERIFY(store.verify(EmptyHash).ok());
}

void TestBlobStore::putRejectsUnreadableSource()
{
    aw::test::TempDir dir;
    BlobStore store(dir.path());

    QBuffer closed;
    const auto hash = store.put(closed);
    QVERIFY(!hash.ok());
    QCOMPARE(hash.error().code, Error::Code::Invalid);
}

void TestBlobStore::failedPutLeavesNothingBehind()
{
    aw::test::TempDir dir;
    BlobStore store(dir.path());

    FailingDevice source(3 * 1024 * 1024 + 17);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const auto hash = store.put(source);
    QVERIFY(!hash.ok());
    QCOMPARE(hash.error().code, Error::Code::Io);
    QVERIFY2(hash.error().message.contains(QLatin1String("simulated read failure")), why(hash).constData());
    QVERIFY(tempFiles(store).isEmpty());
    QVERIFY(store.list().isEmpty());
}

void TestBlobStore::readDetectsFlippedByte()
{
    aw::test::TempDir dir;
    BlobStore store(dir.path());
    const QByteArray content = randomBytes(4096, 7);
    const auto hash = store.putData(content);
    QVERIFY(hash.ok());

    const QString path = store.pathOf(*hash);
    QVERIFY(makeWritable(path));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(1000));
        char byte = 0;
        QVERIFY(file.getChar(&byte));
        QVERIFY(file.seek(1000));
        QVERIFY(file.putChar(char(byte ^ 0x01)));
    }

    const auto data = store.read(*hash);
    QVERIFY(!data.ok());
    QCOMPARE(data.error().code, Error::Code::Corrupt);
    QCOMPARE(data.error().message, QStringLiteral("Blob %1 is damaged: its content does not match its SHA-256 (%2).")
                                       .arg(*hash, QDir::toNativeSeparators(path)));

    const auto verified = store.verify(*hash);
    QVERIFY(!verified.ok());
    QCOMPARE(verified.error().code, Error::Code::Corrupt);
}

void TestBlobStore::verifyDetectsTruncation()
{
    aw::test::TempDir dir;
    BlobStore store(dir.path());
    const auto hash = store.putData(randomBytes(3 * 1024 * 1024, 9));
    QVERIFY(hash.ok());
    QVERIFY(store.verify(*hash).ok());

    const QString path = store.pathOf(*hash);
    QVERIFY(makeWritable(path));
    QVERIFY(QFile::resize(path, 2 * 1024 * 1024));

    const auto verified = store.verify(*hash);
    QVERIFY(!verified.ok());
    QCOMPARE(verified.error().code, Error::Code::Corrupt);
    QVERIFY(verified.error().message.contains(*hash));
    QVERIFY(verified.error().message.contains(QDir::toNativeSeparators(path)));
}

void TestBlobStore::missingBlobIsNotFound()
{
    aw::test::TempDir dir;
    BlobStore store(dir.path());
    QVERIFY(store.putData(QByteArrayLiteral("something else")).ok());

    QVERIFY(!store.contains(AbcHash));
    QCOMPARE(store.size(AbcHash), qint64(-1));
    const auto data = store.read(AbcHash);
    QVERIFY(!data.ok());
    QCOMPARE(data.error().code, Error::Code::NotFound);
    QVERIFY(data.error().message.contains(AbcHash));
    const auto verified = store.verify(AbcHash);
    QVERIFY(!verified.ok());
    QCOMPARE(verified.error().code, Error::Code::NotFound);

    const auto fromFile = store.putFile(dir.file(QStringLiteral("no-such-file")));
    QVERIFY(!fromFile.ok());
    QCOMPARE(fromFile.error().code, Error::Code::NotFound);
}

void TestBlobStore::invalidHashIsRejected()
{
    aw::test::TempDir dir;
    BlobStore store(dir.path());
    QVERIFY(store.putData(QByteArrayLiteral("abc")).ok());

    QVERIFY(BlobStore::isValidHash(AbcHash));
    QVERIFY(!BlobStore::isValidHash(AbcHash.toUpper()));
    QVERIFY(!BlobStore::isValidHash(AbcHash.left(63)));
    QVERIFY(!BlobStore::isValidHash(QStringLiteral("../../") + AbcHash.mid(6)));
    QVERIFY(!store.contains(AbcHash.toUpper()));
    QCOMPARE(store.read(AbcHash.toUpper()).error().code, Error::Code::Invalid);
    QCOMPARE(store.verify(QStringLiteral("../etc/passwd")).error().code, Error::Code::Invalid);
}

void TestBlobStore::listFindsOnlyWellPlacedBlobs()
{
    aw::test::TempDir dir;
    BlobStore store(dir.path());
    QCOMPARE(store.list(), QStringList());

    QStringList expected;
    for (const char *text : {"one", "two", "three"}) {
        const auto hash = store.putData(QByteArray(text));
        QVERIFY(hash.ok());
        expected.append(*hash);
    }
    expected.sort();

    // Things that are not blobs: stray files, a misplaced hash, odd directories, a temp file.
    const QString misplaced = sha256Of("four");
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("00/00")));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("zz/zz")));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("tmp")));
    for (const QString &name : QStringList{QStringLiteral("stray.txt"), QStringLiteral("00/00/") + misplaced,
                                           QStringLiteral("zz/zz/") + misplaced, QStringLiteral("00/00/notahash"),
                                           QStringLiteral("tmp/") + misplaced, misplaced}) {
        QFile file(dir.file(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }

    QCOMPARE(store.list(), expected);
}

void TestBlobStore::sweepRemovesOnlyOldUnreferencedBlobs()
{
    aw::test::TempDir dir;
    BlobStore store(dir.path());
    const QString oldOrphan = *store.putData(QByteArrayLiteral("old orphan"));
    const QString oldReferenced = *store.putData(QByteArrayLiteral("old referenced"));
    const QString newOrphan = *store.putData(QByteArrayLiteral("new orphan"));
    const QString newReferenced = *store.putData(QByteArrayLiteral("new referenced"));

    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime longAgo = now.addDays(-2);
    QVERIFY(age(store.pathOf(oldOrphan), longAgo));
    QVERIFY(age(store.pathOf(oldReferenced), longAgo));

    // Leftovers of interrupted puts: one stale, one that may still be in progress.
    const QString staleTemp = dir.file(QStringLiteral("tmp/put-stale.part"));
    const QString freshTemp = dir.file(QStringLiteral("tmp/put-fresh.part"));
    for (const QString &path : QStringList{staleTemp, freshTemp}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("partial");
    }
    QVERIFY(age(staleTemp, longAgo));

    const auto removed = store.sweepOrphans({oldReferenced, newReferenced}, now.addSecs(-3600));
    QVERIFY2(removed.ok(), why(removed).constData());
    QCOMPARE(*removed, 1);

    QVERIFY(!store.contains(oldOrphan));
    QVERIFY(store.contains(oldReferenced));
    QVERIFY(store.contains(newOrphan));
    QVERIFY(store.contains(newReferenced));
    QVERIFY(!QFileInfo::exists(staleTemp));
    QVERIFY(QFileInfo::exists(freshTemp));

    // Without a grace period the new orphan goes too; referenced blobs never do.
    const auto again = store.sweepOrphans({oldReferenced, newReferenced}, now.addSecs(3600));
    QVERIFY(again.ok());
    QCOMPARE(*again, 1);
    QStringList survivors{oldReferenced, newReferenced};
    survivors.sort();
    QCOMPARE(store.list(), survivors);
    QVERIFY(tempFiles(store).isEmpty());
}

void TestBlobStore::sweepSparesBlobPutAgain()
{
    // A put that finds its blob already present restarts the grace period, so a sweep between the
    // put and the commit of the row that references it does not delete it.
    aw::test::TempDir dir;
    BlobStore store(dir.path());
    const QString hash = *store.putData(QByteArrayLiteral("reused"));
    const QDateTime now = QDateTime::currentDateTime();
    QVERIFY(age(store.pathOf(hash), now.addDays(-2)));

    QCOMPARE(*store.putData(QByteArrayLiteral("reused")), hash);
    const auto removed = store.sweepOrphans({}, now.addSecs(-3600));
    QVERIFY(removed.ok());
    QCOMPARE(*removed, 0);
    QVERIFY(store.contains(hash));
}

void TestBlobStore::concurrentPutsOfSameData()
{
    aw::test::TempDir dir;
    BlobStore store(dir.path());
    const QByteArray content = randomBytes(3 * 1024 * 1024 + 5, 1234);
    const QString expected = sha256Of(content);

    constexpr int Threads = 8;
    for (int round = 0; round < 3; ++round) {
        std::vector<QString> hashes(Threads);
        std::vector<QString> errors(Threads);
        std::latch start(Threads);
        std::vector<std::thread> threads;
        for (int i = 0; i < Threads; ++i) {
            threads.emplace_back([&, i] {
                start.arrive_and_wait();
                const auto hash = store.putData(content);
                if (hash.ok())
                    hashes[size_t(i)] = *hash;
                else
                    errors[size_t(i)] = hash.error().message;
            });
        }
        for (std::thread &thread : threads)
            thread.join();

        for (int i = 0; i < Threads; ++i) {
            QVERIFY2(errors[size_t(i)].isEmpty(), qPrintable(errors[size_t(i)]));
            QCOMPARE(hashes[size_t(i)], expected);
        }
        QCOMPARE(store.list(), QStringList{expected});
        QVERIFY(tempFiles(store).isEmpty());
        QVERIFY(store.verify(expected).ok());

        // Start the next round from an empty store, so the threads race to create the directories too.
        QVERIFY(QDir(dir.path() + QLatin1String("/") + expected.left(2)).removeRecursively());
    }
}

QTEST_GUILESS_MAIN(TestBlobStore)
#include "tst_blobstore.moc"
