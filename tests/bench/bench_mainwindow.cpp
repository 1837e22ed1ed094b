// SPDX-License-Identifier: GPL-3.0-or-later
// Prints figures for the main window on a big store (issue "main window"): 100,000 case files, a
// file plan of ~5,000 nodes, one case file with 10,000 documents (generated once into DIR and
// reused, see bigstore.h). Measures
//  - start of the real `aktenwerk` process (offscreen, --view files) until its window is painted
//    with the file plan loaded, and that process's peak memory; repeated with the store in the
//    page cache, then once with the store's pages dropped from it (the first start of the day);
//  - in process, on a MainWindow: showing the big case file until its 10,000 documents are listed
//    and painted, selecting the node with the most case files until they are listed and painted,
//    the longest the GUI thread was blocked meanwhile, and the peak memory;
//  - the store reads behind these on their own, to tell the data layer from the widgets.
// Ends with one JSON line. Not a test: it only measures. Linux only (spawn, /proc, fadvise).
// Usage: bench_mainwindow [DIR=/tmp/bench-mainwindow] [--app PATH] [--starts N] [--repeats N]
//        [--case-files N] [--nodes N] [--documents N]
#include "bench/bigstore.h"
#include "casework/casefileservice.h"
#include "casework/documentservice.h"
#include "casework/proceedingservice.h"
#include "storage/documentrepository.h"
#include "storage/fileplanrepository.h"
#include "storage/orgrepository.h"
#include "ui/fileplanmodel.h"
#include "ui/mainwindow.h"
#include "ui/proceedingpane.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTableView>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <poll.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace aw;

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "bench_mainwindow: %s\n", qPrintable(message));
    std::exit(1);
}

template <typename T>
T must(core::Result<T> result)
{
    if (!result)
        fail(result.error().message);
    return std::move(result).value();
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

double maximum(const QList<double> &values)
{
    return values.isEmpty() ? -1 : *std::max_element(values.cbegin(), values.cend());
}

double round1(double value)
{
    return qRound(value * 10) / 10.0;
}

// Peak resident memory of this process (VmHWM), in MB.
double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

// Drops the store's pages from the page cache (POSIX_FADV_DONTNEED; the file is clean, nothing is
// lost), so that the next start reads the store from disk as after a reboot. Only this file is
// affected, not the machine's other work; the program and the Qt libraries stay cached.
bool evictFromPageCache(const QString &path)
{
    const int fd = open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    fdatasync(fd);
    const bool ok = posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED) == 0;
    close(fd);
    return ok;
}

// Runs the event loop until `done` holds or `timeoutMs` passed; false on timeout.
bool spinUntil(const std::function<bool()> &done, int timeoutMs = 60000)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(1);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

// Lets every read still running on the workers finish and its result reach the window.
void settle()
{
    for (int i = 0; i < 3; ++i) {
        spinUntil([] { return QThreadPool::globalInstance()->activeThreadCount() == 0; });
        QElapsedTimer quiet;
        quiet.start();
        spinUntil([&quiet] { return quiet.elapsed() > 100; });
    }
}

// The longest the GUI thread did not come back to its event loop: a 1 ms timer that cannot fire
// while a slot, a model reset or a paint blocks the thread.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer,
                         [this] { m_longest = std::max(m_longest, m_since.restart()); });
    }
    void start()
    {
        m_longest = 0;
        m_since.start();
        m_timer.start(1);
    }
    double stop()
    {
        m_longest = std::max(m_longest, m_since.elapsed());
        m_timer.stop();
        return double(m_longest);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    qint64 m_longest = 0;
};

// Calls `painted` (queued, so after the paint has been flushed) when `widget` is painted while armed.
class PaintProbe : public QObject
{
public:
    PaintProbe(QWidget *widget, std::function<void()> painted)
        : m_painted(std::move(painted))
    {
        widget->installEventFilter(this);
    }
    bool armed = false;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (armed && event->type() == QEvent::Paint) {
            armed = false;
            QMetaObject::invokeMethod(this, m_painted, Qt::QueuedConnection);
        }
        return false;
    }

private:
    std::function<void()> m_painted;
};

struct ColdStart
{
    double paintedMs = -1;   // first paint of the window
    double filePlanMs = -1;  // file plan loaded and painted
    double peakRssMb = -1;   // of the process, from wait4()
};

// One start of the application as a user would start it, timed from the spawn until it reports its
// window painted with the file plan loaded (AKTENWERK_REPORT_STARTUP, see app/desktop/main.cpp) and
// quits. Spawned and waited for by hand (not QProcess) for the child's own peak memory.
ColdStart coldStart(const QString &app, const QString &dir, const QString &login, const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("AKTENWERK_REPORT_STARTUP"), QStringLiteral("1"));
    // The user's own settings (last user, watch folder, language) are neither read nor changed.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/runtime"));
    QList<QByteArray> envBytes;
    for (const QString &entry : env.toStringList())
        envBytes << entry.toLocal8Bit();
    QList<QByteArray> argBytes{
        QFile::encodeName(app), "--store", QFile::encodeName(dir), "--user", login.toUtf8(), "--view", "files",
        "--language",           "de"};
    std::vector<char *> argv, envp;
    for (QByteArray &a : argBytes)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    for (QByteArray &e : envBytes)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0)
        fail(QStringLiteral("pipe2 failed"));
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDERR_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv.front(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    close(fds[1]);
    if (spawned != 0)
        fail(QStringLiteral("cannot start %1: %2").arg(app, QString::fromLocal8Bit(std::strerror(spawned))));

    ColdStart out;
    QByteArray buffer, other;
    for (;;) {
        pollfd p{fds[0], POLLIN, 0};
        const int left = 60000 - int(timer.elapsed());
        if (left <= 0 || poll(&p, 1, left) <= 0) {
            kill(pid, SIGKILL);
            break;
        }
        char chunk[4096];
        const ssize_t n = read(fds[0], chunk, sizeof chunk);
        if (n <= 0)
            break;  // the application has quit (or closed its stderr)
        const double at = double(timer.nsecsElapsed()) / 1e6;
        buffer.append(chunk, n);
        for (qsizetype end; (end = buffer.indexOf('\n')) >= 0; buffer.remove(0, end + 1)) {
            const QByteArray line = buffer.left(end).trimmed();
            if (line == "aktenwerk-startup: painted")
                out.paintedMs = at;
            else if (line == "aktenwerk-startup: file-plan-painted")
                out.filePlanMs = at;
            else
                other += line + '\n';
        }
    }
    close(fds[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    out.peakRssMb = usage.ru_maxrss / 1024.0;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || out.filePlanMs < 0)
        fail(QStringLiteral("%1 did not start and report as expected (status %2):\n%3")
                 .arg(app)
                 .arg(status)
                 .arg(QString::fromUtf8(other + buffer)));
    return out;
}

struct Timing
{
    double loadedMs = -1;   // the list is in the model
    double paintedMs = -1;  // and on the screen
    double stallMs = -1;    // longest block of the GUI thread meanwhile
    int rows = -1;
    QList<double> steps;  // intermediate signals, in order
};

// Selects the node in the file plan and waits until its case files are listed and painted.
Timing selectNode(ui::MainWindow &window, QTreeView *plan, const QModelIndex &node)
{
    Timing t;
    QElapsedTimer timer;
    QObject scope;
    PaintProbe probe(window.caseFileView()->viewport(), [&] { t.paintedMs = double(timer.nsecsElapsed()) / 1e6; });
    QObject::connect(&window, &ui::MainWindow::caseFilesLoaded, &scope, [&](int files) {
        t.loadedMs = double(timer.nsecsElapsed()) / 1e6;
        t.rows = files;
        if (files > 0)
            probe.armed = true;
        else
            t.paintedMs = t.loadedMs;  // the list is hidden behind a placeholder
    });
    StallMeter stall;
    stall.start();
    timer.start();
    plan->setCurrentIndex(node);
    if (!spinUntil([&] { return t.paintedMs >= 0; }))
        fail(QStringLiteral("the case files of the node were not shown within a minute"));
    t.stallMs = stall.stop();
    return t;
}

// Shows a case file as "go to" does (its node, the file selected, its first proceeding selected)
// and waits until the documents of `proceedingId` are listed and painted.
Timing showCaseFile(ui::MainWindow &window, const QString &caseFileId, const QString &proceedingId)
{
    Timing t;
    QElapsedTimer timer;
    QObject scope;
    ui::ProceedingPane *pane = window.proceedingPane();
    auto stamp = [&timer] { return double(timer.nsecsElapsed()) / 1e6; };
    PaintProbe probe(pane->documentView()->viewport(), [&] { t.paintedMs = stamp(); });
    QObject::connect(&window, &ui::MainWindow::caseFilesLoaded, &scope, [&] { t.steps << stamp(); });
    QObject::connect(pane, &ui::ProceedingPane::proceedingsLoaded, &scope, [&] { t.steps << stamp(); });
    QObject::connect(pane, &ui::ProceedingPane::documentsLoaded, &scope, [&](int count) {
        if (pane->currentProceedingId() != proceedingId || t.loadedMs >= 0)
            return;
        t.loadedMs = stamp();
        t.rows = count;
        probe.armed = true;
    });
    StallMeter stall;
    stall.start();
    timer.start();
    window.showCaseFile(caseFileId);
    if (!spinUntil([&] { return t.paintedMs >= 0; }))
        fail(QStringLiteral("the case file was not shown within a minute"));
    t.stallMs = stall.stop();
    return t;
}

// Median milliseconds of `runs` calls of `work` (on this thread's connection, warm).
template <typename Work>
double timeMs(int runs, Work work)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms << double(timer.nsecsElapsed()) / 1e6;
    }
    return median(ms);
}

}  // namespace

int main(int argc, char *argv[])
{
    const bool generateOnly =
        std::any_of(argv + 1, argv + argc, [](const char *a) { return !qstrcmp(a, "--generate-only"); });
    if (!generateOnly && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Neither this process nor the application it starts reads or changes the user's settings.
    QTemporaryDir home;
    if (!generateOnly) {
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
        QDir().mkpath(home.filePath(QStringLiteral("runtime")));
        QFile::setPermissions(home.filePath(QStringLiteral("runtime")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(home.filePath(QStringLiteral("runtime"))));
    }
    std::unique_ptr<QCoreApplication> app =
        generateOnly ? std::make_unique<QCoreApplication>(argc, argv) : std::make_unique<QApplication>(argc, argv);

    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The generated store (made when missing)."));
    const QCommandLineOption appOption(QStringLiteral("app"), QStringLiteral("The aktenwerk binary."),
                                       QStringLiteral("PATH"), QStringLiteral(AKTENWERK_APP_PATH));
    const QCommandLineOption startsOption(QStringLiteral("starts"), QStringLiteral("Cold starts."), QStringLiteral("N"),
                                          QStringLiteral("5"));
    const QCommandLineOption repeatsOption(QStringLiteral("repeats"), QStringLiteral("Repeats in process."),
                                           QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption filesOption(QStringLiteral("case-files"), QStringLiteral("Case files."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption nodesOption(QStringLiteral("nodes"), QStringLiteral("File-plan nodes."),
                                         QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption documentsOption(QStringLiteral("documents"),
                                             QStringLiteral("Documents of the big case file."), QStringLiteral("N"),
                                             QStringLiteral("10000"));
    const QCommandLineOption generateOption(QStringLiteral("generate-only"),
                                            QStringLiteral("Only generate the store (run by the benchmark itself)."));
    parser.addOptions(
        {appOption, startsOption, repeatsOption, filesOption, nodesOption, documentsOption, generateOption});
    parser.addHelpOption();
    parser.process(*app);
    const QString dir =
        QDir(parser.positionalArguments().value(0, QDir::temp().filePath(QStringLiteral("bench-mainwindow"))))
            .absolutePath();
    const bench::BigStoreSizes sizes{parser.value(filesOption).toInt(), parser.value(nodesOption).toInt(),
                                     parser.value(documentsOption).toInt()};
    const int starts = std::max(1, parser.value(startsOption).toInt());
    const int repeats = std::max(1, parser.value(repeatsOption).toInt());

    if (generateOnly) {
        const bench::BigStore made = must(bench::generateBigStore(dir, sizes));
        std::printf("generated %s in %.1f s\n", qPrintable(dir), made.generationSeconds);
        return 0;
    }

    // The store is generated once, in a process of its own, so that its memory is not counted here.
    auto existing = bench::readBigStore(dir, sizes);
    if (!existing && existing.error().code == core::Error::Code::NotFound) {
        std::printf("generating the store in %s (once; later runs reuse it) …\n", qPrintable(dir));
        std::fflush(stdout);
        QProcess generator;
        generator.setProcessChannelMode(QProcess::ForwardedChannels);
        QStringList args = app->arguments().mid(1);
        args << QStringLiteral("--generate-only");
        generator.start(QCoreApplication::applicationFilePath(), args);
        if (!generator.waitForFinished(-1) || generator.exitCode() != 0)
            fail(QStringLiteral("generating the store failed"));
        existing = bench::readBigStore(dir, sizes);
    }
    const bench::BigStore big = must(std::move(existing));
    std::printf("store %s: %d case files, %d file-plan nodes, big case file with %d documents, node %s with %d "
                "case files (generated in %.0f s)\n",
                qPrintable(dir), big.caseFiles, big.nodes, big.sizes.documents, qPrintable(big.bigNodeCode),
                big.bigNodeCaseFiles, big.generationSeconds);

    // 1. Cold start of the application process.
    const QString appPath = parser.value(appOption);
    QList<double> painted, ready, startRss;
    for (int i = 0; i < starts; ++i) {
        const ColdStart start = coldStart(appPath, dir, big.login, home.path());
        painted << start.paintedMs;
        ready << start.filePlanMs;
        startRss << start.peakRssMb;
        std::printf("cold start %d: window painted %.0f ms, with the file plan %.0f ms, peak memory %.0f MB\n", i + 1,
                    start.paintedMs, start.filePlanMs, start.peakRssMb);
    }
    const double startRssMb = maximum(startRss);
    std::printf("cold start: median %.0f ms, max %.0f ms (first paint median %.0f ms), peak memory %.0f MB\n",
                median(ready), maximum(ready), median(painted), startRssMb);
    // The starts above find the store in the page cache (it was just written or read); the first start of
    // the day does not.
    double uncachedMs = -1;
    if (evictFromPageCache(QDir(dir).filePath(QStringLiteral("aktenwerk.sqlite")))) {
        const ColdStart start = coldStart(appPath, dir, big.login, home.path());
        uncachedMs = start.filePlanMs;
        std::printf("start with the store not in the page cache: window painted %.0f ms, with the file plan %.0f ms\n",
                    start.paintedMs, start.filePlanMs);
    }

    // 2. In process: the same window over the same store.
    QElapsedTimer timer;
    timer.start();
    // As the application opens it: the integrity check runs later, on a worker (timed below).
    auto store = must(
        storage::Store::open(dir, storage::Database::OpenMode::MustExist, storage::Database::Integrity::CheckLater));
    const double openMs = double(timer.nsecsElapsed()) / 1e6;
    const QString userId = must(storage::OrgRepository(store->connection()).userByLogin(big.login)).id;
    StallMeter startStall;
    startStall.start();
    timer.restart();
    ui::MainWindow window(store, userId);
    bool planLoaded = false;
    QObject::connect(&window, &ui::MainWindow::filePlanLoaded, &window, [&planLoaded] { planLoaded = true; });
    window.show();
    if (!spinUntil([&planLoaded] { return planLoaded; }))
        fail(QStringLiteral("the file plan was not loaded within a minute"));
    const double planMs = double(timer.nsecsElapsed()) / 1e6;
    settle();
    const double planStallMs = startStall.stop();
    std::printf("in process: store opened in %.0f ms; window with the file plan loaded %.0f ms later, GUI blocked at "
                "most %.0f ms until every first read was shown\n",
                openMs, planMs, planStallMs);

    auto *plan = window.findChild<QTreeView *>(QStringLiteral("filePlanView"));
    if (!plan)
        fail(QStringLiteral("the window has no file plan view"));
    const QModelIndexList bigNode = plan->model()->match(plan->model()->index(0, 0), ui::FilePlanModel::NodeIdRole,
                                                         big.bigNodeId, 1, Qt::MatchExactly | Qt::MatchRecursive);
    if (bigNode.isEmpty())
        fail(QStringLiteral("the big node is not in the file plan"));
    const QModelIndex emptyNode = plan->model()->index(0, 0);  // a top-level group: no case files of its own

    QList<double> nodeLoaded, nodePainted, nodeStall;
    int nodeRows = 0;
    for (int i = 0; i < repeats; ++i) {
        if (plan->currentIndex() != emptyNode) {
            selectNode(window, plan, emptyNode);
            settle();
        }
        const Timing t = selectNode(window, plan, bigNode.first());
        settle();
        nodeLoaded << t.loadedMs;
        nodePainted << t.paintedMs;
        nodeStall << t.stallMs;
        nodeRows = t.rows;
        std::printf("node %s: %d case files listed %.0f ms, painted %.0f ms, GUI blocked at most %.0f ms\n",
                    qPrintable(big.bigNodeCode), t.rows, t.loadedMs, t.paintedMs, t.stallMs);
    }

    QList<double> fileLoaded, filePainted, fileStall, fileNodeListed, fileProceedings;
    int documentRows = 0;
    const QString otherProceeding =
        must(casework::ProceedingService({store, userId}).listForCaseFile(big.otherCaseFileId)).first().id;
    for (int i = 0; i < repeats; ++i) {
        showCaseFile(window, big.otherCaseFileId, otherProceeding);
        settle();
        const Timing t = showCaseFile(window, big.bigCaseFileId, big.bigProceedingId);
        settle();
        fileLoaded << t.loadedMs;
        filePainted << t.paintedMs;
        fileStall << t.stallMs;
        fileNodeListed << t.steps.value(0, -1);
        fileProceedings << t.steps.value(1, -1);
        documentRows = t.rows;
        std::printf("big case file: its node listed %.0f ms, proceedings %.0f ms, %d documents listed %.0f ms, "
                    "painted %.0f ms, GUI blocked at most %.0f ms\n",
                    t.steps.value(0, -1), t.steps.value(1, -1), t.rows, t.loadedMs, t.paintedMs, t.stallMs);
    }
    const double peakMb = peakRssMb();

    // 3. The reads behind it, on their own (this thread's connection, warm cache, median of 3).
    const casework::Session session(store, userId);
    const double readNodesMs = timeMs(3, [&] { must(storage::FilePlanRepository(store->connection()).all()); });
    const double readCountsMs = timeMs(3, [&] { must(casework::CaseFileService(session).visibleCountsByNode()); });
    const double readNodeMs = timeMs(
        3, [&] { must(casework::CaseFileService(session).listPage(big.bigNodeId, storage::CaseFileListQuery{})); });
    const double readProceedingsMs =
        timeMs(3, [&] { must(casework::ProceedingService(session).listForCaseFile(big.bigCaseFileId)); });
    const double readDocumentsMs = timeMs(3, [&] {
        must(casework::DocumentService(session).listPage(big.bigProceedingId, storage::DocumentListQuery{}));
    });
    storage::DocumentListQuery byTitle;
    byTitle.order = storage::DocumentListQuery::Order::Title;
    const double readByTitleMs =
        timeMs(3, [&] { must(casework::DocumentService(session).listPage(big.bigProceedingId, byTitle)); });
    storage::DocumentListQuery lastPage;
    lastPage.offset = documentRows - lastPage.limit;
    const double readLastPageMs =
        timeMs(3, [&] { must(casework::DocumentService(session).listPage(big.bigProceedingId, lastPage)); });
    std::printf("reads alone (median of 3, warm): file plan nodes %.0f ms, visible case files per node %.0f ms; first "
                "page of the case "
                "files of node %s %.0f ms; proceedings of the big case file %.0f ms; the first page of its documents "
                "%.0f ms, sorted by title %.0f ms, its last page %.0f ms\n",
                readNodesMs, readCountsMs, qPrintable(big.bigNodeCode), readNodeMs, readProceedingsMs, readDocumentsMs,
                readByTitleMs, readLastPageMs);
    QElapsedTimer checkTimer;
    checkTimer.start();
    if (auto intact = store->database().checkIntegrity(); !intact)
        fail(intact.error().message);
    const double integrityMs = double(checkTimer.nsecsElapsed()) / 1e6;
    std::printf("integrity check (the application runs it on a worker after the start): %.0f ms\n", integrityMs);

    std::printf("big case file: median %.0f ms, max %.0f ms (medians: its node listed %.0f ms, proceedings %.0f ms, "
                "documents listed %.0f ms; GUI blocked up to %.0f ms)\n",
                median(filePainted), maximum(filePainted), median(fileNodeListed), median(fileProceedings),
                median(fileLoaded), maximum(fileStall));
    std::printf("node with %d case files: median %.0f ms, max %.0f ms (GUI blocked up to %.0f ms)\n", nodeRows,
                median(nodePainted), maximum(nodePainted), maximum(nodeStall));
    std::printf("peak memory in process: %.0f MB\n", peakMb);
    std::printf("targets: start < 1000 ms, big case file < 150 ms, memory < 250 MB\n");

    const QJsonObject json{{QStringLiteral("bench"), QStringLiteral("mainwindow")},
                           {QStringLiteral("caseFiles"), big.caseFiles},
                           {QStringLiteral("fileplanNodes"), big.nodes},
                           {QStringLiteral("bigCaseFileDocuments"), documentRows},
                           {QStringLiteral("bigNodeCaseFiles"), nodeRows},
                           {QStringLiteral("startMsMedian"), round1(median(ready))},
                           {QStringLiteral("startMsMax"), round1(maximum(ready))},
                           {QStringLiteral("startFirstPaintMsMedian"), round1(median(painted))},
                           {QStringLiteral("startPeakRssMB"), round1(startRssMb)},
                           {QStringLiteral("startUncachedMs"), round1(uncachedMs)},
                           {QStringLiteral("storeOpenMs"), round1(openMs)},
                           {QStringLiteral("integrityCheckMs"), round1(integrityMs)},
                           {QStringLiteral("bigCaseFileMsMedian"), round1(median(filePainted))},
                           {QStringLiteral("bigCaseFileMsMax"), round1(maximum(filePainted))},
                           {QStringLiteral("bigCaseFileStallMsMax"), round1(maximum(fileStall))},
                           {QStringLiteral("bigNodeMsMedian"), round1(median(nodePainted))},
                           {QStringLiteral("bigNodeMsMax"), round1(maximum(nodePainted))},
                           {QStringLiteral("bigNodeStallMsMax"), round1(maximum(nodeStall))},
                           {QStringLiteral("peakRssMB"), round1(peakMb)},
                           {QStringLiteral("targets"), QJsonObject{{QStringLiteral("startMs"), 1000},
                                                                   {QStringLiteral("bigCaseFileMs"), 150},
                                                                   {QStringLiteral("rssMB"), 250}}}};
    std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    return 0;
}
