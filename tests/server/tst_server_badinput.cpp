// Every bad input of the protocol's table gets its error, and the server keeps serving everyone else.
#include "serverprocess.h"
#include "testclient.h"

#include <QtCrypto>

using namespace Qt::Literals::StringLiterals;

class TestServerBadInput : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void badFrames_data();
    void badFrames();
    void oversizeFrameClosesOnlyThatConnection();
    void clientVanishingMidFrameAndMidLogin();

private:
    QCA::Initializer m_qca;
    ServerProcess m_server;
    std::unique_ptr<TestClient> m_bystander;
};

void TestServerBadInput::initTestCase()
{
    QVERIFY2(m_server.start(), m_server.errors().constData());
    m_bystander = std::make_unique<TestClient>();
    QVERIFY(m_bystander->connectTo(m_server.tcpPort()) && m_bystander->registerUser(u"bystander"_s));
}

void TestServerBadInput::badFrames_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QString>("code");
    QTest::newRow("not-json") << QByteArray("hello there\n") << u"bad_json"_s;
    QTest::newRow("truncated") << QByteArray(R"({"type":"say","room":"lob)"
                                             "\n")
                               << u"bad_json"_s;
    QTest::newRow("array") << QByteArray("[1,2,3]\n") << u"bad_json"_s;
    QTest::newRow("invalid-utf8") << QByteArray("{\"type\":\"join\",\"room\":\"\xc3\x28\"}\n") << u"bad_json"_s;
    QTest::newRow("deep-nesting") << QByteArray(R"({"type":"ping","x":)" + QByteArray(5000, '[') +
                                                QByteArray(5000, ']') + "}\n")
                                  << u"bad_json"_s;
    QTest::newRow("empty-object") << QByteArray("{}\n") << u"missing_field"_s;
    QTest::newRow("unknown-type") << QByteArray(R"({"type":"fly"})"
                                                "\n")
                                  << u"unknown_type"_s;
    QTest::newRow("server-only-type") << Msg::encode(Msg::Ack{1, 2, 3}) << u"unknown_type"_s;
    QTest::newRow("wrong-type") << QByteArray(R"({"type":"ping","ts":"soon"})"
                                              "\n")
                                << u"wrong_type"_s;
    QTest::newRow("huge-number") << QByteArray(R"({"type":"ping","ts":1e308})"
                                               "\n")
                                 << u"out_of_range"_s;
    QTest::newRow("bad-room") << QByteArray(R"({"type":"join","room":"a b"})"
                                            "\n")
                              << u"out_of_range"_s;
}

void TestServerBadInput::badFrames()
{
    QFETCH(QByteArray, frame);
    QFETCH(QString, code);
    TestClient c;
    QVERIFY(c.connectTo(m_server.tcpPort()));
    QVERIFY(c.hello());
    c.sendRaw(frame);
    const auto e = c.waitFor<Msg::ErrorReply>();
    QVERIFY(e);
    QCOMPARE(e->code, code);
    QVERIFY(!e->message.isEmpty());
    // The same connection still works, and so does everyone else's.
    c.send(Msg::Ping{77});
    const auto pong = c.waitFor<Msg::Pong>();
    QVERIFY(pong);
    QCOMPARE(pong->ts, 77);
    m_bystander->send(Msg::Ping{78});
    QVERIFY(m_bystander->waitFor<Msg::Pong>());
}

void TestServerBadInput::oversizeFrameClosesOnlyThatConnection()
{
    TestClient c;
    QVERIFY(c.connectTo(m_server.tcpPort()));
    c.sendRaw(QByteArray(Protocol::MaxFrameBytes + 100, 'x'));
    const auto e = c.waitFor<Msg::ErrorReply>();
    QVERIFY(e);
    QCOMPARE(e->code, u"frame_too_large"_s);
    QVERIFY(c.waitForDisconnect());
    m_bystander->send(Msg::Say{u"lobby"_s, u"still here"_s, 1, false});
    QVERIFY(m_bystander->waitFor<Msg::Ack>());
}

void TestServerBadInput::clientVanishingMidFrameAndMidLogin()
{
    {
        TestClient c;
        QVERIFY(c.connectTo(m_server.tcpPort()));
        c.sendRaw(R"({"type":"hello","vers)");
        QTest::qWait(50);
    } // gone mid-frame
    {
        TestClient c;
        QVERIFY(c.connectTo(m_server.tcpPort()));
        QVERIFY(c.hello());
        c.send(Msg::Register{u"vanisher"_s, u"password123"_s});
    } // gone while its password is being hashed
    // The account may exist, but nobody is left logged in as it, and the server serves on.
    TestClient first, second;
    QVERIFY(first.connectTo(m_server.tcpPort()));
    if (!first.login(u"vanisher"_s)) {
        QVERIFY(second.connectTo(m_server.tcpPort()));
        QVERIFY(second.registerUser(u"vanisher"_s));
    }
    m_bystander->send(Msg::ListUsers{});
    const auto users = m_bystander->waitFor<Msg::UserList>();
    QVERIFY(users);
    QCOMPARE(std::count_if(users->users.cbegin(), users->users.cend(),
                           [](const Msg::UserInfo &u) { return u.name == u"vanisher"_s; }),
             1);
}

QTEST_GUILESS_MAIN(TestServerBadInput)
#include "tst_server_badinput.moc"
