// Typing indicators: relayed to the other members of a room over UDP where the path is proven and over
// TCP otherwise, and stopped by the server once their time-to-live passes, since datagrams get lost.
// Large rooms (see RoomRegistry::isLarge) get none.
#pragma once

#include <QHash>
#include <QObject>
#include <QTimer>
#include <functional>

class ClientSession;
class RoomRegistry;
class UdpChannel;

class TypingRelay : public QObject
{
    Q_OBJECT
public:
    TypingRelay(const RoomRegistry &rooms, UdpChannel &udp, QObject *parent = nullptr);

    // Tells the room's other members that `from` started or stopped typing there.
    void relay(ClientSession *from, const QString &room, bool active);
    // Someone typing on another node of a cluster: this node's members of the room are told (not that
    // account's own devices).
    void relayRemote(const QString &room, const QString &name, bool active);
    // Cluster mode: what relay() tells this node's members goes to the other nodes too.
    std::function<void(const QString &room, const QString &name, bool active)> onRelay;
    // Forgets that `session` is typing in `room` without telling anyone: it sent the message, or it left.
    void forget(ClientSession *session, const QString &room)
    {
        m_typingUntil.remove({room, session});
        m_publishedAt.remove({room, session});
    }

private:
    void onSweep();
    void tell(const QString &room, const QString &name, const QString &key, bool active, qint64 now);

    const RoomRegistry &m_rooms;
    UdpChannel &m_udp;
    QHash<std::pair<QString, ClientSession *>, qint64> m_typingUntil; // (room, session) -> expiry
    QHash<std::pair<QString, ClientSession *>, qint64> m_publishedAt; // cluster mode: last told the other nodes
    QTimer m_sweep;
};
