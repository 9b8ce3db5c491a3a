// The administrator deletes an account (chatroom-server --admin delete-user). Its row stays as a tombstone
// without a password, so that nobody else can take the name its messages carry; everything else that is the
// account's goes. Its messages stay unless asked for too (Retention::purgeSender deletes them in batches).
#pragma once

#include <QString>
#include <optional>

class Database;

namespace AccountRemoval {

// In one transaction: the resume tokens, rooms, read positions, conversation list, mentions, reactions,
// invitations, unshared uploads and download keys of the account go; the rooms it owned are owned by nobody;
// it can no longer log in, and its name is never given to anyone else. withMessages: its messages are marked
// to be deleted (Retention::purgeSender, and every sweep until it is done: a restart does not forget it).
// False (and *error) when it failed: nothing changed then.
bool run(Database &db, qint64 userId, qint64 nowMs, bool withMessages, QString *error);
// An account deleted already, its messages now marked to be deleted too: its name as registered; empty when
// there is no deleted account of that name, nullopt (and *error) when the database failed.
std::optional<QString> markForPurge(Database &db, const QString &name, QString *error);
// Its messages are gone: the mark goes.
bool purged(Database &db, const QString &name, QString *error);

} // namespace AccountRemoval
