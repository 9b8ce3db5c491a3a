// The server's epoll event dispatcher does what Qt's does: timers (in order, single-shot, zero-interval,
// killed in their own handler, not re-entered from a nested loop), sockets (many at once, with real data),
// posted events and deleteLater, and wake-ups from other threads.
#include "epolleventdispatcher.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <memory>
#include <vector>

using namespace std::chrono_literals;

class TestEpollDispatcher : public QObject
{
    Q_OBJECT
private slots:
    void isInstalled();
    void timersFireInOrderAndOnTime();
    void repeatingAndZeroTimers();
    void timerKilledInItsOwnHandler();
    void nestedLoopDoesNotReenterATimer();
    void remainingTime();
    void timersOfAnObject();
    void manySocketsEcho();
    void postedEventsAndDeleteLater();
    void wakeUpFromAnotherThread();
};

void TestEpollDispatcher::isInstalled()
{
    QVERIFY(qobject_cast<EpollEventDispatcher *>(QAbstractEventDispatcher::instance()));
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
    outer.start();
    other.start();
    QTRY_VERIFY_WITH_TIMEOUT(entered >= 2, 5000);
    outer.stop();
    other.stop();
    QCOMPARE(maxDepth, 1);   // never re-entered
    QVERIFY(otherTicks > 3); // while other timers kept firing inside the nested loop
}

void TestEpollDispatcher::remainingTime()
{
    QTimer t;
    t.setSingleShot(true);
    t.start(500ms);
    const int left = t.remainingTime();
    QVERIFY2(left > 400 && left <= 500, qPrintable(QString::number(left)));
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

void TestEpollDispatcher::wakeUpFromAnotherThread()
{
    // No timer is running, so only the wake-up can end the wait.
    bool received = false;
    QElapsedTimer clock;
    std::unique_ptr<QThread> thread(QThread::create([this, &received] {
        QThread::msleep(100);
        QMetaObject::invokeMethod(this, [&received] { received = true; }, Qt::QueuedConnection);
    }));
    clock.start();
    thread->start();
    bool gaveUp = false;
    QTimer::singleShot(5s, this, [&gaveUp] { gaveUp = true; }); // the only timer: without a wake-up, 5 s
    while (!received && !gaveUp)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    thread->wait();
    QVERIFY(received);
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
}

int main(int argc, char *argv[])
{
    QCoreApplication::setEventDispatcher(new EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    TestEpollDispatcher test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_server_epolldispatcher.moc"
