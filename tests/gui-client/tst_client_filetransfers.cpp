// Files between two real clients through a real server: a picture sent to the room arrives as a message
// with its pixels and thumbnail, and both fetch whole and checked; a large upload survives SIGKILL of the
// server mid-way and goes on by itself after the reconnect; a download broken off resumes from what is on
// disk; refusals (too large) come back as words; a cancelled upload sends no message; sends and saves cut
// short by the end of the client go on at its next login, unless the file changed meanwhile.
#include "chatclient.h"
#include "downloadjob.h"
#include "filetransfers.h"
#include "serverprocess.h"
#include "transferjournal.h"
#include "trusttestserver.h"
#include "uploadjob.h"

#include <QCryptographicHash>
#include <QDir>
#include <QImage>
#include <QPointer>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QUrl>
#include <QtCrypto>
#include <csignal>

using namespace Qt::Literals::StringLiterals;

namespace {
QByteArray noise(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 x = seed * 2654435761u + 1;
    for (qsizetype i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        bytes[i] = char(x);
    }
    return bytes;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}
} // namespace

class TestFileTransfers : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void aPictureGoesToTheRoomAndBothFetchIt();
    void anUploadSurvivesAServerKill();
    void aBrokenDownloadResumesFromDisk();
    void refusalsAreSaidInWords();
    void aCancelledUploadSendsNothing();
    void progressComesAWindowAtATime();
    void cancellingOneOfTwoSendsOfAFileKeepsTheOther();
    void aSendGoesOnAfterTheClientRestarts();
    void aSaveGoesOnAfterTheClientRestarts();
    void aFileChangedMeanwhileIsNotSentInItsPlace();
    void aShareThatWentOutIsNotMadeTwice();
    void aChangedFileLeavesNothingOnTheServer();
    void theJournalKeepsItsBounds();

private:
    std::unique_ptr<ChatClient> login(const ServerProcess &server, const QString &name, bool registering = true);
    // The largest partial upload in the server's data directory.
    static qint64 onServerDisk(const ServerProcess &server);

    QCA::Initializer m_qca;
    QTemporaryDir m_dir;
};

void TestFileTransfers::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(u"transfers"_s); // what an earlier run of these tests left unfinished
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<ChatClient> TestFileTransfers::login(const ServerProcess &server, const QString &name, bool registering)
{
    auto c = std::make_unique<ChatClient>();
    c->setReconnectDelays(std::chrono::milliseconds(200), std::chrono::milliseconds(400));
    trustTestServer(*c);
    QSignalSpy ok(c.get(), &ChatClient::authenticated);
    c->start(u"127.0.0.1"_s, server.tcpPort(),
             registering ? ChatClient::AuthMode::Register : ChatClient::AuthMode::Login, name, u"password123"_s);
    if (!ok.wait(10'000))
        return nullptr;
    return c;
}

void TestFileTransfers::aPictureGoesToTheRoomAndBothFetchIt()
{
    ServerProcess server;
    QVERIFY(server.start());
    auto alice = login(server, u"alice"_s);
    auto bob = login(server, u"bob"_s);
    QVERIFY(alice && bob);
    FileTransfers aliceFiles(*alice), bobFiles(*bob);
    QImage picture(1200, 800, QImage::Format_RGB32);
    picture.fill(QColor(30, 120, 200));
    const QString path = m_dir.filePath(u"harbour.png"_s);
    QVERIFY(picture.save(path));
    QSignalSpy seen(bob.get(), &ChatClient::chatReceived);
    UploadJob *job = aliceFiles.send(path, u"lobby"_s, std::nullopt, u"the harbour"_s);
    QSignalSpy sent(job, &UploadJob::finished);
    QSignalSpy progress(job, &UploadJob::progressed);
    QVERIFY(sent.wait(20'000));
    QVERIFY2(sent.at(0).at(0).toBool(), qPrintable(sent.at(0).at(2).toString()));
    QVERIFY(progress.size() >= 2);
    QTRY_VERIFY(!seen.isEmpty());
    const auto message = seen.takeFirst().at(0).value<Msg::ChatMessage>();
    QCOMPARE(message.text, u"the harbour"_s);
    QVERIFY(message.file);
    QCOMPARE(message.file->name, u"harbour.png"_s);
    QCOMPARE(message.file->mime, u"image/png"_s);
    QCOMPARE(message.file->width, std::optional<qint64>(1200));
    QCOMPARE(message.file->height, std::optional<qint64>(800));
    QVERIFY(message.file->thumbnail);
    QCOMPARE(message.file->thumbnail->width, 320);
    QCOMPARE(message.file->thumbnail->height, 213);
    // Bob fetches the thumbnail (into a cache name) and the picture; both checked.
    DownloadJob *thumb = bobFiles.fetch(message.id, true, m_dir.filePath(u"thumb.part"_s), m_dir.filePath(u"thumb"_s));
    QSignalSpy thumbDone(thumb, &DownloadJob::finished);
    DownloadJob *full = bobFiles.fetch(message.id, false, m_dir.filePath(u"got.png"_s), QString());
    QSignalSpy fullDone(full, &DownloadJob::finished);
    QVERIFY(thumbDone.wait(20'000) || !thumbDone.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!fullDone.isEmpty(), 20'000);
    QVERIFY(thumbDone.at(0).at(0).toBool() && fullDone.at(0).at(0).toBool());
    QCOMPARE(readAll(m_dir.filePath(u"got.png"_s)), readAll(path));
    QVERIFY(!QFile::exists(m_dir.filePath(u"thumb.part"_s)));
    QCOMPARE(QImage(m_dir.filePath(u"thumb"_s)).size(), QSize(320, 213));
}

void TestFileTransfers::anUploadSurvivesAServerKill()
{
    ServerProcess server;
    QVERIFY(server.start());
    auto alice = login(server, u"alice"_s);
    QVERIFY(alice);
    FileTransfers files(*alice);
    const QByteArray bytes = noise(60'000'000, 1);
    const QString path = m_dir.filePath(u"big.bin"_s);
    QVERIFY(writeFile(path, bytes));
    QPointer<UploadJob> job = files.send(path, u"lobby"_s, std::nullopt, QString());
    QSignalSpy sent(job.data(), &UploadJob::finished);
    // Killed once some of it is on the server's disk, then started again on the same data.
    QTRY_VERIFY_WITH_TIMEOUT(onServerDisk(server) > 5'000'000 || !sent.isEmpty(), 30'000);
    QVERIFY(sent.isEmpty());
    server.kill();
    QVERIFY(server.start({u"--port"_s, QString::number(server.tcpPort())}));
    QVERIFY(sent.wait(60'000));
    QVERIFY2(sent.at(0).at(0).toBool(), qPrintable(sent.at(0).at(2).toString()));
    const qint64 id = sent.at(0).at(1).toLongLong();
    QVERIFY(id > 0);
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QCOMPARE(readAll(server.dataDir() + u"/files/"_s + hash.left(2) + u'/' + hash.mid(2, 2) + u'/' + hash), bytes);
    // It went on from where the server had it: the restarted server took less than the whole file.
    QVERIFY(server.statsShow("1 stored"));
    static const QRegularExpression received(u"(\\d+) bytes received"_s);
    QRegularExpressionMatch last;
    for (auto it = received.globalMatch(QString::fromUtf8(server.output())); it.hasNext();)
        last = it.next();
    QVERIFY(last.hasMatch());
    QVERIFY2(last.captured(1).toLongLong() < bytes.size(), qPrintable(last.captured(1)));
}

void TestFileTransfers::aBrokenDownloadResumesFromDisk()
{
    ServerProcess server;
    QVERIFY(server.start());
    auto alice = login(server, u"alice"_s);
    QVERIFY(alice);
    FileTransfers files(*alice);
    const QByteArray bytes = noise(3'000'000, 2);
    const QString path = m_dir.filePath(u"report.pdf"_s);
    QVERIFY(writeFile(path, bytes));
    UploadJob *job = files.send(path, u"lobby"_s, std::nullopt, QString());
    QSignalSpy sent(job, &UploadJob::finished);
    QVERIFY(sent.wait(20'000) && sent.at(0).at(0).toBool());
    const qint64 id = sent.at(0).at(1).toLongLong();
    // What an earlier, broken run left: the first million bytes.
    const QString part = m_dir.filePath(u"resumed.pdf"_s);
    QVERIFY(writeFile(part, bytes.first(1'000'000)));
    DownloadJob *download = files.fetch(id, false, part, QString());
    QSignalSpy progress(download, &DownloadJob::progressed);
    QSignalSpy done(download, &DownloadJob::finished);
    QVERIFY(done.wait(20'000));
    QVERIFY(done.at(0).at(0).toBool());
    QCOMPARE(readAll(part), bytes);
    QCOMPARE(progress.first().at(0).toLongLong(), 1'000'000); // started from what was there
    // A part that is not this file's: the hash says so, and it is not kept as if it were.
    QVERIFY(writeFile(part, noise(3'000'000, 9).first(2'000'000)));
    DownloadJob *wrong = files.fetch(id, false, part, QString());
    QSignalSpy wrongDone(wrong, &DownloadJob::finished);
    QVERIFY(wrongDone.wait(20'000));
    QVERIFY(!wrongDone.at(0).at(0).toBool());
    QVERIFY(!wrongDone.at(0).at(1).toString().isEmpty());
    QCOMPARE(QFileInfo(part).size(), 0);
}

void TestFileTransfers::refusalsAreSaidInWords()
{
    ServerProcess server;
    QVERIFY(server.start({u"--max-file-size-mib"_s, u"1"_s}));
    auto alice = login(server, u"alice"_s);
    QVERIFY(alice);
    FileTransfers files(*alice);
    const QString path = m_dir.filePath(u"huge.bin"_s);
    QVERIFY(writeFile(path, noise(2'000'000, 3)));
    UploadJob *job = files.send(path, u"lobby"_s, std::nullopt, QString());
    QSignalSpy done(job, &UploadJob::finished);
    QVERIFY(done.wait(20'000));
    QVERIFY(!done.at(0).at(0).toBool());
    QVERIFY2(done.at(0).at(2).toString().contains(u"1.00 MiB"_s), qPrintable(done.at(0).at(2).toString()));
    // A message one cannot read: no bytes, a sentence.
    DownloadJob *none = files.fetch(999'999, false, m_dir.filePath(u"none.bin"_s), QString());
    QSignalSpy noneDone(none, &DownloadJob::finished);
    QVERIFY(noneDone.wait(20'000));
    QVERIFY(!noneDone.at(0).at(0).toBool());
    QVERIFY(!noneDone.at(0).at(1).toString().isEmpty());
}

void TestFileTransfers::aCancelledUploadSendsNothing()
{
    ServerProcess server;
    QVERIFY(server.start());
    auto alice = login(server, u"alice"_s);
    auto bob = login(server, u"bob"_s);
    QVERIFY(alice && bob);
    FileTransfers files(*alice);
    const QString path = m_dir.filePath(u"cancelled.bin"_s);
    QVERIFY(writeFile(path, noise(40'000'000, 4)));
    QSignalSpy seen(bob.get(), &ChatClient::chatReceived);
    QPointer<UploadJob> job = files.send(path, u"lobby"_s, std::nullopt, QString());
    QSignalSpy done(job.data(), &UploadJob::finished);
    QTRY_VERIFY_WITH_TIMEOUT(!job || job->bytesDone() > 1'000'000, 30'000);
    QVERIFY(job && done.isEmpty());
    job->cancel();
    QCOMPARE(done.size(), 1);
    QVERIFY(!done.at(0).at(0).toBool());
    QVERIFY(done.at(0).at(2).toString().isEmpty());
    // Nothing more goes: the server stores nothing, and nobody sees a message. The server was told: the
    // upload is forgotten there, its bytes gone (it held a slot of uploads at once for a day before).
    QTest::qWait(1500);
    QVERIFY(seen.isEmpty());
    QVERIFY(server.statsShow("0 stored"));
    QVERIFY(server.statsShow("1 cancelled"));
    QTRY_VERIFY(QDir(server.dataDir() + u"/files/partial"_s).entryList(QDir::Files).isEmpty());
}

void TestFileTransfers::progressComesAWindowAtATime()
{
    // A server on another core takes the bytes as fast as they come; the sender still hands the link no more
    // than a window per pass of its event loop (once, 47 MB went in one pass: a frozen window and a progress
    // bar that jumped from 0 to half). A timer of 0 ms looks at the progress once a pass.
    ServerProcess server;
    QVERIFY(server.start());
    auto alice = login(server, u"alice"_s);
    QVERIFY(alice);
    FileTransfers files(*alice);
    const QByteArray bytes = noise(40'000'000, 4);
    const QString path = m_dir.filePath(u"fast.bin"_s);
    QVERIFY(writeFile(path, bytes));
    UploadJob *job = files.send(path, u"lobby"_s, std::nullopt, QString());
    QSignalSpy sent(job, &UploadJob::finished);
    qint64 latest = 0;
    int steps = 0;
    connect(job, &UploadJob::progressed, job, [&](qint64 now, qint64) {
        latest = now;
        ++steps;
    });
    qint64 seen = 0;
    qint64 largest = 0;
    QTimer pass;
    connect(&pass, &QTimer::timeout, this, [&] {
        if (sent.isEmpty()) // (not the last step: the server's "uploaded" after its check)
            largest = std::max(largest, latest - seen);
        seen = latest;
    });
    pass.start(0);
    QVERIFY(sent.wait(60'000));
    QVERIFY2(sent.at(0).at(0).toBool(), qPrintable(sent.at(0).at(2).toString()));
    QCOMPARE(latest, bytes.size());
    // One window a pass; two where a pass's timers were looked at before its posted pump ran.
    QVERIFY2(largest <= 2 * UploadJob::WindowBytes, qPrintable(QString::number(largest)));
    QVERIFY(steps > bytes.size() / UploadJob::WindowBytes / 2);
}

void TestFileTransfers::cancellingOneOfTwoSendsOfAFileKeepsTheOther()
{
    // The same file sent twice to one room is one upload on the server: cancelling one send must not
    // take it from the other.
    ServerProcess server;
    QVERIFY(server.start());
    auto alice = login(server, u"alice"_s);
    QVERIFY(alice);
    FileTransfers files(*alice);
    const QString path = m_dir.filePath(u"twice.bin"_s);
    QVERIFY(writeFile(path, noise(20'000'000, 9)));
    // The server is held still until both sends are announced, so that it answers both before a byte
    // arrives: otherwise, on a loaded machine, the first could be sent whole before the second is looked at.
    const auto pid = pid_t(server.process().processId());
    QVERIFY(pid > 0 && ::kill(pid, SIGSTOP) == 0);
    auto resume = qScopeGuard([pid] { ::kill(pid, SIGCONT); });
    QPointer<UploadJob> first = files.send(path, u"lobby"_s, std::nullopt, QString());
    QPointer<UploadJob> second = files.send(path, u"lobby"_s, std::nullopt, QString());
    QTRY_VERIFY_WITH_TIMEOUT(first && second && !first->announcing().isEmpty() && !second->announcing().isEmpty(),
                             30'000);
    resume.dismiss();
    ::kill(pid, SIGCONT);
    // Both answered with the one upload (the first sending it, the second waiting for it).
    QTRY_VERIFY_WITH_TIMEOUT(first && second && !first->currentUpload().isEmpty() &&
                                 second->currentUpload() == first->currentUpload(),
                             30'000);
    // Whichever was answered first sends it (their files are looked at side by side); that one is cancelled.
    QPointer<UploadJob> sender = first->sends(first->currentUpload()) ? first : second;
    QPointer<UploadJob> waiter = sender == first ? second : first;
    QVERIFY(sender->sends(sender->currentUpload()));
    QVERIFY(waiter->isWaiting());
    QSignalSpy waiterDone(waiter.data(), &UploadJob::finished);
    sender->cancel();
    QVERIFY(waiterDone.wait(60'000) || !waiterDone.isEmpty());
    QVERIFY2(waiterDone.at(0).at(0).toBool(), qPrintable(waiterDone.at(0).at(2).toString()));
    QVERIFY(server.statsShow("0 cancelled"));
}

qint64 TestFileTransfers::onServerDisk(const ServerProcess &server)
{
    qint64 most = 0;
    for (const QFileInfo &partial : QDir(server.dataDir() + u"/files/partial"_s).entryInfoList(QDir::Files))
        most = std::max(most, partial.size());
    return most;
}

void TestFileTransfers::aSendGoesOnAfterTheClientRestarts()
{
    // The client goes away mid-way (its objects gone without a word, as at a quit or a crash); at its next
    // login the send goes on from what the server has, by itself, and the message comes once.
    ServerProcess server;
    QVERIFY(server.start());
    auto bob = login(server, u"bob"_s);
    QVERIFY(bob);
    QSignalSpy seen(bob.get(), &ChatClient::chatReceived);
    const QByteArray bytes = noise(90'000'000, 11);
    const QString path = m_dir.filePath(u"restarted.bin"_s);
    QVERIFY(writeFile(path, bytes));
    {
        auto alice = login(server, u"alice"_s);
        QVERIFY(alice);
        FileTransfers files(*alice);
        QPointer<UploadJob> job = files.send(path, u"lobby"_s, std::nullopt, u"after a restart"_s);
        QSignalSpy sent(job.data(), &UploadJob::finished);
        QTRY_VERIFY_WITH_TIMEOUT(onServerDisk(server) > 5'000'000 || !sent.isEmpty(), 30'000);
        QVERIFY(sent.isEmpty());
    }
    const qint64 there = onServerDisk(server);
    auto alice = login(server, u"alice"_s, false);
    QVERIFY(alice);
    FileTransfers files(*alice);
    QSignalSpy resumed(&files, &FileTransfers::resumedUpload);
    QVERIFY(resumed.wait(10'000));
    QCOMPARE(resumed.size(), 1);
    auto *job = resumed.at(0).at(0).value<UploadJob *>();
    QCOMPARE(job->fileName(), u"restarted.bin"_s);
    QSignalSpy progress(job, &UploadJob::progressed);
    QSignalSpy sent(job, &UploadJob::finished);
    QVERIFY(sent.wait(60'000));
    QVERIFY2(sent.at(0).at(0).toBool(), qPrintable(sent.at(0).at(2).toString()));
    // Looked at again (0 done), then told where the server stands: on from there, not from the start.
    QVERIFY(progress.size() >= 2);
    QVERIFY2(progress.at(1).at(0).toLongLong() >= there, qPrintable(progress.at(1).at(0).toString()));
    QTRY_COMPARE(seen.size(), 1);
    const auto message = seen.at(0).at(0).value<Msg::ChatMessage>();
    QCOMPARE(message.text, u"after a restart"_s);
    QVERIFY(message.file);
    QCOMPARE(message.file->size, bytes.size());
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QCOMPARE(message.file->sha256, hash);
    QVERIFY(server.statsShow("1 stored"));
    // Done is done: the next start has nothing to take up.
    QTRY_VERIFY(files.uploads().isEmpty());
    FileTransfers again(*alice);
    QSignalSpy resumedAgain(&again, &FileTransfers::resumedUpload);
    QVERIFY(!resumedAgain.wait(500));
}

void TestFileTransfers::aSaveGoesOnAfterTheClientRestarts()
{
    ServerProcess server;
    QVERIFY(server.start());
    auto alice = login(server, u"alice"_s);
    QVERIFY(alice);
    const QByteArray bytes = noise(3'000'000, 12);
    const QString source = m_dir.filePath(u"minutes.odt"_s);
    QVERIFY(writeFile(source, bytes));
    qint64 id = 0;
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const QString target = m_dir.filePath(u"saved-minutes.odt"_s);
    const QString part = m_dir.filePath(u".saved-minutes.odt.part"_s);
    {
        FileTransfers files(*alice);
        UploadJob *job = files.send(source, u"lobby"_s, std::nullopt, QString());
        QSignalSpy sent(job, &UploadJob::finished);
        QVERIFY(sent.wait(20'000) && sent.at(0).at(0).toBool());
        id = sent.at(0).at(1).toLongLong();
        // The save's name reserved, a third of it on disk, and then the client is gone.
        QVERIFY(writeFile(target, QByteArray()));
        QVERIFY(writeFile(part, bytes.first(1'000'000)));
        files.save(id, sha256, bytes.size(), part, target);
    }
    // Meanwhile the user put a file of their own at that name: it is never replaced, the save takes a name
    // of its own, and what was fetched goes with it.
    QVERIFY(writeFile(target, "mine"));
    FileTransfers files(*alice);
    QSignalSpy resumed(&files, &FileTransfers::resumedSave);
    QVERIFY(resumed.wait(10'000));
    auto *job = resumed.at(0).at(0).value<DownloadJob *>();
    const QString renamed = m_dir.filePath(u"saved-minutes (1).odt"_s);
    QCOMPARE(resumed.at(0).at(1).toString(), m_dir.filePath(u".saved-minutes (1).odt.part"_s));
    QCOMPARE(resumed.at(0).at(2).toString(), renamed);
    QSignalSpy progress(job, &DownloadJob::progressed);
    QSignalSpy done(job, &DownloadJob::finished);
    QVERIFY(done.wait(20'000));
    QVERIFY2(done.at(0).at(0).toBool(), qPrintable(done.at(0).at(1).toString()));
    QCOMPARE(progress.first().at(0).toLongLong(), 1'000'000); // on from what was there
    QCOMPARE(readAll(renamed), bytes);
    QCOMPARE(readAll(target), QByteArray("mine"));
    QVERIFY(!QFileInfo::exists(part));
}

void TestFileTransfers::aShareThatWentOutIsNotMadeTwice()
{
    // The client ended after its share went out, before the server's ack came: at the next login the
    // server's answer (a new upload: the old one is used up by its message) says it arrived; nothing is
    // shared a second time.
    ServerProcess server;
    QVERIFY(server.start());
    auto bob = login(server, u"bob"_s);
    auto alice = login(server, u"alice"_s);
    QVERIFY(alice && bob);
    QSignalSpy seen(bob.get(), &ChatClient::chatReceived);
    const QString path = m_dir.filePath(u"once.bin"_s);
    QVERIFY(writeFile(path, noise(2'000'000, 13)));
    TransferJournal::Upload asItWas;
    {
        FileTransfers files(*alice);
        UploadJob *job = files.send(path, u"lobby"_s, std::nullopt, u"only once"_s);
        connect(job, &UploadJob::finished, this, [&] { asItWas = job->describe(); });
        QSignalSpy sent(job, &UploadJob::finished);
        QVERIFY(sent.wait(20'000) && sent.at(0).at(0).toBool());
    }
    QTRY_COMPARE(seen.size(), 1);
    QVERIFY(!asItWas.sharedUpload.isEmpty());
    QCOMPARE(asItWas.sha256.size(), 64);
    // What the journal held at the moment the client ended.
    TransferJournal(u"alice@127.0.0.1:%1"_s.arg(server.tcpPort())).add(asItWas);
    FileTransfers files(*alice);
    QSignalSpy resumed(&files, &FileTransfers::resumedUpload);
    QVERIFY(resumed.wait(10'000));
    auto *job = resumed.at(0).at(0).value<UploadJob *>();
    QSignalSpy done(job, &UploadJob::finished);
    QVERIFY(done.wait(20'000));
    QVERIFY2(done.at(0).at(0).toBool(), qPrintable(done.at(0).at(2).toString()));
    QTest::qWait(500);
    QCOMPARE(seen.size(), 1);
    QVERIFY(server.statsShow("1 stored"));
}

void TestFileTransfers::aChangedFileLeavesNothingOnTheServer()
{
    // Cut short, then changed before the next start: what the server had of it is given up at once (it
    // held a place among the account's uploads at once, and its quota, for a day).
    ServerProcess server;
    QVERIFY(server.start());
    const QString path = m_dir.filePath(u"changing.bin"_s);
    QVERIFY(writeFile(path, noise(60'000'000, 14)));
    auto alice = login(server, u"alice"_s);
    QVERIFY(alice);
    {
        FileTransfers files(*alice);
        QPointer<UploadJob> job = files.send(path, u"lobby"_s, std::nullopt, QString());
        QSignalSpy sent(job.data(), &UploadJob::finished);
        QTRY_VERIFY_WITH_TIMEOUT(onServerDisk(server) > 5'000'000 || !sent.isEmpty(), 30'000);
        QVERIFY(sent.isEmpty());
    }
    QVERIFY(writeFile(path, noise(60'000'000, 15)));
    FileTransfers files(*alice);
    QString why;
    connect(&files, &FileTransfers::resumedUpload, this, [&](UploadJob *job) {
        connect(job, &UploadJob::finished, this, [&](bool, qint64, const QString &said) { why = said; });
    });
    QTRY_VERIFY_WITH_TIMEOUT(!why.isEmpty(), 20'000);
    QVERIFY2(why.contains(u"changing.bin changed"_s), qPrintable(why));
    QTRY_VERIFY(server.statsShow("1 cancelled"));
    QTRY_VERIFY(QDir(server.dataDir() + u"/files/partial"_s).entryList(QDir::Files).isEmpty());
}

void TestFileTransfers::theJournalKeepsItsBounds()
{
    const QString account = u"carol@127.0.0.1:1"_s;
    QSettings().remove(u"transfers"_s);
    // One client at a time takes an account's entries up; another may once the first is gone.
    {
        TransferJournal first(account);
        TransferJournal second(account);
        QVERIFY(first.claim());
        QVERIFY(!second.claim());
    }
    QVERIFY(TransferJournal(account).claim());
    // Oldest first, in the order written; at most MaxEntries, the oldest not kept going first.
    const TransferJournal journal(account);
    TransferJournal::Upload upload;
    upload.size = 1;
    upload.modified = QDateTime::fromMSecsSinceEpoch(1, QTimeZone::UTC);
    upload.room = u"lobby"_s;
    QSet<QString> keep;
    QStringList keys;
    for (int i = 0; i < TransferJournal::MaxEntries + 10; ++i) {
        upload.path = u"/files/%1"_s.arg(i);
        keys << journal.add(upload, keep);
        if (i == 0)
            keep.insert(keys.constFirst()); // a job here still works on the first
    }
    const auto kept = journal.uploads();
    QCOMPARE(kept.size(), TransferJournal::MaxEntries);
    QCOMPARE(kept.constFirst().second.path, u"/files/0"_s);
    QCOMPARE(kept.at(1).second.path, u"/files/11"_s);
    QCOMPARE(kept.constLast().second.path, u"/files/%1"_s.arg(TransferJournal::MaxEntries + 9));
    // An entry nothing can be made of goes when read.
    QSettings settings;
    settings.setValue(u"transfers/%1/999999999999"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(account))),
                      u"{\"kind\":\"upload\",\"made\":%1}"_s.arg(QDateTime::currentMSecsSinceEpoch()));
    QCOMPARE(journal.uploads().size(), TransferJournal::MaxEntries);
    QVERIFY(
        !settings.contains(u"transfers/%1/999999999999"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(account)))));
    QSettings().remove(u"transfers"_s);
}

void TestFileTransfers::aFileChangedMeanwhileIsNotSentInItsPlace()
{
    // What the user chose was the file as it was: one changed (or gone) before the next start is not sent,
    // and the person is told why.
    ServerProcess server;
    QVERIFY(server.start());
    auto alice = login(server, u"alice"_s);
    QVERIFY(alice);
    const QString changed = m_dir.filePath(u"draft.txt"_s);
    const QString gone = m_dir.filePath(u"gone.txt"_s);
    QVERIFY(writeFile(changed, "the first draft"));
    QVERIFY(writeFile(gone, "soon gone"));
    {
        FileTransfers files(*alice);
        files.send(changed, u"lobby"_s, std::nullopt, QString());
        files.send(gone, u"lobby"_s, std::nullopt, QString());
    } // gone before either started
    QVERIFY(writeFile(changed, "the second draft, longer"));
    QVERIFY(QFile::remove(gone));
    QSignalSpy seen(alice.get(), &ChatClient::chatReceived);
    FileTransfers files(*alice);
    QStringList why;
    int sent = 0;
    connect(&files, &FileTransfers::resumedUpload, this, [&](UploadJob *job) {
        connect(job, &UploadJob::finished, this, [&](bool ok, qint64, const QString &said) {
            sent += ok;
            why << said;
        });
    });
    QTRY_COMPARE(why.size(), 2);
    QCOMPARE(sent, 0);
    QVERIFY2(why.at(0).contains(u"draft.txt changed"_s), qPrintable(why.at(0)));
    QVERIFY2(why.at(1).contains(u"gone.txt is no longer there"_s), qPrintable(why.at(1)));
    QTest::qWait(300);
    QVERIFY(seen.isEmpty());
    QVERIFY(server.statsShow("0 stored"));
}

QTEST_MAIN(TestFileTransfers)
#include "tst_client_filetransfers.moc"
