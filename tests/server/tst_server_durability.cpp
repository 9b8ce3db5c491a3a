// An acknowledged message survives the server being killed (SIGKILL) mid-stream, and none is stored twice.
#include "checkpointer.h"
#include "database.h"
#include "messagestore.h"
#include "serverprocess.h"
#include "testclient.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtCrypto>

using namespace Qt::Literals::StringLiterals;

class TestServerDurability : public QObject
{
    Q_OBJECT
private slots:
    void acknowledgedMessagesSurviveSigkill();
    void fullDiskGivesAnErrorAndKeepsWhatIsStored();
    void aSchemaOneDatabaseIsUpgradedInPlace();
    void aSchemaTwoDatabaseIsUpgradedInPlace();
    void theCheckpointerMovesTheWalOffTheServersThread();

private:
    // Puts a copy of a database made by an older server in dir, writable, as the server expects it.
    static bool copyFixture(const QString &fixture, const QTemporaryDir &dir);
    // Every message in the room, oldest first, read page by page.
    static std::optional<QList<Msg::ChatMessage>> readRoom(TestClient &reader, const QString &room);
};

void TestServerDurability::acknowledgedMessagesSurviveSigkill()
{
    QCA::Initializer qca;
    QTemporaryDir dir;
    constexpr int Batch = 20;
    constexpr int KillAfterAcks = 1000;
    QHash<qint64, QString> acked; // server id -> text
    int sent = 0;
    {
        ServerProcess server(dir.path());
        QVERIFY(server.start());
        TestClient c;
        QVERIFY(c.connectTo(server.tcpPort()) && c.registerUser(u"writer"_s));
        // Stream without pause, collecting acknowledgements as they come; once enough are in, send one more batch
        // and kill the server without warning while that batch (at least) is still on its way.
        QDeadlineTimer deadline(30000);
        while (acked.size() < KillAfterAcks && !deadline.hasExpired()) {
            for (int i = 0; i < Batch; ++i, ++sent)
                c.send(Msg::Say{u"lobby"_s, u"durable %1"_s.arg(sent), sent, false});
            QTest::qWait(1);
            while (const auto ack = c.waitFor<Msg::Ack>(0))
                acked.insert(ack->id, u"durable %1"_s.arg(ack->ref));
            c.received().clear(); // the lobby's copies of our own messages
        }
        for (int i = 0; i < Batch; ++i, ++sent)
            c.send(Msg::Say{u"lobby"_s, u"durable %1"_s.arg(sent), sent, false});
        c.connection()->socket()->flush();
        server.kill();
    }
    QVERIFY(acked.size() >= KillAfterAcks);
    QVERIFY(sent > acked.size());

    ServerProcess server(dir.path());
    QVERIFY(server.start());
    TestClient reader;
    QVERIFY(reader.connectTo(server.tcpPort()) && reader.login(u"writer"_s));
    QHash<qint64, QString> stored;
    QSet<QString> texts;
    qint64 after = 0;
    for (;;) {
        reader.send(Msg::HistoryRequest{u"lobby"_s, std::nullopt, after, Protocol::MaxHistoryLimit, std::nullopt});
        const auto page = reader.waitFor<Msg::HistoryReply>();
        QVERIFY(page);
        for (const Msg::ChatMessage &m : page->messages) {
            QVERIFY2(!texts.contains(m.text), qPrintable(u"stored twice: "_s + m.text));
            texts.insert(m.text);
            stored.insert(m.id, m.text);
            after = m.id;
        }
        if (!page->more)
            break;
    }
    for (auto it = acked.cbegin(); it != acked.cend(); ++it) {
        QVERIFY2(stored.contains(it.key()), qPrintable(u"acknowledged message %1 was lost"_s.arg(it.key())));
        QCOMPARE(stored.value(it.key()), it.value());
    }
    QVERIFY(stored.size() >= acked.size());
    QVERIFY(stored.size() <= sent);
    qInfo("sent %d, acknowledged %d, stored %d", sent, int(acked.size()), int(stored.size()));
}

std::optional<QList<Msg::ChatMessage>> TestServerDurability::readRoom(TestClient &reader, const QString &room)
{
    QList<Msg::ChatMessage> all;
    qint64 after = 0;
    for (;;) {
        reader.send(Msg::HistoryRequest{room, std::nullopt, after, Protocol::MaxHistoryLimit, std::nullopt});
        const auto page = reader.waitFor<Msg::HistoryReply>();
        if (!page)
            return std::nullopt;
        for (const Msg::ChatMessage &m : page->messages) {
            all.append(m);
            after = m.id;
        }
        if (!page->more)
            return all;
    }
}

void TestServerDurability::fullDiskGivesAnErrorAndKeepsWhatIsStored()
{
    if (ServerProcess::onPostgres())
        QSKIP("a full disk under the SQLite file; PostgreSQL's failures are tst_server_postgres's");
    QCA::Initializer qca;
    QTemporaryDir dir;
    {
        // Set up the account and the database with room to spare.
        ServerProcess server(dir.path());
        QVERIFY(server.start());
        TestClient c;
        QVERIFY(c.connectTo(server.tcpPort()) && c.registerUser(u"filler"_s));
        server.stop();
    }
    ServerProcess server(dir.path());
    // Every file the server writes may grow to 512 KiB: the database's write-ahead log fills up soon.
    server.setFileSizeLimit(512 * 1024);
    QVERIFY(server.start());
    TestClient c;
    QVERIFY(c.connectTo(server.tcpPort()) && c.login(u"filler"_s));
    const QString padding(1000, u'p');
    QHash<qint64, QString> acked; // ref -> text
    std::optional<Msg::ErrorReply> failure;
    for (int ref = 1; ref <= 3000 && !failure; ++ref) {
        const QString text = u"%1 %2"_s.arg(ref).arg(padding);
        c.send(Msg::Say{u"lobby"_s, text, ref, false});
        std::optional<Msg::Ack> ack;
        const QDeadlineTimer deadline(5000);
        while (!ack && !failure && !deadline.hasExpired()) {
            QTest::qWait(1);
            ack = c.waitFor<Msg::Ack>(0, [ref](const Msg::Ack &a) { return a.ref == ref; });
            failure = c.waitFor<Msg::ErrorReply>(0);
        }
        QVERIFY2(ack || failure, "no answer to a message");
        if (ack)
            acked.insert(ref, text);
        c.received().clear(); // the room's copies of our own messages
    }
    QVERIFY2(failure, "the file-size limit was never reached");
    QCOMPARE(failure->code, u"server_error"_s);
    QVERIFY(failure->message.contains(u"could not store"_s));
    QVERIFY(acked.size() > 10);
    qInfo("%d messages stored before the disk was full", int(acked.size()));
    // The server is still there: it answers, reads still work, and the failure is counted.
    c.send(Msg::Ping{7});
    QVERIFY(c.waitFor<Msg::Pong>());
    const auto before = readRoom(c, u"lobby"_s);
    QVERIFY(before);
    QCOMPARE(before->size(), acked.size());
    QVERIFY(server.statsShow("storage errors    1"));
    server.stop();

    // With room again, everything acknowledged is there, once, and the refused message is not.
    server.setFileSizeLimit(0);
    QVERIFY(server.start());
    TestClient reader;
    QVERIFY(reader.connectTo(server.tcpPort()) && reader.login(u"filler"_s));
    const auto stored = readRoom(reader, u"lobby"_s);
    QVERIFY(stored);
    QSet<QString> texts;
    for (const Msg::ChatMessage &m : *stored) {
        QVERIFY2(!texts.contains(m.text), "stored twice");
        texts.insert(m.text);
    }
    for (const QString &text : std::as_const(acked))
        QVERIFY2(texts.contains(text), qPrintable(u"acknowledged message lost: "_s + text.left(8)));
    QCOMPARE(texts.size(), acked.size());
}

bool TestServerDurability::copyFixture(const QString &fixture, const QTemporaryDir &dir)
{
    const QString copy = dir.filePath(u"chatroom.db"_s);
    return !fixture.isEmpty() && QFile::copy(fixture, copy) &&
           QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestServerDurability::aSchemaOneDatabaseIsUpgradedInPlace()
{
    if (ServerProcess::onPostgres())
        QSKIP("an SQLite file of an older schema; PostgreSQL starts at today's");
    // data/schema1/chatroom.db was made by the server of schema 1 (before rooms were remembered): the
    // account "veteran" (password "correct horse battery") said three things in "oldroom".
    QCA::Initializer qca;
    QTemporaryDir dir;
    QVERIFY(copyFixture(QFINDTESTDATA("data/schema1/chatroom.db"), dir));
    ServerProcess server(dir.path());
    QVERIFY2(server.start(), server.errors().constData());
    TestClient c;
    QVERIFY(c.connectTo(server.tcpPort()));
    QVERIFY2(c.login(u"veteran"_s, u"correct horse battery"_s), qPrintable(c.lastError()));
    // Schema 2 started the account with the rooms of its resume token (lobby and oldroom).
    QCOMPARE(c.auth().rooms, (QStringList{u"lobby"_s, u"oldroom"_s}));
    QVERIFY(c.waitFor<Msg::Joined>(5000, [](const Msg::Joined &j) { return j.room == "oldroom"_L1; }));
    c.send(Msg::HistoryRequest{u"oldroom"_s, std::nullopt, std::nullopt, 50, std::nullopt});
    const auto page = c.waitFor<Msg::HistoryReply>();
    QVERIFY(page);
    QCOMPARE(page->messages.size(), 3);
    QCOMPARE(page->messages.first().text, u"from schema one, message 1"_s);
    QCOMPARE(page->messages.first().from, u"veteran"_s);
    // The new schema works on the upgraded file: a room left is forgotten by the next login.
    c.send(Msg::Leave{u"oldroom"_s});
    QVERIFY(c.waitFor<Msg::Left>());
    c.send(Msg::Logout{});
    QVERIFY(c.waitForDisconnect());
    TestClient again;
    QVERIFY(again.connectTo(server.tcpPort()));
    QVERIFY(again.login(u"veteran"_s, u"correct horse battery"_s));
    QCOMPARE(again.auth().rooms, QStringList{u"lobby"_s});
}

void TestServerDurability::aSchemaTwoDatabaseIsUpgradedInPlace()
{
    if (ServerProcess::onPostgres())
        QSKIP("an SQLite file of an older schema; PostgreSQL starts at today's");
    // data/schema2/chatroom.db is schema 2 (rooms remembered, one device per account, private messages kept
    // but in no conversation): "veteran" and "Friend" (both "correct horse battery") exchanged three private
    // messages (ids 4-6), and Friend said one more thing in oldroom (7), where veteran is.
    QCA::Initializer qca;
    QTemporaryDir dir;
    QVERIFY(copyFixture(QFINDTESTDATA("data/schema2/chatroom.db"), dir));
    ServerProcess server(dir.path());
    QVERIFY2(server.start(), server.errors().constData());
    TestClient veteran;
    veteran.setDevice(u"desk"_s);
    QVERIFY(veteran.connectTo(server.tcpPort()));
    QVERIFY2(veteran.login(u"veteran"_s, u"correct horse battery"_s), qPrintable(veteran.lastError()));
    QCOMPARE(veteran.auth().rooms, (QStringList{u"lobby"_s, u"oldroom"_s}));
    // Everything from before the upgrade starts read; the conversation is listed under its newest message.
    const auto joined = veteran.waitFor<Msg::Joined>(5000, [](const Msg::Joined &j) { return j.room == "oldroom"_L1; });
    QVERIFY(joined);
    QCOMPARE(joined->lastRead, std::optional<qint64>(7));
    QCOMPARE(joined->unread, std::optional<qint64>(0));
    const auto list = veteran.waitFor<Msg::ConversationList>();
    QVERIFY(list);
    QCOMPARE(list->conversations.size(), 1);
    QCOMPARE(list->conversations[0].with, u"Friend"_s);
    QCOMPARE(list->conversations[0].lastId, 6);
    QCOMPARE(list->conversations[0].lastRead, 6);
    QCOMPARE(list->conversations[0].unread, 0);
    veteran.send(Msg::HistoryRequest{QString(), std::nullopt, std::nullopt, 50, std::nullopt, u"friend"_s});
    const auto page = veteran.waitFor<Msg::HistoryReply>();
    QVERIFY(page);
    QCOMPARE(page->direct.size(), 3);
    QCOMPARE(page->direct[0].text, u"psst, from schema two"_s);
    QCOMPARE(page->direct[1].from, u"Friend"_s);
    QCOMPARE(page->direct[2].id, 6);
    // The upgrade indexed what was there for search.
    veteran.send(Msg::Search{u"two"_s, std::nullopt, 20});
    const auto found = veteran.waitFor<Msg::SearchResults>();
    QVERIFY(found);
    QCOMPARE(found->hits.size(), 2); // the room message and the private one that say "two"
    QCOMPARE(found->hits[0].id, 7);
    QCOMPARE(found->hits[1].id, 4);
    // The new schema works on the upgraded file: a new message is unread for its reader.
    TestClient friendClient;
    QVERIFY(friendClient.connectTo(server.tcpPort()));
    QVERIFY(friendClient.login(u"friend"_s, u"correct horse battery"_s));
    friendClient.send(Msg::Whisper{u"veteran"_s, u"after the upgrade"_s, 1, false});
    QVERIFY(friendClient.waitFor<Msg::Ack>());
    QVERIFY(veteran.waitFor<Msg::PrivateMessage>());
    veteran.send(Msg::ListConversations{});
    const auto after = veteran.waitFor<Msg::ConversationList>();
    QVERIFY(after);
    QCOMPARE(after->conversations[0].unread, 1);
}

void TestServerDurability::theCheckpointerMovesTheWalOffTheServersThread()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY2(db.open(dir.path(), &error), qPrintable(error));
    const auto autoCheckpoint = [&] {
        QSqlQuery q(db.connection());
        return q.exec(u"PRAGMA wal_autocheckpoint"_s) && q.next() ? q.value(0).toInt() : -1;
    };
    QCOMPARE(autoCheckpoint(), 1000); // SQLite's own, in every commit
    const auto walBytes = [&] { return QFileInfo(db.fileName() + u"-wal"_s).size(); };
    const std::optional<qint64> ann = db.createUser(u"ann"_s, QByteArray("not a real hash"));
    QVERIFY(ann);
    {
        // Long before its longest wait: the WAL's size starts it.
        Checkpointer checkpointer(db, std::chrono::hours(1));
        QCOMPARE(autoCheckpoint(), 0); // commits no longer copy the WAL back
        MessageStore store(db);
        const QString text(8000, u'x');
        for (int i = 0; walBytes() < Checkpointer::WalBytes; ++i) {
            QVERIFY(i < 10'000);
            QVERIFY(store.storeRoomMessage(*ann, u"lobby"_s, u"ann"_s, u"message %1 "_s.arg(i) + text, false));
        }
        QTRY_VERIFY_WITH_TIMEOUT(checkpointer.pagesMoved() > 0, 10'000);
        QCOMPARE(checkpointer.runs(), 1);
        // The WAL starts over at the next commit, cut back to that commit's frames: a cycle never writes
        // into pages of an older, longer one (which the kernel may have dropped from memory).
        QVERIFY(store.storeRoomMessage(*ann, u"lobby"_s, u"ann"_s, u"after"_s, false));
        QVERIFY2(walBytes() < 1024 * 1024, qPrintable(QString::number(walBytes())));
    }
    {
        // And without much written, after its longest wait.
        Checkpointer checkpointer(db, std::chrono::milliseconds(300));
        QVERIFY(MessageStore(db).storeRoomMessage(*ann, u"lobby"_s, u"ann"_s, u"one more"_s, false));
        QTRY_VERIFY_WITH_TIMEOUT(checkpointer.pagesMoved() > 0, 10'000);
    }
    QCOMPARE(autoCheckpoint(), 1000); // given back when it stops
    bool more = false;
    QCOMPARE(MessageStore(db).roomHistory(u"lobby"_s, std::nullopt, std::nullopt, 10, &more).size(), 10);
}

QTEST_GUILESS_MAIN(TestServerDurability)
#include "tst_server_durability.moc"
