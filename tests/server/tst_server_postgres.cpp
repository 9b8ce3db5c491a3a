// PostgreSQL for the cluster mode (issue 17), as the tests will use it: a real server started by the test
// in a temporary directory on a free loopback port, reached with Qt SQL's PostgreSQL driver; a statement
// while it is down fails with a clear error, and the same connection works again once it is back.
#include "serviceprocess.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

class TestPostgres : public QObject
{
    Q_OBJECT
private slots:
    void aStatementSurvivesARestart();
};

void TestPostgres::aStatementSurvivesARestart()
{
    QVERIFY(QSqlDatabase::isDriverAvailable(u"QPSQL"_s));
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
        QVERIFY(!down.exec(u"SELECT text FROM messages"_s));
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

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_server_postgres.moc"
