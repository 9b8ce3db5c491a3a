#include "accountremoval.h"

#include "database.h"
#include "names.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

// What names the account by user_id, cleared with it. Attachments stay with the messages they belong to.
const QStringList OwnRows{u"resume_tokens"_s, u"memberships"_s,  u"read_markers"_s, u"conversations"_s, u"mentions"_s,
                          u"reactions"_s,     u"room_invites"_s, u"uploads"_s,      u"download_keys"_s};

} // namespace

bool AccountRemoval::run(Database &db, qint64 userId, qint64 nowMs, bool withMessages, QString *error)
{
    QSqlDatabase connection = db.connection();
    if (!db.begin(connection)) {
        *error = db.lastError();
        return false;
    }
    QSqlQuery q(connection);
    bool ok = true;
    for (qsizetype i = 0; ok && i < OwnRows.size(); ++i) {
        q.prepare(u"DELETE FROM %1 WHERE user_id = ?"_s.arg(OwnRows[i]));
        q.addBindValue(userId);
        ok = q.exec();
    }
    if (ok) {
        q.prepare(u"UPDATE rooms SET owner_id = NULL WHERE owner_id = ?"_s);
        q.addBindValue(userId);
        ok = q.exec();
    }
    if (ok) {
        // An empty hash verifies no password (libsodium refuses it), and findUser() no longer finds the row.
        q.prepare(u"UPDATE users SET password_hash = ?, deleted_ms = ?, purge_messages = ? WHERE id = ? AND "
                  "deleted_ms IS NULL"_s);
        q.addBindValue(QByteArray(""));
        q.addBindValue(nowMs);
        q.addBindValue(withMessages ? 1 : 0);
        q.addBindValue(userId);
        ok = q.exec() && q.numRowsAffected() == 1;
        if (!ok && !q.lastError().isValid()) {
            db.rollback(connection);
            *error = u"The account was deleted already."_s;
            return false;
        }
    }
    if (!ok || !db.commit(connection)) {
        *error = ok ? db.lastError() : q.lastError().text();
        db.rollback(connection);
        return false;
    }
    return true;
}

std::optional<QString> AccountRemoval::markForPurge(Database &db, const QString &name, QString *error)
{
    QSqlQuery q(db.connection());
    q.prepare(u"UPDATE users SET purge_messages = 1 WHERE name_key = ? AND deleted_ms IS NOT NULL RETURNING name"_s);
    q.addBindValue(Names::canonical(name));
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    return q.next() ? q.value(0).toString() : QString();
}

bool AccountRemoval::purged(Database &db, const QString &name, QString *error)
{
    QSqlQuery q(db.connection());
    q.prepare(u"UPDATE users SET purge_messages = 0 WHERE name = ?"_s);
    q.addBindValue(name);
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}
