// Uploads against the real server: announced on the session, their bytes on a transfer connection of their
// own, resumed after a broken connection and after SIGKILL of the server, stored once and only when whole
// and checked; the limits, and what hostile or stalled transfers get.
#include "serverprocess.h"
#include "testclient.h"
#include "testfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtCrypto>

using namespace Qt::Literals::StringLiterals;

using namespace TestFiles;

class TestServerFiles : public QObject
{
    Q_OBJECT
private slots:
    void welcomeSaysTheLimits();
    void aFileIsStoredWholeAndChecked();
    void aBrokenTransferResumesWhereItStopped();
    void anUploadSurvivesAServerKill();
    void aWholeUploadLeftUncheckedIsCheckedWhenAnnouncedAgain();
    void aCancelledUploadIsForgottenAtOnce();
    void contentThatIsNotWhatWasAnnouncedIsDropped();
    void limits();
    void onlyWhereTheUploaderIs();
    void hostileTransfers();
    void aStalledTransferIsClosedAndChatGoesOn();
    void announcingAgainGivesTheSameUpload();
    void transfersCountAgainstTheConnectionLimit();

private:
    QCA::Initializer m_qca;
};

void TestServerFiles::welcomeSaysTheLimits()
{
    ServerProcess server;
    QVERIFY(server.start(
        {u"--max-file-size-mib"_s, u"7"_s, u"--file-quota-mib"_s, u"70"_s, u"--uploads-at-once"_s, u"3"_s}));
    TestClient c;
    QVERIFY(c.connectTo(server.tcpPort()));
    c.send(Msg::Hello{2, u"test"_s});
    const auto welcome = c.waitFor<Msg::Welcome>();
    QVERIFY(welcome && welcome->files);
    QCOMPARE(*welcome->files, (Msg::FileLimits{7LL << 20, 70LL << 20, 3}));
    // Off: no limits said, and an upload is refused.
    ServerProcess off;
    QVERIFY(off.start({u"--max-file-size-mib"_s, u"0"_s}));
    TestClient d;
    QVERIFY(d.connectTo(off.tcpPort()));
    d.send(Msg::Hello{2, u"test"_s});
    const auto none = d.waitFor<Msg::Welcome>();
    QVERIFY(none && !none->files);
    auto e = TestClient::open(off.tcpPort(), u"erin"_s, u"desk"_s, true);
    QVERIFY(e);
    e->send(announce(content(10, 0)));
    const auto refused = e->waitFor<Msg::ErrorReply>();
    QVERIFY(refused && refused->code == "not_allowed"_L1);
}

void TestServerFiles::aFileIsStoredWholeAndChecked()
{
    ServerProcess server;
    QVERIFY(server.start());
    auto alice = TestClient::open(server.tcpPort(), u"alice"_s, u"desk"_s, true);
    auto phone = TestClient::open(server.tcpPort(), u"alice"_s, u"phone"_s, false);
    QVERIFY(alice && phone);
    const QByteArray bytes = content(1'500'000, 1);
    const auto ready = begin(*alice, announce(bytes));
    QVERIFY(ready);
    QCOMPARE(ready->offset, 0);
    QCOMPARE(ready->size, bytes.size());
    qint64 offset = -1;
    auto t = transfer(server.tcpPort(), ready->upload, &offset);
    QVERIFY(t);
    QCOMPARE(offset, 0);
    QVERIFY(!QFileInfo::exists(storedPath(server, sha256(bytes))));
    t->sendRaw(bytes);
    // Both devices hear it, and the transfer connection too (then it closes).
    for (TestClient *c : {alice.get(), phone.get(), t.get()}) {
        const auto done = c->waitFor<Msg::Uploaded>(10000);
        QVERIFY(done);
        QCOMPARE(done->upload, ready->upload);
        QVERIFY(!done->error);
    }
    QVERIFY(t->waitForDisconnect());
    QCOMPARE(readAll(storedPath(server, sha256(bytes))), bytes);
    QVERIFY(QDir(server.dataDir() + u"/files/partial"_s).isEmpty());
    QVERIFY(server.statsShow("1 stored, 0 failed, 0 expired unshared, 0 cancelled, 1500000 bytes received"));
    // The same content again from the same account: nothing to send.
    const auto again = begin(*alice, announce(bytes));
    QVERIFY(again);
    QCOMPARE(again->offset, bytes.size());
    QVERIFY(alice->waitFor<Msg::Uploaded>(5000, [&](const Msg::Uploaded &u) { return u.upload == again->upload; }));
}

void TestServerFiles::aBrokenTransferResumesWhereItStopped()
{
    ServerProcess server;
    QVERIFY(server.start());
    auto alice = TestClient::open(server.tcpPort(), u"alice"_s, u"desk"_s, true);
    QVERIFY(alice);
    const QByteArray bytes = content(3'000'000, 2);
    const auto ready = begin(*alice, announce(bytes));
    QVERIFY(ready);
    qint64 offset = -1;
    auto first = transfer(server.tcpPort(), ready->upload, &offset);
    QVERIFY(first);
    first->sendRaw(bytes.first(1'000'000));
    const QString partial = server.dataDir() + u"/files/partial/"_s + ready->upload;
    QTRY_VERIFY(QFileInfo(partial).size() >= 500'000);
    first->connection()->abort(); // the network goes away mid-file
    first.reset();
    // A new connection goes on from what the server has (whatever of the first million it read).
    auto second = transfer(server.tcpPort(), ready->upload, &offset);
    QVERIFY(second);
    QVERIFY2(offset >= 500'000 && offset <= 1'000'000, qPrintable(QString::number(offset)));
    second->sendRaw(bytes.sliced(offset));
    const auto done = alice->waitFor<Msg::Uploaded>(10000);
    QVERIFY(done && !done->error);
    QCOMPARE(readAll(storedPath(server, sha256(bytes))), bytes);
}

void TestServerFiles::anUploadSurvivesAServerKill()
{
    QTemporaryDir data;
    auto server = std::make_unique<ServerProcess>(data.path());
    QVERIFY(server->start());
    const quint16 port = server->tcpPort();
    auto alice = TestClient::open(port, u"alice"_s, u"desk"_s, true);
    QVERIFY(alice);
    const QByteArray bytes = content(2'000'000, 3);
    const auto ready = begin(*alice, announce(bytes));
    QVERIFY(ready);
    qint64 offset = -1;
    auto first = transfer(port, ready->upload, &offset);
    QVERIFY(first);
    first->sendRaw(bytes.first(800'000));
    const QString partial = data.path() + u"/files/partial/"_s + ready->upload;
    QTRY_VERIFY(QFileInfo(partial).size() >= 400'000);
    server->kill(); // SIGKILL: nothing flushed, nothing said
    first.reset();
    alice.reset();

    server = std::make_unique<ServerProcess>(data.path());
    QVERIFY(server->start({u"--port"_s, QString::number(port)}));
    auto back = TestClient::open(port, u"alice"_s, u"desk"_s, false);
    QVERIFY(back);
    auto second = transfer(port, ready->upload, &offset);
    QVERIFY(second);
    QVERIFY2(offset >= 400'000 && offset <= 800'000, qPrintable(QString::number(offset)));
    second->sendRaw(bytes.sliced(offset));
    const auto done = back->waitFor<Msg::Uploaded>(10000);
    QVERIFY(done && !done->error);
    QCOMPARE(readAll(data.path() + u"/files/"_s + sha256(bytes).left(2) + u'/' + sha256(bytes).mid(2, 2) + u'/' +
                     sha256(bytes)),
             bytes);
}

void TestServerFiles::aWholeUploadLeftUncheckedIsCheckedWhenAnnouncedAgain()
{
    // All of an upload came, and the server was killed before its check ended: the client, back, announces
    // it again, hears it is all there, and has nothing to send (no transfer); "uploaded" must still come.
    QTemporaryDir data;
    auto server = std::make_unique<ServerProcess>(data.path());
    QVERIFY(server->start());
    const quint16 port = server->tcpPort();
    auto alice = TestClient::open(port, u"alice"_s, u"desk"_s, true);
    QVERIFY(alice);
    const QByteArray bytes = content(1'000'000, 6);
    const auto ready = begin(*alice, announce(bytes));
    QVERIFY(ready);
    server->kill();
    alice.reset();
    // (The state such a kill leaves: the whole content in the partial file, the upload unfinished.)
    QFile partial(data.path() + u"/files/partial/"_s + ready->upload);
    QVERIFY(partial.open(QIODevice::WriteOnly) && partial.write(bytes) == bytes.size());
    partial.close();

    server = std::make_unique<ServerProcess>(data.path());
    QVERIFY(server->start({u"--port"_s, QString::number(port)}));
    auto back = TestClient::open(port, u"alice"_s, u"desk"_s, false);
    QVERIFY(back);
    const auto again = begin(*back, announce(bytes));
    QVERIFY(again);
    QCOMPARE(again->upload, ready->upload);
    QCOMPARE(again->offset, bytes.size());
    const auto done = back->waitFor<Msg::Uploaded>(30'000);
    QVERIFY(done);
    QVERIFY2(!done->error, qPrintable(done->message.value_or(QString())));
    QCOMPARE(readAll(storedPath(*server, sha256(bytes))), bytes);
    QTRY_VERIFY(QDir(data.path() + u"/files/partial"_s).isEmpty()); // recorded: the partial name went
}

void TestServerFiles::aCancelledUploadIsForgottenAtOnce()
{
    // One upload at once: a cancelled one, bytes coming, no longer holds the slot, its transfer ends and its
    // bytes go; nobody but its account can cancel it.
    ServerProcess server;
    QVERIFY(server.start({u"--uploads-at-once"_s, u"1"_s}));
    auto alice = TestClient::open(server.tcpPort(), u"alice"_s, u"desk"_s, true);
    auto bob = TestClient::open(server.tcpPort(), u"bob"_s, u"desk"_s, true);
    QVERIFY(alice && bob);
    const QByteArray a = content(2'000'000, 11), b = content(1000, 12);
    const auto first = begin(*alice, announce(a));
    QVERIFY(first);
    qint64 offset = -1;
    auto t = transfer(server.tcpPort(), first->upload, &offset);
    QVERIFY(t);
    t->sendRaw(a.first(500'000));
    const QString partial = server.dataDir() + u"/files/partial/"_s + first->upload;
    QTRY_VERIFY(QFileInfo(partial).size() > 0);
    alice->send(announce(b), 20);
    const auto busy = alice->waitFor<Msg::ErrorReply>(5000);
    QVERIFY(busy && busy->code == u"too_many_uploads"_s);

    bob->send(Msg::CancelUpload{first->upload}, 21); // not his
    const auto notHis = bob->waitFor<Msg::ErrorReply>(5000);
    QVERIFY(notHis);
    QCOMPARE(notHis->code, u"no_such_upload"_s);
    QCOMPARE(notHis->ref, std::optional<qint64>(21));
    QVERIFY(QFileInfo::exists(partial));

    alice->send(Msg::CancelUpload{first->upload}, 22);
    QTRY_VERIFY(!t->isConnected());
    QTRY_VERIFY(!QFileInfo::exists(partial));
    const auto second = begin(*alice, announce(b)); // the slot is free
    QVERIFY(second);
    alice->send(Msg::CancelUpload{first->upload}, 23); // gone: unknown now
    const auto gone = alice->waitFor<Msg::ErrorReply>(5000);
    QVERIFY(gone && gone->code == u"no_such_upload"_s);
    // Stored and not shared yet: its content goes at once too (the quota it frees bounds the disk).
    auto t2 = transfer(server.tcpPort(), second->upload, &offset);
    QVERIFY(t2);
    t2->sendRaw(b);
    const auto stored = alice->waitFor<Msg::Uploaded>(10000);
    QVERIFY(stored && !stored->error);
    QVERIFY(QFileInfo::exists(storedPath(server, sha256(b))));
    alice->send(Msg::CancelUpload{second->upload}, 24);
    QTRY_VERIFY(!QFileInfo::exists(storedPath(server, sha256(b))));
    QVERIFY(server.statsShow("2 cancelled"));
}

void TestServerFiles::contentThatIsNotWhatWasAnnouncedIsDropped()
{
    ServerProcess server;
    QVERIFY(server.start());
    auto alice = TestClient::open(server.tcpPort(), u"alice"_s, u"desk"_s, true);
    QVERIFY(alice);
    const QByteArray announced = content(100'000, 4);
    const QByteArray sent = content(100'000, 5);
    const auto ready = begin(*alice, announce(announced));
    QVERIFY(ready);
    qint64 offset = -1;
    auto t = transfer(server.tcpPort(), ready->upload, &offset);
    QVERIFY(t);
    t->sendRaw(sent);
    const auto failed = alice->waitFor<Msg::Uploaded>(10000);
    QVERIFY(failed);
    QCOMPARE(failed->error, std::optional<QString>(u"hash_mismatch"_s));
    QVERIFY(!QFileInfo::exists(storedPath(server, sha256(announced))));
    QVERIFY(!QFileInfo::exists(storedPath(server, sha256(sent))));
    QTRY_VERIFY(QDir(server.dataDir() + u"/files/partial"_s).isEmpty());
    // The upload is gone: a transfer for it is refused.
    TestClient again;
    QVERIFY(again.connectTo(server.tcpPort()));
    again.send(Msg::Transfer{ready->upload});
    const auto refused = again.waitFor<Msg::ErrorReply>();
    QVERIFY(refused && refused->code == "no_such_upload"_L1);
    QVERIFY(server.statsShow("0 stored, 1 failed"));
}

void TestServerFiles::limits()
{
    ServerProcess server;
    QVERIFY(server.start(
        {u"--max-file-size-mib"_s, u"1"_s, u"--file-quota-mib"_s, u"2"_s, u"--uploads-at-once"_s, u"2"_s}));
    auto alice = TestClient::open(server.tcpPort(), u"alice"_s, u"desk"_s, true);
    QVERIFY(alice);
    const auto refusal = [&](const Msg::Upload &upload) -> QString {
        alice->send(upload, 7);
        const auto e = alice->waitFor<Msg::ErrorReply>(5000);
        return e ? e->code + u": "_s + e->message : u"no error"_s;
    };
    // Larger than a file may be: said with the limit.
    const QString tooLarge = refusal(announce(content((1 << 20) + 1, 6)));
    QVERIFY2(tooLarge.startsWith(u"file_too_large"_s) && tooLarge.contains(u"1 MiB"_s), qPrintable(tooLarge));
    // Two unfinished at once, not three.
    const QByteArray a = content(1 << 20, 7), b = content(1 << 20, 8), c = content(1000, 9);
    const auto first = begin(*alice, announce(a));
    const auto second = begin(*alice, announce(b));
    QVERIFY(first && second);
    QVERIFY(refusal(announce(c)).startsWith(u"too_many_uploads"_s));
    // Finished, they fill the quota of 2 MiB.
    for (const auto &[ready, bytes] : {std::pair(*first, a), std::pair(*second, b)}) {
        qint64 offset = -1;
        auto t = transfer(server.tcpPort(), ready.upload, &offset);
        QVERIFY(t);
        t->sendRaw(bytes);
        QVERIFY(t->waitFor<Msg::Uploaded>(10000));
    }
    const QString full = refusal(announce(c));
    QVERIFY2(full.startsWith(u"quota_exceeded"_s) && full.contains(u"2 MiB"_s), qPrintable(full));
    // What was stored before counts once: the same content again still goes.
    QVERIFY(begin(*alice, announce(a)));
}

void TestServerFiles::onlyWhereTheUploaderIs()
{
    ServerProcess server;
    QVERIFY(server.start());
    auto alice = TestClient::open(server.tcpPort(), u"alice"_s, u"desk"_s, true);
    auto bob = TestClient::open(server.tcpPort(), u"bob"_s, u"desk"_s, true);
    QVERIFY(alice && bob);
    const QByteArray bytes = content(1000, 10);
    const auto codeOf = [&](Msg::Upload upload) {
        alice->send(upload, 9);
        const auto e = alice->waitFor<Msg::ErrorReply>(5000);
        return e ? e->code : u"none"_s;
    };
    QCOMPARE(codeOf(announce(bytes, u"elsewhere"_s)), u"not_in_room"_s);
    Msg::Upload toNobody = announce(bytes);
    toNobody.room.reset();
    toNobody.with = u"nobody"_s;
    QCOMPARE(codeOf(toNobody), u"no_such_user"_s);
    toNobody.with = u"Alice"_s; // oneself
    QCOMPARE(codeOf(toNobody), u"no_such_user"_s);
    Msg::Upload toBob = toNobody;
    toBob.with = u"bob"_s;
    QVERIFY(begin(*alice, toBob));
    // Before login: nothing.
    TestClient stranger;
    QVERIFY(stranger.connectTo(server.tcpPort()) && stranger.hello());
    stranger.send(announce(bytes));
    const auto e = stranger.waitFor<Msg::ErrorReply>();
    QVERIFY(e && e->code == "not_authenticated"_L1);
}

void TestServerFiles::hostileTransfers()
{
    ServerProcess server;
    QVERIFY(server.start());
    auto alice = TestClient::open(server.tcpPort(), u"alice"_s, u"desk"_s, true);
    QVERIFY(alice);
    // An upload id that is not one: the connection is closed with the reason.
    TestClient guess;
    QVERIFY(guess.connectTo(server.tcpPort()));
    guess.send(Msg::Transfer{QString(32, u'0')});
    const auto unknown = guess.waitFor<Msg::ErrorReply>();
    QVERIFY(unknown && unknown->code == "no_such_upload"_L1);
    QVERIFY(guess.waitForDisconnect());
    // transfer inside a chat session: refused, the session goes on.
    alice->send(Msg::Transfer{QString(32, u'0')});
    const auto inSession = alice->waitFor<Msg::ErrorReply>();
    QVERIFY(inSession && inSession->code == "unknown_type"_L1);
    alice->send(Msg::Ping{5});
    QVERIFY(alice->waitFor<Msg::Pong>());
    // More bytes than announced: closed, and what was valid stays to resume from.
    const QByteArray bytes = content(200'000, 11);
    const auto ready = begin(*alice, announce(bytes));
    QVERIFY(ready);
    qint64 offset = -1;
    auto greedy = transfer(server.tcpPort(), ready->upload, &offset);
    QVERIFY(greedy);
    greedy->sendRaw(bytes.first(100'000));
    QTRY_COMPARE(QFileInfo(server.dataDir() + u"/files/partial/"_s + ready->upload).size(), 100'000);
    greedy->sendRaw(bytes.sliced(100'000) + QByteArray(70'000, 'x'));
    const auto over = greedy->waitFor<Msg::ErrorReply>(5000);
    QVERIFY(over && over->code == "out_of_range"_L1);
    QVERIFY(greedy->waitForDisconnect());
    // The valid bytes before the excess were kept, to the last one: the upload is whole and stored.
    QVERIFY(alice->waitFor<Msg::Uploaded>(10000, [](const Msg::Uploaded &u) { return !u.error; }));
    QCOMPARE(readAll(storedPath(server, sha256(bytes))), bytes);
    // A transfer for a stored upload: told so at once.
    auto late = transfer(server.tcpPort(), ready->upload, &offset);
    QVERIFY(late);
    QCOMPARE(offset, bytes.size());
    QVERIFY(late->waitFor<Msg::Uploaded>());
}

void TestServerFiles::aStalledTransferIsClosedAndChatGoesOn()
{
    ServerProcess server;
    QVERIFY(server.start({u"--transfer-idle-timeout-s"_s, u"1"_s}));
    auto alice = TestClient::open(server.tcpPort(), u"alice"_s, u"desk"_s, true);
    QVERIFY(alice);
    const QByteArray bytes = content(50'000, 12);
    const auto ready = begin(*alice, announce(bytes));
    QVERIFY(ready);
    qint64 offset = -1;
    auto stalled = transfer(server.tcpPort(), ready->upload, &offset);
    QVERIFY(stalled);
    stalled->sendRaw(bytes.first(10'000));
    QVERIFY(stalled->waitForDisconnect(5000)); // then nothing: closed after a second of silence
    QVERIFY(!stalled->has<Msg::ErrorReply>()); // without an error: nothing is wrong, it resumes
    alice->send(Msg::Ping{6});
    QVERIFY(alice->waitFor<Msg::Pong>());
    // And it resumes.
    auto resumed = transfer(server.tcpPort(), ready->upload, &offset);
    QVERIFY(resumed);
    QCOMPARE(offset, 10'000);
    resumed->sendRaw(bytes.sliced(offset));
    QVERIFY(alice->waitFor<Msg::Uploaded>(10000, [](const Msg::Uploaded &u) { return !u.error; }));
}

void TestServerFiles::announcingAgainGivesTheSameUpload()
{
    ServerProcess server;
    QVERIFY(server.start({u"--uploads-at-once"_s, u"1"_s}));
    auto alice = TestClient::open(server.tcpPort(), u"alice"_s, u"desk"_s, true);
    QVERIFY(alice);
    const QByteArray bytes = content(300'000, 13);
    const auto first = begin(*alice, announce(bytes));
    QVERIFY(first);
    qint64 offset = -1;
    auto t = transfer(server.tcpPort(), first->upload, &offset);
    QVERIFY(t);
    t->sendRaw(bytes.first(100'000));
    QTRY_COMPARE(QFileInfo(server.dataDir() + u"/files/partial/"_s + first->upload).size(), 100'000);
    t.reset();
    // A client that lost the id announces the file again: the same upload, where it stands (and the one
    // unfinished upload allowed is not spent twice).
    const auto again = begin(*alice, announce(bytes));
    QVERIFY(again);
    QCOMPARE(again->upload, first->upload);
    QCOMPARE(again->offset, 100'000);
    auto rest = transfer(server.tcpPort(), again->upload, &offset);
    QVERIFY(rest);
    rest->sendRaw(bytes.sliced(offset));
    QVERIFY(alice->waitFor<Msg::Uploaded>(10000, [](const Msg::Uploaded &u) { return !u.error; }));
    // Stored: announced again, it needs nothing, and is still the same upload.
    const auto stored = begin(*alice, announce(bytes));
    QVERIFY(stored);
    QCOMPARE(stored->upload, first->upload);
    QCOMPARE(stored->offset, bytes.size());
}

void TestServerFiles::transfersCountAgainstTheConnectionLimit()
{
    ServerProcess server;
    QVERIFY(server.start({u"--max-connections"_s, u"2"_s}));
    auto alice = TestClient::open(server.tcpPort(), u"alice"_s, u"desk"_s, true);
    QVERIFY(alice);
    const QByteArray bytes = content(1000, 14);
    const auto ready = begin(*alice, announce(bytes));
    QVERIFY(ready);
    qint64 offset = -1;
    auto t = transfer(server.tcpPort(), ready->upload, &offset);
    QVERIFY(t);
    TestClient third;
    // The server may have told third and closed before third looked at its socket: what counts is what
    // third was told.
    third.connectTo(server.tcpPort());
    const auto full = third.waitFor<Msg::ErrorReply>();
    QVERIFY(full && full->code == "too_many_connections"_L1);
}

QTEST_MAIN(TestServerFiles)
#include "tst_server_files.moc"
