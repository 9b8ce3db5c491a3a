#include "databasebackup.h"

#include "databasebackend.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <memory>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

// The whole file in one step: one read transaction, so one snapshot. In steps, every write of the server in
// between would start the copy again (SQLite restarts a backup whose source another connection changed),
// and a busy server would never let it finish. In WAL mode the read blocks no writer.
constexpr int PagesPerStep = -1;
// How often a step that found the database busy is tried again, 50 ms apart.
constexpr int BusyRetries = 200;

struct Closer
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using Handle = std::unique_ptr<sqlite3, Closer>;

Handle openFile(const QString &file, int flags, QString *error)
{
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(file).constData(), &db, flags, nullptr);
    Handle handle(db);
    if (rc != SQLITE_OK) {
        *error = u"Cannot open %1: %2"_s.arg(file, QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)));
        return nullptr;
    }
    sqlite3_busy_timeout(db, 5000);
    return handle;
}

std::optional<qint64> single(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        return std::nullopt;
    std::optional<qint64> value;
    if (sqlite3_step(statement) == SQLITE_ROW)
        value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return value;
}

QString text(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    QString value;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    return value;
}

} // namespace

namespace DatabaseBackup {

std::optional<Summary> inspect(const QString &file, QString *error)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"Cannot read %1: %2."_s.arg(file, f.errorString());
        return std::nullopt;
    }
    if (f.read(16) != QByteArray("SQLite format 3\0", 16)) {
        *error = u"%1 is not a Chat Room database (not an SQLite file)."_s.arg(file);
        return std::nullopt;
    }
    const Handle db = openFile(file, SQLITE_OPEN_READONLY, error);
    if (!db)
        return std::nullopt;
    if (const QString check = text(db.get(), "PRAGMA quick_check"); check != "ok"_L1) {
        *error = u"%1 is damaged (%2)."_s.arg(file, check.isEmpty() ? u"it cannot be read"_s : check);
        return std::nullopt;
    }
    Summary s;
    s.schema = int(single(db.get(), "PRAGMA user_version").value_or(0));
    const auto accounts = single(db.get(), "SELECT COUNT(*) FROM users");
    const auto messages = single(db.get(), "SELECT COUNT(*) FROM messages WHERE sender <> ''");
    if (s.schema <= 0 || !accounts || !messages) {
        *error = u"%1 is an SQLite file, but not a Chat Room database."_s.arg(file);
        return std::nullopt;
    }
    if (s.schema > sqliteSchemaVersion()) {
        *error =
            u"%1 is from a newer Chat Room (schema %2; this server knows %3): restore it with that version."_s.arg(file)
                .arg(s.schema)
                .arg(sqliteSchemaVersion());
        return std::nullopt;
    }
    s.accounts = *accounts;
    s.messages = *messages;
    s.bytes = QFileInfo(file).size();
    return s;
}

std::optional<Summary> backup(const QString &from, const QString &to, QString *error)
{
    if (QFileInfo::exists(to)) {
        *error = u"%1 exists already; give the backup a new name."_s.arg(to);
        return std::nullopt;
    }
    if (!QFileInfo::exists(from)) {
        *error = u"There is no database at %1 (give --data-dir, or --config, as the server has them)."_s.arg(from);
        return std::nullopt;
    }
    const QString partial = to + u".partial"_s;
    QFile::remove(partial);
    {
        const Handle source = openFile(from, SQLITE_OPEN_READONLY, error);
        const Handle target = source ? openFile(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error) : nullptr;
        if (!target)
            return std::nullopt;
        QFile::setPermissions(partial, QFile::ReadOwner | QFile::WriteOwner);
        sqlite3_backup *copy = sqlite3_backup_init(target.get(), "main", source.get(), "main");
        if (!copy) {
            *error = u"Cannot start the backup: %1"_s.arg(QString::fromUtf8(sqlite3_errmsg(target.get())));
            return std::nullopt;
        }
        int rc = SQLITE_OK;
        int busy = 0;
        while (rc == SQLITE_OK || ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && ++busy < BusyRetries)) {
            if (rc != SQLITE_OK)
                sqlite3_sleep(50);
            rc = sqlite3_backup_step(copy, PagesPerStep);
        }
        sqlite3_backup_finish(copy);
        if (rc != SQLITE_DONE) {
            *error = u"The backup failed: %1"_s.arg(QString::fromUtf8(sqlite3_errstr(rc)));
            QFile::remove(partial);
            return std::nullopt;
        }
        // A copy is a file of its own: no WAL beside it.
        if (text(target.get(), "PRAGMA journal_mode=DELETE") != "delete"_L1) {
            *error = u"Cannot finish the copy %1: %2"_s.arg(partial, QString::fromUtf8(sqlite3_errmsg(target.get())));
            QFile::remove(partial);
            return std::nullopt;
        }
    }
    const auto summary = inspect(partial, error);
    if (!summary || !QFile::rename(partial, to)) {
        if (summary)
            *error = u"Cannot name the backup %1."_s.arg(to);
        QFile::remove(partial);
        return std::nullopt;
    }
    return summary;
}

std::optional<Summary> restore(const QString &from, const QString &database, QString *keptAs, QString *error)
{
    keptAs->clear();
    if (QFileInfo::exists(database) && QFileInfo(from).canonicalFilePath() == QFileInfo(database).canonicalFilePath()) {
        *error = u"%1 is the database itself; give a backup made with --backup."_s.arg(from);
        return std::nullopt;
    }
    const auto summary = inspect(from, error);
    if (!summary)
        return std::nullopt;
    // The restored file belongs to whoever owned the one it replaces (the service's user, not root who ran
    // this), or else the data directory's owner.
    struct stat owner{};
    const bool known =
        ::stat(
            QFile::encodeName(QFileInfo::exists(database) ? database : QFileInfo(database).absolutePath()).constData(),
            &owner) == 0;
    if (QFileInfo::exists(database)) {
        // Leaving WAL mode needs the file to itself: it fails while a server has it open, whatever socket or
        // settings that server has; and it folds the WAL into the file kept aside.
        const Handle live = openFile(database, SQLITE_OPEN_READWRITE, error);
        if (!live)
            return std::nullopt;
        sqlite3_busy_timeout(live.get(), 0);
        if (text(live.get(), "PRAGMA journal_mode=DELETE") != "delete"_L1) {
            *error =
                u"%1 is in use: stop the server first (systemctl stop chatroom-server), then restore."_s.arg(database);
            return std::nullopt;
        }
    }
    if (QFileInfo::exists(database)) {
        // A second restore within the same second keeps its own: "-2", "-3" …
        const QString stem =
            database + u".before-restore-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
        *keptAs = stem;
        for (int n = 2; QFileInfo::exists(*keptAs) || QFileInfo::exists(*keptAs + u"-wal"_s); ++n)
            *keptAs = stem + u'-' + QString::number(n);
        QStringList moved;
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
            if (!QFileInfo::exists(database + suffix))
                continue;
            if (!QFile::rename(database + suffix, *keptAs + suffix)) {
                for (const QString &back : std::as_const(moved)) // as it was
                    QFile::rename(*keptAs + back, database + back);
                *error = u"Cannot move %1 aside; nothing was restored."_s.arg(database + suffix);
                keptAs->clear();
                return std::nullopt;
            }
            moved.append(suffix);
        }
    }
    const QString partial = database + u".partial"_s;
    QFile::remove(partial);
    if (!QFile::copy(from, partial) || !QFile::rename(partial, database)) {
        QFile::remove(partial);
        if (!keptAs->isEmpty() && QFile::rename(*keptAs, database))
            *error = u"Cannot copy %1 to %2; the database there is as it was."_s.arg(from, database);
        else
            *error = u"Cannot copy %1 to %2; the database that was there is %3."_s.arg(from, database, *keptAs);
        return std::nullopt;
    }
    QFile::setPermissions(database, QFile::ReadOwner | QFile::WriteOwner);
    if (known && ::chown(QFile::encodeName(database).constData(), owner.st_uid, owner.st_gid) != 0 &&
        ::geteuid() == 0) {
        *error = u"Restored %1, but cannot give it to its owner (uid %2)."_s.arg(database).arg(owner.st_uid);
        return std::nullopt;
    }
    return summary;
}

} // namespace DatabaseBackup
