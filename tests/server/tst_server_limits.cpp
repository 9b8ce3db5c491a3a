// Every abuse limit is triggered, answered with its error code, and counted in stats.
#include "serverprocess.h"
#include "testclient.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QSslSocket>
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
    void loginDeadlinesOneAfterAnother();
    void roomsPerUser();
    void failedLoginsSlowDown();
    void readerThatNeverReadsIsCutOff();
    void cuttingOffAReaderMidBroadcastChangesNothingForOthers();
    void messageBurstZeroMeansNoLimit();
    void newConnectionsFromOneAddressAreRateLimited();
    void aFastWriterWaitsInTcpNotInTheServer();

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
    // The server may have told c and closed before c looked at its socket: what counts is what c was told.
    c.connectTo(server.tcpPort());
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

// The deadlines share one timer: each connection is closed at its own time, not with the first one's.
void TestServerLimits::loginDeadlinesOneAfterAnother()
{
    ServerProcess server;
    QVERIFY(server.start({u"--auth-timeout-s"_s, u"3"_s}));
    TestClient member; // logged in in time: never closed
    QVERIFY(member.connectTo(server.tcpPort()) && member.registerUser(u"member"_s));
    TestClient first;
    QVERIFY(first.connectTo(server.tcpPort()) && first.hello());
    QTest::qWait(1500);
    TestClient second;
    QVERIFY(second.connectTo(server.tcpPort()) && second.hello());
    QVERIFY(first.waitFor<Msg::ErrorReply>(6000));
    QVERIFY(first.waitForDisconnect());
    QVERIFY(second.isConnected() && !second.has<Msg::ErrorReply>()); // its time is not up yet
    const auto e = second.waitFor<Msg::ErrorReply>(6000);
    QVERIFY(e);
    QCOMPARE(e->code, u"not_authenticated"_s);
    QVERIFY(second.waitForDisconnect());
    QTest::qWait(300);
    QVERIFY(member.isConnected());
    QVERIFY(server.statsShow("2 login timeouts"));
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

void TestServerLimits::cuttingOffAReaderMidBroadcastChangesNothingForOthers()
{
    ServerProcess server;
    // The readers read as fast as they can, but a burst can still leave a few hundred KiB waiting for them.
    QVERIFY(server.start({u"--max-pending-output-kib"_s, u"512"_s}));
    const QString room = u"busy"_s;
    // Members in the order they join: two readers, the one that never reads, two more readers. The server
    // walks the room in that order, so the cut-off happens with members still to come in the same walk.
    QList<std::shared_ptr<TestClient>> readers;
    auto addReader = [&](const QString &name) {
        auto c = std::make_shared<TestClient>();
        QVERIFY(c->connectTo(server.tcpPort()) && c->registerUser(name));
        c->send(Msg::Join{room});
        QVERIFY(c->waitFor<Msg::Joined>(5000, [&](const Msg::Joined &j) { return j.room == room; }));
        readers.append(c);
    };
    addReader(u"before1"_s);
    addReader(u"before2"_s);
    std::unique_ptr<QSslSocket> lazySocket(TestClient::tlsSocket());
    QSslSocket &lazy = *lazySocket;
    lazy.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
    lazy.setReadBufferSize(4096);
    lazy.connectToHostEncrypted(u"127.0.0.1"_s, server.tcpPort());
    QVERIFY(lazy.waitForEncrypted(5000));
    lazy.write(Msg::encode(Msg::Hello{Protocol::Version, u"lazy"_s}) +
               Msg::encode(Msg::Register{u"lazy"_s, u"password123"_s}));
    QTest::qWait(300); // logged in by now
    lazy.write(Msg::encode(Msg::Join{room}));
    QVERIFY(readers.first()->waitFor<Msg::Notice>(5000, [](const Msg::Notice &n) { return n.user == "lazy"_L1; }));
    addReader(u"after1"_s);
    addReader(u"after2"_s);
    QCOMPARE(readers.size(), 4);
    TestClient &talker = *readers.first();

    const QString big(Protocol::MaxTextLength, u'z');
    QList<qint64> acked;
    bool cutOff = false;
    int sent = 0;
    constexpr int Batch = 10;
    for (int batch = 0; batch < 800 && !cutOff; ++batch) {
        for (int i = 0; i < Batch; ++i, ++sent)
            talker.send(Msg::Say{room, big, sent, false});
        for (int ref = sent - Batch; ref < sent; ++ref) {
            const auto ack = talker.waitFor<Msg::Ack>(20000, [ref](const Msg::Ack &a) { return a.ref == ref; });
            QVERIFY(ack);
            acked << ack->id;
        }
        if (batch % 10 == 9) {
            server.writeStdin("stats\n");
            cutOff = QTest::qWaitFor([&] { return server.output().contains("1 slow readers cut off"); }, 300);
        }
    }
    QVERIFY2(cutOff, "the reader that never reads was never cut off: the test proves nothing");
    // A few more after the cut-off, to every member still there.
    for (int i = 0; i < 10; ++i, ++sent) {
        talker.send(Msg::Say{room, u"after"_s, sent, false});
        const auto ack = talker.waitFor<Msg::Ack>(20000, [&](const Msg::Ack &a) { return a.ref == sent; });
        QVERIFY(ack);
        acked << ack->id;
    }
    // Every reader got every message, once, in order.
    for (const auto &reader : std::as_const(readers)) {
        QList<qint64> got;
        const auto drain = [&] {
            for (const Msg::Message &m : std::as_const(reader->received())) {
                if (const auto *c = std::get_if<Msg::ChatMessage>(&m); c && c->room == room)
                    got << c->id;
            }
            reader->received().removeIf(
                [](const Msg::Message &m) { return std::holds_alternative<Msg::ChatMessage>(m); });
            return got.size();
        };
        QTRY_VERIFY_WITH_TIMEOUT(drain() >= acked.size(), 30000);
        QTest::qWait(100);
        drain();
        if (got != acked)
            qWarning() << "reader" << readers.indexOf(reader) << "got" << got.mid(0, 20) << "acked" << acked.mid(0, 20);
        QCOMPARE(got, acked);
    }
}

void TestServerLimits::messageBurstZeroMeansNoLimit()
{
    ServerProcess server;
    // SECURITY.md: 0 turns a limit off. With a rate but no burst, nothing is held back.
    QVERIFY(server.start({u"--message-rate"_s, u"1"_s, u"--message-burst"_s, u"0"_s}));
    TestClient c;
    QVERIFY(c.connectTo(server.tcpPort()) && c.registerUser(u"quick"_s));
    for (int i = 1; i <= 30; ++i)
        c.send(Msg::Say{u"lobby"_s, u"m%1"_s.arg(i), i, false});
    for (int i = 1; i <= 30; ++i)
        QVERIFY(c.waitFor<Msg::Ack>(5000, [i](const Msg::Ack &a) { return a.ref == i; }));
    QVERIFY(!c.has<Msg::ErrorReply>());
}

void TestServerLimits::newConnectionsFromOneAddressAreRateLimited()
{
    ServerProcess server;
    // One a second, ten at once: a client closed for flooding cannot come straight back, again and again,
    // each time with a fresh request budget.
    QVERIFY(server.start({u"--connection-rate"_s, u"1"_s}));
    std::vector<std::unique_ptr<TestClient>> clients;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 10; ++i) {
        clients.push_back(std::make_unique<TestClient>());
        QVERIFY(clients.back()->connectTo(server.tcpPort()) && clients.back()->hello());
    }
    // The allowance grows by one a second meanwhile (ten TLS handshakes can take seconds under a
    // sanitizer): that many more may come in before one is refused.
    const qint64 refilled = clock.elapsed() / 1000 + 1;
    clients.clear(); // leaving does not give the allowance back
    // Closed before its TLS handshake, the costly part, so without a word (no TLS session to say it in).
    bool refused = false;
    for (qint64 extra = 0; extra <= refilled && !refused; ++extra) {
        TestClient next;
        refused = !next.connectTo(server.tcpPort()) || !next.hello();
    }
    QVERIFY(refused);
    QVERIFY(server.statsShow("1 connections refused"));
    QTest::qWait(1100); // a second later there is room for one more
    TestClient later;
    QVERIFY(later.connectTo(server.tcpPort()) && later.hello());
}

void TestServerLimits::aFastWriterWaitsInTcpNotInTheServer()
{
    // With the request budget off, a client that writes pings faster than the server answers them is held
    // back by TCP: what the server has taken from the kernel but not handled stays small, however long the
    // client goes on. (The server used to read and decrypt everything that arrived: gigabytes in seconds.)
    ServerProcess unlimited;
    QVERIFY(unlimited.start());
    std::unique_ptr<QSslSocket> raw(TestClient::tlsSocket());
    raw->connectToHostEncrypted(u"127.0.0.1"_s, unlimited.tcpPort());
    QTRY_VERIFY(raw->isEncrypted());
    raw->write(Msg::encode(Msg::Hello{Protocol::Version, u"fast writer"_s}) +
               Msg::encode(Msg::Register{u"fastwriter"_s, u"password123"_s}));
    QByteArray replies;
    QTRY_VERIFY((replies += raw->readAll()).contains(R"("type":"auth_ok")"));

    // Pings of 1 KiB: the server's work is mostly reading them, and the backlog is drained quickly at the end.
    const QByteArray ping = "{\"type\":\"ping\",\"ts\":1,\"pad\":\"" + QByteArray(1000, 'p') + "\"}\n";
    const QByteArray block = ping.repeated(64);
    qint64 written = 0;
    qint64 answered = 0;
    QElapsedTimer elapsed;
    elapsed.start();
    while (elapsed.elapsed() < 2000 && raw->state() == QAbstractSocket::ConnectedState) {
        if (raw->bytesToWrite() + raw->encryptedBytesToWrite() < 1024 * 1024) {
            raw->write(block);
            written += block.size();
        }
        answered += raw->readAll().count(R"("type":"pong")");
        QCoreApplication::processEvents();
    }
    QCOMPARE(raw->state(), QAbstractSocket::ConnectedState);
    // What left this client and was not answered yet is in the two kernels' socket buffers (a few MB on
    // loopback) or in the server.
    const qint64 unanswered = written - raw->bytesToWrite() - raw->encryptedBytesToWrite() - answered * ping.size();
    QVERIFY2(
        unanswered < 24 * 1024 * 1024,
        qPrintable(
            u"%1 MB written, %2 MB taken by the server and not answered"_s.arg(written >> 20).arg(unanswered >> 20)));
    // The server goes on reading once it has caught up: every ping is answered.
    QDeadlineTimer deadline(30'000);
    while (answered < written / ping.size() && !deadline.hasExpired()) {
        QTest::qWait(10);
        answered += raw->readAll().count(R"("type":"pong")");
    }
    QCOMPARE(answered, written / ping.size());
}

QTEST_GUILESS_MAIN(TestServerLimits)
#include "tst_server_limits.moc"
