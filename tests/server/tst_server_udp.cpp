// Typing indicators and pings over authenticated UDP, the TCP fallback, expiry, and forged datagrams.
#include "datagram.h"
#include "serverprocess.h"
#include "testclient.h"

#include <QNetworkDatagram>
#include <QtCrypto>

using namespace Qt::Literals::StringLiterals;

class TestServerUdp : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void udpPingIsAnswered();
    void typingReachesOthersOverTcpUntilUdpIsProven();
    void typingOverUdpOnceTheReceiverIsProven();
    void typingExpiresByItself();
    void forgedAndReplayedDatagramsAreDropped();
    void clientOutOfStepGetsANewKey_data();
    void clientOutOfStepGetsANewKey();

private:
    QCA::Initializer m_qca;
    ServerProcess m_server;
};

void TestServerUdp::initTestCase()
{
    QVERIFY2(m_server.start(), m_server.errors().constData());
}

void TestServerUdp::udpPingIsAnswered()
{
    TestClient a;
    QVERIFY(a.connectTo(m_server.tcpPort()));
    QVERIFY(a.registerUser(u"pinger"_s));
    QVERIFY(a.sendUdp(m_server.udpPort(), Msg::Ping{12345}));
    const auto reply = a.waitForUdp();
    QVERIFY(reply);
    QCOMPARE(std::get<Msg::Pong>(*reply).ts, 12345);
}

void TestServerUdp::typingReachesOthersOverTcpUntilUdpIsProven()
{
    TestClient a, b;
    QVERIFY(a.connectTo(m_server.tcpPort()) && a.registerUser(u"typer1"_s));
    QVERIFY(b.connectTo(m_server.tcpPort()) && b.registerUser(u"watcher1"_s));
    QVERIFY(a.sendUdp(m_server.udpPort(), Msg::Typing{u"lobby"_s, true, std::nullopt, std::nullopt}));
    // b never sent UDP, so the server must not send it UDP: the event comes over TCP.
    const auto typing = b.waitFor<Msg::Typing>(5000, [](const Msg::Typing &t) { return t.user == u"typer1"_s; });
    QVERIFY(typing);
    QVERIFY(typing->active);
    QCOMPARE(typing->room, u"lobby"_s);
    QVERIFY(typing->ttlMs.value_or(0) > 0);
    QVERIFY(!a.has<Msg::Typing>([](const Msg::Typing &t) { return t.user == u"typer1"_s; })); // not echoed
}

void TestServerUdp::typingOverUdpOnceTheReceiverIsProven()
{
    TestClient a, b;
    QVERIFY(a.connectTo(m_server.tcpPort()) && a.registerUser(u"typer2"_s));
    QVERIFY(b.connectTo(m_server.tcpPort()) && b.registerUser(u"watcher2"_s));
    QVERIFY(b.sendUdp(m_server.udpPort(), Msg::Ping{1}));
    QVERIFY(b.waitForUdp());                                           // b's path is now proven
    a.send(Msg::Typing{u"lobby"_s, true, std::nullopt, std::nullopt}); // over TCP this time
    std::optional<Msg::Message> got;
    for (int i = 0; i < 10 && !got; ++i) {
        auto m = b.waitForUdp(1000);
        if (m && std::holds_alternative<Msg::Typing>(*m) && std::get<Msg::Typing>(*m).user == u"typer2"_s)
            got = m;
    }
    QVERIFY(got);
    QVERIFY(std::get<Msg::Typing>(*got).active);
}

void TestServerUdp::typingExpiresByItself()
{
    TestClient a, b;
    QVERIFY(a.connectTo(m_server.tcpPort()) && a.registerUser(u"typer3"_s));
    QVERIFY(b.connectTo(m_server.tcpPort()) && b.registerUser(u"watcher3"_s));
    QVERIFY(a.sendUdp(m_server.udpPort(), Msg::Typing{u"lobby"_s, true, std::nullopt, std::nullopt}));
    QVERIFY(b.waitFor<Msg::Typing>(5000, [](const Msg::Typing &t) { return t.user == u"typer3"_s && t.active; }));
    // No refresh and no explicit stop: the server ends it after the time-to-live.
    const auto stopped =
        b.waitFor<Msg::Typing>(std::chrono::milliseconds(Protocol::TypingTtl).count() + 3000,
                               [](const Msg::Typing &t) { return t.user == u"typer3"_s && !t.active; });
    QVERIFY(stopped);
}

void TestServerUdp::forgedAndReplayedDatagramsAreDropped()
{
    TestClient a, b;
    QVERIFY(a.connectTo(m_server.tcpPort()) && a.registerUser(u"typer4"_s));
    QVERIFY(b.connectTo(m_server.tcpPort()) && b.registerUser(u"watcher4"_s));
    QUdpSocket raw;
    QVERIFY(raw.bind(QHostAddress::LocalHost, 0));
    const Msg::Typing typing{u"lobby"_s, true, std::nullopt, std::nullopt};
    // Forged: the right session id, a key the attacker guessed.
    Datagram::Header header{Datagram::Direction::ToServer, a.auth().udpSession, 1};
    raw.writeDatagram(Datagram::seal(header, typing, QByteArray(32, 'k')), QHostAddress::LocalHost, m_server.udpPort());
    // Garbage and a reflected (server-to-client direction) datagram.
    raw.writeDatagram("not a datagram at all", QHostAddress::LocalHost, m_server.udpPort());
    header.direction = Datagram::Direction::ToClient;
    raw.writeDatagram(Datagram::seal(header, typing, a.auth().udpKey), QHostAddress::LocalHost, m_server.udpPort());
    b.send(Msg::Ping{7});
    QVERIFY(b.waitFor<Msg::Pong>());
    QVERIFY(!b.has<Msg::Typing>([](const Msg::Typing &t) { return t.user == u"typer4"_s; }));
    // A genuine datagram is relayed once; the same bytes sent again (a replay) are not.
    header = {Datagram::Direction::ToServer, a.auth().udpSession, 100};
    const QByteArray genuine = Datagram::seal(header, typing, a.auth().udpKey);
    raw.writeDatagram(genuine, QHostAddress::LocalHost, m_server.udpPort());
    QVERIFY(b.waitFor<Msg::Typing>(5000, [](const Msg::Typing &t) { return t.user == u"typer4"_s && t.active; }));
    raw.writeDatagram(genuine, QHostAddress::LocalHost, m_server.udpPort());
    QTest::qWait(200); // UDP and TCP are separate queues: give the replay time to be read before the barrier
    b.send(Msg::Ping{8});
    QVERIFY(b.waitFor<Msg::Pong>());
    QVERIFY(!b.has<Msg::Typing>([](const Msg::Typing &t) { return t.user == u"typer4"_s && t.active; }));
}

void TestServerUdp::clientOutOfStepGetsANewKey_data()
{
    QTest::addColumn<bool>("wrongKey"); // else: the right key, but counting again from the start
    QTest::newRow("wrong-key") << true;
    QTest::newRow("counter-restarted") << false;
}

void TestServerUdp::clientOutOfStepGetsANewKey()
{
    QFETCH(bool, wrongKey);
    TestClient a;
    QVERIFY(a.connectTo(m_server.tcpPort()) && a.registerUser(wrongKey ? u"rekey1"_s : u"rekey2"_s));
    for (int i = 1; i <= 3; ++i) {
        QVERIFY(a.sendUdp(m_server.udpPort(), Msg::Ping{i}));
        QVERIFY(a.waitForUdp());
    }
    const QByteArray oldKey = a.auth().udpKey;
    a.setUdpKey(wrongKey ? QByteArray(32, 'x') : oldKey, 0);
    for (int i = 1; i <= 3; ++i)
        QVERIFY(a.sendUdp(m_server.udpPort(), Msg::Ping{100 + i}));
    // Told over TCP, with a new key for the same session.
    const auto fresh = a.waitFor<Msg::UdpKey>(5000);
    QVERIFY(fresh);
    QCOMPARE(fresh->udpSession, a.auth().udpSession);
    QCOMPARE(fresh->udpKey.size(), 32);
    QVERIFY(fresh->udpKey != oldKey);
    a.setUdpKey(fresh->udpKey, 0);
    QVERIFY(a.sendUdp(m_server.udpPort(), Msg::Ping{99}));
    const auto reply = a.waitForUdp();
    QVERIFY(reply);
    QCOMPARE(std::get<Msg::Pong>(*reply).ts, 99);

    // Forged datagrams for the session cannot make the server hand out keys over and over.
    a.setUdpKey(QByteArray(32, 'y'), 0);
    for (int i = 0; i < 10; ++i)
        QVERIFY(a.sendUdp(m_server.udpPort(), Msg::Ping{i}));
    QTest::qWait(500);
    QVERIFY(!a.has<Msg::UdpKey>());
}

QTEST_GUILESS_MAIN(TestServerUdp)
#include "tst_server_udp.moc"
