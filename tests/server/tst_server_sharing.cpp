// Sharing stored uploads in messages and fetching them, against the real server: the file in the message,
// live and in history; downloads on transfer connections of their own, from any offset; only for those who
// can read the message; a deleted message's file removed unless something else refers to it; and what
// lying, unfinished or borrowed uploads get.
#include "serverprocess.h"
#include "testclient.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QtCrypto>

using namespace Qt::Literals::StringLiterals;
using namespace TestFiles;

class TestServerSharing : public QObject
{
    Q_OBJECT
private slots:
    void aSharedFileReachesTheRoomAndItsReadersFetchIt();
    void onlyReadersFetch();
    void aDownloadResumesFromAnOffset();
    void anAccountHoldsAtMost64KeysAndTheDatabaseNone();
    void deletingTheMessageRemovesItsFile();
    void sharingChecksTheUploads();
    void sharedFilesCountAgainstTheQuota();
    void filesNothingRefersToAreCollected();
    void aReaderThatStopsReadingIsCutOff();
    void aDownloadStopsWhenItsMessageIsDeleted();
    void downloadsDoNotMindASmallOutputCap();

private:
    // Alice, logged in, with bytes shared in the lobby: the message's id in *id (0 when that failed).
    std::unique_ptr<TestClient> aliceSharing(const ServerProcess &server, const QByteArray &bytes, qint64 *id);

    QCA::Initializer m_qca;
};

std::unique_ptr<TestClient> TestServerSharing::aliceSharing(const ServerProcess &server, const QByteArray &bytes,
                                                            qint64 *id)
{
    auto alice = TestClient::open(server.tcpPort(), u"alice"_s, u"desk"_s, true);
    *id =
        alice ? share(*alice, u"lobby"_s, Msg::ShareFile{upload(*alice, server.tcpPort(), announce(bytes), bytes)}) : 0;
    return alice;
}

void TestServerSharing::aSharedFileReachesTheRoomAndItsReadersFetchIt()
{
    ServerProcess server;
    QVERIFY(server.start());
    auto alice = TestClient::open(server.tcpPort(), u"alice"_s, u"desk"_s, true);
    auto bob = TestClient::open(server.tcpPort(), u"bob"_s, u"desk"_s, true);
    QVERIFY(alice && bob);
    const QByteArray bytes = content(2'000'000, 3);
    const QByteArray thumb = content(3000, 4);
    const QString file = upload(*alice, server.tcpPort(), announce(bytes, u"lobby"_s, u"image/png"_s), bytes);
    const QString small = upload(*alice, server.tcpPort(), announce(thumb, u"lobby"_s, u"image/jpeg"_s), thumb);
    QVERIFY(!file.isEmpty() && !small.isEmpty());
    Msg::ShareFile shared{file, 4000, 3000, std::nullopt, small, 320, 240};
    const qint64 id = share(*alice, u"lobby"_s, shared, u"the view from here"_s);
    QVERIFY(id > 0);
    // Everyone in the room sees what it is, and never an upload id.
    const auto seen = bob->waitFor<Msg::ChatMessage>(5000, [&](const Msg::ChatMessage &m) { return m.id == id; });
    QVERIFY(seen && seen->file);
    const Msg::Attachment expected{
        u"data.bin"_s, bytes.size(), u"image/png"_s, sha256(bytes),
        4000,          3000,         std::nullopt,   Msg::Thumbnail{320, 240, u"image/jpeg"_s, thumb.size()}};
    QCOMPARE(*seen->file, expected);
    QCOMPARE(seen->text, u"the view from here"_s);
    QVERIFY(!Msg::encode(*seen).contains(file.toLatin1()));
    // Fetched whole, and its thumbnail.
    QCOMPARE(fetch(*bob, server.tcpPort(), id), bytes);
    QCOMPARE(fetch(*bob, server.tcpPort(), id, true), thumb);
    QCOMPARE(fetch(*alice, server.tcpPort(), id), bytes);
    // History carries it too.
    bob->send(Msg::HistoryRequest{u"lobby"_s, std::nullopt, std::nullopt, 10, std::nullopt});
    const auto page = bob->waitFor<Msg::HistoryReply>();
    QVERIFY(page && !page->messages.isEmpty());
    QCOMPARE(page->messages.last().file, std::optional(expected));
    // The uploads were used: shared again, the content is there already (nothing to send).
    const auto again = begin(*alice, announce(bytes, u"lobby"_s, u"image/png"_s));
    QVERIFY(again);
    QVERIFY(again->upload != file);
    QCOMPARE(again->offset, bytes.size());
    QVERIFY(server.statsShow("3 download keys, 4003000 bytes sent"));
    // Without a caption the text is the file's name (what a client that knows no files shows); never blank.
    QVERIFY(alice->waitFor<Msg::Uploaded>(5000, [&](const Msg::Uploaded &u) { return u.upload == again->upload; }));
    Msg::Say blank{u"lobby"_s, u" "_s, 77};
    blank.file = Msg::ShareFile{again->upload};
    alice->send(blank);
    const auto refused = alice->waitFor<Msg::ErrorReply>();
    QVERIFY(refused && refused->code == "out_of_range"_L1);
    QVERIFY(share(*alice, u"lobby"_s, Msg::ShareFile{again->upload}) > 0);
}

void TestServerSharing::onlyReadersFetch()
{
    ServerProcess server;
    QVERIFY(server.start());
    auto alice = TestClient::open(server.tcpPort(), u"alice"_s, u"desk"_s, true);
    auto bob = TestClient::open(server.tcpPort(), u"bob"_s, u"desk"_s, true);
    auto carol = TestClient::open(server.tcpPort(), u"carol"_s, u"desk"_s, true);
    QVERIFY(alice && bob && carol);
    for (TestClient *c : {alice.get(), bob.get()}) {
        c->send(Msg::Join{u"secret"_s});
        QVERIFY(c->waitFor<Msg::Joined>(5000, [](const Msg::Joined &j) { return j.room == "secret"_L1; }));
    }
    const QByteArray bytes = content(100'000, 5);
    const QString file = upload(*alice, server.tcpPort(), announce(bytes, u"secret"_s), bytes);
    QVERIFY(!file.isEmpty());
    const qint64 inRoom = share(*alice, u"secret"_s, Msg::ShareFile{file});
    QVERIFY(inRoom > 0);
    // Carol is not in the room: the id gets her an error, not the bytes (nor a key).
    QString error;
    QVERIFY(fetch(*carol, server.tcpPort(), inRoom, false, 0, &error).isEmpty());
    QCOMPARE(error, u"no_such_message"_s);
    QVERIFY(!carol->has<Msg::DownloadReady>());
    // A direct message's file: the two of them only.
    Msg::Upload toBob = announce(bytes);
    toBob.room.reset();
    toBob.with = u"bob"_s;
    const QString direct = upload(*alice, server.tcpPort(), toBob, bytes);
    QVERIFY(!direct.isEmpty());
    Msg::Whisper whisper{u"bob"_s, u"data.bin"_s, 9};
    whisper.file = Msg::ShareFile{direct};
    alice->send(whisper);
    const auto ack = alice->waitFor<Msg::Ack>();
    QVERIFY(ack);
    const auto got = bob->waitFor<Msg::PrivateMessage>();
    QVERIFY(got && got->file && got->file->sha256 == sha256(bytes));
    QCOMPARE(fetch(*bob, server.tcpPort(), ack->id), bytes);
    error.clear();
    QVERIFY(fetch(*carol, server.tcpPort(), ack->id, false, 0, &error).isEmpty());
    QCOMPARE(error, u"no_such_message"_s);
    // A key is checked again when it is used: Bob left the room in between.
    bob->send(Msg::Download{inRoom, false});
    const auto key = bob->waitFor<Msg::DownloadReady>();
    QVERIFY(key);
    bob->send(Msg::Leave{u"secret"_s});
    QVERIFY(bob->waitFor<Msg::Left>());
    TestClient late;
    late.expectBytesAfterTransferReady();
    QVERIFY(late.connectTo(server.tcpPort()));
    late.send(Msg::Transfer{std::nullopt, key->download, 0});
    const auto refused = late.waitFor<Msg::ErrorReply>();
    QVERIFY(refused && refused->code == "no_such_message"_L1);
    QVERIFY(late.rawBytes().isEmpty());
    QVERIFY(late.waitForDisconnect());
}

void TestServerSharing::aDownloadResumesFromAnOffset()
{
    ServerProcess server;
    QVERIFY(server.start());
    auto alice = TestClient::open(server.tcpPort(), u"alice"_s, u"desk"_s, true);
    QVERIFY(alice);
    const QByteArray bytes = content(1'000'000, 6);
    const QString file = upload(*alice, server.tcpPort(), announce(bytes), bytes);
    const qint64 id = share(*alice, u"lobby"_s, Msg::ShareFile{file});
    QVERIFY(id > 0);
    QCOMPARE(fetch(*alice, server.tcpPort(), id, false, 654'321), bytes.sliced(654'321));
    QCOMPARE(fetch(*alice, server.tcpPort(), id, false, bytes.size()), QByteArray());
    // Past the end, an unknown key, a message without a file.
    alice->send(Msg::Download{id, false});
    const auto key = alice->waitFor<Msg::DownloadReady>();
    QVERIFY(key);
    TestClient past;
    QVERIFY(past.connectTo(server.tcpPort()));
    past.send(Msg::Transfer{std::nullopt, key->download, bytes.size() + 1});
    const auto outside = past.waitFor<Msg::ErrorReply>();
    QVERIFY(outside && outside->code == "out_of_range"_L1);
    TestClient guess;
    QVERIFY(guess.connectTo(server.tcpPort()));
    guess.send(Msg::Transfer{std::nullopt, QString(32, u'a'), 0});
    const auto unknown = guess.waitFor<Msg::ErrorReply>();
    QVERIFY(unknown && unknown->code == "no_such_download"_L1);
    QVERIFY(guess.waitForDisconnect());
    alice->send(Msg::Say{u"lobby"_s, u"words only"_s, 3});
    const auto plain = alice->waitFor<Msg::Ack>();
    QVERIFY(plain);
    QString error;
    QVERIFY(fetch(*alice, server.tcpPort(), plain->id, false, 0, &error).isEmpty());
    QCOMPARE(error, u"no_such_message"_s);
    error.clear();
    QVERIFY(fetch(*alice, server.tcpPort(), id, true, 0, &error).isEmpty()); // no thumbnail
    QCOMPARE(error, u"no_such_message"_s);
}

void TestServerSharing::anAccountHoldsAtMost64KeysAndTheDatabaseNone()
{
    QTemporaryDir data;
    ServerProcess server(data.path());
    QVERIFY(server.start({u"--connection-rate"_s, u"0"_s})); // a connection per key tried
    const QByteArray bytes = content(1000, 8);
    qint64 id = 0;
    auto alice = aliceSharing(server, bytes, &id);
    QVERIFY(alice && id > 0);
    QStringList keys;
    for (int i = 0; i < 65; ++i) {
        alice->send(Msg::Download{id, false});
        const auto ready = alice->waitFor<Msg::DownloadReady>();
        QVERIFY(ready);
        keys << ready->download;
        QTest::qWait(2); // expiry orders them: one millisecond apart at least
    }
    const auto tryKey = [&](const QString &key) {
        TestClient t; // (the file's bytes after transfer_ready are not read)
        if (!t.connectTo(server.tcpPort()))
            return QString();
        t.send(Msg::Transfer{std::nullopt, key, 0});
        if (const auto e = t.waitFor<Msg::ErrorReply>(2000))
            return e->code;
        return t.has<Msg::TransferReady>() ? u"ok"_s : u"no answer"_s;
    };
    // The 65th made the first make way; the others work.
    QCOMPARE(tryKey(keys.first()), u"no_such_download"_s);
    QCOMPARE(tryKey(keys.at(1)), u"ok"_s);
    QCOMPARE(tryKey(keys.last()), u"ok"_s);
    // The database keeps no key itself (only its SHA-256): a copy of it fetches nothing.
    if (ServerProcess::onPostgres())
        return; // (the same statements; its files are PostgreSQL's)
    server.stop();
    QFile db(data.filePath(u"chatroom.db"_s));
    QVERIFY(db.open(QIODevice::ReadOnly));
    const QByteArray all = db.readAll() + readAll(data.filePath(u"chatroom.db-wal"_s));
    for (const QString &key : std::as_const(keys))
        QVERIFY(!all.contains(key.toLatin1()));
}

void TestServerSharing::deletingTheMessageRemovesItsFile()
{
    ServerProcess server;
    QVERIFY(server.start());
    auto alice = TestClient::open(server.tcpPort(), u"alice"_s, u"desk"_s, true);
    QVERIFY(alice);
    const QByteArray bytes = content(300'000, 7);
    const QString path = storedPath(server, sha256(bytes));
    // The same content in two messages: stored once, removed with the last message that shares it.
    const qint64 first =
        share(*alice, u"lobby"_s, Msg::ShareFile{upload(*alice, server.tcpPort(), announce(bytes), bytes)});
    const qint64 second =
        share(*alice, u"lobby"_s, Msg::ShareFile{upload(*alice, server.tcpPort(), announce(bytes), bytes)});
    QVERIFY(first > 0 && second > 0);
    QVERIFY(QFileInfo::exists(path));
    alice->send(Msg::Delete{first});
    QVERIFY(alice->waitFor<Msg::Deleted>());
    QVERIFY(QFileInfo::exists(path));
    QString error;
    QVERIFY(fetch(*alice, server.tcpPort(), first, false, 0, &error).isEmpty());
    QCOMPARE(error, u"no_such_message"_s);
    QCOMPARE(fetch(*alice, server.tcpPort(), second), bytes);
    alice->send(Msg::Delete{second});
    QVERIFY(alice->waitFor<Msg::Deleted>());
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(server.statsShow("1 removed as unreferenced (300000 bytes)"));
    // History shows the tombstones without the file.
    alice->send(Msg::HistoryRequest{u"lobby"_s, std::nullopt, std::nullopt, 10, std::nullopt});
    const auto page = alice->waitFor<Msg::HistoryReply>();
    QVERIFY(page && page->messages.size() == 2);
    for (const Msg::ChatMessage &m : page->messages)
        QVERIFY(m.state.deleted && !m.file);
}

void TestServerSharing::sharingChecksTheUploads()
{
    ServerProcess server;
    QVERIFY(server.start());
    auto alice = TestClient::open(server.tcpPort(), u"alice"_s, u"desk"_s, true);
    auto bob = TestClient::open(server.tcpPort(), u"bob"_s, u"desk"_s, true);
    QVERIFY(alice && bob);
    const QByteArray bytes = content(50'000, 8);
    const QString bobs = upload(*bob, server.tcpPort(), announce(bytes), bytes);
    QVERIFY(!bobs.isEmpty());
    QString error;
    // Someone else's upload, even one whose id leaked.
    QCOMPARE(share(*alice, u"lobby"_s, Msg::ShareFile{bobs}, u"data.bin"_s, &error), 0);
    QCOMPARE(error, u"no_such_upload"_s);
    // Not finished.
    const auto half = begin(*alice, announce(content(10'000, 9)));
    QVERIFY(half);
    QCOMPARE(share(*alice, u"lobby"_s, Msg::ShareFile{half->upload}, u"data.bin"_s, &error), 0);
    QCOMPARE(error, u"no_such_upload"_s);
    // Announced for another place.
    alice->send(Msg::Join{u"elsewhere"_s});
    QVERIFY(alice->waitFor<Msg::Joined>());
    const QString mine = upload(*alice, server.tcpPort(), announce(bytes), bytes);
    QVERIFY(!mine.isEmpty());
    QCOMPARE(share(*alice, u"elsewhere"_s, Msg::ShareFile{mine}, u"data.bin"_s, &error), 0);
    QCOMPARE(error, u"no_such_upload"_s);
    // A thumbnail that is no picture, a file as its own thumbnail.
    const QString text =
        upload(*alice, server.tcpPort(), announce(content(500, 10), u"lobby"_s, u"text/plain"_s), content(500, 10));
    QVERIFY(!text.isEmpty());
    QCOMPARE(share(*alice, u"lobby"_s, Msg::ShareFile{mine, 10, 10, std::nullopt, text, 10, 10}, u"data.bin"_s, &error),
             0);
    QCOMPARE(error, u"out_of_range"_s);
    QCOMPARE(share(*alice, u"lobby"_s, Msg::ShareFile{mine, 10, 10, std::nullopt, mine, 10, 10}, u"data.bin"_s, &error),
             0);
    QCOMPARE(error, u"out_of_range"_s);
    // Used once, gone: the second message gets an error and nothing is stored for it.
    QVERIFY(share(*alice, u"lobby"_s, Msg::ShareFile{mine}) > 0);
    QCOMPARE(share(*alice, u"lobby"_s, Msg::ShareFile{mine}, u"data.bin"_s, &error), 0);
    QCOMPARE(error, u"no_such_upload"_s);
    // Lies in the frame itself.
    alice->connection()->send(
        R"({"type":"say","room":"lobby","text":"a","ref":1,"file":{"upload":"zz","width":1,"height":1}})"
        "\n");
    auto bad = alice->waitFor<Msg::ErrorReply>();
    QVERIFY(bad && bad->code == "out_of_range"_L1);
    alice->connection()->send(R"({"type":"say","room":"lobby","text":"a","ref":2,"file":{"upload":")" +
                              mine.toLatin1() +
                              R"(","width":5}})"
                              "\n"); // width alone
    bad = alice->waitFor<Msg::ErrorReply>();
    QVERIFY(bad && bad->code == "missing_field"_L1);
    // A version 1 session cannot share.
    TestClient old;
    old.setProtocolVersion(1);
    QVERIFY(old.connectTo(server.tcpPort()) && old.registerUser(u"olga"_s));
    old.send(Msg::Say{u"lobby"_s, u"hi"_s, 3, false, std::nullopt, Msg::ShareFile{mine}});
    bad = old.waitFor<Msg::ErrorReply>();
    QVERIFY(bad && bad->code == "unknown_type"_L1);
    // Bob's session went on through all of it.
    QVERIFY(share(*bob, u"lobby"_s, Msg::ShareFile{bobs}) > 0);
}

void TestServerSharing::sharedFilesCountAgainstTheQuota()
{
    ServerProcess server;
    QVERIFY(server.start({u"--file-quota-mib"_s, u"1"_s}));
    const QByteArray first = content(700'000, 11);
    qint64 id = 0;
    auto alice = aliceSharing(server, first, &id);
    QVERIFY(alice && id > 0);
    const QByteArray second = content(700'000, 12);
    alice->send(announce(second));
    const auto full = alice->waitFor<Msg::ErrorReply>();
    QVERIFY(full && full->code == "quota_exceeded"_L1);
    alice->send(Msg::Delete{id});
    QVERIFY(alice->waitFor<Msg::Deleted>());
    QVERIFY(begin(*alice, announce(second)));
}

void TestServerSharing::filesNothingRefersToAreCollected()
{
    const QString dataDir =
        QDir::tempPath() + u"/chatroom-sharing-gc-"_s + QString::number(QCoreApplication::applicationPid());
    QDir(dataDir).removeRecursively();
    QByteArray kept, orphan = content(4096, 13);
    {
        ServerProcess server(dataDir);
        QVERIFY(server.start());
        auto alice = TestClient::open(server.tcpPort(), u"alice"_s, u"desk"_s, true);
        QVERIFY(alice);
        kept = content(5000, 14);
        QVERIFY(share(*alice, u"lobby"_s, Msg::ShareFile{upload(*alice, server.tcpPort(), announce(kept), kept)}) > 0);
        server.stop();
    }
    // A file nothing refers to (left by a crash between a deletion and its removal, say).
    const QString h = sha256(orphan);
    QVERIFY(QDir().mkpath(dataDir + u"/files/"_s + h.left(2) + u'/' + h.mid(2, 2)));
    QFile stray(dataDir + u"/files/"_s + h.left(2) + u'/' + h.mid(2, 2) + u'/' + h);
    QVERIFY(stray.open(QIODevice::WriteOnly) && stray.write(orphan) == orphan.size());
    stray.close();
    ServerProcess server(dataDir);
    QVERIFY(server.start());
    QVERIFY(!QFileInfo::exists(stray.fileName()));
    QVERIFY(QFileInfo::exists(storedPath(server, sha256(kept))));
    QVERIFY(server.statsShow("1 removed as unreferenced (4096 bytes)"));
    server.stop();
    QDir(dataDir).removeRecursively();
}

void TestServerSharing::aReaderThatStopsReadingIsCutOff()
{
    ServerProcess server;
    QVERIFY(server.start({u"--transfer-idle-timeout-s"_s, u"1"_s}));
    const QByteArray bytes = content(20'000'000, 15);
    qint64 id = 0;
    auto alice = aliceSharing(server, bytes, &id);
    QVERIFY(alice && id > 0);
    alice->send(Msg::Download{id, false});
    const auto key = alice->waitFor<Msg::DownloadReady>();
    QVERIFY(key);
    // A socket that takes the first bytes and then never reads again.
    QSslSocket *stalled = TestClient::tlsSocket();
    stalled->setReadBufferSize(4096);
    stalled->connectToHostEncrypted(u"127.0.0.1"_s, server.tcpPort());
    QTRY_VERIFY(stalled->isEncrypted());
    stalled->write(Msg::encode(Msg::Transfer{std::nullopt, key->download, 0}));
    // After the idle timeout the server has given up on it: reading again, it gets what was on its way, and
    // then the end, not the rest of the file.
    QTest::qWait(3000);
    stalled->setReadBufferSize(0);
    qint64 got = 0;
    QTRY_VERIFY_WITH_TIMEOUT((got += stalled->readAll().size(), stalled->state() == QAbstractSocket::UnconnectedState),
                             15000);
    QVERIFY2(got < bytes.size() / 2, QByteArray::number(got));
    // Chat went on meanwhile, and the server holds nothing of it.
    alice->send(Msg::Say{u"lobby"_s, u"still here"_s, 5});
    QVERIFY(alice->waitFor<Msg::Ack>());
    delete stalled;
}

void TestServerSharing::aDownloadStopsWhenItsMessageIsDeleted()
{
    ServerProcess server;
    QVERIFY(server.start());
    const QByteArray bytes = content(30'000'000, 16);
    qint64 id = 0;
    auto alice = aliceSharing(server, bytes, &id);
    QVERIFY(alice && id > 0);
    alice->send(Msg::Download{id, false});
    const auto key = alice->waitFor<Msg::DownloadReady>();
    QVERIFY(key);
    // A slow reader: 64 KiB every 20 ms, some 3 MB a second.
    std::unique_ptr<QSslSocket> reader(TestClient::tlsSocket());
    reader->setReadBufferSize(64 * 1024);
    reader->connectToHostEncrypted(u"127.0.0.1"_s, server.tcpPort());
    QTRY_VERIFY(reader->isEncrypted());
    reader->write(Msg::encode(Msg::Transfer{std::nullopt, key->download, 0}));
    qint64 got = 0;
    for (int i = 0; i < 15; ++i) {
        QTest::qWait(20);
        got += reader->read(64 * 1024).size();
    }
    QVERIFY(got > 0);
    alice->send(Msg::Delete{id});
    QVERIFY(alice->waitFor<Msg::Deleted>());
    QDeadlineTimer deadline(30'000);
    while (reader->state() != QAbstractSocket::UnconnectedState && !deadline.hasExpired()) {
        QTest::qWait(20);
        got += reader->read(64 * 1024).size();
    }
    got += reader->readAll().size();
    QCOMPARE(reader->state(), QAbstractSocket::UnconnectedState);
    QVERIFY2(got < bytes.size() / 2, QByteArray::number(got)); // cut off, not served to the end
}

void TestServerSharing::downloadsDoNotMindASmallOutputCap()
{
    ServerProcess server;
    QVERIFY(server.start({u"--max-pending-output-kib"_s, u"64"_s}));
    const QByteArray bytes = content(5'000'000, 17);
    qint64 id = 0;
    auto alice = aliceSharing(server, bytes, &id);
    QVERIFY(alice && id > 0);
    QCOMPARE(fetch(*alice, server.tcpPort(), id), bytes);
}

QTEST_MAIN(TestServerSharing)
#include "tst_server_sharing.moc"
