#include "typingrelay.h"

#include "clientsession.h"
#include "monotonicclock.h"
#include "names.h"
#include "protocol.h"
#include "roomregistry.h"
#include "udpchannel.h"

namespace {

constexpr auto SweepInterval = std::chrono::milliseconds(500);

} // namespace

TypingRelay::TypingRelay(const RoomRegistry &rooms, UdpChannel &udp, QObject *parent)
    : QObject(parent), m_rooms(rooms), m_udp(udp), m_sweep(this)
{
    m_sweep.setInterval(SweepInterval);
    connect(&m_sweep, &QTimer::timeout, this, &TypingRelay::onSweep);
    m_sweep.start();
}

void TypingRelay::relay(ClientSession *from, const QString &room, bool active)
{
    const qint64 now = MonotonicClock::nowMs();
    const qint64 ttl = std::chrono::milliseconds(Protocol::TypingTtl).count();
    if (active) {
        // As with arrivals and departures: in a room of n, n people typing would cost n * n events, for an
        // indicator that can only say "several people are typing".
        if (m_rooms.isLarge(room))
            return;
        m_typingUntil.insert({room, from}, now + ttl);
    } else if (!m_typingUntil.remove({room, from})) {
        return; // nothing to stop
    }
    tell(room, from->username(), from->userKey(), active, now);
    if (!onRelay)
        return;
    // To the other nodes only what changes, and a refresh before their indicators run out: a typist's
    // every keystroke is not the cluster's business.
    const std::pair<QString, ClientSession *> key{room, from};
    if (!active) {
        m_publishedAt.remove(key);
    } else if (const auto it = m_publishedAt.constFind(key); it != m_publishedAt.cend() && now - *it < ttl / 2) {
        return;
    } else {
        m_publishedAt.insert(key, now);
    }
    onRelay(room, from->username(), active);
}

void TypingRelay::relayRemote(const QString &room, const QString &name, bool active)
{
    if (!m_rooms.isLarge(room) && !Names::usernameProblem(name))
        tell(room, name, Names::canonical(name), active, MonotonicClock::nowMs());
}

void TypingRelay::tell(const QString &room, const QString &name, const QString &key, bool active, qint64 now)
{
    const qint64 ttl = std::chrono::milliseconds(Protocol::TypingTtl).count();
    const Msg::Typing event{room, active, name, ttl};
    QByteArray tcpFrame;
    const QList<ClientSession *> members = m_rooms.members(room); // a copy: see RoomRegistry::broadcast
    for (ClientSession *member : members) {
        // Not to the typist's own devices: "you are typing" is no news.
        if (member->userKey() == key || m_udp.send(member, event, now))
            continue;
        if (tcpFrame.isEmpty())
            tcpFrame = Msg::encode(event);
        member->send(tcpFrame);
    }
}

void TypingRelay::onSweep()
{
    const qint64 now = MonotonicClock::nowMs();
    QList<std::pair<QString, ClientSession *>> expired;
    for (auto it = m_typingUntil.cbegin(); it != m_typingUntil.cend(); ++it) {
        if (it.value() <= now)
            expired.append(it.key());
    }
    for (const auto &[room, session] : std::as_const(expired))
        relay(session, room, false);
}
