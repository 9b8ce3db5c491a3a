// Who is online on the other nodes of a cluster, and in which rooms (docs/SCALING.md, "Presence"): each
// node tells the others on the bus's control channel when an account comes online or goes, and joins or
// leaves a room; a node that (re)connects says hello and every node answers with all it has, so that a
// lost announcement (a bus restart) mends at the next connection. A node says it is alive every
// AliveEvery; one silent for PeerTimeout (killed, cut off) is forgotten with everyone on it, and so is one
// that said goodbye (its people are moving to the other nodes): accountsLost() tells who was on it.
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <chrono>
#include <functional>

class ClusterPresence : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds AliveEvery{2000};
    static constexpr std::chrono::milliseconds PeerTimeout{7000};

    // publish: puts a message of that kind on the control channel (with this node's name). localState:
    // this node's online accounts and rooms, as {"online": [names], "rooms": {room: [names]}}.
    ClusterPresence(std::function<void(const QString &type, const QJsonObject &fields)> publish,
                    std::function<QJsonObject()> localState, QObject *parent = nullptr);
    void start(const QByteArray &node);
    void stop(); // says goodbye: the others forget this node at once
    // The bus is (again) there: hello, and this node's state.
    void announce();

    // Whether this node hears the bus: while it does not, no peer is forgotten for its silence, and each
    // starts its PeerTimeout again when the bus is back.
    void setListening(bool listening);

    void accountOnline(const QString &name, bool online);
    void accountInRoom(const QString &room, const QString &name, bool in);
    // A message of the control channel from another node (presence kinds only; true when it was one).
    bool handle(const QJsonObject &message);

    // Accounts online on the other nodes (names as registered), and those in a room there.
    QStringList onlineElsewhere() const;
    QStringList membersElsewhere(const QString &room) const;
    bool isOnlineElsewhere(const QString &userKey) const;
    int peerCount() const { return int(m_peers.size()); }

signals:
    // The accounts a node had (names, and the rooms each was in there) when it went silent, or PeerTimeout
    // after it said goodbye (time for its people to come back elsewhere). Some may be online elsewhere.
    void accountsLost(const QHash<QString, QStringList> &roomsByName);
    // A node's state brought accounts not online on any other node known here (names, and their rooms there):
    // among them, those accountsLost() gave up on while their node was silent.
    void accountsFound(const QHash<QString, QStringList> &roomsByName);

private:
    struct Peer
    {
        QHash<QString, QString> online;                // key -> name
        QHash<QString, QHash<QString, QString>> rooms; // room -> key -> name
        QElapsedTimer seen;
    };
    void onTick();
    void send(const QString &type, const QJsonObject &fields = {});
    Peer &peer(const QString &node);
    static QHash<QString, QStringList> accountsOf(const Peer &p);

    std::function<void(const QString &, const QJsonObject &)> m_publish;
    std::function<QJsonObject()> m_localState;
    QString m_node;
    QHash<QString, Peer> m_peers;
    QSet<QString> m_asked; // nodes heard of without their state, asked for it once
    QTimer m_tick;
    QElapsedTimer m_lastTick; // a tick far later than AliveEvery: this node was held up, not its peers
    bool m_listening = true;
};
