// The server as a process: console commands on stdin, signals, restart with the same data, a damaged
// database, and --help.
#include "serverprocess.h"
#include "testclient.h"

#include <QFile>
#include <QRegularExpression>
#include <QtCrypto>

using namespace Qt::Literals::StringLiterals;

class TestServerProcess : public QObject
{
    Q_OBJECT
private slots:
    void helpListsTheOptions();
    void consoleCommands();
    void consoleShutdownTellsClients();
    void sigtermShutsDownCleanly();
    void closedStdinKeepsServing();
    void restartKeepsAccountsHistoryAndResumeTokens();
    void damagedDatabaseStopsStartupUntouched();
    void commandsFromAFileOnStdin();

private:
    static bool waitForOutput(ServerProcess &server, const QByteArray &text);
    QCA::Initializer m_qca;
};

bool TestServerProcess::waitForOutput(ServerProcess &server, const QByteArray &text)
{
    QTRY_VERIFY_WITH_TIMEOUT_NOFAIL(server.output().contains(text), 5000);
    return server.output().contains(text);
}

void TestServerProcess::helpListsTheOptions()
{
    QProcess p;
    p.start(QStringLiteral(CHATROOM_SERVER_BINARY), {u"--help"_s});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
    const QByteArray help = p.readAllStandardOutput();
    for (const char *option : {"--listen", "--port", "--udp-port", "--data-dir", "--log-file",
                               "--heartbeat-interval-ms", "--heartbeat-timeout-ms", "--hash-memory-kib"})
        QVERIFY2(help.contains(option), option);
    p.start(QStringLiteral(CHATROOM_SERVER_BINARY), {u"--help-all"_s}); // Qt's too: help, never a server
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(p.readAllStandardOutput().contains("--data-dir"));
    p.start(QStringLiteral(CHATROOM_SERVER_BINARY), {u"--port"_s, u"seventy"_s});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardError().contains("--port must be a whole number"));
}

void TestServerProcess::consoleCommands()
{
    ServerProcess server;
    QVERIFY(server.start());
    server.writeStdin("users\nrooms\n");
    QVERIFY(waitForOutput(server, "Nobody is online."));
    QVERIFY(waitForOutput(server, "lobby  0 members, 0 online"));
    TestClient alice, bob;
    QVERIFY(alice.connectTo(server.tcpPort()) && alice.registerUser(u"alice"_s));
    QVERIFY(bob.connectTo(server.tcpPort()) && bob.registerUser(u"bob"_s));
    alice.send(Msg::Say{u"lobby"_s, u"counted"_s, 1, false});
    QVERIFY(alice.waitFor<Msg::Ack>());

    server.writeStdin("help\n");
    QVERIFY(waitForOutput(server, "broadcast <message>"));
    server.writeStdin("users\n");
    QVERIFY(waitForOutput(server, "2 online"));
    QVERIFY(server.output().contains("alice"));
    server.writeStdin("rooms\n");
    QVERIFY(waitForOutput(server, "lobby  2 members, 2 online"));
    server.writeStdin("stats\n");
    QVERIFY(waitForOutput(server, "messages by user  alice 1"));
    // A real size: /proc files look empty until read (it said "-1 KiB resident").
    const auto resident = QRegularExpression(u"([-0-9]+) KiB resident"_s).match(QString::fromUtf8(server.output()));
    QVERIFY(resident.hasMatch());
    QVERIFY2(resident.captured(1).toLongLong() > 1000, qPrintable(resident.captured(0)));
    QVERIFY(!server.output().contains("tcp               0 bytes in")); // the open connections count too
    server.writeStdin("broadcast Pizza in the kitchen.\n");
    for (TestClient *c : {&alice, &bob}) {
        const auto n =
            c->waitFor<Msg::Notice>(5000, [](const Msg::Notice &n) { return n.event == Msg::NoticeEvent::Broadcast; });
        QVERIFY(n);
        QCOMPARE(n->text, u"Pizza in the kitchen."_s);
    }
    server.writeStdin("kick bob spamming\n");
    const auto kicked =
        bob.waitFor<Msg::Notice>(5000, [](const Msg::Notice &n) { return n.event == Msg::NoticeEvent::Kicked; });
    QVERIFY(kicked);
    QVERIFY(kicked->text.contains(u"spamming"_s));
    QVERIFY(bob.waitForDisconnect());
    QVERIFY(alice.waitFor<Msg::Notice>(
        5000, [](const Msg::Notice &n) { return n.event == Msg::NoticeEvent::Kicked && n.user == u"bob"_s; }));
    server.writeStdin("kick nobody\n");
    QVERIFY(waitForOutput(server, "nobody is not online."));
    server.writeStdin("frobnicate\n");
    QVERIFY(waitForOutput(server, "Unknown command 'frobnicate'"));
    QVERIFY(alice.isConnected());
}

void TestServerProcess::consoleShutdownTellsClients()
{
    ServerProcess server;
    QVERIFY(server.start());
    TestClient alice;
    QVERIFY(alice.connectTo(server.tcpPort()) && alice.registerUser(u"alice"_s));
    server.writeStdin("shutdown Back in five minutes.\n");
    const auto n =
        alice.waitFor<Msg::Notice>(5000, [](const Msg::Notice &n) { return n.event == Msg::NoticeEvent::Shutdown; });
    QVERIFY(n);
    QCOMPARE(n->text, u"Back in five minutes."_s);
    QVERIFY(alice.waitForDisconnect());
    QTRY_COMPARE_WITH_TIMEOUT(server.process().state(), QProcess::NotRunning, 10000);
    QCOMPARE(server.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.process().exitCode(), 0);
}

void TestServerProcess::sigtermShutsDownCleanly()
{
    ServerProcess server;
    QVERIFY(server.start());
    TestClient alice;
    QVERIFY(alice.connectTo(server.tcpPort()) && alice.registerUser(u"alice"_s));
    server.process().terminate();
    QVERIFY(
        alice.waitFor<Msg::Notice>(5000, [](const Msg::Notice &n) { return n.event == Msg::NoticeEvent::Shutdown; }));
    QTRY_COMPARE_WITH_TIMEOUT(server.process().state(), QProcess::NotRunning, 10000);
    QCOMPARE(server.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.process().exitCode(), 0);
    QFile log(server.dataDir() + u"/server.log"_s);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray text = log.readAll();
    QVERIFY(text.contains("stopped"));
    QVERIFY(!text.contains("password123")); // never a password in the log
    QVERIFY(!text.contains(alice.auth().resumeToken.toUtf8()));
}

void TestServerProcess::closedStdinKeepsServing()
{
    ServerProcess server;
    QVERIFY(server.start());
    server.process().closeWriteChannel();
    QTest::qWait(200);
    TestClient alice;
    QVERIFY(alice.connectTo(server.tcpPort()));
    QVERIFY(alice.registerUser(u"alice"_s));
    QCOMPARE(server.process().state(), QProcess::Running);
}

void TestServerProcess::restartKeepsAccountsHistoryAndResumeTokens()
{
    QTemporaryDir dir;
    QString token;
    qint64 id = 0;
    {
        ServerProcess server(dir.path());
        QVERIFY(server.start());
        TestClient alice;
        QVERIFY(alice.connectTo(server.tcpPort()) && alice.registerUser(u"alice"_s, u"long-password"_s));
        alice.send(Msg::Join{u"dev"_s});
        QVERIFY(alice.waitFor<Msg::Joined>(5000, [](const Msg::Joined &j) { return j.room == u"dev"_s; }));
        alice.send(Msg::Say{u"dev"_s, u"remember me"_s, 1, false});
        const auto ack = alice.waitFor<Msg::Ack>();
        QVERIFY(ack);
        id = ack->id;
        token = alice.auth().resumeToken;
        server.kill(); // not even a clean shutdown
    }
    ServerProcess server(dir.path());
    QVERIFY(server.start());
    TestClient again;
    QVERIFY(again.connectTo(server.tcpPort()) && again.hello());
    again.send(Msg::Resume{token});
    const auto ok = again.waitFor<Msg::AuthOk>();
    QVERIFY(ok);
    QVERIFY(ok->resumed);
    QCOMPARE(ok->username, u"alice"_s);
    QVERIFY(ok->rooms.contains(u"dev"_s));
    again.send(Msg::HistoryRequest{u"dev"_s, std::nullopt, id - 1, 10, std::nullopt});
    const auto history = again.waitFor<Msg::HistoryReply>();
    QVERIFY(history);
    QCOMPARE(history->messages.size(), 1);
    QCOMPARE(history->messages.first().text, u"remember me"_s);
    // A token works once.
    TestClient replay;
    QVERIFY(replay.connectTo(server.tcpPort()) && replay.hello());
    replay.send(Msg::Resume{token});
    const auto e = replay.waitFor<Msg::ErrorReply>();
    QVERIFY(e);
    QCOMPARE(e->code, u"invalid_token"_s);
    // And the password still works.
    TestClient password;
    QVERIFY(password.connectTo(server.tcpPort()) && password.login(u"alice"_s, u"long-password"_s));
}

void TestServerProcess::damagedDatabaseStopsStartupUntouched()
{
    if (ServerProcess::onPostgres())
        QSKIP("a damaged SQLite file; PostgreSQL keeps its own files");
    QTemporaryDir dir;
    QFile db(dir.path() + u"/chatroom.db"_s);
    QVERIFY(db.open(QIODevice::WriteOnly));
    const QByteArray garbage = "this is not a database " + QByteArray(5000, '\x5a');
    db.write(garbage);
    db.close();
    ServerProcess server(dir.path());
    QVERIFY(!server.start());
    QTRY_COMPARE_WITH_TIMEOUT(server.process().state(), QProcess::NotRunning, 5000);
    QVERIFY(server.process().exitCode() != 0);
    QVERIFY2(server.errors().contains("left untouched"), server.errors().constData());
    QVERIFY(db.open(QIODevice::ReadOnly));
    QCOMPARE(db.readAll(), garbage);
}

void TestServerProcess::commandsFromAFileOnStdin()
{
    // `chatroom-server < commands.txt`: a regular file, which epoll will not watch, runs its commands.
    QTemporaryDir dir;
    QFile commands(dir.filePath(u"commands.txt"_s));
    QVERIFY(commands.open(QIODevice::WriteOnly));
    commands.write("stats\nshutdown\n");
    commands.close();
    ServerProcess server;
    server.process().setStandardInputFile(commands.fileName());
    QVERIFY(server.start());
    QTRY_COMPARE_WITH_TIMEOUT(server.process().state(), QProcess::NotRunning, 10000);
    QCOMPARE(server.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.process().exitCode(), 0);
    QVERIFY2(server.output().contains("uptime"), server.output().constData());
}

QTEST_GUILESS_MAIN(TestServerProcess)
#include "tst_server_process.moc"
