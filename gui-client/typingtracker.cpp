#include "typingtracker.h"

#include "monotonicclock.h"

namespace {
constexpr auto ExpirySweep = std::chrono::milliseconds(250);
constexpr qint64 DefaultTtlMs = 6000;
} // namespace

TypingTracker::TypingTracker(QObject *parent) : QObject(parent), m_timer(this)
{
    m_timer.setInterval(ExpirySweep);
    connect(&m_timer, &QTimer::timeout, this, &TypingTracker::onExpire);
}

void TypingTracker::update(const QString &room, const QString &user, bool active, qint64 ttlMs)
{
    auto &users = m_until[room];
    const bool had = users.contains(user);
    if (active) {
        users.insert(user, MonotonicClock::nowMs() + (ttlMs > 0 ? ttlMs : DefaultTtlMs));
        if (!m_timer.isActive())
            m_timer.start();
    } else {
        users.remove(user);
    }
    if (had != active)
        emit changed(room);
}

void TypingTracker::userLeft(const QString &room, const QString &user)
{
    if (m_until[room].remove(user))
        emit changed(room);
}

void TypingTracker::clear()
{
    const QStringList rooms = m_until.keys();
    m_until.clear();
    for (const QString &room : rooms)
        emit changed(room);
}

QStringList TypingTracker::typists(const QString &room) const
{
    QStringList names = m_until.value(room).keys();
    names.sort(Qt::CaseInsensitive);
    return names;
}

void TypingTracker::onExpire()
{
    const qint64 now = MonotonicClock::nowMs();
    QStringList changedRooms;
    for (auto room = m_until.begin(); room != m_until.end(); ++room) {
        const auto before = room->size();
        room->removeIf([now](const auto &it) { return it.value() <= now; });
        if (room->size() != before)
            changedRooms.append(room.key());
    }
    for (const QString &room : std::as_const(changedRooms))
        emit changed(room);
    if (std::all_of(m_until.cbegin(), m_until.cend(), [](const auto &users) { return users.isEmpty(); }))
        m_timer.stop();
}

QString TypingTracker::describe(const QStringList &names)
{
    switch (names.size()) {
    case 0:
        return {};
    case 1:
        return tr("%1 is typing…").arg(names[0]);
    case 2:
        return tr("%1 and %2 are typing…").arg(names[0], names[1]);
    default:
        return tr("Several people are typing…");
    }
}
