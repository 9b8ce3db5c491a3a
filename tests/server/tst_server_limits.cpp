// Every abuse limit is triggered, answered with its error code, and counted in stats.
#include "serverprocess.h"
#include "testclient.h"

#include <QtCrypto>

using namespace Qt::Literals::StringLiterals;

class TestServerLimits : public QObject
{
    Q_OBJECT
private slots:
    void messageRate();
    void connectionLimits_data();
    void connectionLimits();
    void handshakesPerAddress();
    void loginDeadline();
    void roomsPerUser();
    void failedLoginsSlowDown();
    void readerThatNeverReadsIsCutOff();

private:
    QCA::Initializer m_qca;
};

void TestServerLimits::messageRate()
{
    ServerProcess server;
    QVERIFY(server.start({u"--message-rate"_s, u"2"_s, u"--message-burst"_s, u"3"_s}));
    TestClient c;
    QVERIFY(c.connectTo(server.tcpPort()) && c.registerUser(u"chatty"_s));
    for (int i = 1; i <= 5; ++i)
        c.send(Msg::Say{u"lobby"_s, u"m%1"_s.arg(i), i, false});
    for (int i = 1; i <= 3; ++i)
        QVERIFY(c.waitFor<Msg::Ack>(5000, [i](const Msg::Ack &a) { return a.ref == i; }));
    qint64 retry = 0;
    for (int i = 4; i <= 5; ++i) {
        const auto e = c.waitFor<Msg::ErrorReply>(5000, [i](const Msg::ErrorReply &e) { return e.ref == i; });
        QVERIFY(e);
        QCOMPARE(e->code, u"rate_limited"_s);
        QVERIFY(e->retryAfterMs.value_or(0) > 0);
        retry = std::max(retry, *e->retryAfterMs);
    }
    QTest::qWait(int(retry) + 50);
    c.send(Msg::Say{u"lobby"_s, u"after waiting"_s, 6, false});
    QVERIFY(c.waitFor<Msg::Ack>(5000, [](const Msg::Ack &a) { return a.ref == 6; }));
    QVERIFY(server.statsShow("2 rate-limited"));
}

void TestServerLimits::connectionLimits_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("per-address") << QStringList{u"--max-connections-per-address"_s, u"2"_s};
    QTest::newRow("in-all") << QStringList{u"--max-connections"_s, u"2"_s, u"--max-connections-per-address"_s, u"0"_s};
}

void TestServerLimits::connectionLimits()
{
    QFETCH(QStringList, options);
    ServerProcess server;
    QVERIFY(server.start(options));
    auto a = std::make_unique<TestClient>();
    TestClient b, c;
    QVERIFY(a->connectTo(server.tcpPort()) && a->hello());
    QVERIFY(b.connectTo(server.tcpPort()) && b.hello());
    QVERIFY(c.connectTo(server.tcpPort()));
    const auto e = c.waitFor<Msg::ErrorReply>();
    QVERIFY(e);
    QCOMPARE(e->code, u"too_many_connections"_s);
    QVERIFY(c.waitForDisconnect());
    a.reset(); // one leaves: room for another
    QTest::qWait(100);
    TestClient d;
    QVERIFY(d.connectTo(server.tcpPort()) && d.hello());
    QVERIFY(server.statsShow("1 connections refused"));
}

void TestServerLimits::handshakesPerAddress()
{
    ServerProcess server;
    QVERIFY(server.start({u"--max-connections-per-address"_s, u"2"_s}));
    // Two connections that never start their handshake hold this address's two slots for 10 s...
    std::vector<std::unique_ptr<QTcpSocket>> silent;
    for (int i = 0; i < 2; ++i) {
        silent.push_back(std::make_unique<QTcpSocket>());
        silent.back()->connectToHost(QHostAddress::LocalHost, server.tcpPort());
        QVERIFY(silent.back()->waitForConnected(5000));
    }
    // ...so a third (accepted after them: the kernel's queue keeps the order) is closed at once, before any
    // handshake work, instead of waiting its turn.
    QTcpSocket third;
    third.connectToHost(QHostAddress::LocalHost, server.tcpPort());
    QVERIFY(third.waitForConnected(5000));
    QVERIFY(third.state() == QAbstractSocket::UnconnectedState || third.waitForDisconnected(5000));
    QVERIFY(server.statsShow("1 connections refused"));
    // Once they go, the slots are free again.
    silent.clear();
    QTest::qWait(200);
    TestClient c;
    QVERIFY(c.connectTo(server.tcpPort()) && c.hello());
}

void TestServerLimits::loginDeadline()
{
    ServerProcess server;
    QVERIFY(server.start({u"--auth-timeout-s"_s, u"1"_s}));
    TestClient slow;
    QVERIFY(slow.connectTo(server.tcpPort()) && slow.hello());
    const auto e = slow.waitFor<Msg::ErrorReply>(5000);
    QVERIFY(e);
    QCOMPARE(e->code, u"not_authenticated"_s);
    QVERIFY(e->message.contains(u"did not log in"_s));
    QVERIFY(slow.waitForDisconnect());
    TestClient quick; // logged in in time: unaffected
    QVERIFY(quick.connectTo(server.tcpPort()) && quick.registerUser(u"quick"_s));
    QTest::qWait(1500);
    QVERIFY(quick.isConnected());
    QVERIFY(server.statsShow("1 login timeouts"));
}

void TestServerLimits::roomsPerUser()
{
    ServerProcess server;
    QVERIFY(server.start({u"--max-rooms-per-user"_s, u"2"_s}));
    TestClient c;
    QVERIFY(c.connectTo(server.tcpPort()) && c.registerUser(u"joiner"_s));
    c.send(Msg::Join{u"one"_s});
    QVERIFY(c.waitFor<Msg::Joined>(5000, [](const Msg::Joined &j) { return j.room == u"one"_s; }));
    c.send(Msg::Join{u"two"_s});
    const auto e = c.waitFor<Msg::ErrorReply>();
    QVERIFY(e);
    QCOMPARE(e->code, u"too_many_rooms"_s);
    c.send(Msg::Leave{u"one"_s});
    c.send(Msg::Join{u"two"_s});
    QVERIFY(c.waitFor<Msg::Joined>(5000, [](const Msg::Joined &j) { return j.room == u"two"_s; }));
    QVERIFY(server.statsShow("1 room-limit hits"));
}

void TestServerLimits::failedLoginsSlowDown()
{
    ServerProcess server;
    QVERIFY(server.start());
    {
        TestClient owner;
        QVERIFY(owner.connectTo(server.tcpPort()) && owner.registerUser(u"target"_s, u"right-password"_s));
    }
    TestClient attacker;
    QVERIFY(attacker.connectTo(server.tcpPort()) && attacker.hello());
    for (int i = 0; i < 4; ++i) {
        attacker.send(Msg::Login{u"target"_s, u"guess-%1"_s.arg(i)});
        const auto e = attacker.waitFor<Msg::ErrorReply>();
        QVERIFY(e);
        QCOMPARE(e->code, u"bad_credentials"_s);
    }
    // The fourth failure started a delay: even the right password waits now.
    attacker.send(Msg::Login{u"target"_s, u"right-password"_s});
    const auto e = attacker.waitFor<Msg::ErrorReply>();
    QVERIFY(e);
    QCOMPARE(e->code, u"rate_limited"_s);
    QVERIFY(e->retryAfterMs.value_or(0) > 0 && *e->retryAfterMs <= 1000);
    QTest::qWait(int(*e->retryAfterMs) + 50);
    attacker.send(Msg::Login{u"target"_s, u"right-password"_s});
    QVERIFY(attacker.waitFor<Msg::AuthOk>());
    QVERIFY(server.statsShow("1 logins throttled"));
}

void TestServerLimits::readerThatNeverReadsIsCutOff()
{
    ServerProcess server;
    QVERIFY(server.start({u"--max-pending-output-kib"_s, u"64"_s}));
    // A client that logs in and then never reads again.
    std::unique_ptr<QSslSocket> lazySocket(TestClient::tlsSocket());
    QSslSocket &lazy = *lazySocket;
    lazy.setReadBufferSize(4096);
    lazy.connectToHostEncrypted(u"127.0.0.1"_s, server.tcpPort());
    QVERIFY(lazy.waitForEncrypted(5000));
    lazy.write(Msg::encode(Msg::Hello{Protocol::Version, u"lazy"_s}) +
               Msg::encode(Msg::Register{u"lazy"_s, u"password123"_s}));
    TestClient talker;
    QVERIFY(talker.connectTo(server.tcpPort()) && talker.registerUser(u"talker"_s));
    QTest::qWait(300); // lazy is logged in and in the lobby by now
    const QString big(Protocol::MaxTextLength, u'z');
    // About 12 MB for lazy, far more than the 64 KiB cap plus what the kernel buffers on loopback. Private
    // messages, so that talker itself only gets the small acknowledgements back.
    for (int i = 0; i < 3000; ++i) {
        talker.send(Msg::Whisper{u"lazy"_s, big, i, false});
        if (i % 100 == 0)
            QTest::qWait(20);
    }
    // lazy's own socket no longer reads, so it is the server's count that tells.
    QVERIFY(server.statsShow("1 slow readers cut off"));
    QVERIFY(talker.isConnected()); // the server went on serving the others
    talker.send(Msg::Ping{1});
    QVERIFY(talker.waitFor<Msg::Pong>(20000));
}

QTEST_GUILESS_MAIN(TestServerLimits)
#include "tst_server_limits.moc"
