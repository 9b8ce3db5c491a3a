// Backups (issue 18): `chatroom-server --backup FILE` while clients send, then `--restore FILE` with the
// server stopped: every message acknowledged before the backup began is there after the restore, none sent
// after it ended; and the files a restore must refuse, each with the database left as it was.
#include "serverprocess.h"
#include "testclient.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestServerBackup : public QObject
{
    Q_OBJECT
private slots:
    void backupMidTrafficKeepsEveryAcknowledgedMessage();
    void restoreRefusesWhileTheServerRuns();
    void restoreRefusesWhatIsNotOurs();
    void backupRefusesToOverwrite();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out, err;
    };
    // Runs chatroom-server with args, the event loop turning meanwhile (the clients go on sending).
    static Run run(const QStringList &args);
    static QSet<qint64> messageIds(const QString &databaseFile);
    static QByteArray checksum(const QString &file);
};

TestServerBackup::Run TestServerBackup::run(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(CHATROOM_SERVER_BINARY), args);
    QTRY_VERIFY_WITH_TIMEOUT_NOFAIL(p.state() == QProcess::NotRunning, 60'000);
    if (p.state() != QProcess::NotRunning)
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QSet<qint64> TestServerBackup::messageIds(const QString &databaseFile)
{
    QSet<qint64> ids;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
        db.setDatabaseName(databaseFile);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(u"SELECT id FROM messages"_s, db);
            while (q.next())
                ids.insert(q.value(0).toLongLong());
        }
    }
    QSqlDatabase::removeDatabase(u"inspect"_s);
    return ids;
}

QByteArray TestServerBackup::checksum(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

void TestServerBackup::backupMidTrafficKeepsEveryAcknowledgedMessage()
{
    if (ServerProcess::onPostgres())
        QSKIP("--backup copies the embedded database; PostgreSQL has pg_dump");
    ServerProcess server;
    QVERIFY(server.start());
    std::vector<std::unique_ptr<TestClient>> senders;
    for (int i = 0; i < 4; ++i) {
        senders.push_back(std::make_unique<TestClient>());
        QVERIFY(senders.back()->connectTo(server.tcpPort()) && senders.back()->registerUser(u"sender%1"_s.arg(i)));
    }
    // Each sender keeps one message in flight. A message counts as before the backup when its ack had come
    // before the backup began, as after it when it was sent after the backup ended.
    enum class Phase { Before, During, After };
    Phase phase = Phase::Before;
    QHash<qint64, Phase> sentIn; // by ref
    QHash<qint64, Phase> acked;  // by id
    qint64 next = 1;
    auto sendNext = [&](TestClient *c) {
        sentIn.insert(next, phase);
        c->send(Msg::Say{u"lobby"_s, u"message %1"_s.arg(next), next});
        ++next;
    };
    for (auto &s : senders) {
        TestClient *c = s.get();
        connect(c->connection(), &Connection::messageReceived, this, [&, c](const Msg::Message &m) {
            if (const auto *ack = std::get_if<Msg::Ack>(&m)) {
                const Phase sent = sentIn.value(ack->ref);
                // Sent after the backup ended: after. Acked before it began: before. Else somewhere in between.
                acked.insert(ack->id, sent == Phase::After     ? Phase::After
                                      : phase == Phase::Before ? Phase::Before
                                                               : Phase::During);
                sendNext(c);
            }
        });
        sendNext(c);
    }
    QTRY_VERIFY_WITH_TIMEOUT(acked.size() >= 300, 30'000);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"backup.db"_s);
    phase = Phase::During;
    const Run backup = run({u"--data-dir"_s, server.dataDir(), u"--backup"_s, file});
    phase = Phase::After;
    QVERIFY2(backup.exitCode == 0, backup.err.constData());
    QVERIFY2(backup.out.contains("Backed up 4 accounts and "), backup.out.constData());
    auto sentAfter = [&] { return std::count(acked.cbegin(), acked.cend(), Phase::After); };
    QTRY_VERIFY_WITH_TIMEOUT(sentAfter() >= 100, 30'000); // traffic went on
    for (auto &s : senders)
        s->connection()->disconnect(this);
    QVERIFY((QFile::permissions(file) & (QFile::ReadGroup | QFile::ReadOther)) == QFile::Permissions());
    server.stop();

    const QString database = QDir(server.dataDir()).filePath(u"chatroom.db"_s);
    const QSet<qint64> before = messageIds(database);
    const Run restore = run({u"--data-dir"_s, server.dataDir(), u"--restore"_s, file});
    QVERIFY2(restore.exitCode == 0, restore.err.constData());
    QVERIFY2(restore.out.contains("The database it replaced is "), restore.out.constData());
    const QStringList kept = QDir(server.dataDir()).entryList({u"chatroom.db.before-restore-*"_s});
    QVERIFY2(!kept.isEmpty(), qPrintable(QDir(server.dataDir()).entryList().join(u' ')));
    // The live file is no backup of itself; and a second restore in the same second keeps its own copy.
    const Run itself = run({u"--data-dir"_s, server.dataDir(), u"--restore"_s, database});
    QCOMPARE(itself.exitCode, 1);
    QVERIFY2(itself.err.contains("is the database itself"), itself.err.constData());
    QStringList taken; // the names this second and the next few would give: each must be left alone
    for (int second = 0; second < 5; ++second) {
        const QString name = database + u".before-restore-"_s +
                             QDateTime::currentDateTimeUtc().addSecs(second).toString(u"yyyyMMdd-HHmmss"_s);
        QFile placeholder(name);
        if (!placeholder.exists() && placeholder.open(QIODevice::WriteOnly))
            taken << name;
    }
    const Run twice = run({u"--data-dir"_s, server.dataDir(), u"--restore"_s, file});
    QVERIFY2(twice.exitCode == 0, twice.err.constData());
    for (const QString &name : std::as_const(taken))
        QCOMPARE(QFileInfo(name).size(), 0);
    QVERIFY2(twice.out.contains("-2; remove it"), twice.out.constData());
    // Nothing lost: the database it replaced is kept whole (its WAL folded into it).
    QCOMPARE(messageIds(QDir(server.dataDir()).filePath(kept.constFirst())), before);

    const QSet<qint64> restored = messageIds(database);
    int beforeBackup = 0, afterBackup = 0;
    for (auto it = acked.cbegin(); it != acked.cend(); ++it) {
        if (it.value() == Phase::Before) {
            ++beforeBackup;
            QVERIFY2(restored.contains(it.key()),
                     qPrintable(u"message %1, acknowledged before the backup"_s.arg(it.key())));
        } else if (it.value() == Phase::After) {
            ++afterBackup;
            QVERIFY2(!restored.contains(it.key()), qPrintable(u"message %1, sent after the backup"_s.arg(it.key())));
        }
    }
    QVERIFY(beforeBackup >= 300 && afterBackup >= 100);
    // And the server serves the restored data.
    QVERIFY(server.start());
    TestClient c;
    QVERIFY(c.connectTo(server.tcpPort()) && c.login(u"sender0"_s));
}

void TestServerBackup::restoreRefusesWhileTheServerRuns()
{
    if (ServerProcess::onPostgres())
        QSKIP("--restore is for the embedded database");
    ServerProcess server;
    QVERIFY(server.start());
    QTemporaryDir dir;
    const QString file = dir.filePath(u"backup.db"_s);
    QCOMPARE(run({u"--data-dir"_s, server.dataDir(), u"--backup"_s, file}).exitCode, 0);
    const Run restore = run({u"--data-dir"_s, server.dataDir(), u"--restore"_s, file});
    QCOMPARE(restore.exitCode, 1);
    QVERIFY2(restore.err.contains("A server is running with this database: stop it first"), restore.err.constData());
    QVERIFY(QDir(server.dataDir()).entryList({u"chatroom.db.before-restore-*"_s}).isEmpty());
}

void TestServerBackup::restoreRefusesWhatIsNotOurs()
{
    if (ServerProcess::onPostgres())
        QSKIP("--restore is for the embedded database");
    ServerProcess server;
    QVERIFY(server.start());
    TestClient c;
    QVERIFY(c.connectTo(server.tcpPort()) && c.registerUser(u"keeper"_s));
    QTemporaryDir dir;
    const QString good = dir.filePath(u"good.db"_s);
    QCOMPARE(run({u"--data-dir"_s, server.dataDir(), u"--backup"_s, good}).exitCode, 0);
    server.stop();
    const QString database = QDir(server.dataDir()).filePath(u"chatroom.db"_s);
    const QByteArray live = checksum(database);

    // Not SQLite; SQLite of something else; ours from a newer version; damaged.
    const QString text = dir.filePath(u"notes.txt"_s), other = dir.filePath(u"other.db"_s),
                  newer = dir.filePath(u"newer.db"_s), damaged = dir.filePath(u"damaged.db"_s);
    QFile t(text);
    QVERIFY(t.open(QIODevice::WriteOnly) && t.write("meeting notes\n") > 0);
    t.close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"make"_s);
        db.setDatabaseName(other);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(u"CREATE TABLE recipes (name TEXT)"_s, db).isActive());
        db.close();
        QVERIFY(QFile::copy(good, newer));
        db.setDatabaseName(newer);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(u"PRAGMA user_version=999"_s, db).isActive());
        db.close();
    }
    QSqlDatabase::removeDatabase(u"make"_s);
    QVERIFY(QFile::copy(good, damaged));
    QFile d(damaged);
    QVERIFY(d.open(QIODevice::ReadWrite));
    d.seek(4096 + 100);
    QVERIFY(d.write(QByteArray(8192, '\xA5')) == 8192);
    d.close();

    const QList<std::pair<QString, QByteArray>> cases{{text, "is not a Chat Room database (not an SQLite file)"},
                                                      {other, "is an SQLite file, but not a Chat Room database"},
                                                      {newer, "is from a newer Chat Room (schema 999"},
                                                      {damaged, "damaged"}};
    for (const auto &[file, says] : cases) {
        const Run r = run({u"--data-dir"_s, server.dataDir(), u"--restore"_s, file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(says), r.err.constData());
        QCOMPARE(checksum(database), live);
    }
    QVERIFY(QDir(server.dataDir()).entryList({u"chatroom.db.before-restore-*"_s}).isEmpty());
}

void TestServerBackup::backupRefusesToOverwrite()
{
    if (ServerProcess::onPostgres())
        QSKIP("--backup copies the embedded database");
    ServerProcess server;
    QVERIFY(server.start());
    QTemporaryDir dir;
    const QString file = dir.filePath(u"precious.txt"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write("keep me\n") > 0);
    f.close();
    const Run r = run({u"--data-dir"_s, server.dataDir(), u"--backup"_s, file});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("exists already"));
    QVERIFY2(!r.err.contains("Copying"), r.err.constData()); // refused before it says it copies
    // A new database is its owner's only, like its backups.
    const QString database = QDir(server.dataDir()).filePath(u"chatroom.db"_s);
    QCOMPARE(QFile::permissions(database) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    QCOMPARE(checksum(file), QCryptographicHash::hash("keep me\n", QCryptographicHash::Sha256));
    QTemporaryDir empty;
    const Run none = run({u"--data-dir"_s, empty.path(), u"--backup"_s, dir.filePath(u"x.db"_s)});
    QCOMPARE(none.exitCode, 1);
    QVERIFY(none.err.contains("There is no database at"));
}

QTEST_GUILESS_MAIN(TestServerBackup)
#include "tst_server_backup.moc"
