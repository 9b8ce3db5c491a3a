// RoomMessageBatch on both backends, in-process, on a real SQLite file and a real PostgreSQL: the room
// messages of one pass are stored in the next, in one transaction, room by room; one that cannot be stored
// is refused alone, and the others are stored; a failed commit refuses them all and tries nothing again;
// a full batch does not wait; an answer that flushes again stores nothing twice and is not overtaken; in
// SQLite, a batch goes into the full-text index as one segment, and a direct message goes in too.
#include "database.h"
#include "messagestore.h"
#include "roommessagebatch.h"
#include "roomstore.h"
#include "serviceprocess.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Outcome
{
    QString text;
    std::optional<StoredMessage> stored;
};

struct Commits
{
    int count = 0;
    int toRefuse = 0; // the next commits SQLite turns into rollbacks
};

int countCommit(void *data)
{
    auto *commits = static_cast<Commits *>(data);
    ++commits->count;
    if (commits->toRefuse > 0) {
        --commits->toRefuse;
        return 1;
    }
    return 0; // go on with the commit
}

} // namespace

class TestRoomMessageBatch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void storedTogetherInTheNextPass_data();
    void storedTogetherInTheNextPass();
    void oneThatCannotBeStoredIsRefusedAlone_data();
    void oneThatCannotBeStoredIsRefusedAlone();
    void aFailedCommitRefusesAllAndTriesNothingAgain();
    void aFullBatchIsStoredAtOnce();
    void anAnswerThatFlushesAgainStoresNothingTwice();
    void aBatchIsSearchableAsOneIndexSegment();

private:
    void backends();
    void open(const QString &backend);
    MessageStore::NewRoomMessage message(const QString &room, const QString &text) const
    {
        return {m_alice, room, u"alice"_s, text, false, {}, std::nullopt, std::nullopt};
    }
    // Adds the message; its outcome lands in m_outcomes.
    void add(MessageStore::NewRoomMessage m);
    // Transactions that stored room messages: counted by SQLite's commit hook, or by PostgreSQL's
    // transaction ids of the rows.
    int transactions();

    std::unique_ptr<PostgresProcess> m_pg;
    QTemporaryDir m_dir;
    int m_databases = 0;
    QString m_backend;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MessageStore> m_store;
    std::unique_ptr<RoomMessageBatch> m_batch;
    qint64 m_alice = 0;
    Commits m_commits;
    Histogram m_timed = Histogram::latency();
    QList<Outcome> m_outcomes;
};

void TestRoomMessageBatch::initTestCase()
{
    m_pg = std::make_unique<PostgresProcess>();
    QVERIFY2(m_pg->start(), m_pg->errors().right(2000).constData());
}

void TestRoomMessageBatch::init()
{
    m_outcomes.clear();
    m_commits = {};
    m_timed = Histogram::latency();
}

void TestRoomMessageBatch::cleanup()
{
    m_batch.reset();
    m_store.reset();
    m_db.reset();
}

void TestRoomMessageBatch::backends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

void TestRoomMessageBatch::open(const QString &backend)
{
    m_backend = backend;
    const QString name = u"db%1"_s.arg(++m_databases);
    DatabaseLocation where = DatabaseLocation::sqlite(m_dir.filePath(name));
    QString error;
    if (backend == "postgresql"_L1) {
        where = *DatabaseLocation::parse(m_pg->url(), QString(), QString(), &error);
        const QString connection = Database::openThreadConnection(where, QString(), &error);
        QSqlQuery q(QSqlDatabase::database(connection, false));
        QVERIFY(q.exec(u"CREATE DATABASE %1"_s.arg(name)));
        q.finish();
        Database::closeThreadConnection(connection);
        where.name = name;
    }
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(where, &error), qPrintable(error));
    m_alice = m_db->createUser(u"alice"_s, "hash").value_or(0);
    QVERIFY(m_alice > 0);
    m_store = std::make_unique<MessageStore>(*m_db);
    m_batch = std::make_unique<RoomMessageBatch>(*m_store, m_timed);
    if (backend == "sqlite"_L1) {
        const QVariant handle = m_db->connection().driver()->handle();
        QVERIFY(handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0);
        sqlite3_commit_hook(*static_cast<sqlite3 *const *>(handle.data()), &countCommit, &m_commits);
    }
}

void TestRoomMessageBatch::add(MessageStore::NewRoomMessage m)
{
    const QString text = m.text;
    m_batch->add(std::move(m),
                 [this, text](const std::optional<StoredMessage> &stored) { m_outcomes.append({text, stored}); });
}

int TestRoomMessageBatch::transactions()
{
    if (m_backend == "sqlite"_L1)
        return m_commits.count;
    QSqlQuery q(m_db->connection());
    if (!q.exec(u"SELECT count(DISTINCT xmin::text) FROM messages"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestRoomMessageBatch::storedTogetherInTheNextPass_data()
{
    backends();
}

void TestRoomMessageBatch::storedTogetherInTheNextPass()
{
    QFETCH(QString, backend);
    open(backend);
    if (QTest::currentTestFailed())
        return;
    add(message(u"kitchen"_s, u"k1"_s));
    add(message(u"cellar"_s, u"c1"_s));
    add(message(u"kitchen"_s, u"k2"_s));
    QVERIFY(!m_batch->isEmpty());
    RoomStore rooms(*m_db);
    QCOMPARE(rooms.newestNumber(u"kitchen"_s), std::optional<qint64>(0)); // not yet: the pass goes on
    QVERIFY(m_outcomes.isEmpty());

    QTRY_COMPARE(m_outcomes.size(), 3);
    QVERIFY(m_batch->isEmpty());
    QCOMPARE(transactions(), 1);
    QCOMPARE(m_timed.count(), 1); // timed once per transaction, not per message
    // Room by room, each room's in the order they came.
    QCOMPARE(m_outcomes[0].text, u"c1"_s);
    QCOMPARE(m_outcomes[1].text, u"k1"_s);
    QCOMPARE(m_outcomes[2].text, u"k2"_s);
    for (const Outcome &o : m_outcomes)
        QVERIFY2(o.stored, qPrintable(o.text));
    QCOMPARE(m_outcomes[0].stored->seq, 1);
    QCOMPARE(m_outcomes[1].stored->seq, 1);
    QCOMPARE(m_outcomes[2].stored->seq, 2);
    QVERIFY(m_outcomes[2].stored->id > m_outcomes[1].stored->id);
    QCOMPARE(rooms.newestNumber(u"kitchen"_s), std::optional<qint64>(2));
    QCOMPARE(m_store->readPosition(m_alice, Conversation::ofRoom(u"kitchen"_s)), m_outcomes[2].stored->id);

    // The next pass's messages make a transaction of their own.
    add(message(u"kitchen"_s, u"k3"_s));
    QTRY_COMPARE(m_outcomes.size(), 4);
    QCOMPARE(transactions(), 2);
    QCOMPARE(m_outcomes[3].stored->seq, 3);
}

void TestRoomMessageBatch::oneThatCannotBeStoredIsRefusedAlone_data()
{
    backends();
}

void TestRoomMessageBatch::oneThatCannotBeStoredIsRefusedAlone()
{
    QFETCH(QString, backend);
    open(backend);
    if (QTest::currentTestFailed())
        return;
    add(message(u"kitchen"_s, u"before"_s));
    MessageStore::NewRoomMessage ghost = message(u"kitchen"_s, u"@ghost"_s);
    ghost.mentioned = {987654}; // no such account: a foreign key breaks
    add(ghost);
    add(message(u"kitchen"_s, u"after"_s));
    add(message(u"kitchen"_s, u"later"_s));
    m_batch->flush();
    QCOMPARE(m_outcomes.size(), 4);
    QCOMPARE(m_outcomes[0].text, u"before"_s);
    QCOMPARE(m_outcomes[1].text, u"@ghost"_s);
    QCOMPARE(m_outcomes[2].text, u"after"_s);
    QCOMPARE(m_outcomes[3].text, u"later"_s);
    QVERIFY(m_outcomes[0].stored && m_outcomes[2].stored && m_outcomes[3].stored);
    QVERIFY(!m_outcomes[1].stored);
    // The batch's numbers were given back: the three stored are 1, 2 and 3.
    QCOMPARE(m_outcomes[0].stored->seq, 1);
    QCOMPARE(m_outcomes[2].stored->seq, 2);
    QCOMPARE(m_outcomes[3].stored->seq, 3);
    RoomStore rooms(*m_db);
    const auto all = rooms.numbered(u"kitchen"_s, 0, std::nullopt, 100);
    QVERIFY(all);
    QCOMPARE(all->size(), 3);
    // The one before it again, then the two after it together: not one by one.
    QCOMPARE(transactions(), 2);
    QCOMPARE(m_timed.count(), 3); // the failed attempt too
}

void TestRoomMessageBatch::aFailedCommitRefusesAllAndTriesNothingAgain()
{
    // A commit that fails may, over a network, have stored everything before its answer was lost: storing the
    // messages again could store them twice. They are refused, and the senders may send them again.
    open(u"sqlite"_s);
    if (QTest::currentTestFailed())
        return;
    m_commits.toRefuse = 1;
    add(message(u"kitchen"_s, u"one"_s));
    add(message(u"cellar"_s, u"two"_s));
    add(message(u"kitchen"_s, u"three"_s));
    m_batch->flush();
    QCOMPARE(m_outcomes.size(), 3);
    for (const Outcome &o : std::as_const(m_outcomes))
        QVERIFY2(!o.stored, qPrintable(o.text));
    QCOMPARE(m_commits.count, 1); // one attempt
    QCOMPARE(m_timed.count(), 1);
    RoomStore rooms(*m_db);
    QCOMPARE(rooms.newestNumber(u"kitchen"_s), std::optional<qint64>(0));
    // The next batch is stored as usual.
    add(message(u"kitchen"_s, u"four"_s));
    m_batch->flush();
    QVERIFY(m_outcomes.last().stored);
    QCOMPARE(m_outcomes.last().stored->seq, 1);
}

void TestRoomMessageBatch::aFullBatchIsStoredAtOnce()
{
    open(u"sqlite"_s);
    if (QTest::currentTestFailed())
        return;
    for (int i = 0; i < RoomMessageBatch::MaxMessages - 1; ++i)
        add(message(u"kitchen"_s, u"m%1"_s.arg(i)));
    QVERIFY(m_outcomes.isEmpty());
    add(message(u"kitchen"_s, u"last"_s));
    // No pass in between: the full batch did not wait for one.
    QCOMPARE(m_outcomes.size(), RoomMessageBatch::MaxMessages);
    QCOMPARE(m_commits.count, 1);
    QCOMPARE(m_outcomes.last().stored->seq, RoomMessageBatch::MaxMessages);
    QVERIFY(m_batch->isEmpty());
    QTest::qWait(50); // the pass's own call finds nothing left
    QCOMPARE(m_outcomes.size(), RoomMessageBatch::MaxMessages);
    QCOMPARE(m_commits.count, 1);
}

void TestRoomMessageBatch::anAnswerThatFlushesAgainStoresNothingTwice()
{
    // As when an answer loses a connection and its session's end flushes the batch again.
    open(u"sqlite"_s);
    if (QTest::currentTestFailed())
        return;
    int answers = 0;
    m_batch->add(message(u"kitchen"_s, u"first"_s), [&](const std::optional<StoredMessage> &stored) {
        ++answers;
        QVERIFY(stored);
        add(message(u"kitchen"_s, u"said meanwhile"_s));
        m_batch->flush();
    });
    add(message(u"kitchen"_s, u"second"_s));
    m_batch->flush();
    QCOMPARE(answers, 1);
    QCOMPARE(m_outcomes.size(), 2);
    // What came during the answers waits for the rest of them: nothing overtakes "second".
    QCOMPARE(m_outcomes[0].text, u"second"_s);
    QCOMPARE(m_outcomes[1].text, u"said meanwhile"_s);
    QCOMPARE(m_outcomes[1].stored->seq, 3);
    QTest::qWait(50);
    QCOMPARE(answers, 1);
    QCOMPARE(m_outcomes.size(), 2);
    RoomStore rooms(*m_db);
    QCOMPARE(rooms.newestNumber(u"kitchen"_s), std::optional<qint64>(3));
    QCOMPARE(m_commits.count, 2);
}

void TestRoomMessageBatch::aBatchIsSearchableAsOneIndexSegment()
{
    open(u"sqlite"_s);
    if (QTest::currentTestFailed())
        return;
    const auto hits = [this](const QString &word) {
        QList<qint64> ids;
        QSqlQuery q(m_db->connection());
        q.prepare(u"SELECT rowid FROM messages_fts WHERE messages_fts MATCH ? ORDER BY rowid"_s);
        q.addBindValue(word);
        if (q.exec()) {
            while (q.next())
                ids << q.value(0).toLongLong();
        }
        return ids;
    };
    const auto segments = [this] {
        QSqlQuery q(m_db->connection());
        return q.exec(u"SELECT COUNT(DISTINCT segid) FROM messages_fts_idx"_s) && q.next() ? q.value(0).toInt() : -1;
    };
    QCOMPARE(segments(), 0);
    for (int i = 0; i < 10; ++i)
        add(message(i % 2 ? u"kitchen"_s : u"cellar"_s, u"pomegranate number%1"_s.arg(i)));
    QTRY_COMPARE(m_outcomes.size(), 10);
    QList<qint64> stored;
    for (const Outcome &o : std::as_const(m_outcomes))
        stored << o.stored.value_or(StoredMessage{}).id;
    std::ranges::sort(stored);
    QCOMPARE(hits(u"pomegranate"_s), stored); // each once: no trigger indexes it a second time
    QCOMPARE(hits(u"number7"_s).size(), 1);
    QCOMPARE(segments(), 1); // by trigger, each message made a segment of its own (10)

    // A direct message is indexed by the statement that stores it, too.
    const qint64 bob = m_db->createUser(u"bob"_s, "hash").value_or(0);
    QVERIFY(bob > 0);
    const auto direct =
        m_store->storeDirectMessage(m_alice, u"alice"_s, bob, u"bob"_s, u"quince for bob"_s, false, std::nullopt);
    QVERIFY(direct);
    QCOMPARE(hits(u"quince"_s), QList<qint64>{direct->id});
}

QTEST_GUILESS_MAIN(TestRoomMessageBatch)
#include "tst_server_roommessagebatch.moc"
