// Retention (issue 18): messages older than the server's retention-days, or a room's own, are deleted with
// what names them (reactions, mentions), recent ones and rooms that keep everything are left alone, and
// the setting's bad values are refused. The messages are made old by moving their time back in the file.
#include "serverprocess.h"
#include "testclient.h"

#include <QDateTime>
#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestServerRetention : public QObject
{
    Q_OBJECT
private slots:
    void oldMessagesGoRecentOnesStay();
    void badRetentionIsRefused();

private:
    static QByteArray admin(ServerProcess &server, const QStringList &command, int *exitCode = nullptr);
    static bool sql(const QString &databaseFile, const QString &statement, qint64 *value = nullptr);
};

QByteArray TestServerRetention::admin(ServerProcess &server, const QStringList &command, int *exitCode)
{
    QProcess p;
    p.start(QStringLiteral(CHATROOM_SERVER_BINARY),
            QStringList{u"--data-dir"_s, server.dataDir(), u"--admin"_s} + command);
    p.waitForFinished(30'000);
    if (exitCode)
        *exitCode = p.exitCode();
    return p.readAllStandardOutput() + p.readAllStandardError();
}

bool TestServerRetention::sql(const QString &databaseFile, const QString &statement, qint64 *value)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"edit"_s);
        db.setDatabaseName(databaseFile);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(statement);
            if (ok && value)
                *value = q.next() ? q.value(0).toLongLong() : -1;
        }
    }
    QSqlDatabase::removeDatabase(u"edit"_s);
    return ok;
}

void TestServerRetention::oldMessagesGoRecentOnesStay()
{
    if (ServerProcess::onPostgres())
        QSKIP("the messages are made old in the SQLite file");
    ServerProcess server;
    QVERIFY(server.start({u"--retention-days"_s, u"30"_s}));
    TestClient a, b;
    QVERIFY(a.connectTo(server.tcpPort()) && a.registerUser(u"ann"_s));
    QVERIFY(b.connectTo(server.tcpPort()) && b.registerUser(u"ben"_s));
    for (const QString &room : {u"archive"_s, u"short"_s}) {
        for (TestClient *c : {&a, &b}) {
            c->send(Msg::Join{room});
            QVERIFY(c->waitFor<Msg::Joined>());
        }
    }
    // 40 messages in each of three rooms, each mentioning ben, and ben reacts to the first of each.
    QList<qint64> firsts;
    for (const QString &room : {u"lobby"_s, u"archive"_s, u"short"_s}) {
        for (int i = 0; i < 40; ++i) {
            a.send(Msg::Say{room, u"@ben number %1"_s.arg(i), i + 1});
            const auto ack = a.waitFor<Msg::Ack>();
            QVERIFY(ack);
            if (i == 0)
                firsts << ack->id;
        }
    }
    for (qint64 id : firsts) {
        b.send(Msg::React{id, u"👍"_s, true});
        QVERIFY(a.waitFor<Msg::Reacted>(5000, [id](const Msg::Reacted &r) { return r.place.id == id; }));
    }
    a.send(Msg::Whisper{u"ben"_s, u"a direct message"_s, 99});
    QVERIFY(a.waitFor<Msg::Ack>());
    QCOMPARE(admin(server, {u"retention"_s, u"archive"_s, u"0"_s}).trimmed(),
             QByteArray("archive keeps its messages for ever."));
    QVERIFY(admin(server, {u"retention"_s, u"short"_s, u"2"_s}).contains("keeps its messages 2 days"));
    server.stop();

    // The first 25 of each room, and the direct message, are 40 days old; the short room's next 10 are 3.
    const QString file = QDir(server.dataDir()).filePath(u"chatroom.db"_s);
    const qint64 day = 24LL * 3600 * 1000;
    for (const QString &room : {u"lobby"_s, u"archive"_s, u"short"_s})
        QVERIFY(sql(file, u"UPDATE messages SET ts = ts - %1 WHERE id IN (SELECT id FROM messages WHERE room = '%2' "
                          "ORDER BY id LIMIT 25)"_s.arg(40 * day)
                              .arg(room)));
    QVERIFY(sql(file, u"UPDATE messages SET ts = ts - %1 WHERE id IN (SELECT id FROM messages WHERE room = 'short' "
                      "ORDER BY id LIMIT 10 OFFSET 25)"_s.arg(3 * day)));
    QVERIFY(sql(file, u"UPDATE messages SET ts = ts - %1 WHERE room IS NULL"_s.arg(40 * day)));
    qint64 reactionsBefore = 0, mentionsBefore = 0;
    QVERIFY(sql(file, u"SELECT COUNT(*) FROM reactions"_s, &reactionsBefore));
    QVERIFY(sql(file, u"SELECT COUNT(*) FROM mentions"_s, &mentionsBefore));
    QCOMPARE(reactionsBefore, 3);
    QCOMPARE(mentionsBefore, 120);

    QVERIFY(server.start({u"--retention-days"_s, u"30"_s}));
    const QByteArray swept = admin(server, {u"retention"_s, u"sweep"_s});
    // lobby 25, short 35 (2 days), archive none, the direct message 1.
    QVERIFY2(swept.contains("Deleted 61 messages past their retention."), swept.constData());
    server.stop();
    auto count = [&](const QString &where) {
        qint64 n = -1;
        return sql(file, u"SELECT COUNT(*) FROM messages WHERE "_s + where, &n) ? n : -1;
    };
    QCOMPARE(count(u"room = 'lobby'"_s), 15);
    QCOMPARE(count(u"room = 'archive'"_s), 40);
    QCOMPARE(count(u"room = 'short'"_s), 5);
    QCOMPARE(count(u"room IS NULL AND sender <> ''"_s), 0); // the direct message went
    // It was the newest: its row stays, nobody's, so that SQLite never gives its id to the next message.
    QCOMPARE(count(u"sender = '' AND room IS NULL AND dm_key IS NULL AND text = ''"_s), 1);
    qint64 reactions = 0, mentions = 0;
    QVERIFY(sql(file, u"SELECT COUNT(*) FROM reactions"_s, &reactions));
    QVERIFY(sql(file, u"SELECT COUNT(*) FROM mentions"_s, &mentions));
    QCOMPARE(reactions, 1); // the archive's
    QCOMPARE(mentions, 15 + 40 + 5);
    // The search index forgot them too.
    qint64 found = -1;
    QVERIFY(sql(file, u"SELECT COUNT(*) FROM messages_fts WHERE messages_fts MATCH 'number'"_s, &found));
    QCOMPARE(found, 60);
}

void TestServerRetention::badRetentionIsRefused()
{
    ServerProcess server;
    QVERIFY(!server.start({u"--retention-days"_s, u"-3"_s}));
    QVERIFY(server.errors().contains("--retention-days must be a whole number from 0 to 36500"));
    QVERIFY(server.start());
    int exitCode = 0;
    QVERIFY(
        admin(server, {u"retention"_s, u"nowhere"_s, u"5"_s}, &exitCode).contains("There is no room named nowhere"));
    QCOMPARE(exitCode, 1);
    QVERIFY(admin(server, {u"retention"_s, u"lobby"_s, u"soon"_s}, &exitCode)
                .contains("\"soon\" is not a number of days from 0 (for ever) to 36500"));
    QCOMPARE(exitCode, 1);
    QVERIFY(admin(server, {u"retention"_s, u"lobby"_s, u"default"_s}, &exitCode).contains("as the server's"));
    QCOMPARE(exitCode, 0);
    // Nothing to sweep with the default: everything is kept.
    QVERIFY(admin(server, {u"retention"_s, u"sweep"_s}).contains("Deleted 0 messages"));
}

QTEST_GUILESS_MAIN(TestServerRetention)
#include "tst_server_retention.moc"
