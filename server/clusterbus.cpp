#include "clusterbus.h"

#include "chatmessages.h"
#include "clientsession.h"
#include "messagestore.h"
#include "names.h"
#include "onlineaccounts.h"
#include "roomregistry.h"
#include "roomstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTimer>
#include <memory>
#include <utility>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcCluster, "chat.server.cluster")

namespace {

// What goes on a channel: "<kind><minVersion> <node> <seq>\n<frame>". Kinds: 'm' a numbered room message,
// 'e' a room event, 'u' an account event.
struct BusMessage
{
    char kind = 0;
    int minVersion = 0;
    QByteArray node;
    qint64 seq = 0;
    QByteArray frame;
};

std::optional<BusMessage> parse(const QByteArray &payload)
{
    const qsizetype end = payload.indexOf('\n');
    if (end < 0 || end > 128)
        return std::nullopt;
    const QList<QByteArray> head = payload.left(end).split(' ');
    if (head.size() != 3 || head[0].size() != 2)
        return std::nullopt;
    BusMessage m{head[0][0], head[0][1] - '0', head[1], head[2].toLongLong(), payload.mid(end + 1)};
    if (m.minVersion < 0 || m.minVersion > 9 || m.node.isEmpty())
        return std::nullopt;
    return m;
}

} // namespace

QByteArray ClusterBus::roomChannel(const QString &room) const
{
    return m_prefix + "room:" + room.toUtf8();
}

QByteArray ClusterBus::accountChannel(const QString &accountKey) const
{
    return m_prefix + "user:" + accountKey.toUtf8();
}

QByteArray ClusterBus::controlChannel() const
{
    return m_prefix + "control";
}

ClusterBus::ClusterBus(const BusLocation &where, const QString &cluster, RoomRegistry &rooms, OnlineAccounts &online,
                       RoomStore &roomStore, MessageStore &messages, QObject *parent)
    : QObject(parent), m_where(where), m_prefix("chatroom:" + cluster.toUtf8() + ':'), m_rooms(rooms), m_online(online),
      m_roomStore(roomStore), m_messages(messages),
      m_presence([this](const QString &type, const QJsonObject &fields) { publishControl(type, fields); },
                 [this] { return localState(); })
{
    connect(&m_subscriber, &ValkeyConnection::subscribed, this, &ClusterBus::onSubscribed);
    connect(&m_subscriber, &ValkeyConnection::messageReceived, this, &ClusterBus::onMessage);
    // Back after a break (or a bus that restarted empty): each room asks the database for what it missed
    // once its channel listens again (onSubscribed), and this node says all it has again.
    connect(&m_subscriber, &ValkeyConnection::connected, this, [this] {
        qCInfo(lcCluster).noquote() << "listening on the bus" << m_where.describe() << "as node" << m_node;
        m_busDown = false;
    });
    connect(&m_subscriber, &ValkeyConnection::disconnected, this, [this](const QString &why) {
        m_controlListening = false;
        m_presence.setListening(false);
        m_lastError = why;
        if (!m_busDown) // once per run of failed tries, as the connection retries by itself
            qCWarning(lcCluster).noquote() << "lost the bus" << m_where.describe() << ":" << why << "(trying again)";
        m_busDown = true;
    });
    connect(&m_publisher, &ValkeyConnection::connected, this, &ClusterBus::onPublisherConnected);
    connect(&m_publisher, &ValkeyConnection::disconnected, this, [this] { m_publisherUp = false; });
    connect(&m_sequencer, &RoomSequencer::delivered, this,
            [this](const QString &room, qint64, const QByteArray &frame) { m_rooms.deliverLocal(room, frame); });
    // Queued: the database is asked outside the sequencer's own calls.
    connect(&m_sequencer, &RoomSequencer::gap, this, &ClusterBus::onGap, Qt::QueuedConnection);
    connect(&m_presence, &ClusterPresence::accountsLost, this, &ClusterBus::onAccountsLost);
    connect(&m_presence, &ClusterPresence::accountsFound, this, &ClusterBus::onAccountsFound);
}

void ClusterBus::onAccountsLost(const QHash<QString, QStringList> &roomsByName)
{
    // Those who came back (here or on another node) are not gone; the others' rooms here hear that they are.
    for (auto it = roomsByName.cbegin(); it != roomsByName.cend(); ++it) {
        const QString key = Names::canonical(it.key());
        if (m_online.sessionsOf(key).isEmpty() && !m_presence.isOnlineElsewhere(key)) {
            m_toldOffline.insert(key);
            emit presenceElsewhere(it.key(), false, it.value());
        }
    }
}

void ClusterBus::onAccountsFound(const QHash<QString, QStringList> &roomsByName)
{
    // Given up for a node that was only held up: online again.
    for (auto it = roomsByName.cbegin(); it != roomsByName.cend(); ++it) {
        if (m_toldOffline.remove(Names::canonical(it.key())))
            emit presenceElsewhere(it.key(), true, it.value());
    }
}

void ClusterBus::start()
{
    m_node = QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    m_presence.start(m_node);
    m_subscriber.subscribe(controlChannel());
    m_subscriber.open(m_where.host, m_where.port, m_where.password);
    m_publisher.open(m_where.host, m_where.port, m_where.password);
}

void ClusterBus::stop(std::function<void()> done)
{
    auto finish = std::make_shared<std::function<void()>>(std::move(done));
    auto close = [this, finish] {
        if (!*finish)
            return; // done already
        m_subscriber.close();
        m_publisher.close();
        std::exchange(*finish, {})();
    };
    m_presence.stop();
    qCInfo(lcCluster).nospace() << "room messages: " << m_counts.roomMessages << " from the bus, " << m_counts.filled
                                << " more from the database (asked " << m_counts.gapsAsked
                                << " times for numbers the bus had not brought within "
                                << RoomSequencer::GapWait.count() << " ms)";
    // Answered after what went before it on the same connection: the goodbye, and the last sessions' news.
    m_publisher.command({"PING"}, [close](const ValkeyReply &) { close(); });
    QTimer::singleShot(StopWait, this, close);
}

void ClusterBus::onPublisherConnected()
{
    m_publisherUp = true;
    const auto unpublished = std::exchange(m_unpublished, {});
    for (const auto &[channel, payload] : unpublished)
        m_publisher.command({"PUBLISH", channel, payload});
    announceWhenReady();
}

void ClusterBus::announceWhenReady()
{
    // Only with both: a hello the publisher cannot send, or answers the subscriber cannot hear, mend nothing.
    if (!m_publisherUp || !m_controlListening)
        return;
    m_presence.announce();
    if (!std::exchange(m_ready, true))
        emit ready();
}

QJsonObject ClusterBus::localState() const
{
    QJsonArray online;
    for (const ClientSession *s : m_online.oneSessionEach())
        online.append(s->username());
    QJsonObject rooms;
    const QHash<QString, QStringList> byRoom = m_rooms.accountsByRoom();
    for (auto it = byRoom.cbegin(); it != byRoom.cend(); ++it)
        rooms.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return {{u"online"_s, online}, {u"rooms"_s, rooms}};
}

void ClusterBus::typing(const QString &room, const QString &name, bool active)
{
    publish(roomChannel(room), 't', 0, 0, (active ? "1 " : "0 ") + name.toUtf8());
}

void ClusterBus::publishControl(const QString &type, QJsonObject fields)
{
    fields.insert(u"t"_s, type);
    fields.insert(u"n"_s, QString::fromLatin1(m_node));
    m_publisher.command({"PUBLISH", controlChannel(), QJsonDocument(fields).toJson(QJsonDocument::Compact)});
}

void ClusterBus::broadcast(const QString &text)
{
    publishControl(u"broadcast"_s, {{u"text"_s, text}});
}

void ClusterBus::kick(const QString &name, const QString &reason)
{
    publishControl(u"kick"_s, {{u"a"_s, name}, {u"reason"_s, reason}});
}

void ClusterBus::closeRoom(const QString &room, const QString &text)
{
    publishControl(u"close-room"_s, {{u"room"_s, room}, {u"text"_s, text}});
}

void ClusterBus::presenceChanged(const QString &name, bool online, const QStringList &rooms)
{
    publishControl(u"presence"_s,
                   {{u"a"_s, name}, {u"online"_s, online}, {u"rooms"_s, QJsonArray::fromStringList(rooms)}});
}

void ClusterBus::onControl(const QByteArray &payload)
{
    const QJsonObject m = QJsonDocument::fromJson(payload).object();
    if (m_presence.handle(m) || m.value(u"n"_s).toString() == QLatin1StringView(m_node))
        return;
    const QString type = m.value(u"t"_s).toString();
    if (type == "broadcast"_L1 && m.value(u"text"_s).isString())
        emit broadcastRequested(m.value(u"text"_s).toString());
    else if (type == "kick"_L1 && m.value(u"a"_s).isString())
        emit kickRequested(m.value(u"a"_s).toString(), m.value(u"reason"_s).toString());
    else if (type == "close-room"_L1 && !Names::roomNameProblem(m.value(u"room"_s).toString()))
        emit closeRoomRequested(Names::canonical(m.value(u"room"_s).toString()), m.value(u"text"_s).toString());
    else if (type == "presence"_L1 && !Names::usernameProblem(m.value(u"a"_s).toString()) &&
             m.value(u"rooms"_s).isArray()) {
        m_toldOffline.remove(Names::canonical(m.value(u"a"_s).toString()));
        emit presenceElsewhere(m.value(u"a"_s).toString(), m.value(u"online"_s).toBool(),
                               m.value(u"rooms"_s).toVariant().toStringList());
    }
}

void ClusterBus::publish(const QByteArray &channel, char kind, int minVersion, qint64 seq, const QByteArray &frame)
{
    QByteArray payload;
    payload.reserve(frame.size() + 48);
    payload += kind;
    payload += char('0' + std::clamp(minVersion, 0, 9));
    payload += ' ' + m_node + ' ' + QByteArray::number(seq) + '\n' + frame;
    m_publisher.command({"PUBLISH", channel, payload}, [this, kind, channel, payload](const ValkeyReply &reply) {
        if (!reply.isError() || kind != 'm')
            return; // an event is not repeated (docs/SCALING.md)
        if (m_unpublished.size() >= MaxUnpublished)
            m_unpublished.removeFirst();
        m_unpublished.append({channel, payload});
    });
}

void ClusterBus::roomMessage(const QString &room, qint64 seq, const QByteArray &frame)
{
    publish(roomChannel(room), 'm', 0, seq, frame);
    if (m_sequencer.follows(room))
        m_sequencer.offer(room, seq, frame);
    else
        m_rooms.deliverLocal(room, frame); // the room's channel is not confirmed yet: nothing to order against
}

void ClusterBus::roomEvent(const QString &room, const QByteArray &frame, int minVersion)
{
    publish(roomChannel(room), 'e', minVersion, 0, frame);
}

void ClusterBus::accountEvent(const QString &accountKey, const QByteArray &frame, int minVersion)
{
    publish(accountChannel(accountKey), 'u', minVersion, 0, frame);
}

void ClusterBus::onRoomOccupancy(const QString &room, bool occupied)
{
    if (occupied) {
        m_wanted.insert(room);
        m_subscriber.subscribe(roomChannel(room));
        // From the room's newest number now, before anything else happens on this thread: the newcomer's
        // own history request reads up to here or beyond, and what follows comes through the sequencer.
        // What is published before the channel listens is asked of the database once it does.
        startRoom(room);
    } else {
        m_wanted.remove(room);
        m_subscriber.unsubscribe(roomChannel(room));
        m_sequencer.forget(room);
    }
}

void ClusterBus::startRoom(const QString &room)
{
    if (!m_wanted.contains(room) || m_sequencer.follows(room))
        return;
    const std::optional<qint64> newest = m_roomStore.newestNumber(room);
    if (!newest) {
        qCWarning(lcCluster) << "cannot read the newest message of" << room << ":" << m_roomStore.lastError()
                             << "(trying again)";
        QTimer::singleShot(std::chrono::seconds(1), this, [this, room] { startRoom(room); });
        return;
    }
    m_sequencer.start(room, *newest);
}

void ClusterBus::onAccountPresence(const QString &accountKey, const QString &name, bool online)
{
    if (online)
        m_subscriber.subscribe(accountChannel(accountKey));
    else
        m_subscriber.unsubscribe(accountChannel(accountKey));
    m_presence.accountOnline(name, online);
}

void ClusterBus::onAccountInRoom(const QString &room, const QString &name, bool in)
{
    m_presence.accountInRoom(room, name, in);
}

void ClusterBus::onSubscribed(const QByteArray &channel)
{
    if (channel == controlChannel()) {
        m_controlListening = true; // at every (re)connection: what was said while away is said again
        m_presence.setListening(true);
        announceWhenReady();
        return;
    }
    const QByteArray roomPrefix = m_prefix + "room:";
    if (!channel.startsWith(roomPrefix))
        return;
    const QString room = QString::fromUtf8(channel.mid(roomPrefix.size()));
    if (!m_wanted.contains(room))
        return; // left again before the bus confirmed
    if (m_sequencer.follows(room))
        m_sequencer.catchUp(room); // what was published before the channel listened (again)
    else
        startRoom(room);
}

void ClusterBus::onMessage(const QByteArray &channel, const QByteArray &payload)
{
    if (channel == controlChannel())
        return onControl(payload);
    const std::optional<BusMessage> m = parse(payload);
    if (!m || !channel.startsWith(m_prefix)) {
        qCWarning(lcCluster) << "a message on the bus that is not ours, on" << channel;
        return;
    }
    const QByteArray name = channel.mid(m_prefix.size());
    if (m->kind == 'm' && name.startsWith("room:")) {
        ++m_counts.roomMessages;
        m_sequencer.offer(QString::fromUtf8(name.mid(5)), m->seq, m->frame); // our own come back as duplicates
        return;
    }
    if (m->node == m_node)
        return; // sent to our own members already
    if (m->kind == 'e' && name.startsWith("room:"))
        m_rooms.deliverLocal(QString::fromUtf8(name.mid(5)), m->frame, m->minVersion);
    else if (m->kind == 't' && name.startsWith("room:") && m->frame.size() > 2)
        emit typingElsewhere(QString::fromUtf8(name.mid(5)), QString::fromUtf8(m->frame.mid(2)), m->frame[0] == '1');
    else if (m->kind == 'u' && name.startsWith("user:"))
        deliverToAccount(QString::fromUtf8(name.mid(5)), m->frame, m->minVersion);
}

void ClusterBus::deliverToAccount(const QString &accountKey, const QByteArray &frame, int minVersion)
{
    for (ClientSession *s : m_online.sessionsOf(accountKey)) { // a copy
        if (s->protocolVersion() >= minVersion)
            s->send(frame);
    }
}

void ClusterBus::onGap(const QString &room, qint64 after, qint64 upTo)
{
    if (!m_sequencer.follows(room))
        return;
    ++m_counts.gapsAsked;
    const auto numbers = m_roomStore.numbered(room, after, upTo < 0 ? std::nullopt : std::optional(upTo), FillPage);
    if (!numbers) {
        qCWarning(lcCluster) << "cannot fill a gap in" << room << ":" << m_roomStore.lastError();
        return; // the sequencer asks again
    }
    if (!numbers->isEmpty()) {
        // Ids rise with the numbers: the page of history between the first and the last id is these messages.
        bool more = false;
        const QList<Msg::ChatMessage> found =
            m_messages.roomHistory(room, numbers->constLast().id + 1, numbers->constFirst().id - 1, FillPage, &more);
        if (m_messages.readFailed()) {
            qCWarning(lcCluster) << "cannot fill a gap in" << room << ":" << m_messages.lastError();
            return; // the sequencer asks again; nothing is passed over
        }
        qsizetype at = 0;
        for (const RoomStore::Numbered &n : *numbers) {
            while (at < found.size() && found[at].id < n.id)
                ++at;
            // A message deleted since is not news: its number is passed over (its members saw it, or will see
            // the tombstone in history).
            if (at < found.size() && found[at].id == n.id && !found[at].state.deleted) {
                ++m_counts.filled;
                m_sequencer.offer(room, n.seq, Msg::encode(found[at]));
            }
        }
    }
    const bool full = numbers->size() == FillPage;
    const qint64 reached = numbers->isEmpty() ? after : numbers->constLast().seq;
    m_sequencer.filled(room, upTo < 0 || full ? reached : upTo);
    if (full) // more than a page behind: the next page (after the loop's turn, so others are served too)
        QMetaObject::invokeMethod(
            this, [this, room, reached, upTo] { onGap(room, reached, upTo); }, Qt::QueuedConnection);
}
