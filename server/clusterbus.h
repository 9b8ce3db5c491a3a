// This node's part in a cluster (--bus, docs/SCALING.md): what one node sends to a room's members or an
// account's sessions reaches those on the other nodes through Valkey's pub/sub, and theirs reach ours.
// Room chat messages carry the number the database gave them and go to this node's members through a
// RoomSequencer: in the room's order, each once, a gap (a message the bus lost, a bus that restarted)
// filled from the database. Everything else (notices, edits, reactions, direct messages, read positions)
// is an event: delivered when it comes, not repeated when lost (the clients catch up as after any
// reconnect). Without --bus no ClusterBus exists and nothing here costs anything.
#pragma once

#include "buslocation.h"
#include "clusterpresence.h"
#include "roomsequencer.h"
#include "valkeyconnection.h"

#include <QObject>
#include <QSet>
#include <chrono>
#include <functional>

class MessageStore;
class OnlineAccounts;
class RoomRegistry;
class RoomStore;

class ClusterBus : public QObject
{
    Q_OBJECT
public:
    // A gap is filled from the database this many messages at a time.
    static constexpr int FillPage = 500;
    // cluster: the shared database's name. Every channel's name starts with "chatroom:CLUSTER:", so that a
    // Valkey may serve other things too, and two clusters on different databases hear nothing of each other.
    ClusterBus(const BusLocation &where, const QString &cluster, RoomRegistry &rooms, OnlineAccounts &online,
               RoomStore &roomStore, MessageStore &messages, QObject *parent = nullptr);
    void start();
    // Says goodbye to the other nodes and closes; done runs once that went out (or after StopWait).
    void stop(std::function<void()> done);
    static constexpr std::chrono::milliseconds StopWait{1000};
    // Room messages whose publish failed (the bus away), published again when it is back; beyond this the
    // oldest go (the other nodes fill them from the database with the room's next message).
    static constexpr int MaxUnpublished = 10'000;
    QByteArray nodeId() const { return m_node; }
    bool isConnected() const { return m_publisher.isConnected() && m_subscriber.isConnected(); }
    // Why the bus connection last failed, for a node that cannot start without it.
    QString lastError() const { return m_lastError.isEmpty() ? m_subscriber.lastError() : m_lastError; }

    // A room message this node just stored (numbered seq): to this node's members in the room's order, and
    // to the other nodes.
    void roomMessage(const QString &room, qint64 seq, const QByteArray &frame);
    // A frame this node sent to its own members of a room (or sessions of an account): to the other nodes'
    // ones too, those of at least protocol version minVersion.
    void roomEvent(const QString &room, const QByteArray &frame, int minVersion = 0);
    void accountEvent(const QString &accountKey, const QByteArray &frame, int minVersion = 0);
    // Someone here started or stopped typing in a room: the other nodes' members are told.
    void typing(const QString &room, const QString &name, bool active);
    // The console's broadcast and kick, for the other nodes (this one acted already).
    void broadcast(const QString &text);
    void kick(const QString &name, const QString &reason);
    // The administrator removed a room: the other nodes take their members out of it.
    void closeRoom(const QString &room, const QString &text);
    // An account came online or went offline here (and is nowhere else): the members of its rooms there.
    void presenceChanged(const QString &name, bool online, const QStringList &rooms);

    // From RoomRegistry and OnlineAccounts: this node has members of the room (sessions of the account) from
    // now on, or none any more; it listens to the channel only while it has. An account's first session in
    // a room here and its last are told to the others (presence).
    void onRoomOccupancy(const QString &room, bool occupied);
    void onAccountPresence(const QString &accountKey, const QString &name, bool online);
    void onAccountInRoom(const QString &room, const QString &name, bool in);

    const ClusterPresence &presence() const { return m_presence; }

signals:
    // Both connections are up and this node has said who it has: it may serve (once).
    void ready();
    void typingElsewhere(const QString &room, const QString &name, bool active);
    void broadcastRequested(const QString &text);
    void kickRequested(const QString &name, const QString &reason);
    void closeRoomRequested(const QString &room, const QString &text);
    void presenceElsewhere(const QString &name, bool online, const QStringList &rooms);

private:
    QByteArray roomChannel(const QString &room) const;
    QByteArray accountChannel(const QString &accountKey) const;
    QByteArray controlChannel() const;
    void onSubscribed(const QByteArray &channel);
    void onPublisherConnected();
    // Starts delivering a room in order from its newest number in the database (tried again while it fails).
    void startRoom(const QString &room);
    void announceWhenReady();
    void onMessage(const QByteArray &channel, const QByteArray &payload);
    void onGap(const QString &room, qint64 after, qint64 upTo);
    void publish(const QByteArray &channel, char kind, int minVersion, qint64 seq, const QByteArray &frame);
    void deliverToAccount(const QString &accountKey, const QByteArray &frame, int minVersion);
    void onControl(const QByteArray &payload);
    // A node went away: its people not online anywhere else are told offline to this node's members.
    void onAccountsLost(const QHash<QString, QStringList> &roomsByName);
    void onAccountsFound(const QHash<QString, QStringList> &roomsByName);
    // A message of the control channel: its kind (t) and this node's name (n) added to fields.
    void publishControl(const QString &type, QJsonObject fields);
    QJsonObject localState() const;

    BusLocation m_where;
    QByteArray m_prefix;
    RoomRegistry &m_rooms;
    OnlineAccounts &m_online;
    RoomStore &m_roomStore;
    MessageStore &m_messages;
    QByteArray m_node; // this node's name on the bus, new at each start
    ValkeyConnection m_subscriber;
    ValkeyConnection m_publisher;
    RoomSequencer m_sequencer;
    ClusterPresence m_presence;
    QSet<QString> m_wanted; // rooms with members here
    struct Counts
    {
        qint64 roomMessages = 0; // numbered room messages the bus brought (this node's own included)
        qint64 gapsAsked = 0;    // questions to the database for numbers the bus did not bring (in time)
        qint64 filled = 0;       // messages those answers passed on
    } m_counts;                  // logged when the node stops
    QSet<QString> m_toldOffline; // accounts told offline here for their node's silence (onAccountsLost)
    QList<std::pair<QByteArray, QByteArray>> m_unpublished; // channel, payload
    bool m_controlListening = false;
    bool m_publisherUp = false;
    bool m_busDown = false;
    bool m_ready = false;
    QString m_lastError;
};
