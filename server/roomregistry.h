// The rooms and who is in them; joins and departures, with the notices the other members get.
#pragma once

#include "message.h"

#include <QHash>
#include <QList>
#include <QString>

class ClientSession;

class RoomRegistry
{
public:
    // Puts the session in the room (creating it) and tells it who is there; the others get a join notice.
    // Returns false when the session was already in the room (it is then only told the members again).
    bool join(ClientSession *session, const QString &room);
    // Takes the session out of the room; the others get a notice of `event` (leave, timeout, kicked).
    // The session itself gets a `left` frame only when tellSession is true.
    bool leave(ClientSession *session, const QString &room, Msg::NoticeEvent event, bool tellSession);
    void leaveAll(ClientSession *session, Msg::NoticeEvent event);

    const QList<ClientSession *> &members(const QString &room) const;
    QList<Msg::UserInfo> memberInfo(const QString &room) const;
    QList<Msg::RoomInfo> roomList() const;
    int roomCount() const { return int(m_rooms.size()); }

    // Writes the same bytes to every member, except one if given.
    void broadcast(const QString &room, const QByteArray &frame, const ClientSession *except = nullptr) const;

private:
    Msg::Notice notice(Msg::NoticeEvent event, const QString &room, const QString &user) const;

    QHash<QString, QList<ClientSession *>> m_rooms;
};
