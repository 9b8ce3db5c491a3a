#include "clusterpresence.h"

#include "names.h"

#include <QJsonArray>
#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcCluster)

namespace {

QStringList namesOf(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &name : v.toArray()) {
        if (name.isString() && !Names::usernameProblem(name.toString()))
            out << name.toString();
    }
    return out;
}

} // namespace

ClusterPresence::ClusterPresence(std::function<void(const QString &, const QJsonObject &)> publish,
                                 std::function<QJsonObject()> localState, QObject *parent)
    : QObject(parent), m_publish(std::move(publish)), m_localState(std::move(localState))
{
    m_tick.setInterval(AliveEvery);
    connect(&m_tick, &QTimer::timeout, this, &ClusterPresence::onTick);
}

void ClusterPresence::start(const QByteArray &node)
{
    m_node = QString::fromLatin1(node);
    m_tick.start();
}

void ClusterPresence::stop()
{
    if (m_tick.isActive())
        send(u"bye"_s);
    m_tick.stop();
}

void ClusterPresence::announce()
{
    send(u"hello"_s);
    send(u"state"_s, m_localState());
}

void ClusterPresence::send(const QString &type, const QJsonObject &fields)
{
    m_publish(type, fields);
}

void ClusterPresence::setListening(bool listening)
{
    if (listening && !m_listening) {
        for (Peer &p : m_peers)
            p.seen.start();
    }
    m_listening = listening;
}

void ClusterPresence::accountOnline(const QString &name, bool online)
{
    send(online ? u"on"_s : u"off"_s, {{u"a"_s, name}});
}

void ClusterPresence::accountInRoom(const QString &room, const QString &name, bool in)
{
    send(in ? u"join"_s : u"part"_s, {{u"r"_s, room}, {u"a"_s, name}});
}

ClusterPresence::Peer &ClusterPresence::peer(const QString &node)
{
    Peer &p = m_peers[node];
    p.seen.start();
    return p;
}

bool ClusterPresence::handle(const QJsonObject &m)
{
    const QString type = m.value(u"t"_s).toString(), node = m.value(u"n"_s).toString();
    static const QStringList Kinds{u"hello"_s, u"state"_s, u"on"_s,    u"off"_s,
                                   u"join"_s,  u"part"_s,  u"alive"_s, u"bye"_s};
    if (!Kinds.contains(type))
        return false;
    if (node.isEmpty() || node == m_node)
        return true;
    if (type == "bye"_L1) {
        if (const auto gone = m_peers.constFind(node); gone != m_peers.cend()) {
            QTimer::singleShot(PeerTimeout, this, [this, lost = accountsOf(*gone)] { emit accountsLost(lost); });
            m_peers.erase(gone);
        }
        return true;
    }
    if (type == "hello"_L1) {
        send(u"state"_s, m_localState()); // the newcomer learns what this node has
        peer(node);
        return true;
    }
    if (type == "state"_L1) {
        Peer fresh;
        for (const QString &name : namesOf(m.value(u"online"_s)))
            fresh.online.insert(Names::canonical(name), name);
        const QJsonObject rooms = m.value(u"rooms"_s).toObject();
        for (auto it = rooms.begin(); it != rooms.end(); ++it) {
            for (const QString &name : namesOf(it.value()))
                fresh.rooms[it.key()].insert(Names::canonical(name), name);
        }
        fresh.seen.start();
        m_peers.remove(node); // what it said before is replaced
        QHash<QString, QStringList> found;
        for (auto account = fresh.online.cbegin(); account != fresh.online.cend(); ++account) {
            if (!isOnlineElsewhere(account.key()))
                found.insert(account.value(), {});
        }
        for (auto room = fresh.rooms.cbegin(); room != fresh.rooms.cend(); ++room) {
            for (const QString &name : room.value()) {
                if (const auto account = found.find(name); account != found.end())
                    account->append(room.key());
            }
        }
        m_peers.insert(node, fresh);
        m_asked.remove(node);
        if (!found.isEmpty())
            emit accountsFound(found);
        return true;
    }
    if (!m_peers.contains(node) && !m_asked.contains(node)) {
        // Heard of only now (this node missed its state): every node answers a hello with its state.
        m_asked.insert(node);
        send(u"hello"_s);
    }
    Peer &p = peer(node);
    const QString name = m.value(u"a"_s).toString();
    if (type != "alive"_L1 && (name.isEmpty() || Names::usernameProblem(name)))
        return true;
    const QString key = Names::canonical(name);
    if (type == "on"_L1) {
        p.online.insert(key, name);
    } else if (type == "off"_L1) {
        p.online.remove(key);
    } else if (type == "join"_L1) {
        p.rooms[m.value(u"r"_s).toString()].insert(key, name);
    } else if (type == "part"_L1) {
        const QString room = m.value(u"r"_s).toString();
        if (auto it = p.rooms.find(room); it != p.rooms.end()) {
            it->remove(key);
            if (it->isEmpty())
                p.rooms.erase(it);
        }
    }
    return true;
}

QHash<QString, QStringList> ClusterPresence::accountsOf(const Peer &p)
{
    QHash<QString, QStringList> out;
    for (const QString &name : p.online)
        out.insert(name, {});
    for (auto room = p.rooms.cbegin(); room != p.rooms.cend(); ++room) {
        for (const QString &name : room.value())
            out[name].append(room.key());
    }
    return out;
}

void ClusterPresence::onTick()
{
    send(u"alive"_s);
    const bool late = m_lastTick.isValid() && m_lastTick.elapsed() > 2 * AliveEvery.count();
    m_lastTick.start();
    if (!m_listening || late) { // the peers' alives may be waiting to be read
        for (Peer &p : m_peers)
            p.seen.start();
        return;
    }
    QHash<QString, QStringList> lost;
    for (auto it = m_peers.begin(); it != m_peers.end();) {
        if (it->seen.hasExpired(PeerTimeout.count())) {
            qCWarning(lcCluster).noquote()
                << "node" << it.key() << "went silent; forgetting who was online there:" << it->online.size();
            const QHash<QString, QStringList> gone = accountsOf(*it);
            for (auto account = gone.cbegin(); account != gone.cend(); ++account)
                lost[account.key()] += account.value();
            it = m_peers.erase(it);
        } else {
            ++it;
        }
    }
    if (!lost.isEmpty())
        emit accountsLost(lost); // after the walk: its receivers may look at m_peers
}

QStringList ClusterPresence::onlineElsewhere() const
{
    QHash<QString, QString> all;
    for (const Peer &p : m_peers)
        all.insert(p.online);
    return all.values();
}

QStringList ClusterPresence::membersElsewhere(const QString &room) const
{
    QHash<QString, QString> all;
    for (const Peer &p : m_peers)
        all.insert(p.rooms.value(room));
    return all.values();
}

bool ClusterPresence::isOnlineElsewhere(const QString &userKey) const
{
    return std::any_of(m_peers.cbegin(), m_peers.cend(), [&](const Peer &p) { return p.online.contains(userKey); });
}
