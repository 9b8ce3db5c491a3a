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
    void logoutRevokesTheResumeToken();
    void aLogoutSentJustBeforeClosingIsHeard();
    void newLoginRevokesOlderTokens();
    void resumeTokenWorksOnce();
    void errorsCarryTheRequestsRef_data();
    void errorsCarryTheRequestsRef();
    void wrongLoginAnswerCarriesItsRef();

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

// Resumes with a token on a new connection; the error code when it fails, empty on success.
static QString resumeWith(quint16 port, const QString &token)
{
    TestClient c;
    if (!c.connectTo(port) || !c.hello())
        return u"(no connection)"_s;
    c.send(Msg::Resume{token});
    QTRY_VERIFY_WITH_TIMEOUT_NOFAIL(!c.received().isEmpty(), 5000);
    if (c.has<Msg::AuthOk>())
        return {};
    const auto e = c.waitFor<Msg::ErrorReply>(100);
    return e ? e->code : u"(no answer)"_s;
}

void TestServerAccounts::logoutRevokesTheResumeToken()
{
    QString token;
    {
        TestClient c;
        QVERIFY(c.connectTo(m_server.tcpPort()));
        QVERIFY(c.registerUser(u"frank"_s));
        token = c.auth().resumeToken;
        c.send(Msg::Logout{});
        // The connection closing is what says logout is done: by then the token must be gone.
        QVERIFY(c.waitForDisconnect());
    }
    QCOMPARE(resumeWith(m_server.tcpPort(), token), u"invalid_token"_s);
}

void TestServerAccounts::aLogoutSentJustBeforeClosingIsHeard()
{
    // A client sends what it still had to say and its logout, and closes at once (as the GUI does at exit).
    // The server handles a few requests per turn; the close must not cut the rest off.
    QString token;
    {
        TestClient c;
        QVERIFY(c.connectTo(m_server.tcpPort()));
        QVERIFY(c.registerUser(u"lastwords"_s));
        token = c.auth().resumeToken;
        QByteArray requests;
        for (int i = 0; i < 40; ++i)
            requests += Msg::encode(Msg::ListUsers{});
        c.sendRaw(requests + Msg::encode(Msg::Logout{}));
        c.connection()->close();
        QVERIFY(c.waitForDisconnect()); // once all of it is sent
    }
    QTRY_VERIFY(m_server.errors().contains("session ended: \"lastwords\""));
    QCOMPARE(resumeWith(m_server.tcpPort(), token), u"invalid_token"_s);
}

void TestServerAccounts::newLoginRevokesOlderTokens()
{
    QString oldToken;
    {
        TestClient c;
        QVERIFY(c.connectTo(m_server.tcpPort()));
        QVERIFY(c.registerUser(u"grace"_s));
        oldToken = c.auth().resumeToken;
    } // the connection drops without a logout: the token would resume it
    TestClient again;
    QVERIFY(again.connectTo(m_server.tcpPort()));
    QVERIFY(again.login(u"grace"_s));
    QCOMPARE(resumeWith(m_server.tcpPort(), oldToken), u"invalid_token"_s);
    QVERIFY(again.isConnected());
    // The new session's own token still works once its connection is gone.
    const QString newToken = again.auth().resumeToken;
    again.connection()->abort();
    QTest::qWait(100);
    QCOMPARE(resumeWith(m_server.tcpPort(), newToken), QString());
}

void TestServerAccounts::resumeTokenWorksOnce()
{
    QString token;
    {
        TestClient c;
        QVERIFY(c.connectTo(m_server.tcpPort()));
        QVERIFY(c.registerUser(u"heidi"_s));
        token = c.auth().resumeToken;
    }
    QTest::qWait(100);
    QCOMPARE(resumeWith(m_server.tcpPort(), token), QString());
    QCOMPARE(resumeWith(m_server.tcpPort(), token), u"invalid_token"_s);
}

void TestServerAccounts::errorsCarryTheRequestsRef_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QString>("code");
    // Refused for a field: the message does not parse, yet its ref is read and given back.
    QTest::newRow("say, empty text") << QByteArray(R"({"type":"say","room":"lobby","text":"","ref":41})")
                                     << u"out_of_range"_s;
    // No database keeps U+0000 in text (PostgreSQL refuses it): refused alike on both.
    QTest::newRow("say, NUL in text") << QByteArray(R"({"type":"say","room":"lobby","text":"a\u0000b","ref":41})")
                                      << u"out_of_range"_s;
    QTest::newRow("say, text too long") << QByteArray(R"({"type":"say","room":"lobby","text":")" +
                                                      QByteArray(4001, 'x') + R"(","ref":41})")
                                        << u"out_of_range"_s;
    QTest::newRow("say, bad room") << QByteArray(R"({"type":"say","room":"no room!","text":"hi","ref":41})")
                                   << u"out_of_range"_s;
    QTest::newRow("say, text not a string")
        << QByteArray(R"({"type":"say","room":"lobby","text":5,"ref":41})") << u"wrong_type"_s;
    QTest::newRow("unknown type") << QByteArray(R"({"type":"dance","ref":41})") << u"unknown_type"_s;
    // Refused by the server: any request may carry a ref.
    QTest::newRow("say, room not joined")
        << QByteArray(R"({"type":"say","room":"elsewhere","text":"hi","ref":41})") << u"not_in_room"_s;
    QTest::newRow("leave, not in room") << QByteArray(R"({"type":"leave","room":"elsewhere","ref":41})")
                                        << u"not_in_room"_s;
    QTest::newRow("history, not in room")
        << QByteArray(R"({"type":"history","room":"elsewhere","limit":10,"ref":41})") << u"not_in_room"_s;
    QTest::newRow("typing, not in room") << QByteArray(R"({"type":"typing","room":"elsewhere","active":true,"ref":41})")
                                         << u"not_in_room"_s;
    QTest::newRow("list_users, not in room")
        << QByteArray(R"({"type":"list_users","room":"elsewhere","ref":41})") << u"not_in_room"_s;
    QTest::newRow("login, already logged in")
        << QByteArray(R"({"type":"login","username":"ivan","password":"password123","ref":41})")
        << u"already_authenticated"_s;
}

void TestServerAccounts::errorsCarryTheRequestsRef()
{
    QFETCH(QByteArray, request);
    QFETCH(QString, code);
    static bool registered = false;
    if (!registered) {
        TestClient r;
        QVERIFY(r.connectTo(m_server.tcpPort()) && r.registerUser(u"ivan"_s));
        registered = true;
    }
    TestClient c;
    QVERIFY(c.connectTo(m_server.tcpPort()));
    QVERIFY(c.login(u"ivan"_s));
    c.sendRaw(request + '\n');
    const auto e = c.waitFor<Msg::ErrorReply>();
    QVERIFY(e);
    QCOMPARE(e->code, code);
    QCOMPARE(e->ref, std::optional<qint64>(41));
}

void TestServerAccounts::wrongLoginAnswerCarriesItsRef()
{
    TestClient c;
    QVERIFY(c.connectTo(m_server.tcpPort()));
    QVERIFY(c.hello());
    // The answer comes after the password hashing thread: it still names the request.
    c.send(Msg::Login{u"nobody_at_all"_s, u"whatever123"_s}, 77);
    const auto e = c.waitFor<Msg::ErrorReply>();
    QVERIFY(e);
    QCOMPARE(e->code, u"bad_credentials"_s);
    QCOMPARE(e->ref, std::optional<qint64>(77));
}

QTEST_GUILESS_MAIN(TestServerAccounts)
#include "tst_server_accounts.moc"
