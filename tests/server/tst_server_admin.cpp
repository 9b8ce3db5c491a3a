// The admin socket of a running server (issue 18): `chatroom-server --admin COMMAND` as an administrator
// runs it, the bans and password resets it gives, and what a client of the socket that lies, floods or
// stalls gets.
#include "serverprocess.h"
#include "testclient.h"

#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestServerAdmin : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void theSocketIsTheServersUsersOnly();
    void bannedAccountIsRemovedAndRefusedUntilUnbanned();
    void bannedAddressIsRefusedBeforeLogin();
    void resetPasswordEndsEverySessionAndToken();
    void hostileAdminClientsHoldUpNobody();

private:
    struct Answer
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Answer admin(const QStringList &command);
    // Logs in (or fails to): the error code, or empty when logged in.
    QString loginError(const QString &name, const QString &password = u"password123"_s);
    ServerProcess m_server;
};

void TestServerAdmin::initTestCase()
{
    QVERIFY(m_server.start());
}

TestServerAdmin::Answer TestServerAdmin::admin(const QStringList &command)
{
    QProcess p;
    p.start(QStringLiteral(CHATROOM_SERVER_BINARY),
            QStringList{u"--data-dir"_s, m_server.dataDir(), u"--admin"_s} + command);
    if (!p.waitForFinished(30'000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString TestServerAdmin::loginError(const QString &name, const QString &password)
{
    TestClient c;
    if (!c.connectTo(m_server.tcpPort()))
        return c.lastError().isEmpty() ? u"no connection"_s : c.lastError();
    if (c.login(name, password))
        return {};
    return c.lastError();
}

void TestServerAdmin::theSocketIsTheServersUsersOnly()
{
    const QFileInfo socket(QDir(m_server.dataDir()).filePath(u"admin.sock"_s));
    QVERIFY(socket.exists());
    QCOMPARE(socket.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
             QFile::Permissions());
    TestClient c;
    QVERIFY(c.connectTo(m_server.tcpPort()) && c.registerUser(u"watched"_s));
    const Answer users = admin({u"users"_s});
    QCOMPARE(users.exitCode, 0);
    QVERIFY2(users.out.contains(u"watched"_s), qPrintable(users.out));
    const Answer help = admin({});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(u"broadcast <message>"_s) && help.out.contains(u"reset-password <name>"_s));
    // A settings file with mistakes does not lock the administrator out.
    QTemporaryDir dir;
    const QString broken = dir.filePath(u"server.conf"_s);
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write("bogus = 1\nport five\n") > 0);
    file.close();
    QProcess withBroken;
    withBroken.start(QStringLiteral(CHATROOM_SERVER_BINARY),
                     {u"--config"_s, broken, u"--data-dir"_s, m_server.dataDir(), u"--admin"_s, u"stats"_s});
    QVERIFY(withBroken.waitForFinished(10'000));
    QCOMPARE(withBroken.exitCode(), 0);
    const Answer unknown = admin({u"frobnicate"_s});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains(u"Unknown command 'frobnicate'"_s));

    // No server there: a sentence, not a hang.
    QTemporaryDir empty;
    QProcess p;
    p.start(QStringLiteral(CHATROOM_SERVER_BINARY), {u"--data-dir"_s, empty.path(), u"--admin"_s, u"users"_s});
    QVERIFY(p.waitForFinished(10'000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(p.readAllStandardError().contains("Cannot reach a running server's admin socket"));
}

void TestServerAdmin::bannedAccountIsRemovedAndRefusedUntilUnbanned()
{
    TestClient online;
    QVERIFY(online.connectTo(m_server.tcpPort()) && online.registerUser(u"Mallory"_s));
    const Answer ban = admin({u"ban"_s, u"user"_s, u"mallory"_s, u"spam"_s, u"links"_s});
    QCOMPARE(ban.exitCode, 0);
    QVERIFY2(ban.out.contains(u"Mallory is banned and was removed."_s), qPrintable(ban.out));
    const auto kicked =
        online.waitFor<Msg::Notice>(5000, [](const Msg::Notice &n) { return n.event == Msg::NoticeEvent::Kicked; });
    QVERIFY(kicked);
    QVERIFY2(kicked->text.contains(u"you are banned (spam links)"_s), qPrintable(kicked->text));
    QVERIFY(online.waitForDisconnect());
    QCOMPARE(loginError(u"mallory"_s), u"banned"_s);
    QCOMPARE(admin({u"ban"_s, u"user"_s, u"nobody"_s}).exitCode, 1);
    QVERIFY(admin({u"bans"_s}).out.contains(u"user mallory"_s));

    // A ban outlasts a restart.
    m_server.stop();
    QVERIFY(m_server.start());
    QCOMPARE(loginError(u"mallory"_s), u"banned"_s);
    const Answer unban = admin({u"unban"_s, u"user"_s, u"MALLORY"_s});
    QCOMPARE(unban.exitCode, 0);
    QCOMPARE(loginError(u"mallory"_s), QString());
    QCOMPARE(admin({u"unban"_s, u"user"_s, u"mallory"_s}).exitCode, 1); // not banned any more
}

void TestServerAdmin::bannedAddressIsRefusedBeforeLogin()
{
    TestClient online;
    QVERIFY(online.connectTo(m_server.tcpPort()) && online.registerUser(u"neighbour"_s));
    const Answer ban = admin({u"ban"_s, u"address"_s, u"127.0.0.0/8"_s});
    QVERIFY2(ban.exitCode == 0, qPrintable(ban.err));
    QVERIFY2(ban.out.contains(u"1 session was removed"_s), qPrintable(ban.out));
    QVERIFY(online.waitForDisconnect());
    TestClient refused;
    QVERIFY(refused.connectTo(m_server.tcpPort()));
    const auto error = refused.waitFor<Msg::ErrorReply>();
    QVERIFY(error);
    QCOMPARE(error->code, u"banned"_s);
    QVERIFY(refused.waitForDisconnect());
    QCOMPARE(admin({u"ban"_s, u"address"_s, u"not-an-address"_s}).exitCode, 1);
    QCOMPARE(admin({u"unban"_s, u"address"_s, u"127.1.2.3/8"_s}).exitCode, 0); // the same subnet
    QCOMPARE(loginError(u"neighbour"_s), QString());
}

void TestServerAdmin::resetPasswordEndsEverySessionAndToken()
{
    TestClient online;
    QVERIFY(online.connectTo(m_server.tcpPort()) && online.registerUser(u"forgetful"_s));
    const QString token = online.auth().resumeToken;
    const Answer reset = admin({u"reset-password"_s, u"forgetful"_s});
    QCOMPARE(reset.exitCode, 0);
    static const QRegularExpression said(u"The new password of forgetful is: (\\S+)"_s);
    const QRegularExpressionMatch match = said.match(reset.out);
    QVERIFY2(match.hasMatch(), qPrintable(reset.out));
    const QString password = match.captured(1);
    QCOMPARE(password.size(), 16);
    QVERIFY(online.waitForDisconnect());
    QCOMPARE(loginError(u"forgetful"_s), u"bad_credentials"_s); // the old one
    QCOMPARE(loginError(u"forgetful"_s, password), QString());
    TestClient resumer;
    QVERIFY(resumer.connectTo(m_server.tcpPort()) && resumer.hello());
    resumer.send(Msg::Resume{token});
    const auto refused = resumer.waitFor<Msg::ErrorReply>();
    QVERIFY(refused);
    QCOMPARE(refused->code, u"invalid_token"_s);
    // Not the password in the log: only that it was reset.
    QVERIFY(!m_server.errors().contains(password.toUtf8()));
    QVERIFY(m_server.errors().contains("reset the password of forgetful"));
}

void TestServerAdmin::hostileAdminClientsHoldUpNobody()
{
    const QString path = QDir(m_server.dataDir()).filePath(u"admin.sock"_s);
    // One that says nothing, and several that fill every place at once.
    std::vector<std::unique_ptr<QLocalSocket>> stalled;
    for (int i = 0; i < 8; ++i) {
        stalled.push_back(std::make_unique<QLocalSocket>());
        stalled.back()->connectToServer(path);
        QVERIFY(stalled.back()->waitForConnected(5000));
    }
    QLocalSocket extra;
    extra.connectToServer(path);
    QVERIFY(extra.waitForConnected(5000));
    QTRY_VERIFY_WITH_TIMEOUT(extra.bytesAvailable() > 0 || extra.state() != QLocalSocket::ConnectedState, 5000);
    QVERIFY(extra.readAll().startsWith("ERROR\nThe server is busy"));
    // Chat goes on meanwhile.
    QCOMPARE(loginError(u"forgetful"_s, u"nope-nope-nope"_s), u"bad_credentials"_s);
    stalled.clear();

    // A line without end: refused at its limit (once the server has seen the stalled ones go).
    QByteArray answer;
    for (int attempt = 0; attempt < 50 && !answer.startsWith("ERROR\nA command"); ++attempt) {
        QLocalSocket flood;
        flood.connectToServer(path);
        QVERIFY(flood.waitForConnected(5000));
        flood.write(QByteArray(8192, 'x'));
        QTRY_VERIFY_WITH_TIMEOUT(flood.bytesAvailable() > 0, 5000);
        answer = flood.readAll();
        QTest::qWait(100);
    }
    QVERIFY2(answer.startsWith("ERROR\nA command has at most 4096 bytes."), answer.constData());
    // Not valid UTF-8: an unknown command, nothing worse.
    const Answer garbage = admin({QString::fromUtf8("\xff\xfe users")});
    QCOMPARE(garbage.exitCode, 1);
    QCOMPARE(admin({u"stats"_s}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestServerAdmin)
#include "tst_server_admin.moc"
