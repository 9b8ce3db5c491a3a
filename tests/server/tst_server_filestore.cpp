// FileStore on a real data directory: uploads in parts, resumed after a restart, checked against their
// SHA-256 before they are stored (once per content), and names from outside never taken as paths.
#include "filestore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <linux/ioprio.h>
#include <sched.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {
QByteArray content(int size, char seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char(seed + i * 7 + (i >> 8));
    return bytes;
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Waits for the completion of one upload; its outcome and detail.
std::pair<FileStore::Outcome, QString> completion(QSignalSpy &spy)
{
    // (Generous: the check's thread is in the idle class, and tests run beside others.)
    if (spy.isEmpty() && !spy.wait(60'000))
        return {FileStore::Outcome::IoError, u"no completion"_s};
    const QList<QVariant> args = spy.takeFirst();
    return {args.at(1).value<FileStore::Outcome>(), args.at(2).toString()};
}

bool stored(QSignalSpy &spy)
{
    return completion(spy).first == FileStore::Outcome::Stored;
}
} // namespace

class TestFileStore : public QObject
{
    Q_OBJECT
private slots:
    void uploadInPartsIsStoredUnderItsHash();
    void wrongHashStoresNothing();
    void appendOnlyAtWhatWasReceived();
    void resumesAfterARestart();
    void sameContentIsStoredOnce();
    void namesFromOutsideAreNeverPaths_data();
    void namesFromOutsideAreNeverPaths();
    void discardRemovesThePartialFile();
    void discardDuringTheCheckStoresNothing();
    void filesLetGoLeaveNothingBehind();
    void checksRunOnlyWhenTheCoreIsIdle();
    void thePartialFileStaysUntilTheRecord();
    void aCheckCutShortByAStopIsDoneAgain();
};

void TestFileStore::uploadInPartsIsStoredUnderItsHash()
{
    QTemporaryDir dir;
    FileStore store(dir.path() + u"/files"_s);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    const QByteArray bytes = content(300'000, 1);
    const QString id = FileStore::newUploadId();
    QVERIFY(FileStore::isUploadId(id));
    QCOMPARE(store.received(id), 0);
    for (qint64 at = 0; at < bytes.size(); at += 65'536) {
        QVERIFY2(
            store.append(id, at, QByteArrayView(bytes).sliced(at, std::min<qint64>(65'536, bytes.size() - at)), &error),
            qPrintable(error));
        QCOMPARE(store.received(id), std::min<qint64>(at + 65'536, bytes.size()));
    }
    QSignalSpy done(&store, &FileStore::completed);
    const QString hash = sha256(bytes);
    QVERIFY(!store.contains(hash));
    store.complete(id, hash);
    const auto [outcome, why] = completion(done);
    QVERIFY2(outcome == FileStore::Outcome::Stored, qPrintable(why));
    QVERIFY(store.contains(hash));
    QCOMPARE(store.pathOf(hash), dir.path() + u"/files/"_s + hash.left(2) + u'/' + hash.mid(2, 2) + u'/' + hash);
    QFile stored(store.pathOf(hash));
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QCOMPARE(stored.readAll(), bytes);
    store.forgetPartial(id); // recorded
    QVERIFY(store.partialUploads().isEmpty());
    QCOMPARE(store.received(id), 0);
}

void TestFileStore::wrongHashStoresNothing()
{
    QTemporaryDir dir;
    FileStore store(dir.path());
    QString error;
    QVERIFY(store.open(&error));
    const QByteArray bytes = content(10'000, 2);
    const QString id = FileStore::newUploadId();
    QVERIFY(store.append(id, 0, bytes, &error));
    QSignalSpy done(&store, &FileStore::completed);
    const QString announced = sha256("something else");
    store.complete(id, announced);
    const auto [outcome, why] = completion(done);
    QCOMPARE(outcome, FileStore::Outcome::HashMismatch);
    QVERIFY2(why.contains(sha256(bytes)), qPrintable(why)); // says what the content's hash is
    QVERIFY(!store.contains(announced));
    QVERIFY(!store.contains(sha256(bytes)));
    QVERIFY(store.partialUploads().isEmpty());
}

void TestFileStore::appendOnlyAtWhatWasReceived()
{
    QTemporaryDir dir;
    FileStore store(dir.path());
    QString error;
    QVERIFY(store.open(&error));
    const QString id = FileStore::newUploadId();
    QVERIFY(store.append(id, 0, "abc", &error));
    QVERIFY(!store.append(id, 0, "abc", &error)); // again from the start
    QVERIFY(error.contains(u"3"_s));
    QVERIFY(!store.append(id, 10, "abc", &error)); // a gap
    QVERIFY(store.append(id, 3, "def", &error));
    QCOMPARE(store.received(id), 6);
    // While its hash is checked, an upload takes nothing more.
    QSignalSpy done(&store, &FileStore::completed);
    store.complete(id, sha256("abcdef"));
    QVERIFY(!store.append(id, 6, "ghi", &error));
    QVERIFY(stored(done));
}

void TestFileStore::resumesAfterARestart()
{
    QTemporaryDir dir;
    const QByteArray bytes = content(200'000, 3);
    const QString id = FileStore::newUploadId();
    QString error;
    {
        FileStore store(dir.path());
        QVERIFY(store.open(&error));
        QVERIFY(store.append(id, 0, QByteArrayView(bytes).first(120'000), &error));
        // Unbuffered: what append() took is in the file already, as a killed server would leave it.
        QCOMPARE(QFileInfo(dir.filePath(u"partial/"_s + id)).size(), 120'000);
    }
    FileStore store(dir.path());
    QVERIFY(store.open(&error));
    QCOMPARE(store.partialUploads(), QStringList{id});
    QCOMPARE(store.received(id), 120'000);
    QVERIFY(store.append(id, 120'000, QByteArrayView(bytes).sliced(120'000), &error));
    QSignalSpy done(&store, &FileStore::completed);
    store.complete(id, sha256(bytes));
    QVERIFY(stored(done));
    QFile stored(store.pathOf(sha256(bytes)));
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QCOMPARE(stored.readAll(), bytes);
}

void TestFileStore::sameContentIsStoredOnce()
{
    QTemporaryDir dir;
    FileStore store(dir.path());
    QString error;
    QVERIFY(store.open(&error));
    const QByteArray bytes = content(5'000, 4);
    QSignalSpy done(&store, &FileStore::completed);
    for (int i = 0; i < 2; ++i) {
        const QString id = FileStore::newUploadId();
        QVERIFY(store.append(id, 0, bytes, &error));
        store.complete(id, sha256(bytes));
        QVERIFY(stored(done));
    }
    int files = 0;
    for (const QString &first : QDir(dir.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (first != "partial"_L1)
            files +=
                int(QDir(dir.path() + u'/' + first + u'/' + sha256(bytes).mid(2, 2)).entryList(QDir::Files).size());
    }
    QCOMPARE(files, 1);
    QVERIFY(store.remove(sha256(bytes)));
    QVERIFY(!store.contains(sha256(bytes)));
}

void TestFileStore::namesFromOutsideAreNeverPaths_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("parent") << u"../sentinel"_s;
    QTest::newRow("parent of parent") << u"../../sentinel"_s;
    QTest::newRow("upper case") << sha256("x").toUpper();
    QTest::newRow("too short") << sha256("x").left(63);
    QTest::newRow("slash inside") << sha256("x").left(30) + u"/.."_s + sha256("x").mid(33);
    QTest::newRow("empty") << QString();
}

void TestFileStore::namesFromOutsideAreNeverPaths()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(u"store"_s));
    QFile sentinel(dir.filePath(u"sentinel"_s));
    QVERIFY(sentinel.open(QIODevice::WriteOnly) && sentinel.write("keep") == 4);
    sentinel.close();
    FileStore store(dir.path() + u"/store/files"_s);
    QString error;
    QVERIFY(store.open(&error));
    QVERIFY(!FileStore::isHash(name));
    QVERIFY(!FileStore::isUploadId(name));
    QVERIFY(!store.contains(name));
    QVERIFY(!store.remove(name));
    QVERIFY(!store.append(name, 0, "x", &error));
    QCOMPARE(store.received(name), 0);
    store.discard(name);
    QVERIFY(!store.complete(name, sha256("x")));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"sentinel"_s}); // nothing written beside it
    QVERIFY(sentinel.open(QIODevice::ReadOnly));
    QCOMPARE(sentinel.readAll(), QByteArray("keep"));
}

void TestFileStore::discardRemovesThePartialFile()
{
    QTemporaryDir dir;
    FileStore store(dir.path());
    QString error;
    QVERIFY(store.open(&error));
    const QString id = FileStore::newUploadId();
    QVERIFY(store.append(id, 0, "abc", &error));
    QCOMPARE(store.partialUploads(), QStringList{id});
    store.discard(id);
    QVERIFY(store.partialUploads().isEmpty());
    QCOMPARE(store.received(id), 0);
}

void TestFileStore::discardDuringTheCheckStoresNothing()
{
    QTemporaryDir dir;
    FileStore store(dir.path());
    QString error;
    QVERIFY(store.open(&error));
    // Large enough that the check (a sync and 30 MB of hashing, on its thread) is still reading when discard()
    // comes: the check must not put the file in place then.
    const QByteArray bytes = content(30'000'000, 5);
    const QString hash = sha256(bytes); // (Qt's hash, slower than the store's: not between complete and discard)
    const QString id = FileStore::newUploadId();
    QVERIFY(store.append(id, 0, bytes, &error));
    QSignalSpy done(&store, &FileStore::completed);
    QVERIFY(store.complete(id, hash));
    QVERIFY(!store.complete(id, hash)); // one check at a time
    store.discard(id);                  // before the check's result is in
    QCOMPARE(completion(done).first, FileStore::Outcome::Discarded);
    QVERIFY(!store.contains(hash));
    QVERIFY(store.partialUploads().isEmpty());
}

void TestFileStore::filesLetGoLeaveNothingBehind()
{
    // Removals run on the housekeeping thread: the file leaves its path at once and the disk soon after;
    // what a stop left half done goes at the next open.
    QTemporaryDir dir;
    const QString partial = dir.path() + u"/partial"_s;
    QVERIFY(QDir().mkpath(partial));
    const QString leftover = partial + u"/"_s + FileStore::newUploadId() + u".gone"_s;
    QFile file(leftover);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write("old") == 3);
    file.close();
    {
        FileStore store(dir.path());
        QString error;
        QVERIFY(store.open(&error));
        QVERIFY(!QFile::exists(leftover));
        const QByteArray bytes = content(300'000, 6);
        const QString id = FileStore::newUploadId();
        QVERIFY(store.append(id, 0, bytes, &error));
        QSignalSpy done(&store, &FileStore::completed);
        QVERIFY(store.complete(id, sha256("not these bytes")));
        QCOMPARE(completion(done).first, FileStore::Outcome::HashMismatch);
        QCOMPARE(store.received(id), 0); // gone from its path at once
        const QString dropped = FileStore::newUploadId();
        QVERIFY(store.append(dropped, 0, bytes, &error));
        store.discard(dropped);
        QCOMPARE(store.received(dropped), 0);
        QVERIFY(store.partialUploads().isEmpty());
    }
    // The store waits for its removals when it goes: nothing is left, without waiting here.
    QVERIFY(QDir(partial).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestFileStore::checksRunOnlyWhenTheCoreIsIdle()
{
    // The hash check's thread is in Linux's idle classes, for the CPU (it gives the core up the moment the event
    // loop wakes) and for the disk (its sync of the upload waits behind the database's writes). It is seen in
    // /proc while it hashes, by its scheduling policy (field 41 of a task's stat; 5: SCHED_IDLE), and asked
    // for its I/O priority.
    QTemporaryDir dir;
    FileStore store(dir.path());
    QString error;
    QVERIFY(store.open(&error));
    const QByteArray bytes = content(60'000'000, 9);
    const QString hash = sha256(bytes);
    const QString id = FileStore::newUploadId();
    QVERIFY(store.append(id, 0, bytes, &error));
    const auto idleThread = [] {
        const QStringList tasks = QDir(u"/proc/self/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &task : tasks) {
            QFile stat(u"/proc/self/task/%1/stat"_s.arg(task));
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            const QByteArray line = stat.readAll();
            // Fields after the command's closing parenthesis start at field 3.
            const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
            if (fields.size() > 38 && fields.at(38).toInt() == SCHED_IDLE)
                return task.toInt();
        }
        return 0;
    };
    QCOMPARE(idleThread(), 0);
    QSignalSpy done(&store, &FileStore::completed);
    QVERIFY(store.complete(id, hash));
    // (The pool keeps its thread, in its class, for a while after the check: seen during or after it.)
    int thread = 0;
    QTRY_VERIFY_WITH_TIMEOUT((thread = idleThread()) != 0, 60'000);
    const int ioPriority = int(syscall(SYS_ioprio_get, IOPRIO_WHO_PROCESS, thread));
    QCOMPARE(IOPRIO_PRIO_CLASS(ioPriority), IOPRIO_CLASS_IDLE);
    QVERIFY(stored(done));
    QCOMPARE(sched_getscheduler(0), SCHED_OTHER); // the caller's thread is as it was
}

void TestFileStore::thePartialFileStaysUntilTheRecord()
{
    // The check links the stored file beside the partial one, which goes only once the file is recorded
    // (forgetPartial()); until then it cannot be written to.
    QTemporaryDir dir;
    FileStore store(dir.path());
    QString error;
    QVERIFY(store.open(&error));
    const QByteArray bytes = content(500'000, 3);
    const QString hash = sha256(bytes);
    const QString id = FileStore::newUploadId();
    QVERIFY(store.append(id, 0, bytes, &error));
    qint64 partialWhenRecorded = -1;
    bool storedWhenRecorded = false;
    connect(&store, &FileStore::completed, this, [&] {
        partialWhenRecorded = store.received(id);
        storedWhenRecorded = store.contains(hash);
    });
    QSignalSpy done(&store, &FileStore::completed);
    QVERIFY(store.complete(id, hash));
    QVERIFY(stored(done));
    QCOMPARE(partialWhenRecorded, bytes.size());
    QVERIFY(storedWhenRecorded);
    QCOMPARE(store.received(id), bytes.size());
    QVERIFY(!store.append(id, bytes.size(), "more", &error)); // it is the stored file's content too
    store.forgetPartial(id);
    QCOMPARE(store.received(id), 0);
    QVERIFY(store.partialUploads().isEmpty());
    QFile file(store.pathOf(hash));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
}

void TestFileStore::aCheckCutShortByAStopIsDoneAgain()
{
    // The server stops after the check put the file in place and before the result reached the event loop
    // (and the database): the upload is still whole where a restart looks for it, and checked again.
    QTemporaryDir dir;
    const QByteArray bytes = content(400'000, 8);
    const QString hash = sha256(bytes);
    const QString id = FileStore::newUploadId();
    {
        FileStore store(dir.path());
        QString error;
        QVERIFY(store.open(&error));
        QVERIFY(store.append(id, 0, bytes, &error));
        QSignalSpy done(&store, &FileStore::completed);
        QVERIFY(store.complete(id, hash));
        // Waiting without handling events: the posted result is never delivered, as in a stop.
        QElapsedTimer waited;
        waited.start();
        while (!QFile::exists(store.pathOf(hash)) && waited.elapsed() < 60'000)
            QThread::msleep(1);
        QVERIFY(QFile::exists(store.pathOf(hash)));
        store.stopChecks();
        QVERIFY(done.isEmpty());
    }
    FileStore store(dir.path());
    QString error;
    QVERIFY(store.open(&error));
    QCOMPARE(store.received(id), bytes.size());
    QCOMPARE(store.partialUploads(), QStringList{id});
    QSignalSpy done(&store, &FileStore::completed);
    QVERIFY(store.complete(id, hash));
    QVERIFY(stored(done));
    store.forgetPartial(id);
    QVERIFY(store.partialUploads().isEmpty());
    QFile file(store.pathOf(hash));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
}

QTEST_GUILESS_MAIN(TestFileStore)
#include "tst_server_filestore.moc"
