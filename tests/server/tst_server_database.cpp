// The database itself, in-process, on both backends (issue 17): each room's messages numbered 1, 2, 3 …
// in the storing transaction, with no hole when a store fails; on PostgreSQL, two nodes storing into one
// room at once number it in the order they commit, each id above the one before; an SQLite file of an
// older schema gets its room messages numbered in the order of their ids. Search splits and folds words
// alike on both, and reaches only what the searcher may read. A connection lost inside a transaction is
// not made again behind the transaction's back: the commit fails, nothing of it is stored.
#include "database.h"
#include "messagestore.h"
#include "roomstore.h"
#include "searchindex.h"
#include "serviceprocess.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void roomsAreNumberedWithoutHoles_data();
    void roomsAreNumberedWithoutHoles();
    void aFailedStoreGivesItsNumberBack_data();
    void aFailedStoreGivesItsNumberBack();
    void nodesStoringIntoOneRoomNumberItInCommitOrder();
    void anOlderFileIsNumberedByItsIds();
    void searchSplitsAndFoldsWordsAlike_data();
    void searchSplitsAndFoldsWordsAlike();
    void searchReachesNoOtherPairsMessages_data();
    void searchReachesNoOtherPairsMessages();
    void aConnectionLostInATransactionFailsItsCommit();

private:
    void backends();
    // A database of its own on the backend the row names: SQLite in dir, or a new PostgreSQL database.
    DatabaseLocation location(const QString &backend);

    std::unique_ptr<PostgresProcess> m_pg;
    QTemporaryDir m_dir;
    int m_databases = 0;
};

void TestDatabase::initTestCase()
{
    m_pg = std::make_unique<PostgresProcess>();
    QVERIFY2(m_pg->start(), m_pg->errors().right(2000).constData());
}

void TestDatabase::backends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

DatabaseLocation TestDatabase::location(const QString &backend)
{
    const QString name = u"db%1"_s.arg(++m_databases);
    if (backend == "sqlite"_L1)
        return DatabaseLocation::sqlite(m_dir.filePath(name));
    Database admin;
    QString error;
    DatabaseLocation where = *DatabaseLocation::parse(m_pg->url(), QString(), QString(), &error);
    {
        const QString connection = Database::openThreadConnection(where, QString(), &error);
        QSqlQuery q(QSqlDatabase::database(connection, false));
        if (!q.exec(u"CREATE DATABASE %1"_s.arg(name)))
            qWarning("CREATE DATABASE failed");
        q.finish();
        Database::closeThreadConnection(connection);
    }
    where.name = name;
    return where;
}

void TestDatabase::roomsAreNumberedWithoutHoles_data()
{
    backends();
}

void TestDatabase::roomsAreNumberedWithoutHoles()
{
    QFETCH(QString, backend);
    Database db;
    QString error;
    QVERIFY2(db.open(location(backend), &error), qPrintable(error));
    const qint64 alice = db.createUser(u"alice"_s, "hash").value_or(0),
                 bob = db.createUser(u"bob"_s, "hash").value_or(0);
    QVERIFY(alice > 0 && bob > 0);
    MessageStore messages(db);
    RoomStore rooms(db);
    QCOMPARE(rooms.newestNumber(u"kitchen"_s), std::optional<qint64>(0));
    QList<StoredMessage> kitchen, cellar;
    for (int i = 0; i < 5; ++i) {
        const auto k = messages.storeRoomMessage(alice, u"kitchen"_s, u"alice"_s, u"k%1"_s.arg(i), false);
        const auto c = messages.storeRoomMessage(bob, u"cellar"_s, u"bob"_s, u"c%1"_s.arg(i), false);
        QVERIFY(k && c);
        kitchen << *k;
        cellar << *c;
        const auto direct = messages.storeDirectMessage(alice, u"alice"_s, bob, u"bob"_s, u"psst"_s, false);
        QVERIFY(direct);
        QCOMPARE(direct->seq, 0); // direct messages are not a room's
    }
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(kitchen[i].seq, i + 1);
        QCOMPARE(cellar[i].seq, i + 1);
    }
    QCOMPARE(rooms.newestNumber(u"kitchen"_s), std::optional<qint64>(5));
    const auto middle = rooms.numbered(u"kitchen"_s, 1, 4, 100);
    QVERIFY(middle);
    QCOMPARE(middle->size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(middle->at(i).seq, i + 2);
        QCOMPARE(middle->at(i).id, kitchen[i + 1].id);
    }
    const auto limited = rooms.numbered(u"cellar"_s, 0, std::nullopt, 2);
    QVERIFY(limited && limited->size() == 2 && limited->at(1).seq == 2);
    const auto toTheEnd = rooms.numbered(u"cellar"_s, 3, std::nullopt, 100);
    QVERIFY(toTheEnd && toTheEnd->size() == 2 && toTheEnd->at(1).id == cellar[4].id);
}

void TestDatabase::aFailedStoreGivesItsNumberBack_data()
{
    backends();
}

void TestDatabase::aFailedStoreGivesItsNumberBack()
{
    QFETCH(QString, backend);
    Database db;
    QString error;
    QVERIFY2(db.open(location(backend), &error), qPrintable(error));
    const qint64 alice = db.createUser(u"alice"_s, "hash").value_or(0);
    MessageStore messages(db);
    QCOMPARE(messages.storeRoomMessage(alice, u"kitchen"_s, u"alice"_s, u"one"_s, false)->seq, 1);
    // Mentioning an account that does not exist breaks a foreign key: the whole store is rolled back.
    QVERIFY(!messages.storeRoomMessage(alice, u"kitchen"_s, u"alice"_s, u"@ghost"_s, false, {987654}));
    QVERIFY(!messages.lastError().isEmpty());
    QCOMPARE(messages.storeRoomMessage(alice, u"kitchen"_s, u"alice"_s, u"two"_s, false)->seq, 2);
    RoomStore rooms(db);
    const auto all = rooms.numbered(u"kitchen"_s, 0, std::nullopt, 100);
    QVERIFY(all && all->size() == 2 && all->at(1).seq == 2);
}

void TestDatabase::nodesStoringIntoOneRoomNumberItInCommitOrder()
{
    // Two nodes, each its own connection on its own thread, storing into one room as fast as they can.
    const DatabaseLocation where = location(u"postgresql"_s);
    {
        Database setup;
        QString error;
        QVERIFY2(setup.open(where, &error), qPrintable(error));
        QVERIFY(setup.createUser(u"alice"_s, "hash") && setup.createUser(u"bob"_s, "hash"));
    }
    constexpr int PerNode = 300;
    std::atomic_int failures = 0;
    auto node = [&](const QString &name) {
        Database db;
        QString error;
        if (!db.open(where, &error)) {
            failures += PerNode;
            return;
        }
        const qint64 id = db.findUser(name)->id;
        MessageStore messages(db);
        for (int i = 0; i < PerNode; ++i) {
            if (!messages.storeRoomMessage(id, u"lobby"_s, name, u"%1 %2"_s.arg(name).arg(i), false))
                ++failures;
        }
    };
    std::unique_ptr<QThread> a(QThread::create(node, u"alice"_s)), b(QThread::create(node, u"bob"_s));
    a->start();
    b->start();
    QVERIFY(a->wait(60'000) && b->wait(60'000));
    QCOMPARE(failures.load(), 0);

    Database db;
    QString error;
    QVERIFY(db.open(where, &error));
    RoomStore rooms(db);
    const auto all = rooms.numbered(u"lobby"_s, 0, std::nullopt, 10'000);
    QVERIFY(all);
    QCOMPARE(all->size(), 2 * PerNode);
    for (int i = 0; i < all->size(); ++i) {
        QCOMPARE(all->at(i).seq, i + 1); // no hole, no number twice
        if (i > 0)
            QVERIFY2(all->at(i).id > all->at(i - 1).id, "ids rise with the numbers");
    }
    QCOMPARE(rooms.newestNumber(u"lobby"_s), std::optional<qint64>(2 * PerNode));
}

void TestDatabase::anOlderFileIsNumberedByItsIds()
{
    // data/schema2/chatroom.db: four messages in "oldroom" (ids 1-3 and 7), direct ones between them.
    QTemporaryDir dir;
    const QString file = dir.filePath(u"chatroom.db"_s);
    QVERIFY(QFile::copy(QFINDTESTDATA("data/schema2/chatroom.db"), file));
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner));
    Database db;
    QString error;
    QVERIFY2(db.open(dir.path(), &error), qPrintable(error));
    RoomStore rooms(db);
    const auto all = rooms.numbered(u"oldroom"_s, 0, std::nullopt, 100);
    QVERIFY(all);
    QCOMPARE(all->size(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(all->at(i).seq, i + 1);
        if (i > 0)
            QVERIFY(all->at(i).id > all->at(i - 1).id);
    }
    QCOMPARE(all->at(3).id, 7);
    QCOMPARE(rooms.newestNumber(u"oldroom"_s), std::optional<qint64>(4));
    MessageStore messages(db);
    const qint64 veteran = db.findUser(u"veteran"_s)->id;
    QCOMPARE(messages.storeRoomMessage(veteran, u"oldroom"_s, u"veteran"_s, u"fifth"_s, false)->seq, 5);
}

void TestDatabase::searchSplitsAndFoldsWordsAlike_data()
{
    backends();
}

void TestDatabase::searchSplitsAndFoldsWordsAlike()
{
    QFETCH(QString, backend);
    Database db;
    QString error;
    QVERIFY2(db.open(location(backend), &error), qPrintable(error));
    const qint64 alice = db.createUser(u"alice"_s, "hash").value_or(0);
    QVERIFY(db.rememberRoom(alice, u"lobby"_s));
    MessageStore messages(db);
    const auto stored = messages.storeRoomMessage(alice, u"lobby"_s, u"alice"_s,
                                                  u"Mail bob@example.org about pi=3.14, ПРИВЕТ Ünïcödé ⑴"_s, false);
    QVERIFY(stored);
    SearchIndex index(db.connection().connectionName(), db.location().kind);
    auto hits = [&](const QString &text) -> qsizetype {
        QString why;
        const auto query = SearchQuery::parse(text, &why);
        if (!query)
            return -2;
        bool more = false;
        const auto found = index.search(alice, u"alice"_s, *query, std::nullopt, 20, &more);
        return found ? found->size() : -1;
    };
    // Words as FTS5 sees them: between anything that is not a letter or a digit; by their start; any case,
    // no accents.
    for (const QString &word : {u"example"_s, u"bob"_s, u"14"_s, u"привет"_s, u"UNICODE"_s, u"mai"_s, u"pi"_s})
        QVERIFY2(hits(word) == 1, qPrintable(word));
    QCOMPARE(hits(u"nothing"_s), 0);
    QVERIFY(hits(u"⑴ (1) 'x' \\ & | ! :*"_s) >= 0); // what the index would take for operators: words only
}

void TestDatabase::searchReachesNoOtherPairsMessages_data()
{
    backends();
}

void TestDatabase::searchReachesNoOtherPairsMessages()
{
    QFETCH(QString, backend);
    Database db;
    QString error;
    QVERIFY2(db.open(location(backend), &error), qPrintable(error));
    // "_" is a character of usernames and LIKE's "any one character": a_b must not read a1b's conversations.
    const qint64 ab = db.createUser(u"a_b"_s, "hash").value_or(0), a1b = db.createUser(u"a1b"_s, "hash").value_or(0),
                 zed = db.createUser(u"zed"_s, "hash").value_or(0);
    QVERIFY(ab && a1b && zed);
    MessageStore messages(db);
    QVERIFY(messages.storeDirectMessage(a1b, u"a1b"_s, zed, u"zed"_s, u"secret plans"_s, false));
    SearchIndex index(db.connection().connectionName(), db.location().kind);
    QString why;
    const auto query = SearchQuery::parse(u"secret"_s, &why);
    bool more = false;
    QCOMPARE(index.search(ab, u"a_b"_s, *query, std::nullopt, 20, &more)->size(), 0);
    QCOMPARE(index.search(zed, u"zed"_s, *query, std::nullopt, 20, &more)->size(), 1);
}

void TestDatabase::aConnectionLostInATransactionFailsItsCommit()
{
    const DatabaseLocation where = location(u"postgresql"_s);
    Database db;
    QString error;
    QVERIFY2(db.open(where, &error), qPrintable(error));
    const qint64 alice = db.createUser(u"alice"_s, "hash").value_or(0);
    QSqlDatabase c = db.connection();
    QVERIFY(db.begin(c));
    QSqlQuery q(c);
    QVERIFY(q.exec(u"SELECT pg_backend_pid()"_s) && q.next());
    const qint64 pid = q.value(0).toLongLong();
    q.finish();
    QVERIFY(q.exec(u"INSERT INTO rooms (name, created_ms) VALUES ('half', 0)"_s));
    {
        // An administrator (or a crash) ends the connection in the middle of the transaction.
        const QString admin = Database::openThreadConnection(where, QString(), &error);
        QSqlQuery kill(QSqlDatabase::database(admin, false));
        QVERIFY(kill.exec(u"SELECT pg_terminate_backend(%1)"_s.arg(pid)));
        kill.finish();
        Database::closeThreadConnection(admin);
    }
    QTest::qWait(100);
    // What the transaction does next fails on the lost connection instead of running on its own.
    QSqlQuery after(db.connection());
    QVERIFY(!after.exec(u"INSERT INTO rooms (name, created_ms) VALUES ('alone', 0)"_s));
    QVERIFY(!db.commit(c));
    db.rollback(c);
    // Afterwards the connection is made again, and neither row is there.
    QTRY_VERIFY_WITH_TIMEOUT(db.rememberRoom(alice, u"lobby"_s), 5000);
    QSqlQuery check(db.connection());
    QVERIFY(check.exec(u"SELECT COUNT(*) FROM rooms WHERE name IN ('half', 'alone')"_s) && check.next());
    QCOMPARE(check.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_server_database.moc"
