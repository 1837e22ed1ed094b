// SPDX-License-Identifier: GPL-3.0-or-later
// Stands in for libFuzzer's driver where clang is not used: feeds every seed of a corpus folder,
// and a fixed number of deterministic mutations of each (bit flips, truncation, insertion,
// splicing), to the fuzz target. A crash or sanitizer report fails the test.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

void feed(const QByteArray &input)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
}

QByteArray mutate(QByteArray input, const QList<QByteArray> &seeds, QRandomGenerator &random)
{
    const int steps = 1 + int(random.bounded(4));
    for (int i = 0; i < steps; ++i) {
        const qsizetype at = input.isEmpty() ? 0 : qsizetype(random.bounded(quint32(input.size())));
        switch (random.bounded(5)) {
        case 0:
            if (!input.isEmpty())
                input[at] = char(input[at] ^ char(1 << random.bounded(8)));
            break;
        case 1:
            input.truncate(at);
            break;
        case 2:
            input.insert(at, char(random.bounded(256)));
            break;
        case 3:
            input.insert(at, QByteArray(int(random.bounded(8)) + 1, ";\"\n{}-/.:"[random.bounded(9)]));
            break;
        default: {
            const QByteArray &other = seeds.at(qsizetype(random.bounded(quint32(seeds.size()))));
            input.insert(at, other.mid(qsizetype(random.bounded(quint32(other.size() + 1)))));
        }
        }
    }
    return input;
}

}  // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR\n", argv[0]);
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    QList<QByteArray> seeds;
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            seeds.append(file.readAll());
    }
    if (seeds.isEmpty()) {
        std::fprintf(stderr, "no seeds in %s\n", argv[1]);
        return 2;
    }
    QRandomGenerator random(20261125);
    constexpr int MutationsPerSeed = 2000;
    qint64 runs = 0;
    for (const QByteArray &seed : std::as_const(seeds)) {
        feed(seed);
        ++runs;
        for (int i = 0; i < MutationsPerSeed; ++i, ++runs)
            feed(mutate(seed, seeds, random));
    }
    std::printf("%lld inputs from %lld seeds: no crash\n", static_cast<long long>(runs),
                static_cast<long long>(seeds.size()));
    return 0;
}
