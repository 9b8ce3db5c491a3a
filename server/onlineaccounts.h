// Who is logged in: each account's sessions, one per device. An account is online while it has any.
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include "ratelimiter.h"

class ClientSession;

class OnlineAccounts
{
public:
    // Adds a logged-in session; true when it is the account's first (the account just came online).
    bool add(ClientSession *s);
    // Removes it; true when it was the account's last (the account just went offline).
    bool remove(ClientSession *s);

    bool isOnline(const QString &userKey) const { return m_accounts.contains(userKey); }
    // The account's message limit, shared by its devices (a second device is not a second allowance). It
    // starts as its first session's and goes back to its last one when that ends, to be remembered.
    TokenBucket &messageBucket(const QString &userKey) { return m_messageBuckets[userKey]; }
    // The account's sessions, in the order they logged in; a copy, so sending to them is safe.
    QList<ClientSession *> sessionsOf(const QString &userKey) const { return m_accounts.value(userKey); }
    // The account's session on a device (compared ignoring case), if that device is logged in.
    ClientSession *deviceSession(const QString &userKey, const QString &device) const;
    int sessionCount(const QString &userKey) const { return int(m_accounts.value(userKey).size()); }

    int accountCount() const { return int(m_accounts.size()); }
    int sessionTotal() const { return m_sessionTotal; }
    // One session of each online account (the first to log in), for lists of people.
    QList<ClientSession *> oneSessionEach() const;
    // Every session, for broadcasts.
    QList<ClientSession *> allSessions() const;

private:
    QHash<QString, QList<ClientSession *>> m_accounts; // by canonical username
    QHash<QString, TokenBucket> m_messageBuckets;
    int m_sessionTotal = 0;
};
