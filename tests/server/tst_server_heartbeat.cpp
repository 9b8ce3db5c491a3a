// A client that stops answering is dropped after the timeout, and its rooms are told it timed out.
#include "serverprocess.h"
#include "testclient.h"

#include <QtCrypto>

using namespace Qt::Literals::StringLiterals;

class TestServerHeartbeat : public QObject
{
    Q_OBJECT
private slots:
    void silentClientIsDroppedAndTheRoomTold();
    void silentClientBeforeLoginIsDropped();

private:
    QCA::Initializer m_qca;
};

void TestServerHeartbeat::silentClientIsDroppedAndTheRoomTold()
{
    ServerProcess server;
    QVERIFY(server.start({u"--heartbeat-interval-ms"_s, u"200"_s, u"--heartbeat-timeout-ms"_s, u"800"_s}));
    TestClient alive, dead;
    QVERIFY(alive.connectTo(server.tcpPort()) && alive.registerUser(u"alive"_s));
    QVERIFY(dead.connectTo(server.tcpPort()) && dead.registerUser(u"dead"_s));
    dead.setAutoPong(false); // from now on it neither pings nor answers
    const auto notice = alive.waitFor<Msg::Notice>(5000, [](const Msg::Notice &n) {
        return n.event == Msg::NoticeEvent::Timeout && n.user == u"dead"_s && n.room == u"lobby"_s;
    });
    QVERIFY(notice);
    QVERIFY(notice->text.contains(u"timed out"_s));
    QVERIFY(dead.waitForDisconnect());
    QVERIFY(alive.isConnected()); // it answered the server's pings all along
    alive.send(Msg::ListUsers{u"lobby"_s});
    const auto users = alive.waitFor<Msg::UserList>();
    QVERIFY(users);
    QCOMPARE(users->users.size(), 1);
}

void TestServerHeartbeat::silentClientBeforeLoginIsDropped()
{
    ServerProcess server;
    QVERIFY(server.start({u"--heartbeat-interval-ms"_s, u"100"_s, u"--heartbeat-timeout-ms"_s, u"400"_s}));
    TestClient mute;
    QVERIFY(mute.connectTo(server.tcpPort()));
    mute.setAutoPong(false);
    QVERIFY(mute.waitForDisconnect(5000));
}

QTEST_GUILESS_MAIN(TestServerHeartbeat)
#include "tst_server_heartbeat.moc"
