// PostgreSQL for the cluster mode (issue 17), as the server uses it: a real server started by the test in a
// temporary directory on a free loopback port. The driver alone survives a restart; a chatroom-server with
// --database keeps everything there (and nothing in its data directory), answers what is asked while the
// database is gone with a clear error and serves again once it is back, losing nothing it acknowledged;
// its options refuse a password on the command line and take one from a file or the environment, never
// to show it. (Every server test also runs on PostgreSQL: the *_postgres variants.)
#include "databaselocation.h"
#include "serverprocess.h"
#include "serviceprocess.h"
#include "testclient.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QtCrypto>

using namespace Qt::Literals::StringLiterals;

class TestPostgres : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void aStatementSurvivesARestart();
    void theServerKeepsEverythingInPostgres();
    void aRestartOfPostgresFailsRequestsClearlyThenServesAgain();
    void badDatabaseOptionsAreRefused_data();
    void badDatabaseOptionsAreRefused();
    void anUnreachableDatabaseStopsStartupClearly();
    void thePasswordComesFromAFileOrTheEnvironment();

private:
    // pg's URL for another database (and user).
    static QString urlOf(const PostgresProcess &pg, const QString &database, const QString &user = {});
    // Every text of a room's history, oldest first; nullopt when it could not be read.
    static std::optional<QStringList> roomTexts(TestClient &c, const QString &room);
    // Runs the server with arguments until it exits (it should not get ready): its exit code and stderr.
    static std::pair<int, QByteArray> runFailing(const QStringList &arguments, const QProcessEnvironment &env = {});

    QCA::Initializer m_qca;
};

void TestPostgres::initTestCase()
{
    if (ServerProcess::onPostgres())
        QSKIP("this test starts its own PostgreSQL servers");
    QVERIFY(QSqlDatabase::isDriverAvailable(u"QPSQL"_s));
}

QString TestPostgres::urlOf(const PostgresProcess &pg, const QString &database, const QString &user)
{
    QUrl url(pg.url());
    url.setPath(u'/' + database);
    if (!user.isEmpty())
        url.setUserName(user);
    return url.toString();
}

std::optional<QStringList> TestPostgres::roomTexts(TestClient &c, const QString &room)
{
    QStringList texts;
    qint64 after = 0;
    for (;;) {
        c.send(Msg::HistoryRequest{room, std::nullopt, after, Protocol::MaxHistoryLimit, std::nullopt});
        const auto page = c.waitFor<Msg::HistoryReply>();
        if (!page)
            return std::nullopt;
        for (const Msg::ChatMessage &m : page->messages) {
            texts << m.text;
            after = m.id;
        }
        if (!page->more)
            return texts;
    }
}

std::pair<int, QByteArray> TestPostgres::runFailing(const QStringList &arguments, const QProcessEnvironment &env)
{
    QTemporaryDir dir;
    QProcess p;
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    p.start(QStringLiteral(CHATROOM_SERVER_BINARY),
            QStringList{u"--data-dir"_s, dir.path(), u"--port"_s, u"0"_s, u"--udp-port"_s, u"0"_s, u"--no-console"_s} +
                arguments);
    if (!p.waitForFinished(20'000)) {
        p.kill();
        p.waitForFinished();
        return {-1, p.readAllStandardError()};
    }
    return {p.exitCode(), p.readAllStandardError()};
}

void TestPostgres::aStatementSurvivesARestart()
{
    PostgresProcess pg;
    QVERIFY2(pg.start(), pg.errors().right(2000).constData());
    const QUrl url(pg.url());
    QCOMPARE(url.scheme(), u"postgresql"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"test"_s);
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY2(q.exec(u"CREATE TABLE messages (room TEXT NOT NULL, seq BIGINT NOT NULL, text TEXT NOT NULL, "
                        "PRIMARY KEY (room, seq))"_s),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.prepare(u"INSERT INTO messages (room, seq, text) VALUES (?, ?, ?)"_s));
        q.addBindValue(u"lobby"_s);
        q.addBindValue(1);
        q.addBindValue(u"héllo 👋"_s);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

        pg.kill(); // as a crash would
        QSqlQuery down(db);
        // The backend serving this connection outlives the postmaster for a moment, until it notices.
        bool failed = false;
        for (int attempt = 0; attempt < 100 && !(failed = !down.exec(u"SELECT text FROM messages"_s)); ++attempt)
            QTest::qWait(100);
        QVERIFY(failed);
        QVERIFY(!down.lastError().text().isEmpty());

        QVERIFY(pg.start()); // same port, same data
        // The driver does not reconnect by itself: the connection is opened again.
        db.close();
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery back(db);
        QVERIFY2(back.exec(u"SELECT text FROM messages WHERE room = 'lobby' AND seq = 1"_s),
                 qPrintable(back.lastError().text()));
        QVERIFY(back.next());
        QCOMPARE(back.value(0).toString(), u"héllo 👋"_s); // committed before the crash: kept
    }
    QSqlDatabase::removeDatabase(u"test"_s);
}

void TestPostgres::theServerKeepsEverythingInPostgres()
{
    PostgresProcess pg;
    QVERIFY2(pg.start(), pg.errors().right(2000).constData());
    QVERIFY(pg.admin({u"CREATE DATABASE chat"_s}));
    const QString url = urlOf(pg, u"chat"_s);
    ServerProcess server;
    QVERIFY2(server.start({u"--database"_s, url}), server.errors().constData());
    {
        TestClient alice;
        QVERIFY(alice.connectTo(server.tcpPort()) && alice.registerUser(u"alice"_s));
        alice.send(Msg::Say{u"lobby"_s, u"kept in PostgreSQL ✓"_s, 1, false});
        QVERIFY(alice.waitFor<Msg::Ack>());
        alice.send(Msg::Search{u"postgre"_s});
        const auto found = alice.waitFor<Msg::SearchResults>();
        QVERIFY(found && found->hits.size() == 1);
        QCOMPARE(found->hits[0].snippet, u"kept in PostgreSQL ✓"_s);
    }
    server.stop();
    QVERIFY(!QFile::exists(QDir(server.dataDir()).filePath(u"chatroom.db"_s))); // nothing in the data directory

    // What the server stored is in the database, where every node would find it.
    {
        const QUrl u(url);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"look"_s);
        db.setHostName(u.host());
        db.setPort(u.port());
        db.setUserName(u.userName());
        db.setDatabaseName(u"chat"_s);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT u.name, m.room, m.text FROM messages m JOIN users u ON u.name = m.sender"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"alice"_s);
        QCOMPARE(q.value(1).toString(), u"lobby"_s);
        QCOMPARE(q.value(2).toString(), u"kept in PostgreSQL ✓"_s);
        QVERIFY(!q.next());
        QVERIFY(q.exec(u"SELECT version FROM chatroom_schema"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 16);
    }
    QSqlDatabase::removeDatabase(u"look"_s);

    // A second start migrates nothing and finds it all.
    QVERIFY2(server.start({u"--database"_s, url}), server.errors().constData());
    TestClient again;
    QVERIFY(again.connectTo(server.tcpPort()) && again.login(u"alice"_s));
    QCOMPARE(roomTexts(again, u"lobby"_s), std::optional<QStringList>({u"kept in PostgreSQL ✓"_s}));
}

void TestPostgres::aRestartOfPostgresFailsRequestsClearlyThenServesAgain()
{
    PostgresProcess pg;
    QVERIFY2(pg.start(), pg.errors().right(2000).constData());
    QVERIFY(pg.admin({u"CREATE DATABASE chat"_s}));
    ServerProcess server;
    QVERIFY2(server.start({u"--database"_s, urlOf(pg, u"chat"_s)}), server.errors().constData());
    TestClient alice;
    QVERIFY(alice.connectTo(server.tcpPort()) && alice.registerUser(u"alice"_s));
    alice.send(Msg::Say{u"lobby"_s, u"before"_s, 1, false});
    QVERIFY(alice.waitFor<Msg::Ack>());
    alice.send(Msg::Search{u"before"_s}); // the search thread's connection is open from now on
    QVERIFY(alice.waitFor<Msg::SearchResults>());

    pg.kill();
    alice.send(Msg::Say{u"lobby"_s, u"during"_s, 2, false});
    const auto refused = alice.waitFor<Msg::ErrorReply>(10'000);
    QVERIFY(refused);
    QCOMPARE(refused->code, u"server_error"_s);
    QCOMPARE(refused->ref, std::optional<qint64>(2));
    QVERIFY(refused->message.contains(u"not sent"_s));
    QVERIFY(alice.isConnected()); // the session goes on
    // Nothing else pretends either: an empty history, "no such user", a wrong password or a dead token would
    // each be believed.
    alice.send(Msg::HistoryRequest{u"lobby"_s, std::nullopt, qint64(0), 50, std::nullopt});
    auto e = alice.waitFor<Msg::ErrorReply>(5000);
    QVERIFY(e && e->code == "server_error"_L1 && !alice.has<Msg::HistoryReply>());
    alice.send(Msg::Whisper{u"alice2"_s, u"psst"_s, 9, false});
    e = alice.waitFor<Msg::ErrorReply>(5000);
    QVERIFY2(e && e->code == "server_error"_L1, e ? qPrintable(e->code) : "no answer");
    TestClient late;
    QVERIFY(late.connectTo(server.tcpPort()));
    QVERIFY(!late.login(u"alice"_s));
    QVERIFY2(late.lastError().contains(u"server_error"_s), qPrintable(late.lastError()));
    TestClient resumer;
    QVERIFY(resumer.connectTo(server.tcpPort()) && resumer.hello());
    resumer.send(Msg::Resume{alice.auth().resumeToken});
    e = resumer.waitFor<Msg::ErrorReply>(5000);
    QVERIFY2(e && e->code == "server_error"_L1, e ? qPrintable(e->code) : "no answer");

    QVERIFY(pg.start());
    // The connection is tried again within its back-off (Database::MaxRetryMs): a message goes through.
    QStringList acked{u"before"_s};
    QDeadlineTimer deadline(15'000);
    for (int ref = 3; acked.size() == 1 && !deadline.hasExpired(); ++ref) {
        const QString text = u"after %1"_s.arg(ref);
        alice.send(Msg::Say{u"lobby"_s, text, ref, false});
        bool acknowledged = false, refused = false;
        QTRY_VERIFY_WITH_TIMEOUT_NOFAIL(
            (acknowledged = acknowledged || alice.has<Msg::Ack>([&](const Msg::Ack &a) { return a.ref == ref; })) ||
                (refused = alice.has<Msg::ErrorReply>([&](const Msg::ErrorReply &e) { return e.ref == ref; })),
            5000);
        QVERIFY2(acknowledged || refused, "a request went unanswered");
        if (acknowledged)
            acked << text;
        else
            QTest::qWait(200);
    }
    QVERIFY2(acked.size() == 2, server.errors().right(3000).constData());
    // Nothing acknowledged is lost, nothing refused was stored, and the other requests work again too.
    QCOMPARE(roomTexts(alice, u"lobby"_s), std::optional<QStringList>(acked));
    alice.send(Msg::Search{u"after"_s});
    const auto found = alice.waitFor<Msg::SearchResults>();
    QVERIFY2(found, server.errors().right(3000).constData());
    QCOMPARE(found->hits.size(), 1);
    TestClient bob;
    QVERIFY(bob.connectTo(server.tcpPort()) && bob.registerUser(u"bob"_s));
    QVERIFY(server.errors().contains("lost the connection to postgresql://"));
}

void TestPostgres::badDatabaseOptionsAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    QTest::newRow("password in the URL") << QStringList{u"--database"_s, u"postgresql://u:hunter2@127.0.0.1/db"_s}
                                         << u"must not hold the password"_s;
    QTest::newRow("not PostgreSQL") << QStringList{u"--database"_s, u"mysql://u@127.0.0.1/db"_s}
                                    << u"takes a PostgreSQL URL"_s;
    QTest::newRow("no database") << QStringList{u"--database"_s, u"postgresql://u@127.0.0.1"_s}
                                 << u"needs a user, a host and a database"_s;
    QTest::newRow("unknown parameter") << QStringList{u"--database"_s, u"postgresql://u@127.0.0.1/db?options=-c"_s}
                                       << u"unknown parameter \"options\""_s;
    QTest::newRow("password file alone") << QStringList{u"--database-password-file"_s, u"/nonexistent"_s}
                                         << u"needs --database"_s;
    QTest::newRow("password with odd characters")
        << QStringList{u"--database"_s, u"postgresql://u:p%40ss/w!rd@127.0.0.1/db"_s}
        << u"must not hold the password"_s;
    QTest::newRow("a parameter smuggling another")
        << QStringList{u"--database"_s, u"postgresql://u@127.0.0.1/db?application_name=x%09host=evil"_s}
        << u"without control characters"_s;
    QTest::newRow("an empty parameter") << QStringList{u"--database"_s, u"postgresql://u@127.0.0.1/db?sslrootcert="_s}
                                        << u"not empty"_s;
    QTest::newRow("unknown sslmode") << QStringList{u"--database"_s, u"postgresql://u@127.0.0.1/db?sslmode=maybe"_s}
                                     << u"sslmode is one of"_s;
    QTest::newRow("bus without database")
        << QStringList{u"--bus"_s, u"valkey://127.0.0.1:6379"_s} << u"--bus needs --database"_s;
    QTest::newRow("bus without a files directory")
        << QStringList{u"--database"_s, u"postgresql://u@127.0.0.1/db"_s, u"--bus"_s, u"valkey://127.0.0.1:6379"_s}
        << u"--bus needs --files-dir DIR, a directory every node mounts"_s;
    QTest::newRow("bus password in the URL")
        << QStringList{u"--database"_s, u"postgresql://u@127.0.0.1/db"_s, u"--bus"_s, u"valkey://:pw@127.0.0.1"_s}
        << u"--bus must not hold"_s;
    QTest::newRow("missing password file") << QStringList{u"--database"_s, u"postgresql://u@127.0.0.1/db"_s,
                                                          u"--database-password-file"_s, u"/nonexistent/pw"_s}
                                           << u"Cannot read the database password file /nonexistent/pw"_s;
}

void TestPostgres::badDatabaseOptionsAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    const auto [code, errors] = runFailing(arguments);
    QCOMPARE(code, 2);
    QVERIFY2(errors.contains(says.toUtf8()), errors.constData());
    QVERIFY(!errors.contains("hunter2"));
}

void TestPostgres::anUnreachableDatabaseStopsStartupClearly()
{
    PostgresProcess pg; // started and stopped: its port is closed now
    QVERIFY(pg.start());
    pg.stop();
    const QString url = urlOf(pg, u"chat"_s);
    const auto [code, errors] = runFailing({u"--database"_s, url});
    QCOMPARE(code, 1);
    QVERIFY2(errors.contains(QByteArray("Cannot connect to the database " + url.toUtf8())), errors.constData());
}

void TestPostgres::thePasswordComesFromAFileOrTheEnvironment()
{
    PostgresProcess pg;
    QVERIFY2(pg.start(), pg.errors().right(2000).constData());
    const QString secret = u"s3cret-Chat-Password"_s;
    QVERIFY(
        pg.admin({u"CREATE ROLE keeper LOGIN PASSWORD '%1'"_s.arg(secret), u"CREATE DATABASE kept OWNER keeper"_s}));
    // Only this role must give its password (scram-sha-256); everyone else is trusted, as initdb set it up.
    QFile hba(pg.dir() + u"/data/pg_hba.conf"_s);
    QVERIFY(hba.open(QIODevice::ReadOnly));
    const QByteArray rules = hba.readAll();
    hba.close();
    QVERIFY(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
    hba.write("host all keeper 127.0.0.1/32 scram-sha-256\n" + rules);
    hba.close();
    QVERIFY(pg.admin({u"SELECT pg_reload_conf()"_s}));
    QTest::qWait(300); // the postmaster reads the file on SIGHUP

    const QString url = urlOf(pg, u"kept"_s, u"keeper"_s);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PGPASSFILE"_s, u"/nonexistent"_s); // no ~/.pgpass of whoever runs the tests
    env.remove(QLatin1StringView(DatabaseLocation::PasswordVariable));
    // Without it, or with a wrong one: a clear refusal, and the wrong one not repeated.
    auto [code, errors] = runFailing({u"--database"_s, url}, env);
    QCOMPARE(code, 1);
    QVERIFY2(errors.contains("Cannot connect to the database") && errors.contains("password"), errors.constData());
    QTemporaryDir dir;
    const QString wrongFile = dir.filePath(u"wrong"_s), rightFile = dir.filePath(u"right"_s);
    for (const auto &[file, text] :
         {std::pair{wrongFile, u"not-it\n"_s}, std::pair{rightFile, QString(secret + u"\n"_s)}}) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    // A file everyone may read is refused before anything is sent.
    const QString openFile = dir.filePath(u"open"_s);
    QVERIFY(QFile::copy(rightFile, openFile));
    QVERIFY(QFile::setPermissions(openFile, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    std::tie(code, errors) = runFailing({u"--database"_s, url, u"--database-password-file"_s, openFile}, env);
    QCOMPARE(code, 2);
    QVERIFY2(errors.contains("readable by everyone"), errors.constData());
    std::tie(code, errors) = runFailing({u"--database"_s, url, u"--database-password-file"_s, wrongFile}, env);
    QCOMPARE(code, 1);
    QVERIFY2(errors.contains("password authentication failed"), errors.constData());
    QVERIFY(!errors.contains("not-it"));

    // From the file, and from the environment: the server runs, and its output and log never show it.
    for (const bool fromFile : {true, false}) {
        ServerProcess server;
        QProcessEnvironment withPassword = env;
        if (!fromFile)
            withPassword.insert(QLatin1StringView(DatabaseLocation::PasswordVariable), secret);
        server.process().setProcessEnvironment(withPassword);
        QStringList arguments{u"--database"_s, url};
        if (fromFile)
            arguments << u"--database-password-file"_s << rightFile;
        QVERIFY2(server.start(arguments), server.errors().constData());
        TestClient alice;
        QVERIFY(alice.connectTo(server.tcpPort()));
        QVERIFY(fromFile ? alice.registerUser(u"alice"_s) : alice.login(u"alice"_s));
        server.stop();
        QFile log(QDir(server.dataDir()).filePath(u"server.log"_s));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray written = log.readAll() + server.output() + server.errors();
        QVERIFY(written.contains("database postgresql://keeper@127.0.0.1:"));
        QVERIFY(!written.contains(secret.toUtf8()));
    }
}

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_server_postgres.moc"
