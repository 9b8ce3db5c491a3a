// The admin socket of a running server (issue 18): `chatroom-server --admin COMMAND` as an administrator
// runs it, the bans and password resets it gives, and what a client of the socket that lies, floods or
// stalls gets.
#include "serverprocess.h"
#include "testclient.h"

#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QScopeGuard>
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
    void roomsAreMadeAndRemoved();
    void aDeletedAccountsNameStaysTaken();
    void anAccountDeletedWithItsMessages();
    void argumentsAfterTheCommandAreItsOwn();
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
    // Resumes with the token: the error code, or empty when resumed.
    QString resumeError(const QString &token);
    // The texts of a room's newest messages (or a conversation's, with `with`), as `reader` reads them.
    static QStringList history(TestClient &reader, const QString &room, const std::optional<QString> &with = {});
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
    // Lifted whatever happens below: every other test here connects from 127.0.0.1.
    const auto unban = qScopeGuard([this] { admin({u"unban"_s, u"address"_s, u"127.0.0.0/8"_s}); });
    TestClient refused;
    refused.connectTo(m_server.tcpPort()); // under load the refusal may close it before connectTo returns
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
    QCOMPARE(resumeError(token), u"invalid_token"_s);
    // Not the password in the log: only that it was reset.
    QVERIFY(!m_server.errors().contains(password.toUtf8()));
    QVERIFY(m_server.errors().contains("reset the password of forgetful"));
}

QString TestServerAdmin::resumeError(const QString &token)
{
    TestClient resumer;
    if (!resumer.connectTo(m_server.tcpPort()) || !resumer.hello())
        return u"no connection"_s;
    resumer.send(Msg::Resume{token});
    const auto answer = resumer.waitFor<Msg::ErrorReply>(3000);
    return answer ? answer->code : QString();
}

QStringList TestServerAdmin::history(TestClient &reader, const QString &room, const std::optional<QString> &with)
{
    reader.send(Msg::HistoryRequest{with ? QString() : room, std::nullopt, std::nullopt, 200, std::nullopt, with});
    const auto page = reader.waitFor<Msg::HistoryReply>();
    QStringList texts;
    if (page) {
        for (const Msg::ChatMessage &m : page->messages)
            texts << m.text;
        for (const Msg::PrivateMessage &m : page->direct)
            texts << m.text;
    }
    return texts;
}

void TestServerAdmin::roomsAreMadeAndRemoved()
{
    TestClient keeper;
    QVERIFY(keeper.connectTo(m_server.tcpPort()) && keeper.registerUser(u"keeper"_s));
    QCOMPARE(admin({u"create-room"_s, u"Design"_s, u"private"_s}).exitCode, 1); // nobody could ever get in
    QCOMPARE(admin({u"create-room"_s, u"Design"_s, u"private"_s, u"nobody-here"_s}).exitCode, 1);
    const Answer made = admin({u"create-room"_s, u"Design"_s, u"private"_s, u"Keeper"_s});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    QVERIFY2(made.out.contains(u"design is made: private, owned by keeper"_s), qPrintable(made.out));
    keeper.send(Msg::Join{u"design"_s});
    const auto owned = keeper.waitFor<Msg::Joined>(5000, [](const Msg::Joined &j) { return j.room == u"design"_s; });
    QVERIFY(owned);
    QCOMPARE(owned->owner.value_or(QString()), u"keeper"_s);
    QCOMPARE(admin({u"create-room"_s, u"design"_s}).exitCode, 1);    // there already, in any case
    const Answer badName = admin({u"create-room"_s, u"bad!name"_s}); // a room name's rules
    QCOMPARE(badName.exitCode, 1);
    QVERIFY2(badName.err.contains(u"letters"_s), qPrintable(badName.err));
    QCOMPARE(admin({u"remove-room"_s, u"lobby"_s}).exitCode, 1); // everyone's first room
    QCOMPARE(admin({u"remove-room"_s, u"nowhere"_s}).exitCode, 1);
    // Owned by nobody and private: nobody gets in uninvited.
    TestClient outsider;
    QVERIFY(outsider.connectTo(m_server.tcpPort()) && outsider.registerUser(u"outsider"_s));
    outsider.send(Msg::Join{u"design"_s});
    const auto refused = outsider.waitFor<Msg::ErrorReply>();
    QVERIFY(refused);
    QCOMPARE(refused->code, u"not_invited"_s);

    // A public room with two members, one on two devices, and history.
    QVERIFY(admin({u"create-room"_s, u"Ops"_s}).exitCode == 0);
    TestClient ann, annPhone, ben;
    QVERIFY(ann.connectTo(m_server.tcpPort()) && ann.registerUser(u"ann"_s));
    annPhone.setDevice(u"phone"_s);
    QVERIFY(annPhone.connectTo(m_server.tcpPort()) && annPhone.login(u"ann"_s));
    QVERIFY(ben.connectTo(m_server.tcpPort()) && ben.registerUser(u"ben"_s));
    for (TestClient *c : {&ann, &ben}) {
        c->send(Msg::Join{u"ops"_s});
        QVERIFY(c->waitFor<Msg::Joined>(5000, [](const Msg::Joined &j) { return j.room == u"ops"_s; }));
    }
    qint64 newestId = 0;
    for (int i = 0; i < 3; ++i) {
        ann.send(Msg::Say{u"ops"_s, u"ops message %1"_s.arg(i), i + 1});
        const auto ack = ann.waitFor<Msg::Ack>();
        QVERIFY(ack);
        newestId = ack->id;
    }
    QCOMPARE(history(ben, u"ops"_s).size(), 3);
    QVERIFY(admin({u"rooms"_s}).out.contains(u"ops  2 members, 2 online"_s));

    const Answer removed = admin({u"remove-room"_s, u"OPS"_s});
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    QVERIFY2(removed.out.contains(u"ops is removed; 3 sessions were taken out"_s), qPrintable(removed.out));
    for (TestClient *c : {&ann, &annPhone, &ben}) {
        const auto told =
            c->waitFor<Msg::Notice>(5000, [](const Msg::Notice &n) { return n.event == Msg::NoticeEvent::Broadcast; });
        QVERIFY(told);
        QVERIFY2(told->text.contains(u"removed the room ops"_s), qPrintable(told->text));
        QVERIFY(c->waitFor<Msg::Left>(5000, [](const Msg::Left &l) { return l.room == u"ops"_s; }));
        QVERIFY(c->isConnected());
    }
    // Nobody was told that anyone left: the room is gone, not its people.
    QVERIFY(!ben.waitFor<Msg::Notice>(300, [](const Msg::Notice &n) { return n.event == Msg::NoticeEvent::Leave; }));
    // Saying something there is refused: the session is in it no more.
    ann.send(Msg::Say{u"ops"_s, u"still here?"_s, 9});
    const auto notIn = ann.waitFor<Msg::ErrorReply>();
    QVERIFY(notIn);
    QCOMPARE(notIn->code, u"not_in_room"_s);
    // Once its messages are gone the name is free: a new room, empty, that ben owns.
    QTRY_VERIFY_WITH_TIMEOUT(!admin({u"rooms"_s}).out.contains(u"ops"_s), 10'000);
    // Ids only grow, although the newest messages were deleted: a client paging on from the last it saw
    // meets the next one (SQLite would hand out a deleted rowid again).
    ben.send(Msg::Say{u"lobby"_s, u"after the removal"_s, 77});
    const auto next = ben.waitFor<Msg::Ack>(5000, [](const Msg::Ack &a) { return a.ref == 77; });
    QVERIFY(next);
    QVERIFY2(next->id > newestId, qPrintable(u"%1 after %2"_s.arg(next->id).arg(newestId)));
    ben.send(Msg::Join{u"ops"_s});
    const auto again = ben.waitFor<Msg::Joined>(5000, [](const Msg::Joined &j) { return j.room == u"ops"_s; });
    QVERIFY(again);
    QCOMPARE(again->owner.value_or(QString()), u"ben"_s);
    QVERIFY(history(ben, u"ops"_s).isEmpty());
    // Not kept for the next login either.
    TestClient annAgain;
    QVERIFY(annAgain.connectTo(m_server.tcpPort()) && annAgain.login(u"ann"_s));
    QVERIFY(!annAgain.auth().rooms.contains(u"ops"_s));
    QVERIFY(m_server.errors().contains("removed the room ops"));
}

void TestServerAdmin::aDeletedAccountsNameStaysTaken()
{
    TestClient eve, bob;
    QVERIFY(eve.connectTo(m_server.tcpPort()) && eve.registerUser(u"Eve"_s));
    QVERIFY(bob.connectTo(m_server.tcpPort()) && bob.registerUser(u"bobby"_s));
    eve.send(Msg::Say{u"lobby"_s, u"eve was here"_s, 1});
    QVERIFY(eve.waitFor<Msg::Ack>());
    eve.send(Msg::Whisper{u"bobby"_s, u"psst from eve"_s, 2});
    QVERIFY(eve.waitFor<Msg::Ack>());
    const QString token = eve.auth().resumeToken;

    const Answer deleted = admin({u"delete-user"_s, u"eve"_s});
    QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.err));
    QVERIFY2(deleted.out.contains(u"Eve is deleted"_s) && deleted.out.contains(u"Their messages stay"_s),
             qPrintable(deleted.out));
    const auto kicked =
        eve.waitFor<Msg::Notice>(5000, [](const Msg::Notice &n) { return n.event == Msg::NoticeEvent::Kicked; });
    QVERIFY(kicked);
    QVERIFY(eve.waitForDisconnect());
    // Gone for logging in, resuming, writing to and inviting; the name is nobody else's.
    QCOMPARE(loginError(u"eve"_s), u"bad_credentials"_s);
    QCOMPARE(resumeError(token), u"invalid_token"_s);
    TestClient impostor;
    QVERIFY(impostor.connectTo(m_server.tcpPort()));
    QVERIFY(!impostor.registerUser(u"EVE"_s));
    QCOMPARE(impostor.lastError(), u"username_taken"_s);
    bob.send(Msg::Whisper{u"eve"_s, u"hello?"_s, 3});
    const auto nobody = bob.waitFor<Msg::ErrorReply>();
    QVERIFY(nobody);
    QCOMPARE(nobody->code, u"no_such_user"_s);
    // What eve wrote stays, under her name.
    QVERIFY(history(bob, u"lobby"_s).contains(u"eve was here"_s));
    QVERIFY(history(bob, QString(), u"Eve"_s).contains(u"psst from eve"_s));
    QCOMPARE(admin({u"delete-user"_s, u"eve"_s}).exitCode, 1);    // there is no such account any more
    QCOMPARE(admin({u"reset-password"_s, u"eve"_s}).exitCode, 1); // and it cannot come back that way
    QCOMPARE(admin({u"delete-user"_s, u"bobby"_s, u"--everything"_s}).exitCode, 1);
    QVERIFY(loginError(u"bobby"_s).isEmpty());
}

void TestServerAdmin::anAccountDeletedWithItsMessages()
{
    TestClient trudy, carl;
    QVERIFY(trudy.connectTo(m_server.tcpPort()) && trudy.registerUser(u"trudy"_s));
    QVERIFY(carl.connectTo(m_server.tcpPort()) && carl.registerUser(u"carl"_s));
    // More than one batch of Retention's.
    for (int i = 0; i < 520; ++i)
        trudy.send(Msg::Whisper{u"carl"_s, u"spam %1"_s.arg(i), i + 1});
    QVERIFY(trudy.waitFor<Msg::Ack>(20'000, [](const Msg::Ack &a) { return a.ref == 520; }));
    trudy.send(Msg::Say{u"lobby"_s, u"trudy in the lobby"_s, 999});
    QVERIFY(trudy.waitFor<Msg::Ack>(10'000, [](const Msg::Ack &a) { return a.ref == 999; }));
    carl.send(Msg::Say{u"lobby"_s, u"carl stays"_s, 1});
    QVERIFY(carl.waitFor<Msg::Ack>());
    const Answer deleted = admin({u"delete-user"_s, u"trudy"_s, u"--with-messages"_s});
    QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.err));
    QVERIFY(trudy.waitForDisconnect());
    QTRY_VERIFY_WITH_TIMEOUT(history(carl, QString(), u"trudy"_s).isEmpty(), 10'000);
    const QStringList lobby = history(carl, u"lobby"_s);
    QVERIFY(!lobby.contains(u"trudy in the lobby"_s));
    QVERIFY(lobby.contains(u"carl stays"_s));
    QVERIFY(m_server.errors().contains("deleted the 521 messages of a deleted account"));
}

void TestServerAdmin::argumentsAfterTheCommandAreItsOwn()
{
    // "-3" is the command's (refused: not a number of days), not an option of chatroom-server's.
    const Answer negative = admin({u"retention"_s, u"lobby"_s, u"-3"_s});
    QCOMPARE(negative.exitCode, 1);
    QVERIFY2(negative.err.contains(u"\"-3\" is not a number of days"_s), qPrintable(negative.err));
    // Room names in any case are the room.
    const Answer upper = admin({u"retention"_s, u"LOBBY"_s, u"30"_s});
    QVERIFY2(upper.exitCode == 0, qPrintable(upper.err));
    QVERIFY2(upper.out.contains(u"lobby keeps its messages 30 days"_s), qPrintable(upper.out));
    QCOMPARE(admin({u"retention"_s, u"lobby"_s, u"default"_s}).exitCode, 0);
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
        // A "busy" answer may come and the server close before this write: the write then fails and the
        // socket drops what it had not read yet. That attempt tells nothing; the next one goes on.
        QTRY_VERIFY_WITH_TIMEOUT(flood.bytesAvailable() > 0 || flood.state() == QLocalSocket::UnconnectedState, 5000);
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
