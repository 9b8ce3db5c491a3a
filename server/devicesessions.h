// An account's devices, for the account itself: the session lists its devices are told (whenever one
// comes or goes), and ending one device's session from another.
#pragma once

#include "clientsession.h"

#include <functional>

class Database;
class OnlineAccounts;
struct ServerStats;

class DeviceSessions
{
public:
    // end: ends a session that was ended from another device (the server drops it; its lists follow).
    DeviceSessions(Database &db, const OnlineAccounts &online, ServerStats &stats,
                   std::function<void(ClientSession *)> end);

    // Tells every version 2 session of the account its devices, after one came or went; nothing while held.
    void sendSessionLists(const QString &userKey);
    // While several sessions of one account end at once (a kick, a device replacing itself), the lists
    // wait: one list, or none, says it all.
    void hold() { ++m_held; }
    void release() { --m_held; }

    void handle(ClientSession *s, const Msg::ListSessions &m);
    // Ending the asker's own device is a logout: the caller does that (false here).
    bool handle(ClientSession *s, const Msg::EndSession &m);

private:
    Msg::SessionList sessionList(const QString &userKey, qint64 userId);
    static void sendSessionList(ClientSession *to, Msg::SessionList list);

    Database &m_db;
    const OnlineAccounts &m_online;
    ServerStats &m_stats;
    std::function<void(ClientSession *)> m_end;
    int m_held = 0;
};
