// Messages about an account's devices (version 2): the sessions it has open or can resume, and ending one.
#pragma once

#include "sessionmessages.h"

#include <QList>
#include <optional>

namespace Msg {

struct SessionInfo
{
    QString device;                 // "" for the unnamed device (a version 1 client)
    bool online = false;            // false: not connected now, but its resume token still works
    bool current = false;           // the session that asked
    std::optional<QString> address; // online only: where it is connected from
    std::optional<qint64> since;    // online: when it logged in; offline: when it was last connected (ts)
    bool operator==(const SessionInfo &) const = default;
};

// client -> server; answered with session_list.
struct ListSessions
{
    static constexpr QLatin1StringView Type{"list_sessions"};
    QJsonObject toJson() const;
    static Parsed<ListSessions> fromJson(const QJsonObject &o);
    bool operator==(const ListSessions &) const = default;
};

// server -> client: the account's devices, the online ones first. Sent to every session of the account
// whenever one logs in, ends or is ended, so each device's list stays current.
struct SessionList
{
    static constexpr QLatin1StringView Type{"session_list"};
    QList<SessionInfo> sessions;
    QJsonObject toJson() const;
    static Parsed<SessionList> fromJson(const QJsonObject &o);
    bool operator==(const SessionList &) const = default;
};

// client -> server: end the session of one of the account's devices (logging it out there, its resume
// token revoked). Ending one's own device is a logout.
struct EndSession
{
    static constexpr QLatin1StringView Type{"end_session"};
    QString device; // as in session_list; "" names the unnamed device
    QJsonObject toJson() const;
    static Parsed<EndSession> fromJson(const QJsonObject &o);
    bool operator==(const EndSession &) const = default;
};

} // namespace Msg
