// The embedded database: one SQLite file in the data directory, WAL mode, migrated by PRAGMA user_version.
#include "databasebackend.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVersionNumber>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcDb)

namespace {

// Each entry moves the schema one version up; entries are never edited once released, only appended.
const QStringList Migrations{
    u"CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, name_key TEXT NOT NULL UNIQUE, "
    "password_hash BLOB NOT NULL, created_ms INTEGER NOT NULL);"
    "CREATE TABLE messages (id INTEGER PRIMARY KEY, room TEXT, sender TEXT NOT NULL, recipient TEXT, "
    "text TEXT NOT NULL, action INTEGER NOT NULL DEFAULT 0, ts INTEGER NOT NULL);"
    "CREATE INDEX messages_room ON messages(room, id);"
    "CREATE TABLE resume_tokens (token_hash BLOB PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id), "
    "rooms TEXT NOT NULL, expires_ms INTEGER NOT NULL);"_s,
    // 2: the rooms each account is in, kept across logins (a user's rooms stay until they leave them), in
    // the order it joined them (id). Accounts start with the rooms of their resume tokens.
    u"CREATE TABLE memberships (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id), "
    "room TEXT NOT NULL, UNIQUE (user_id, room));"
    "WITH RECURSIVE split(user_id, room, rest) AS (SELECT user_id, '', rooms || ',' FROM resume_tokens "
    "UNION ALL SELECT user_id, substr(rest, 1, instr(rest, ',') - 1), substr(rest, instr(rest, ',') + 1) "
    "FROM split WHERE rest <> '') "
    "INSERT OR IGNORE INTO memberships (user_id, room) SELECT user_id, room FROM split WHERE room <> '' "
    "ORDER BY user_id, room;"_s,
    // 3: several devices per account, each with its own resume token; direct conversations (a key naming
    // both accounts, and each account's list of them); read positions per room and conversation. Accounts
    // start with everything read.
    u"ALTER TABLE resume_tokens ADD COLUMN device TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE resume_tokens ADD COLUMN device_key TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE resume_tokens ADD COLUMN last_seen_ms INTEGER NOT NULL DEFAULT 0;"
    "UPDATE resume_tokens SET last_seen_ms = MAX(0, expires_ms - 604800000);" // 7 days: the token lifetime
    "CREATE INDEX resume_tokens_user ON resume_tokens(user_id, device_key);"
    "ALTER TABLE messages ADD COLUMN dm_key TEXT;"
    "UPDATE messages SET dm_key = CASE WHEN lower(sender) < lower(recipient) THEN lower(sender) || ' ' || "
    "lower(recipient) ELSE lower(recipient) || ' ' || lower(sender) END WHERE recipient IS NOT NULL;"
    "CREATE INDEX messages_dm ON messages(dm_key, id) WHERE dm_key IS NOT NULL;"
    "CREATE TABLE conversations (user_id INTEGER NOT NULL REFERENCES users(id), peer_key TEXT NOT NULL, "
    "peer TEXT NOT NULL, last_id INTEGER NOT NULL, last_ts INTEGER NOT NULL, PRIMARY KEY (user_id, peer_key)) "
    "WITHOUT ROWID;"
    "CREATE INDEX conversations_recent ON conversations(user_id, last_id);"
    "WITH pairs(owner, peer, id, ts) AS (SELECT lower(sender), recipient, id, ts FROM messages WHERE recipient "
    "IS NOT NULL UNION ALL SELECT lower(recipient), sender, id, ts FROM messages WHERE recipient IS NOT NULL) "
    "INSERT INTO conversations (user_id, peer_key, peer, last_id, last_ts) SELECT u.id, lower(p.peer), p.peer, "
    "MAX(p.id), p.ts FROM pairs p JOIN users u ON u.name_key = p.owner GROUP BY u.id, lower(p.peer);"
    "CREATE TABLE read_markers (user_id INTEGER NOT NULL REFERENCES users(id), target TEXT NOT NULL, "
    "last_read INTEGER NOT NULL, PRIMARY KEY (user_id, target)) WITHOUT ROWID;"
    "INSERT INTO read_markers (user_id, target, last_read) SELECT m.user_id, '#' || m.room, "
    "(SELECT COALESCE(MAX(id), 0) FROM messages WHERE room = m.room) FROM memberships m;"
    "INSERT INTO read_markers (user_id, target, last_read) SELECT user_id, '@' || peer_key, last_id "
    "FROM conversations;"_s,
    // 4: rooms outlast their members: who created each (its owner), its topic, whether it is invite only,
    // and the invitations to it. The rooms accounts are in today start public, owned by nobody.
    u"CREATE TABLE rooms (name TEXT PRIMARY KEY, owner_id INTEGER REFERENCES users(id), "
    "private INTEGER NOT NULL DEFAULT 0, topic TEXT NOT NULL DEFAULT '', topic_by TEXT, topic_ts INTEGER, "
    "created_ms INTEGER NOT NULL) WITHOUT ROWID;"
    "INSERT OR IGNORE INTO rooms (name, created_ms) SELECT DISTINCT room, 0 FROM memberships;"
    "INSERT OR IGNORE INTO rooms (name, created_ms) VALUES ('lobby', 0);"
    "CREATE TABLE room_invites (room TEXT NOT NULL REFERENCES rooms(name), user_id INTEGER NOT NULL "
    "REFERENCES users(id), invited_by TEXT NOT NULL, ts INTEGER NOT NULL, PRIMARY KEY (room, user_id)) "
    "WITHOUT ROWID;"_s,
    // 5: mentions (who a room message names with @, to count and list them for that account) and each
    // account's notification level in each of its rooms.
    u"ALTER TABLE memberships ADD COLUMN notify TEXT NOT NULL DEFAULT 'all';"
    "CREATE TABLE mentions (user_id INTEGER NOT NULL REFERENCES users(id), room TEXT NOT NULL, "
    "message_id INTEGER NOT NULL, PRIMARY KEY (user_id, room, message_id)) WITHOUT ROWID;"
    "CREATE INDEX mentions_message ON mentions(message_id);"
    "CREATE INDEX mentions_recent ON mentions(user_id, message_id);"_s,
    // 6: full-text search over every message (SQLite FTS5, accents folded), kept in step by triggers in
    // the transaction that stores, changes or removes a message, so that it survives whatever they do
    // (since 16, storing fills it without a trigger).
    u"CREATE VIRTUAL TABLE messages_fts USING fts5(text, content='messages', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2');"
    "CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN "
    "INSERT INTO messages_fts (rowid, text) VALUES (new.id, new.text); END;"
    "CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN "
    "INSERT INTO messages_fts (messages_fts, rowid, text) VALUES ('delete', old.id, old.text); END;"
    "CREATE TRIGGER messages_fts_update AFTER UPDATE OF text ON messages BEGIN "
    "INSERT INTO messages_fts (messages_fts, rowid, text) VALUES ('delete', old.id, old.text); "
    "INSERT INTO messages_fts (rowid, text) VALUES (new.id, new.text); END;"
    "INSERT INTO messages_fts (messages_fts) VALUES ('rebuild');"_s,
    // 7: edits, deletions, replies and reactions. An edit replaces the text (only the latest is kept, and
    // the search index follows it); a deleted message keeps its row, without text, as a tombstone.
    u"ALTER TABLE messages ADD COLUMN edited_ts INTEGER;"
    "ALTER TABLE messages ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE messages ADD COLUMN reply_to INTEGER;"
    "CREATE TABLE reactions (message_id INTEGER NOT NULL, emoji TEXT NOT NULL, user_id INTEGER NOT NULL "
    "REFERENCES users(id), ts INTEGER NOT NULL, PRIMARY KEY (message_id, emoji, user_id)) WITHOUT ROWID;"_s,
    // 8: a room's messages by id with their sender, so that counting the unread ones (not one's own) reads
    // the index alone: a login into 200 rooms of unread messages counted 200,000 rows from the table.
    u"CREATE INDEX messages_room_sender ON messages(room, id, sender);"
    "DROP INDEX messages_room;"_s,
    // 9: files (docs/PROTOCOL.md, "Files"): each upload an account announced, where it goes (a target as in
    // read_markers: '#' and a room, '@' and the other account's key), what it is, and whether all of it is
    // stored (its bytes are in FileStore, under sha256, once per content); message_id: the message it was
    // shared in, once it is.
    u"CREATE TABLE uploads (id TEXT PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id), "
    "target TEXT NOT NULL, name TEXT NOT NULL, size INTEGER NOT NULL, sha256 TEXT NOT NULL, mime TEXT NOT NULL, "
    "created_ms INTEGER NOT NULL, stored INTEGER NOT NULL DEFAULT 0, message_id INTEGER) WITHOUT ROWID;"
    "CREATE INDEX uploads_user ON uploads(user_id, stored);"
    "CREATE INDEX uploads_sha256 ON uploads(sha256);"_s,
    // 10: the file each message shares (docs/PROTOCOL.md, "Sharing a file"): what readers see of it, its
    // sharer (whose quota it counts against), and its thumbnail's content. The uploads a message used are
    // gone once it is stored, so an upload no longer names its message.
    u"ALTER TABLE uploads DROP COLUMN message_id;"
    "CREATE TABLE attachments (message_id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id), "
    "name TEXT NOT NULL, size INTEGER NOT NULL, sha256 TEXT NOT NULL, mime TEXT NOT NULL, width INTEGER, "
    "height INTEGER, duration_ms INTEGER, thumb_sha256 TEXT, thumb_size INTEGER, thumb_mime TEXT, "
    "thumb_width INTEGER, thumb_height INTEGER);"
    "CREATE INDEX attachments_user ON attachments(user_id);"
    "CREATE INDEX attachments_sha256 ON attachments(sha256);"
    "CREATE INDEX attachments_thumb ON attachments(thumb_sha256) WHERE thumb_sha256 IS NOT NULL;"_s,
    // 11: each room's messages numbered 1, 2, 3 … with no hole (docs/SCALING.md): the counter is taken in
    // the storing transaction, so that nodes sharing a database can tell a message they missed. Today's
    // messages are numbered in the order of their ids.
    u"ALTER TABLE messages ADD COLUMN seq INTEGER;"
    "UPDATE messages SET seq = numbered.n FROM (SELECT id, ROW_NUMBER() OVER (PARTITION BY room ORDER BY id) AS n "
    "FROM messages WHERE room IS NOT NULL) AS numbered WHERE messages.id = numbered.id;"
    "CREATE UNIQUE INDEX messages_room_seq ON messages(room, seq) WHERE seq IS NOT NULL;"
    "CREATE TABLE room_counters (room TEXT PRIMARY KEY, seq INTEGER NOT NULL) WITHOUT ROWID;"
    "INSERT INTO room_counters (room, seq) SELECT room, MAX(seq) FROM messages WHERE room IS NOT NULL "
    "GROUP BY room;"_s,
    // 12: download keys (DownloadKeyStore) where every node of a cluster finds them; the key's SHA-256 only, as
    // for resume tokens.
    u"CREATE TABLE download_keys (key_hash TEXT PRIMARY KEY, user_id INTEGER NOT NULL, message_id INTEGER NOT NULL, "
    "thumbnail INTEGER NOT NULL, expires_ms INTEGER NOT NULL) WITHOUT ROWID;"
    "CREATE INDEX download_keys_user ON download_keys(user_id, expires_ms);"_s,
    // 13: the administrator's bans (BanList): kind 'user' (value: the canonical name) or 'address' (an
    // address or subnet).
    u"CREATE TABLE bans (kind TEXT NOT NULL, value TEXT NOT NULL, reason TEXT NOT NULL, created_ms INTEGER NOT NULL, "
    "PRIMARY KEY (kind, value)) WITHOUT ROWID;"_s,
    // 14: a room's own retention in days (Retention); NULL: the server's. Direct messages by time, for it.
    u"ALTER TABLE rooms ADD COLUMN retention_days INTEGER;"
    "CREATE INDEX messages_dm_ts ON messages(ts) WHERE dm_key IS NOT NULL;"_s,
    // 15: an account the administrator deleted stays as a row with its name, so that nobody else takes the
    // name its messages carry (purge_messages: its messages are still to be deleted); a room being removed is
    // kept until its messages are gone, so that nobody joins it meanwhile; a sender's messages by the index,
    // for exports and for deleting them.
    u"ALTER TABLE users ADD COLUMN deleted_ms INTEGER;"
    "ALTER TABLE users ADD COLUMN purge_messages INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE rooms ADD COLUMN removed_ms INTEGER;"
    "CREATE INDEX messages_sender ON messages(sender, id);"_s,
    // 16: a new message goes into the full-text index from the statement that stores it, a batch at a time
    // (MessageStore), not by a trigger per row: FTS5 writes out what it holds at every later statement of
    // the transaction, so that each message of a batch made an index segment of its own.
    u"DROP TRIGGER messages_fts_insert;"_s,
};

// A migration's statements, split at ';' but for those inside a trigger's BEGIN ... END.
QStringList statementsOf(const QString &migration)
{
    QStringList out;
    QString current;
    bool inTrigger = false;
    for (const QString &piece : migration.split(u';')) {
        current += piece;
        if (!inTrigger && piece.contains(" BEGIN "_L1))
            inTrigger = true;
        if (inTrigger && !piece.trimmed().endsWith("END"_L1)) {
            current += u';';
            continue;
        }
        inTrigger = false;
        if (!current.trimmed().isEmpty())
            out << current;
        current.clear();
    }
    return out;
}

} // namespace

class SqliteBackend : public DatabaseBackend
{
public:
    explicit SqliteBackend(const DatabaseLocation &location) : DatabaseBackend(location) {}

    bool checkBeforeOpening(QString *error) override
    {
        const QString &file = m_location.file;
        const QFileInfo info(file);
        if (info.exists() && !info.isWritable()) {
            *error = u"The database %1 is not writable."_s.arg(file);
            return false;
        }
        if (info.exists() && info.size() > 0) {
            // Refuse anything that is not an SQLite file before SQLite opens it, so it is never modified.
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly) || f.read(16) != QByteArray("SQLite format 3\0", 16)) {
                *error = u"%1 is not a Chat Room database (it may be damaged). It was left untouched; move it "
                         "away or restore a backup."_s.arg(file);
                return false;
            }
        }
        return true;
    }

    bool open(const QString &name, const QString &sqliteOptions, QString *error) override
    {
        // A new database is nobody else's, like a restored one (SQLite gives its -wal and -shm files the same
        // mode); SQLite takes the empty file for an empty database.
        QFile created(m_location.file);
        if (!created.exists() &&
            created.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            created.close();
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_location.file);
        db.setConnectOptions(sqliteOptions);
        if (db.open())
            return true;
        *error = u"Cannot open the database %1: %2"_s.arg(m_location.file, db.lastError().text());
        return false;
    }

    bool prepare(QSqlDatabase &db, QString *error) override
    {
        const QString &file = m_location.file;
        QSqlQuery version(db);
        // string_agg() and RETURNING with upserts, in the SQL both backends share.
        if (!version.exec(u"SELECT sqlite_version()"_s) || !version.next() ||
            QVersionNumber::fromString(version.value(0).toString()) < QVersionNumber(3, 44)) {
            *error = u"SQLite %1 is too old for Chat Room: it needs 3.44 or later."_s.arg(version.value(0).toString());
            return false;
        }
        version.finish();
        // Integrity first, read-only: a damaged file must stop the server before anything is written to it.
        QSqlQuery check(db);
        if (!check.exec(u"PRAGMA quick_check"_s) || !check.next() || check.value(0).toString() != "ok"_L1) {
            *error = u"The database %1 is damaged (%2). It was left untouched; restore a backup or move it away."_s.arg(
                file, check.lastError().isValid() ? check.lastError().text() : check.value(0).toString());
            return false;
        }
        check.finish();
        // WAL: readers never block the writer; synchronous=NORMAL keeps every committed transaction across a
        // crash of the process (not of the machine), at a fraction of FULL's cost. journal_size_limit=0: the
        // WAL is cut back when it starts over (see Checkpointer).
        QString why;
        for (const QString &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s,
                                      u"PRAGMA journal_size_limit=0"_s, u"PRAGMA foreign_keys=ON"_s}) {
            if (!exec(db, pragma, &why)) {
                *error = u"Cannot prepare the database %1: %2"_s.arg(file, why);
                return false;
            }
        }
        return migrate(db, error);
    }

    QString greatest() const override { return u"MAX"_s; }
    QString least() const override { return u"MIN"_s; }

private:
    bool migrate(QSqlDatabase &db, QString *error)
    {
        const QString &file = m_location.file;
        QSqlQuery q(db);
        if (!q.exec(u"PRAGMA user_version"_s) || !q.next()) {
            *error = u"Cannot read the schema version of %1: %2"_s.arg(file, q.lastError().text());
            return false;
        }
        const int version = q.value(0).toInt();
        q.finish();
        if (version > Migrations.size()) {
            *error = u"The database %1 is from a newer Chat Room (schema %2, this server knows %3). It was left "
                     "untouched."_s.arg(file)
                         .arg(version)
                         .arg(Migrations.size());
            return false;
        }
        for (int v = version; v < Migrations.size(); ++v) {
            db.transaction();
            QString why;
            bool ok = true;
            for (const QString &statement : statementsOf(Migrations[v]))
                ok = ok && exec(db, statement, &why);
            ok = ok && exec(db, u"PRAGMA user_version=%1"_s.arg(v + 1), &why);
            if (!ok || !db.commit()) {
                db.rollback();
                *error = u"Cannot upgrade the database %1 to schema %2: %3"_s.arg(file).arg(v + 1).arg(why);
                return false;
            }
        }
        if (version == 0)
            qCInfo(lcDb).noquote() << "made a new database" << file << "at schema version" << Migrations.size();
        else if (version < Migrations.size())
            qCInfo(lcDb).noquote() << "upgraded the database" << file << "from schema version" << version << "to"
                                   << Migrations.size();
        return true;
    }
};

int sqliteSchemaVersion()
{
    return int(Migrations.size());
}

std::unique_ptr<DatabaseBackend> makeSqliteBackend(const DatabaseLocation &location)
{
    return std::make_unique<SqliteBackend>(location);
}
