// Registration, login, names, passwords, session order and one-session-per-account, against the real server.
#include "serverprocess.h"
#include "testclient.h"

#include <QtCrypto>

using namespace Qt::Literals::StringLiterals;

class TestServerAccounts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void registerLogsInAndJoinsLobby();
    void loginWithTheRightPassword();
    void wrongPasswordAndUnknownUserLookTheSame();
    void duplicateNameIgnoresCase();
    void badUsernames_data();
    void badUsernames();
    void badPassword();
    void requestsBeforeHelloAndLogin();
    void unsupportedVersionIsToldAndClosed();
    void secondLoginReplacesTheFirst();
    void failedLoginCanBeRetried();

private:
    QCA::Initializer m_qca;
    ServerProcess m_server;
};

void TestServerAccounts::initTestCase()
{
    QVERIFY2(m_server.start(), m_server.errors().constData());
}

void TestServerAccounts::registerLogsInAndJoinsLobby()
{
    TestClient c;
    QVERIFY(c.connectTo(m_server.tcpPort()));
    QVERIFY2(c.registerUser(u"Alice"_s), qPrintable(c.lastError()));
    QCOMPARE(c.auth().username, u"Alice"_s);
    QCOMPARE(c.auth().rooms, QStringList{u"lobby"_s});
    QVERIFY(!c.auth().resumeToken.isEmpty());
    QCOMPARE(c.auth().udpKey.size(), 32);
    QVERIFY(c.auth().udpSession != 0);
    const auto joined = c.waitFor<Msg::Joined>();
    QVERIFY(joined);
    QCOMPARE(joined->room, u"lobby"_s);
    QVERIFY(std::any_of(joined->members.cbegin(), joined->members.cend(),
                        [](const Msg::UserInfo &u) { return u.name == "Alice"_L1; }));
}

void TestServerAccounts::loginWithTheRightPassword()
{
    {
        TestClient c;
        QVERIFY(c.connectTo(m_server.tcpPort()));
        QVERIFY(c.registerUser(u"bob"_s, u"secret-horse"_s));
    }
    TestClient c;
    QVERIFY(c.connectTo(m_server.tcpPort()));
    QVERIFY2(c.login(u"BOB"_s, u"secret-horse"_s), qPrintable(c.lastError()));
    QCOMPARE(c.auth().username, u"bob"_s); // shown as registered, whatever case was typed
}

void TestServerAccounts::wrongPasswordAndUnknownUserLookTheSame()
{
    TestClient c;
    QVERIFY(c.connectTo(m_server.tcpPort()));
    QVERIFY(!c.login(u"bob"_s, u"not-the-password"_s));
    QCOMPARE(c.lastError(), u"bad_credentials"_s);
    TestClient d;
    QVERIFY(d.connectTo(m_server.tcpPort()));
    QVERIFY(!d.login(u"nobody_here"_s, u"whatever123"_s));
    QCOMPARE(d.lastError(), u"bad_credentials"_s);
}

void TestServerAccounts::duplicateNameIgnoresCase()
{
    TestClient a;
    QVERIFY(a.connectTo(m_server.tcpPort()));
    QVERIFY(a.registerUser(u"Carol"_s));
    TestClient b;
    QVERIFY(b.connectTo(m_server.tcpPort()));
    QVERIFY(!b.registerUser(u"cAROL"_s));
    QCOMPARE(b.lastError(), u"username_taken"_s);
}

void TestServerAccounts::badUsernames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("too-short") << u"a"_s;
    QTest::newRow("too-long") << QString(33, u'x');
    QTest::newRow("space") << u"bad name"_s;
    QTest::newRow("digit-first") << u"9lives"_s;
    QTest::newRow("rtl-override") << u"ev\u202eil"_s;
    QTest::newRow("zero-width") << u"zero\u200bwidth"_s;
    QTest::newRow("markup") << u"<b>x</b>"_s;
}

void TestServerAccounts::badUsernames()
{
    QFETCH(QString, name);
    TestClient c;
    QVERIFY(c.connectTo(m_server.tcpPort()));
    QVERIFY(!c.registerUser(name));
    QCOMPARE(c.lastError(), u"invalid_username"_s);
}

void TestServerAccounts::badPassword()
{
    TestClient c;
    QVERIFY(c.connectTo(m_server.tcpPort()));
    QVERIFY(!c.registerUser(u"dave"_s, u"short"_s));
    QCOMPARE(c.lastError(), u"invalid_password"_s);
}

void TestServerAccounts::requestsBeforeHelloAndLogin()
{
    TestClient c;
    QVERIFY(c.connectTo(m_server.tcpPort()));
    c.send(Msg::Join{u"dev"_s});
    auto e = c.waitFor<Msg::ErrorReply>();
    QVERIFY(e);
    QCOMPARE(e->code, u"not_authenticated"_s);
    QVERIFY(c.hello());
    c.send(Msg::Say{u"lobby"_s, u"hi"_s, 5, false});
    e = c.waitFor<Msg::ErrorReply>();
    QVERIFY(e);
    QCOMPARE(e->code, u"not_authenticated"_s);
    QCOMPARE(e->ref, std::optional<qint64>(5));
    QVERIFY(c.isConnected());
}

void TestServerAccounts::unsupportedVersionIsToldAndClosed()
{
    TestClient c;
    QVERIFY(c.connectTo(m_server.tcpPort()));
    c.send(Msg::Hello{99, u"future"_s});
    const auto e = c.waitFor<Msg::ErrorReply>();
    QVERIFY(e);
    QCOMPARE(e->code, u"unsupported_version"_s);
    QVERIFY(e->message.contains(u"99"_s));
    QVERIFY(c.waitForDisconnect());
}

void TestServerAccounts::secondLoginReplacesTheFirst()
{
    TestClient first;
    QVERIFY(first.connectTo(m_server.tcpPort()));
    QVERIFY(first.registerUser(u"erin"_s));
    TestClient second;
    QVERIFY(second.connectTo(m_server.tcpPort()));
    QVERIFY(second.login(u"erin"_s));
    const auto n =
        first.waitFor<Msg::Notice>(5000, [](const Msg::Notice &n) { return n.event == Msg::NoticeEvent::Replaced; });
    QVERIFY(n);
    QVERIFY(first.waitForDisconnect());
    QVERIFY(second.isConnected());
}

void TestServerAccounts::failedLoginCanBeRetried()
{
    TestClient c;
    QVERIFY(c.connectTo(m_server.tcpPort()));
    QVERIFY(c.hello());
    c.send(Msg::Login{u"bob"_s, u"wrong-password"_s});
    QVERIFY(c.waitFor<Msg::ErrorReply>());
    c.send(Msg::Login{u"bob"_s, u"secret-horse"_s});
    QVERIFY(c.waitFor<Msg::AuthOk>(10000));
}

QTEST_GUILESS_MAIN(TestServerAccounts)
#include "tst_server_accounts.moc"
