// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QSet>

#include <memory>

namespace aw::documents {
class PdfDocument;
}

namespace aw::ui {

// One rendering of one page: the scale is kept in thousandths so that equal zooms hit the cache.
struct PdfRenderKey
{
    int page = -1;
    int rotation = 0;    // 0, 90, 180, 270
    int milliScale = 0;  // pixels per point × 1000

    double scale() const { return milliScale / 1000.0; }
    friend bool operator==(const PdfRenderKey &, const PdfRenderKey &) = default;
};

inline size_t qHash(const PdfRenderKey &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.page, key.rotation, key.milliScale);
}

// Renders pages on the thread pool and keeps the results in a cache bounded by a memory budget.
// Views say which pages they want (visible first); only a few renders run at once, so requests
// that went stale while waiting (scrolled away, zoom changed) are simply never started.
class PdfPageRenderer : public QObject
{
    Q_OBJECT

public:
    // `budgetBytes` bounds the cache; `maxInFlight` the renders running at the same time.
    PdfPageRenderer(qint64 budgetBytes, int maxInFlight, QObject *parent = nullptr);
    ~PdfPageRenderer() override;

    // The default budget: 1/8 of physical memory, at most 256 MB, at least 64 MB.
    static qint64 defaultBudget();

    void setDocument(std::shared_ptr<documents::PdfDocument> document);
    qint64 budget() const { return m_budget; }

    // The cached image for `key`, or nullptr. Never renders.
    const QImage *cached(const PdfRenderKey &key) const;

    // The most recently rendered image of `page` at any scale (a stand-in while the new zoom renders).
    const QImage *anyCached(int page, int rotation) const;

    // Replaces the queue of waiting requests (in order of priority). Cached keys are skipped.
    void setWanted(const QList<PdfRenderKey> &keys);
    // Puts one request at the front of the queue; the oldest waiting requests beyond `keep` are dropped.
    void request(const PdfRenderKey &key, int keep = 64);
    // Drops the waiting requests and discards the results of running ones (the zoom or rotation changed).
    void dropStale();

Q_SIGNALS:
    void rendered(const aw::ui::PdfRenderKey &key);

private:
    void startMore();
    void finish(const PdfRenderKey &key, quint64 generation, const QImage &image);

    std::shared_ptr<documents::PdfDocument> m_document;
    qint64 m_budget;
    int m_maxInFlight;
    QCache<PdfRenderKey, QImage> m_cache;  // cost in KiB
    QList<PdfRenderKey> m_waiting;
    QSet<PdfRenderKey> m_inFlight;
    QSet<PdfRenderKey> m_failed;                    // bad pages are not asked for again
    QHash<std::pair<int, int>, int> m_latestScale;  // (page, rotation) → milliScale last rendered
    PdfRenderKey m_oversizedKey;
    QImage m_oversized;
    int m_running = 0;  // tasks on the pool, including stale ones
    quint64 m_generation = 0;
};

}  // namespace aw::ui
