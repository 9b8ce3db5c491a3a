// FileStore on a real data directory: uploads in parts, resumed after a restart, checked against their
// SHA-256 before they are stored (once per content), and names from outside never taken as paths.
#include "filestore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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

// Waits for the completion of one upload; its (ok, error).
std::pair<bool, QString> completion(QSignalSpy &spy)
{
    if (spy.isEmpty() && !spy.wait(10000))
        return {false, u"no completion"_s};
    const QList<QVariant> args = spy.takeFirst();
    return {args.at(1).toBool(), args.at(2).toString()};
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
    QVERIFY(!store.contains(hash)); // not before its hash is checked
    const auto [ok, why] = completion(done);
    QVERIFY2(ok, qPrintable(why));
    QVERIFY(store.contains(hash));
    QCOMPARE(store.pathOf(hash), dir.path() + u"/files/"_s + hash.left(2) + u'/' + hash.mid(2, 2) + u'/' + hash);
    QFile stored(store.pathOf(hash));
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QCOMPARE(stored.readAll(), bytes);
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
    const auto [ok, why] = completion(done);
    QVERIFY(!ok);
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
    QVERIFY(completion(done).first);
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
    } // the server stops (or is killed: writes are unbuffered) with the upload half done
    FileStore store(dir.path());
    QVERIFY(store.open(&error));
    QCOMPARE(store.partialUploads(), QStringList{id});
    QCOMPARE(store.received(id), 120'000);
    QVERIFY(store.append(id, 120'000, QByteArrayView(bytes).sliced(120'000), &error));
    QSignalSpy done(&store, &FileStore::completed);
    store.complete(id, sha256(bytes));
    QVERIFY(completion(done).first);
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
        QVERIFY(completion(done).first);
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
    QTest::newRow("parent") << u"../../../../etc/passwd"_s;
    QTest::newRow("absolute") << u"/etc/passwd"_s;
    QTest::newRow("upper case") << sha256("x").toUpper();
    QTest::newRow("too short") << sha256("x").left(63);
    QTest::newRow("slash inside") << sha256("x").left(30) + u"/.."_s + sha256("x").mid(33);
    QTest::newRow("empty") << QString();
}

void TestFileStore::namesFromOutsideAreNeverPaths()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    FileStore store(dir.path() + u"/files"_s);
    QString error;
    QVERIFY(store.open(&error));
    QVERIFY(!FileStore::isHash(name));
    QVERIFY(!FileStore::isUploadId(name));
    QVERIFY(!store.contains(name));
    QVERIFY(!store.remove(name));
    QVERIFY(!store.append(name, 0, "x", &error));
    QCOMPARE(store.received(name), 0);
    store.discard(name);
    QSignalSpy done(&store, &FileStore::completed);
    store.complete(name, sha256("x"));
    QVERIFY(!done.wait(200));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty()); // nothing written outside the store
    QVERIFY(QFile::exists(u"/etc/passwd"_s));
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

QTEST_GUILESS_MAIN(TestFileStore)
#include "tst_server_filestore.moc"
