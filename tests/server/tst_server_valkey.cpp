// The bus connection (ValkeyConnection) against a real Valkey started by the test on loopback: commands
// and their replies, publish and subscribe between two connections, a server killed and started again
// (pending commands answered with an error, the connection back by itself with its subscriptions), and
// a connection to a closed port that keeps trying without blocking the event loop.
#include "serviceprocess.h"
#include "valkeyconnection.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <optional>

using namespace Qt::Literals::StringLiterals;

class TestValkey : public QObject
{
    Q_OBJECT
private slots:
    void commandsAreAnswered();
    void publishedMessagesArrive();
    void aBusyLoopReadsAllThatCameAtOnce();
    void aRestartedBusIsFoundAgain();
    void aClosedPortIsTriedAgainQuietly();
};

namespace {
ValkeyReply ask(ValkeyConnection &c, const QList<QByteArray> &arguments)
{
    std::optional<ValkeyReply> got;
    c.command(arguments, [&](const ValkeyReply &reply) { got = reply; });
    (void)QTest::qWaitFor([&] { return got.has_value(); }, 5000); // (no answer: the error below)
    return got.value_or(ValkeyReply{ValkeyReply::Type::Error, 0, "no answer in 5 s"_ba, {}});
}
} // namespace

void TestValkey::commandsAreAnswered()
{
    ValkeyProcess valkey;
    QVERIFY2(valkey.start(), valkey.errors().constData());
    ValkeyConnection c;
    QSignalSpy up(&c, &ValkeyConnection::connected);
    c.open(u"127.0.0.1"_s, valkey.port());
    QVERIFY(up.wait(5000));
    QCOMPARE(ask(c, {"SET"_ba, "greeting"_ba, QByteArray("hello\0world", 11)}).string, "OK"_ba);
    const ValkeyReply value = ask(c, {"GET"_ba, "greeting"_ba});
    QCOMPARE(value.type, ValkeyReply::Type::String);
    QCOMPARE(value.string, QByteArray("hello\0world", 11)); // binary safe
    QCOMPARE(ask(c, {"INCRBY"_ba, "seq"_ba, "41"_ba}).integer, 41);
    QCOMPARE(ask(c, {"GET"_ba, "nothing-here"_ba}).type, ValkeyReply::Type::Nil);
    const ValkeyReply wrong = ask(c, {"NOSUCHCOMMAND"_ba});
    QVERIFY(wrong.isError());
    QVERIFY(wrong.string.contains("unknown command"));
    QCOMPARE(ask(c, {"RPUSH"_ba, "list"_ba, "a"_ba, "b"_ba}).integer, 2);
    const ValkeyReply list = ask(c, {"LRANGE"_ba, "list"_ba, "0"_ba, "-1"_ba});
    QCOMPARE(list.elements.size(), 2);
    QCOMPARE(list.elements.at(1).string, "b"_ba);
    // Answered in the order asked, however many are on their way at once.
    QList<qint64> order;
    for (int i = 0; i < 1000; ++i)
        c.command({"INCR"_ba, "counter"_ba}, [&](const ValkeyReply &r) { order << r.integer; });
    QTRY_COMPARE(order.size(), 1000);
    for (int i = 0; i < 1000; ++i)
        QCOMPARE(order.at(i), i + 1);
    // Subscribing through command() would turn the connection into a subscriber under its callers.
    QVERIFY(ask(c, {"subscribe"_ba, "x"_ba}).string.contains("subscribe()"));
    QCOMPARE(ask(c, {"PING"_ba}).string, "PONG"_ba);
    // Closed with commands on their way: each is answered with an error, from the event loop.
    std::optional<ValkeyReply> blocked, behind;
    c.command({"BLPOP"_ba, "never"_ba, "0"_ba}, [&](const ValkeyReply &r) { blocked = r; });
    c.command({"PING"_ba}, [&](const ValkeyReply &r) { behind = r; });
    c.close();
    QVERIFY(!blocked && !behind);
    QTRY_VERIFY(blocked && behind);
    QVERIFY(blocked->isError() && behind->isError());
    // Deleted from within its own callback (hiredis is inside its read then).
    auto *gone = new ValkeyConnection;
    gone->open(u"127.0.0.1"_s, valkey.port());
    bool answered = false;
    QTRY_VERIFY(gone->isConnected());
    gone->command({"PING"_ba}, [&](const ValkeyReply &) {
        answered = true;
        delete gone;
    });
    QTRY_VERIFY(answered);
}

void TestValkey::publishedMessagesArrive()
{
    ValkeyProcess valkey;
    QVERIFY2(valkey.start(), valkey.errors().constData());
    ValkeyConnection listener, sender;
    QSignalSpy listening(&listener, &ValkeyConnection::connected);
    QSignalSpy sending(&sender, &ValkeyConnection::connected);
    listener.subscribe("room:lobby"_ba); // before it is connected: it subscribes on connecting
    listener.open(u"127.0.0.1"_s, valkey.port());
    sender.open(u"127.0.0.1"_s, valkey.port());
    QSignalSpy confirmed(&listener, &ValkeyConnection::subscribed);
    QVERIFY(listening.wait(5000));
    QTRY_VERIFY(!sending.isEmpty());
    QTRY_VERIFY(!confirmed.isEmpty());
    QCOMPARE(confirmed.at(0).at(0).toByteArray(), "room:lobby"_ba);
    QSignalSpy heard(&listener, &ValkeyConnection::messageReceived);
    // Published until the subscription is in place on the server (it is asynchronous).
    QTRY_VERIFY_WITH_TIMEOUT(ask(sender, {"PUBLISH"_ba, "room:lobby"_ba, "warm-up"_ba}).integer == 1, 5000);
    heard.clear();
    for (int i = 0; i < 100; ++i)
        sender.command({"PUBLISH"_ba, "room:lobby"_ba, QByteArray::number(i)});
    sender.command({"PUBLISH"_ba, "room:other"_ba, "not for us"_ba});
    // (Warm-ups still on their way when the spy was cleared are left out.)
    const auto payloads = [&] {
        QList<QByteArray> out;
        for (const QList<QVariant> &args : std::as_const(heard)) {
            if (args.at(0).toByteArray() != "room:lobby")
                out << "wrong channel: "_ba + args.at(0).toByteArray();
            else if (args.at(1).toByteArray() != "warm-up")
                out << args.at(1).toByteArray();
        }
        return out;
    };
    QTRY_COMPARE(payloads().size(), 100);
    for (int i = 0; i < 100; ++i)
        QCOMPARE(payloads().at(i), QByteArray::number(i));
    listener.unsubscribe("room:lobby"_ba);
    QTRY_VERIFY_WITH_TIMEOUT(ask(sender, {"PUBLISH"_ba, "room:lobby"_ba, "gone"_ba}).integer == 0, 5000);
}

void TestValkey::aBusyLoopReadsAllThatCameAtOnce()
{
    ValkeyProcess valkey;
    QVERIFY2(valkey.start(), valkey.errors().constData());
    ValkeyConnection listener;
    QSignalSpy confirmed(&listener, &ValkeyConnection::subscribed);
    listener.subscribe("room:busy"_ba);
    listener.open(u"127.0.0.1"_s, valkey.port());
    QVERIFY(confirmed.wait(5000));
    // 400 messages of 1 KiB published by another client while the listener's event loop does not run (a node
    // busy with its own clients): the server has pushed them all to its socket when the loop goes on.
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, valkey.port());
    QVERIFY(raw.waitForConnected(5000));
    const QByteArray payload(1024, 'x');
    QByteArray commands;
    for (int i = 0; i < 400; ++i)
        commands += "*3\r\n$7\r\nPUBLISH\r\n$9\r\nroom:busy\r\n$1024\r\n"_ba + payload + "\r\n"_ba;
    raw.write(commands);
    QByteArray replies;
    while (replies.count(":1\r\n") < 400 && raw.waitForReadyRead(5000)) // each: delivered to the listener
        replies += raw.readAll();
    QCOMPARE(replies.count(":1\r\n"), 400);
    QSignalSpy heard(&listener, &ValkeyConnection::messageReceived);
    QCoreApplication::processEvents(); // one pass
    QVERIFY2(heard.size() == 400, qPrintable(QString::number(heard.size())));
}

void TestValkey::aRestartedBusIsFoundAgain()
{
    ValkeyProcess valkey;
    QVERIFY2(valkey.start(), valkey.errors().constData());
    ValkeyConnection listener, sender;
    listener.open(u"127.0.0.1"_s, valkey.port(), {}, std::chrono::milliseconds(50), std::chrono::milliseconds(200));
    sender.open(u"127.0.0.1"_s, valkey.port(), {}, std::chrono::milliseconds(50), std::chrono::milliseconds(200));
    listener.subscribe("node:1"_ba);
    QTRY_VERIFY(listener.isConnected() && sender.isConnected());
    QSignalSpy down(&listener, &ValkeyConnection::disconnected);
    QSignalSpy up(&listener, &ValkeyConnection::connected);
    // A blocking command is on its way when the server dies: it is answered with an error, not forgotten.
    std::optional<ValkeyReply> blocked;
    sender.command({"BLPOP"_ba, "never"_ba, "0"_ba}, [&](const ValkeyReply &r) { blocked = r; });
    QTest::qWait(100);
    valkey.kill();
    QVERIFY(down.wait(5000));
    QTRY_VERIFY(blocked.has_value());
    QVERIFY(blocked->isError());
    QVERIFY(!listener.isConnected());
    // Asked while it is away: an error at once (from the event loop), no queue growing meanwhile.
    QVERIFY(ask(sender, {"PING"_ba}).isError());
    QVERIFY(valkey.start()); // the same port (its wait runs the event loop: the connection may be back already)
    QTRY_VERIFY_WITH_TIMEOUT(!up.isEmpty(), 5000);
    QTRY_VERIFY(sender.isConnected());
    QCOMPARE(ask(sender, {"PING"_ba}).string, "PONG"_ba);
    // Subscribed again by itself.
    QSignalSpy heard(&listener, &ValkeyConnection::messageReceived);
    QTRY_VERIFY_WITH_TIMEOUT(ask(sender, {"PUBLISH"_ba, "node:1"_ba, "back"_ba}).integer == 1, 5000);
    QTRY_VERIFY(!heard.isEmpty());
    QCOMPARE(heard.constLast().at(1).toByteArray(), "back"_ba);
}

void TestValkey::aClosedPortIsTriedAgainQuietly()
{
    quint16 closed = 0;
    {
        QTcpServer probe; // a port just free on loopback: nothing listens there
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closed = probe.serverPort();
    }
    ValkeyConnection c;
    QSignalSpy up(&c, &ValkeyConnection::connected);
    c.open(u"127.0.0.1"_s, closed, {}, std::chrono::milliseconds(20), std::chrono::milliseconds(50));
    // The event loop keeps running (timers fire on time) while it tries, and nothing claims a connection.
    QElapsedTimer clock;
    clock.start();
    int ticks = 0;
    QTimer tick;
    connect(&tick, &QTimer::timeout, this, [&] { ++ticks; });
    tick.start(10);
    QTest::qWait(500);
    QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks))); // 50 on an idle machine
    QVERIFY(up.isEmpty());
    QVERIFY(!c.isConnected());
    QVERIFY(ask(c, {"PING"_ba}).isError());
}

QTEST_GUILESS_MAIN(TestValkey)
#include "tst_server_valkey.moc"
