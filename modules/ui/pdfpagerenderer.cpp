// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pdfpagerenderer.h"

#include "documents/pdfdocument.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent>

#include <algorithm>
#include <unistd.h>

namespace aw::ui {

PdfPageRenderer::PdfPageRenderer(qint64 budgetBytes, int maxInFlight, QObject *parent)
    : QObject(parent)
    , m_budget(budgetBytes)
    , m_maxInFlight(std::max(1, maxInFlight))
{
    m_cache.setMaxCost(qsizetype(std::max<qint64>(1, budgetBytes / 1024)));
}

PdfPageRenderer::~PdfPageRenderer() = default;

qint64 PdfPageRenderer::defaultBudget()
{
    constexpr qint64 mib = 1024 * 1024;
    const long pages = sysconf(_SC_PHYS_PAGES);
    const long pageSize = sysconf(_SC_PAGE_SIZE);
    const qint64 physical = pages > 0 && pageSize > 0 ? qint64(pages) * pageSize : 2048 * mib;
    return std::clamp(physical / 8, 64 * mib, 256 * mib);
}

void PdfPageRenderer::setDocument(std::shared_ptr<documents::PdfDocument> document)
{
    m_document = std::move(document);
    m_cache.clear();
    m_failed.clear();
    m_oversized = {};
    m_latestScale.clear();
    m_oversizedKey = {};
    dropStale();
}

const QImage *PdfPageRenderer::cached(const PdfRenderKey &key) const
{
    if (const QImage *image = m_cache.object(key))
        return image;
    return key == m_oversizedKey && !m_oversized.isNull() ? &m_oversized : nullptr;
}

const QImage *PdfPageRenderer::anyCached(int page, int rotation) const
{
    const auto latest = m_latestScale.constFind({page, rotation});
    return latest == m_latestScale.cend() ? nullptr : cached({page, rotation, *latest});
}

void PdfPageRenderer::setWanted(const QList<PdfRenderKey> &keys)
{
    m_waiting.clear();
    for (const PdfRenderKey &key : keys) {
        if (!cached(key) && !m_inFlight.contains(key) && !m_failed.contains(key) && !m_waiting.contains(key))
            m_waiting.append(key);
    }
    startMore();
}

void PdfPageRenderer::request(const PdfRenderKey &key, int keep)
{
    if (cached(key) || m_inFlight.contains(key) || m_failed.contains(key))
        return;
    m_waiting.removeOne(key);
    m_waiting.prepend(key);
    if (m_waiting.size() > keep)
        m_waiting.resize(keep);
    startMore();
}

void PdfPageRenderer::dropStale()
{
    m_waiting.clear();
    m_inFlight.clear();  // still running, but their results arrive with an old generation and are discarded
    ++m_generation;
}

void PdfPageRenderer::startMore()
{
    while (m_document && m_running < m_maxInFlight && !m_waiting.isEmpty()) {
        const PdfRenderKey key = m_waiting.takeFirst();
        m_inFlight.insert(key);
        ++m_running;
        auto *watcher = new QFutureWatcher<QImage>(this);
        connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, key, generation = m_generation] {
            watcher->deleteLater();
            finish(key, generation, watcher->result());
        });
        // The task holds its own reference, so a document replaced meanwhile stays alive until it ends.
        watcher->setFuture(QtConcurrent::run(
            [document = m_document, key] { return document->render(key.page, key.scale(), key.rotation); }));
    }
}

void PdfPageRenderer::finish(const PdfRenderKey &key, quint64 generation, const QImage &image)
{
    --m_running;
    if (generation != m_generation) {
        startMore();
        return;
    }
    m_inFlight.remove(key);
    if (image.isNull()) {
        m_failed.insert(key);
    } else {
        m_latestScale.insert({key.page, key.rotation}, key.milliScale);
        const auto cost = qsizetype(std::max<qint64>(1, image.sizeInBytes() / 1024));
        // An image larger than the whole budget is not cached; keep the latest one so it still shows.
        if (!m_cache.insert(key, new QImage(image), cost)) {
            m_oversizedKey = key;
            m_oversized = image;
        }
    }
    startMore();
    Q_EMIT rendered(key);
}

}  // namespace aw::ui
