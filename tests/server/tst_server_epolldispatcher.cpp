// The server's epoll event dispatcher does what Qt's does: timers of each kind (in order, single-shot,
// zero-interval, started, stopped and killed in their own handler, not re-entered from a nested loop),
// socket notifiers of each type (hang-ups, regular files, bad descriptors, disabled mid-pass), posted
// events, and wake-ups from other threads. With CHATROOM_EVENT_DISPATCHER=qt (and QT_NO_GLIB=1, so that
// it is QEventDispatcherUNIX) the same cases run against Qt's dispatcher, which shows the two agree.
#include "epolleventdispatcher.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <arpa/inet.h>
#include <atomic>
#include <ctime>
#include <fcntl.h>
#include <functional>
#include <memory>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;

namespace {

bool usingQtDispatcher()
{
    return qgetenv("CHATROOM_EVENT_DISPATCHER") == "qt";
}

void runLoop(std::chrono::milliseconds window)
{
    QEventLoop loop;
    QTimer::singleShot(window, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

qint64 threadCpuMs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1'000'000;
}

// Counts passes of the event loop (each one starts with awake()).
class PassCounter
{
public:
    PassCounter()
        : m_connection(QObject::connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::awake,
                                        [this] { ++m_passes; }))
    {}
    ~PassCounter() { QObject::disconnect(m_connection); }
    int passes() const { return m_passes; }

private:
    QMetaObject::Connection m_connection;
    int m_passes = 0;
};

// A loop with nothing to do must sleep: a spinning one makes thousands of passes and burns the CPU.
struct Idle
{
    int passes = 0;
    qint64 cpuMs = 0;
    bool quiet() const { return passes <= 30 && cpuMs < 150; }
    QByteArray describe() const
    {
        return QByteArray::number(passes) + " passes, " + QByteArray::number(cpuMs) + " ms CPU";
    }
};

Idle runIdle(std::chrono::milliseconds window = 300ms)
{
    PassCounter counter;
    const qint64 cpu = threadCpuMs();
    runLoop(window);
    return {counter.passes(), threadCpuMs() - cpu};
}

// Descriptors a test opened, closed when it ends (after the notifiers, which the test declares later).
struct Descriptors
{
    std::vector<int> fds;
    ~Descriptors()
    {
        for (int fd : fds)
            ::close(fd);
    }
    int keep(int fd)
    {
        fds.push_back(fd);
        return fd;
    }
    void close(int fd)
    {
        std::erase(fds, fd);
        ::close(fd);
    }
    std::pair<int, int> pipe()
    {
        int p[2];
        if (::pipe2(p, O_CLOEXEC | O_NONBLOCK) != 0)
            return {-1, -1};
        return {keep(p[0]), keep(p[1])};
    }
    std::pair<int, int> socketPair()
    {
        int s[2];
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, s) != 0)
            return {-1, -1};
        return {keep(s[0]), keep(s[1])};
    }
    // A connected TCP pair on loopback (out-of-band data needs TCP): {accepted, connecting}.
    std::pair<int, int> tcpPair()
    {
        const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        ::bind(listener, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
        ::listen(listener, 1);
        ::getsockname(listener, reinterpret_cast<sockaddr *>(&addr), &len);
        const int client = keep(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
        ::connect(client, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
        const int accepted = keep(::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK));
        ::close(listener);
        return {accepted, client};
    }
};

} // namespace

class TestEpollDispatcher : public QObject
{
    Q_OBJECT
private slots:
    void isInstalled();
    void timersFireInOrderAndOnTime();
    void timerKinds_data();
    void timerKinds();
    void repeatingAndZeroTimers();
    void timerKilledInItsOwnHandler();
    void timersStartedAndStoppedInAHandler();
    void nestedLoopDoesNotReenterATimer();
    void remainingTime_data();
    void remainingTime();
    void timersOfAnObject();
    void notifierTypes_data();
    void notifierTypes();
    void hangUpDoesNotSpin_data();
    void hangUpDoesNotSpin();
    void notifierChangedDuringDispatch_data();
    void notifierChangedDuringDispatch();
    void filesAreAlwaysReady_data();
    void filesAreAlwaysReady();
    void badDescriptorIsReported();
    void excludedNotifiersWait();
    void manySocketsEcho();
    void postedEventsAndDeleteLater();
    void anEventPostedInAPassWaitsForTheNext();
    void wakeUpFromAnotherThread();
    void interruptFromAnotherThread();
};

void TestEpollDispatcher::isInstalled()
{
    const bool epoll = qobject_cast<EpollEventDispatcher *>(QAbstractEventDispatcher::instance());
    QCOMPARE(epoll, !usingQtDispatcher());
}

void TestEpollDispatcher::timersFireInOrderAndOnTime()
{
    QStringList order;
    QElapsedTimer clock;
    clock.start();
    qint64 firedAt = -1;
    QTimer::singleShot(60ms, this, [&] {
        order << QStringLiteral("60");
        firedAt = clock.elapsed();
    });
    QTimer::singleShot(20ms, this, [&] { order << QStringLiteral("20"); });
    QTimer::singleShot(40ms, Qt::PreciseTimer, this, [&] { order << QStringLiteral("40"); });
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 3, 5000);
    QCOMPARE(order, QStringList({QStringLiteral("20"), QStringLiteral("40"), QStringLiteral("60")}));
    QVERIFY2(firedAt >= 60, qPrintable(QString::number(firedAt))); // never early
}

void TestEpollDispatcher::timerKinds_data()
{
    QTest::addColumn<Qt::TimerType>("type");
    QTest::addColumn<int>("intervalMs");
    QTest::addColumn<int>("windowMs");
    QTest::addColumn<int>("atLeast");
    QTest::addColumn<int>("atMost");
    // Precise is never early; Coarse may be 5 % early; VeryCoarse rounds to whole seconds (500 ms up to 1 s,
    // a Coarse 20 s or more is VeryCoarse) and fires on a whole second of the clock, up to 500 ms early.
    // The lower bounds only say "it fires": the machine may be slow.
    QTest::newRow("precise 100 ms") << Qt::PreciseTimer << 100 << 1000 << 2 << 10;
    QTest::newRow("coarse 100 ms") << Qt::CoarseTimer << 100 << 1000 << 2 << 11;
    QTest::newRow("coarse 15 ms (precise)") << Qt::CoarseTimer << 15 << 600 << 2 << 40;
    QTest::newRow("very coarse 500 ms") << Qt::VeryCoarseTimer << 500 << 2000 << 1 << 3;
    QTest::newRow("very coarse 1000 ms") << Qt::VeryCoarseTimer << 1000 << 2000 << 1 << 3;
    QTest::newRow("very coarse 1600 ms") << Qt::VeryCoarseTimer << 1600 << 3000 << 1 << 2;
    QTest::newRow("very coarse 300 ms") << Qt::VeryCoarseTimer << 300 << 2000 << 1 << 3;
}

void TestEpollDispatcher::timerKinds()
{
    QFETCH(Qt::TimerType, type);
    QFETCH(int, intervalMs);
    QFETCH(int, windowMs);
    QFETCH(int, atLeast);
    QFETCH(int, atMost);
    int fired = 0;
    QTimer timer;
    timer.setTimerType(type);
    timer.setInterval(std::chrono::milliseconds(intervalMs));
    connect(&timer, &QTimer::timeout, this, [&] { ++fired; });
    timer.start();
    runLoop(std::chrono::milliseconds(windowMs));
    if (usingQtDispatcher())
        QEXPECT_FAIL("very coarse 300 ms", "Qt rounds it to 0 s, then fires it on every pass; here it is 1 s",
                     Continue);
    QVERIFY2(fired >= atLeast && fired <= atMost, qPrintable(u"fired %1 times"_s.arg(fired)));
}

void TestEpollDispatcher::timersStartedAndStoppedInAHandler()
{
    // Two timers due in the same pass: whichever fires first stops the other, which must then not fire.
    QTimer a;
    QTimer b;
    int firedA = 0;
    int firedB = 0;
    for (QTimer *t : {&a, &b}) {
        t->setTimerType(Qt::PreciseTimer);
        t->setInterval(10ms);
    }
    connect(&a, &QTimer::timeout, this, [&] {
        ++firedA;
        a.stop();
        b.stop();
    });
    connect(&b, &QTimer::timeout, this, [&] {
        ++firedB;
        a.stop();
        b.stop();
    });
    a.start();
    b.start();
    QThread::msleep(30); // both are due before the loop looks
    runLoop(100ms);
    QCOMPARE(firedA + firedB, 1);

    // A handler restarting its own timer with another interval, and starting a zero timer: the zero timer
    // fires on a later pass, and the restarted timer after its new interval, not at once.
    QTimer self;
    self.setTimerType(Qt::PreciseTimer);
    QElapsedTimer clock;
    std::vector<qint64> firedAt;
    bool zeroFired = false;
    connect(&self, &QTimer::timeout, this, [&] {
        firedAt.push_back(clock.elapsed());
        if (firedAt.size() == 1) {
            self.start(200ms);
            QTimer::singleShot(0ms, this, [&] { zeroFired = true; });
        } else {
            self.stop();
        }
    });
    clock.start();
    self.start(5ms);
    QTRY_COMPARE_WITH_TIMEOUT(firedAt.size(), size_t(2), 5000);
    QVERIFY(zeroFired);
    QVERIFY2(firedAt[1] - firedAt[0] >= 200, qPrintable(QString::number(firedAt[1] - firedAt[0])));
}

void TestEpollDispatcher::repeatingAndZeroTimers()
{
    int ticks = 0;
    QTimer repeating;
    repeating.setInterval(10ms);
    connect(&repeating, &QTimer::timeout, this, [&] { ++ticks; });
    repeating.start();
    int spins = 0;
    QTimer zero; // fires on every pass of the loop, without starving the others
    zero.setInterval(0ms);
    connect(&zero, &QTimer::timeout, this, [&] { ++spins; });
    zero.start();
    QTRY_VERIFY_WITH_TIMEOUT(ticks >= 5, 5000);
    QVERIFY(spins > ticks);
    repeating.stop();
    zero.stop();
    const int after = ticks;
    QTest::qWait(50);
    QCOMPARE(ticks, after);
}

void TestEpollDispatcher::timerKilledInItsOwnHandler()
{
    int fired = 0;
    auto *timer = new QTimer(this);
    timer->setInterval(1ms);
    connect(timer, &QTimer::timeout, this, [&, timer] {
        ++fired;
        delete timer; // the dispatcher must not touch it afterwards
    });
    timer->start();
    QTRY_COMPARE_WITH_TIMEOUT(fired, 1, 2000);
    QTest::qWait(20);
    QCOMPARE(fired, 1);
}

void TestEpollDispatcher::nestedLoopDoesNotReenterATimer()
{
    int entered = 0;
    int maxDepth = 0;
    int depth = 0;
    int otherTicks = 0;
    QTimer outer;
    outer.setInterval(5ms);
    QTimer other;
    other.setInterval(5ms);
    connect(&other, &QTimer::timeout, this, [&] { ++otherTicks; });
    connect(&outer, &QTimer::timeout, this, [&] {
        ++entered;
        maxDepth = std::max(maxDepth, ++depth);
        QEventLoop loop; // a slot that waits, as a modal dialog would
        QTimer::singleShot(50ms, &loop, &QEventLoop::quit);
        loop.exec();
        --depth;
    });
    PassCounter counter;
    outer.start();
    other.start();
    QTRY_VERIFY_WITH_TIMEOUT(entered >= 2, 5000);
    outer.stop();
    other.stop();
    QCOMPARE(maxDepth, 1); // never re-entered
    // Nor does the nested loop spin while the outer timer, due again, waits for its handler to return.
    QVERIFY2(counter.passes() < 2000, qPrintable(QString::number(counter.passes())));
    QVERIFY(otherTicks > 3); // while other timers kept firing inside the nested loop
}

void TestEpollDispatcher::remainingTime_data()
{
    QTest::addColumn<Qt::TimerType>("type");
    QTest::addColumn<int>("intervalMs");
    QTest::addColumn<int>("above");
    QTest::addColumn<int>("atMost");
    QTest::newRow("precise 500 ms") << Qt::PreciseTimer << 500 << 400 << 500;
    QTest::newRow("coarse 500 ms") << Qt::CoarseTimer << 500 << 400 << 525;
    // Whole seconds, on a whole second of the clock: 500 ms is 1 s, due 0.5 to 1.5 s from now.
    QTest::newRow("very coarse 500 ms") << Qt::VeryCoarseTimer << 500 << 400 << 1500;
    QTest::newRow("very coarse 2400 ms") << Qt::VeryCoarseTimer << 2400 << 1400 << 2500;
}

void TestEpollDispatcher::remainingTime()
{
    QFETCH(Qt::TimerType, type);
    QFETCH(int, intervalMs);
    QFETCH(int, above);
    QFETCH(int, atMost);
    QTimer t;
    t.setSingleShot(true);
    t.setTimerType(type);
    t.start(std::chrono::milliseconds(intervalMs));
    const int left = t.remainingTime();
    QVERIFY2(left > above && left <= atMost, qPrintable(QString::number(left)));
    t.stop();
    QCOMPARE(t.remainingTime(), -1);
}

void TestEpollDispatcher::timersOfAnObject()
{
    auto *dispatcher = QAbstractEventDispatcher::instance();
    QObject a;
    QObject b;
    const int a1 = a.startTimer(1h);
    const int a2 = a.startTimer(2h);
    const int b1 = b.startTimer(1h);
    QCOMPARE(dispatcher->timersForObject(&a).size(), 2);
    QCOMPARE(dispatcher->timersForObject(&b).size(), 1);
    a.killTimer(a1);
    const auto left = dispatcher->timersForObject(&a);
    QCOMPARE(left.size(), 1);
    QCOMPARE(int(left.first().timerId), a2);
    QCOMPARE(left.first().interval, std::chrono::nanoseconds(2h));
    // Dropping all of an object's timers (what QObject's destructor does) leaves the others alone.
    QVERIFY(dispatcher->unregisterTimers(&a));
    QVERIFY(!dispatcher->unregisterTimers(&a));
    QVERIFY(dispatcher->timersForObject(&a).isEmpty());
    QCOMPARE(int(dispatcher->timersForObject(&b).first().timerId), b1);
    // And a timer of a destroyed object never fires.
    bool fired = false;
    {
        QObject gone;
        QTimer::singleShot(10ms, &gone, [&] { fired = true; });
    }
    QTest::qWait(50);
    QVERIFY(!fired);
}

void TestEpollDispatcher::notifierTypes_data()
{
    QTest::addColumn<QSocketNotifier::Type>("type");
    QTest::addColumn<QByteArray>("sent"); // "data", "urgent" (out-of-band) or nothing
    QTest::addColumn<bool>("activated");
    QTest::newRow("read, data waiting") << QSocketNotifier::Read << "data"_ba << true;
    QTest::newRow("read, nothing waiting") << QSocketNotifier::Read << QByteArray() << false;
    QTest::newRow("write, room to write") << QSocketNotifier::Write << QByteArray() << true;
    QTest::newRow("exception, urgent data") << QSocketNotifier::Exception << "urgent"_ba << true;
    QTest::newRow("exception, ordinary data") << QSocketNotifier::Exception << "data"_ba << false;
}

void TestEpollDispatcher::notifierTypes()
{
    QFETCH(QSocketNotifier::Type, type);
    QFETCH(QByteArray, sent);
    QFETCH(bool, activated);
    Descriptors fds;
    const auto [ours, peer] = fds.tcpPair();
    QVERIFY(ours >= 0 && peer >= 0);
    if (!sent.isEmpty())
        QCOMPARE(::send(peer, "x", 1, sent == "urgent" ? MSG_OOB : 0), 1);
    QSocketNotifier notifier(ours, type);
    int fired = 0;
    connect(&notifier, &QSocketNotifier::activated, this, [&] {
        ++fired;
        notifier.setEnabled(false); // nothing reads, so it would fire on every pass
    });
    runLoop(200ms);
    QCOMPARE(fired, activated ? 1 : 0);
}

void TestEpollDispatcher::hangUpDoesNotSpin_data()
{
    QTest::addColumn<QSocketNotifier::Type>("type");
    QTest::addColumn<bool>("onWriteEnd"); // the notifier watches the pipe's write end, whose reader is gone
    // As poll() says: a hang-up or an error activates every notifier of the descriptor, whatever its type.
    QTest::newRow("read, writer gone") << QSocketNotifier::Read << false;
    QTest::newRow("exception, writer gone") << QSocketNotifier::Exception << false;
    QTest::newRow("write, reader gone") << QSocketNotifier::Write << true;
    QTest::newRow("exception, reader gone") << QSocketNotifier::Exception << true;
}

void TestEpollDispatcher::hangUpDoesNotSpin()
{
    QFETCH(QSocketNotifier::Type, type);
    QFETCH(bool, onWriteEnd);
    Descriptors fds;
    const auto [readEnd, writeEnd] = fds.pipe();
    QVERIFY(readEnd >= 0);
    QSocketNotifier notifier(onWriteEnd ? writeEnd : readEnd, type);
    int fired = 0;
    connect(&notifier, &QSocketNotifier::activated, this, [&] {
        ++fired;
        notifier.setEnabled(false); // it has seen the hang-up; a real reader would close here
    });
    if (onWriteEnd) {
        while (::write(writeEnd, "xxxxxxxx", 8) > 0) {
        } // full: not writable until the reader goes
    }
    QVERIFY(runIdle(100ms).quiet()); // nothing yet
    QCOMPARE(fired, 0);
    fds.close(onWriteEnd ? readEnd : writeEnd);
    QTRY_COMPARE_WITH_TIMEOUT(fired, 1, 2000);
    const Idle idle = runIdle();
    QVERIFY2(idle.quiet(), idle.describe());
    QCOMPARE(fired, 1);
}

void TestEpollDispatcher::notifierChangedDuringDispatch_data()
{
    QTest::addColumn<bool>("sameDescriptor"); // read and write on one socket, or reads on two
    QTest::addColumn<QString>("change");      // what the first notifier's slot does to the other one
    for (const bool same : {true, false}) {
        for (const QString &change : {u"disable"_s, u"delete"_s, u"replace"_s}) {
            const QString row = (same ? u"one socket, "_s : u"two sockets, "_s) + change;
            QTest::newRow(qPrintable(row)) << same << change;
        }
    }
}

void TestEpollDispatcher::notifierChangedDuringDispatch()
{
    QFETCH(bool, sameDescriptor);
    QFETCH(QString, change);
    Descriptors fds;
    const auto [a, aPeer] = fds.socketPair();
    const auto [b, bPeer] = fds.socketPair();
    QVERIFY(a >= 0 && b >= 0);
    QCOMPARE(::write(aPeer, "x", 1), 1);
    QCOMPARE(::write(bPeer, "x", 1), 1);
    // Both are ready before the loop looks, so both are reported in its first pass.
    QObject owner;
    QPointer<QSocketNotifier> notifiers[2] = {new QSocketNotifier(a, QSocketNotifier::Read, &owner),
                                              sameDescriptor ? new QSocketNotifier(a, QSocketNotifier::Write, &owner)
                                                             : new QSocketNotifier(b, QSocketNotifier::Read, &owner)};
    PassCounter counter;
    int fired = 0;
    int changedInPass = -1;
    int replacementFiredInPass = -1;
    for (int i : {0, 1}) {
        connect(notifiers[i], &QSocketNotifier::activated, &owner, [&, i] {
            ++fired;
            notifiers[i]->setEnabled(false);
            QSocketNotifier *other = notifiers[1 - i];
            if (!other || !other->isEnabled())
                return;
            changedInPass = counter.passes();
            if (change == "disable"_L1) {
                other->setEnabled(false);
                return;
            }
            const qintptr fd = other->socket();
            const QSocketNotifier::Type type = other->type();
            delete other; // not deleteLater(): the point is that it is gone before the dispatcher gets to it
            if (change == "replace"_L1) {
                auto *fresh = new QSocketNotifier(fd, type, &owner);
                connect(fresh, &QSocketNotifier::activated, &owner, [&, fresh] {
                    replacementFiredInPass = counter.passes();
                    fresh->setEnabled(false);
                });
            }
        });
    }
    runLoop(200ms);
    QCOMPARE(fired, 1);
    if (change == "replace"_L1) {
        // The new notifier is ready too, but it was not there when this pass looked: it fires on the next one.
        QVERIFY(replacementFiredInPass >= 0);
        QVERIFY2(replacementFiredInPass > changedInPass,
                 qPrintable(u"changed in pass %1, fired in pass %2"_s.arg(changedInPass).arg(replacementFiredInPass)));
    }
}

void TestEpollDispatcher::filesAreAlwaysReady_data()
{
    QTest::addColumn<QString>("path"); // empty: a regular file holding `contents`
    QTest::addColumn<QSocketNotifier::Type>("type");
    QTest::addColumn<bool>("activated");
    // epoll refuses regular files and /dev/null; poll() calls them always readable and writable (and so
    // `chatroom-server < commands.txt` must read its commands), but never exceptional.
    QTest::newRow("regular file, read") << QString() << QSocketNotifier::Read << true;
    QTest::newRow("regular file, write") << QString() << QSocketNotifier::Write << true;
    QTest::newRow("regular file, exception") << QString() << QSocketNotifier::Exception << false;
    QTest::newRow("/dev/null, read") << u"/dev/null"_s << QSocketNotifier::Read << true;
    QTest::newRow("/dev/null, write") << u"/dev/null"_s << QSocketNotifier::Write << true;
}

void TestEpollDispatcher::filesAreAlwaysReady()
{
    QFETCH(QString, path);
    QFETCH(QSocketNotifier::Type, type);
    QFETCH(bool, activated);
    const QByteArray contents = QByteArray(100'000, 'c') + "stats\nshutdown\n";
    QTemporaryFile file;
    QVERIFY(file.open());
    QCOMPARE(file.write(contents), contents.size());
    QVERIFY(file.flush());
    Descriptors fds;
    const int fd = fds.keep(::open(QFile::encodeName(path.isEmpty() ? file.fileName() : path).constData(),
                                   (type == QSocketNotifier::Write ? O_WRONLY : O_RDONLY) | O_CLOEXEC));
    QVERIFY(fd >= 0);
    QSocketNotifier notifier(fd, type);
    int fired = 0;
    bool atEnd = false;
    QByteArray read;
    connect(&notifier, &QSocketNotifier::activated, this, [&] {
        ++fired;
        if (type == QSocketNotifier::Read) {
            char buf[4096]; // a small buffer, so that reading takes many activations
            const ssize_t n = ::read(fd, buf, sizeof buf);
            if (n > 0) {
                read.append(buf, n);
                return;
            }
        }
        atEnd = true;
        notifier.setEnabled(false);
    });
    // Nothing else runs: the loop must not sleep while the notifier is ready.
    QTRY_VERIFY_WITH_TIMEOUT(atEnd || !activated, 5000);
    if (!activated)
        runLoop(200ms);
    QCOMPARE(fired > 0, activated);
    if (type == QSocketNotifier::Read)
        QCOMPARE(read, path.isEmpty() ? contents : QByteArray());
    // And once it is disabled (or as here, never ready), the loop sleeps again.
    const Idle idle = runIdle();
    QVERIFY2(idle.quiet(), idle.describe());
}

void TestEpollDispatcher::badDescriptorIsReported()
{
    Descriptors fds;
    const auto [readEnd, writeEnd] = fds.pipe();
    QVERIFY(readEnd >= 0);
    fds.close(readEnd);
    fds.close(writeEnd); // readEnd is now a number no descriptor has
    // Reported (as Qt's dispatcher does), and the notifier is disabled rather than left watching nothing.
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"^QSocketNotifier: .*socket %1 with type Read.*disabling"_s.arg(readEnd)));
    QSocketNotifier notifier(readEnd, QSocketNotifier::Read);
    int fired = 0;
    connect(&notifier, &QSocketNotifier::activated, this, [&] { ++fired; });
    QTRY_VERIFY_WITH_TIMEOUT(!notifier.isEnabled(), 2000);
    const Idle idle = runIdle();
    QVERIFY2(idle.quiet(), idle.describe());
    QCOMPARE(fired, 0);
}

void TestEpollDispatcher::excludedNotifiersWait()
{
    // A loop that excludes socket notifiers neither activates a ready one nor spins because it is ready.
    Descriptors fds;
    const auto [ours, peer] = fds.socketPair();
    QVERIFY(ours >= 0);
    QCOMPARE(::write(peer, "x", 1), 1);
    QSocketNotifier notifier(ours, QSocketNotifier::Read);
    int fired = 0;
    connect(&notifier, &QSocketNotifier::activated, this, [&] {
        ++fired;
        notifier.setEnabled(false);
    });
    QEventLoop loop;
    QTimer::singleShot(300ms, &loop, &QEventLoop::quit);
    PassCounter counter;
    const qint64 cpu = threadCpuMs();
    loop.exec(QEventLoop::ExcludeSocketNotifiers);
    const Idle idle{counter.passes(), threadCpuMs() - cpu};
    QVERIFY2(idle.quiet(), idle.describe());
    QCOMPARE(fired, 0);
    QTRY_COMPARE_WITH_TIMEOUT(fired, 1, 2000); // and an ordinary loop activates it
}

void TestEpollDispatcher::manySocketsEcho()
{
    QTcpServer server;
    // Room for every connection at once, so no SYN is dropped and retried a second later.
    server.setListenBacklogSize(1024);
    server.setMaxPendingConnections(1024);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    std::vector<std::unique_ptr<QTcpSocket>> accepted;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *s = server.nextPendingConnection()) {
            connect(s, &QTcpSocket::readyRead, s, [s] { s->write(s->readAll()); });
            accepted.emplace_back(s);
        }
    });
    constexpr int Clients = 300;
    const QByteArray payload(20'000, 'e'); // larger than one read, so writes and reads are split
    std::vector<std::unique_ptr<QTcpSocket>> clients;
    std::vector<QByteArray> echoed(Clients);
    for (int i = 0; i < Clients; ++i) {
        auto c = std::make_unique<QTcpSocket>();
        QTcpSocket *raw = c.get();
        connect(raw, &QTcpSocket::connected, raw, [raw, &payload] { raw->write(payload); });
        connect(raw, &QTcpSocket::readyRead, raw, [raw, &echoed, i] { echoed[i] += raw->readAll(); });
        raw->connectToHost(QHostAddress::LocalHost, server.serverPort());
        clients.push_back(std::move(c));
    }
    auto done = [&] {
        return std::all_of(echoed.begin(), echoed.end(),
                           [&](const QByteArray &b) { return b.size() == payload.size(); });
    };
    QTRY_VERIFY_WITH_TIMEOUT(done(), 20000);
    for (const QByteArray &b : echoed)
        QCOMPARE(b, payload);
    // Closing is seen too.
    QPointer<QTcpSocket> first = accepted.front().get();
    bool disconnected = false;
    connect(first, &QTcpSocket::disconnected, this, [&] { disconnected = true; });
    clients.front()->disconnectFromHost();
    QTRY_VERIFY_WITH_TIMEOUT(disconnected, 5000);
}

void TestEpollDispatcher::postedEventsAndDeleteLater()
{
    bool invoked = false;
    QMetaObject::invokeMethod(this, [&] { invoked = true; }, Qt::QueuedConnection);
    QPointer<QObject> doomed = new QObject;
    doomed->deleteLater();
    QTRY_VERIFY_WITH_TIMEOUT(invoked && doomed.isNull(), 2000);
}

void TestEpollDispatcher::anEventPostedInAPassWaitsForTheNext()
{
    // A connection with a backlog handles a few frames, then posts its next turn: that turn must come in
    // the next pass of the loop, after everyone else's sockets, not at the end of this one.
    int runs = 0;
    bool stop = false;
    QObject context; // a turn still queued when this test returns (failed) goes with it
    std::function<void()> turn = [&] {
        ++runs;
        if (!stop)
            QMetaObject::invokeMethod(&context, turn, Qt::QueuedConnection);
    };
    QMetaObject::invokeMethod(&context, turn, Qt::QueuedConnection);
    QCoreApplication::processEvents();
    QCOMPARE(runs, 1);
    QCoreApplication::processEvents();
    QCOMPARE(runs, 2);
    stop = true; // the turn still queued ends the chain
    QTRY_COMPARE(runs, 3);
}

void TestEpollDispatcher::wakeUpFromAnotherThread()
{
    // An event posted from another thread wakes a loop that would otherwise sleep 5 s (its only timer).
    QEventLoop loop;
    bool received = false;
    std::unique_ptr<QThread> thread(QThread::create([&loop, &received] {
        QThread::msleep(100);
        QMetaObject::invokeMethod(
            &loop,
            [&loop, &received] {
                received = true;
                loop.quit();
            },
            Qt::QueuedConnection);
    }));
    QElapsedTimer clock;
    clock.start();
    QTimer::singleShot(5s, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    QVERIFY(received);
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
}

void TestEpollDispatcher::interruptFromAnotherThread()
{
    // interrupt() ends a wait that nothing else would end (the only timer is 5 s away).
    auto *dispatcher = QAbstractEventDispatcher::instance();
    std::atomic_bool interrupted{false};
    std::unique_ptr<QThread> thread(QThread::create([dispatcher, &interrupted] {
        QThread::msleep(100);
        interrupted = true;
        dispatcher->interrupt();
    }));
    QElapsedTimer clock;
    clock.start();
    bool gaveUp = false;
    QTimer::singleShot(5s, this, [&gaveUp] { gaveUp = true; });
    thread->start();
    while (!interrupted && !gaveUp)
        dispatcher->processEvents(QEventLoop::WaitForMoreEvents);
    thread->wait();
    QVERIFY(!gaveUp);
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
}

int main(int argc, char *argv[])
{
    if (!usingQtDispatcher())
        QCoreApplication::setEventDispatcher(new EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    TestEpollDispatcher test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_server_epolldispatcher.moc"
