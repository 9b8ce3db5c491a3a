// The client's UDP path against a real server: proven by probes, then carrying typing both ways; a path
// that never answers, or answers to another key, stays unproven so that the caller uses TCP.
#include "serverprocess.h"
#include "testclient.h"
#include "udplink.h"

#include <QSignalSpy>
#include <QTest>
#include <QtCrypto>

using namespace Qt::Literals::StringLiterals;

class TestUdpLink : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void probesProveThePathAndTypingTravelsOverIt();
    void silentPathStaysUnproven();
    void wrongKeyStaysUnproven();

private:
    QCA::Initializer m_qca;
    ServerProcess m_server;
};

void TestUdpLink::initTestCase()
{
    QVERIFY(m_server.start());
}

void TestUdpLink::probesProveThePathAndTypingTravelsOverIt()
{
    TestClient alice, bob;
    QVERIFY(alice.connectTo(m_server.tcpPort()) && alice.registerUser(u"alice"_s));
    QVERIFY(bob.connectTo(m_server.tcpPort()) && bob.registerUser(u"bob"_s));
    UdpLink link;
    QSignalSpy changed(&link, &UdpLink::linkChanged);
    QSignalSpy typing(&link, &UdpLink::typingReceived);
    const Msg::Typing start{u"lobby"_s, true, std::nullopt, std::nullopt};
    QVERIFY(!link.send(start)); // nothing proven yet: the caller sends over TCP
    link.start(QHostAddress::LocalHost, m_server.udpPort(), alice.auth().udpSession, alice.auth().udpKey);
    QTRY_VERIFY_WITH_TIMEOUT(link.isProven(), 5000);
    QVERIFY(!changed.isEmpty());

    // Alice's typing goes out over UDP only, and the server relays it to Bob.
    QVERIFY(link.send(start));
    const auto relayed = bob.waitFor<Msg::Typing>(5000);
    QVERIFY(relayed);
    QCOMPARE(relayed->user.value_or(QString()), u"alice"_s);
    QVERIFY(relayed->active);

    // Bob's typing (over TCP) reaches Alice over her proven UDP path.
    bob.send(Msg::Typing{u"lobby"_s, true, std::nullopt, std::nullopt});
    QTRY_VERIFY_WITH_TIMEOUT(!typing.isEmpty(), 5000);
    const auto received = typing.takeFirst().at(0).value<Msg::Typing>();
    QCOMPARE(received.user.value_or(QString()), u"bob"_s);

    link.stop();
    QVERIFY(!link.isProven());
    QVERIFY(!link.send(start));
}

void TestUdpLink::silentPathStaysUnproven()
{
    TestClient carol;
    QVERIFY(carol.connectTo(m_server.tcpPort()) && carol.registerUser(u"carol"_s));
    QUdpSocket blackHole; // takes the probes and never answers
    QVERIFY(blackHole.bind(QHostAddress::LocalHost, 0));
    UdpLink link;
    link.start(QHostAddress::LocalHost, blackHole.localPort(), carol.auth().udpSession, carol.auth().udpKey);
    QTRY_VERIFY_WITH_TIMEOUT(blackHole.hasPendingDatagrams(), 5000); // the first probe went out at once
    QTest::qWait(200);
    QVERIFY(!link.isProven());
    QVERIFY(!link.send(Msg::Typing{u"lobby"_s, true, std::nullopt, std::nullopt}));
}

void TestUdpLink::wrongKeyStaysUnproven()
{
    TestClient dave;
    QVERIFY(dave.connectTo(m_server.tcpPort()) && dave.registerUser(u"dave"_s));
    QByteArray wrongKey = dave.auth().udpKey;
    wrongKey[0] = char(wrongKey[0] ^ 0x01);
    UdpLink link;
    link.start(QHostAddress::LocalHost, m_server.udpPort(), dave.auth().udpSession, wrongKey);
    QVERIFY(m_server.statsShow("1 dropped")); // the server could not verify the probe...
    QTest::qWait(200);
    QVERIFY(!link.isProven()); // ...so it never answered it
}

QTEST_GUILESS_MAIN(TestUdpLink)
#include "tst_client_udplink.moc"
