#include "roomsequencer.h"

#include <algorithm>

RoomSequencer::RoomSequencer(QObject *parent) : QObject(parent)
{
    m_tick.setInterval(GapWait / GapTicks);
    connect(&m_tick, &QTimer::timeout, this, &RoomSequencer::checkGaps);
}

void RoomSequencer::start(const QString &room, qint64 lastDelivered)
{
    Room r;
    r.last = lastDelivered;
    m_rooms.insert(room, r);
}

void RoomSequencer::forget(const QString &room)
{
    m_rooms.remove(room);
}

qint64 RoomSequencer::lastDelivered(const QString &room) const
{
    const auto it = m_rooms.constFind(room);
    return it == m_rooms.cend() ? 0 : it->last;
}

void RoomSequencer::offer(const QString &room, qint64 seq, const QByteArray &message)
{
    const auto it = m_rooms.find(room);
    if (it == m_rooms.end() || seq <= it->last || it->waiting.contains(seq))
        return; // not ours, or a duplicate
    if (seq == it->last + 1) {
        it->last = seq;
        emit delivered(room, seq, message);
        return release(room);
    }
    if (it->waiting.isEmpty())
        it->gapTicks = 0;
    it->waiting.insert(seq, message);
    if (it->waiting.size() > MaxWaiting) {
        // Too far behind: all of it comes from the database instead.
        const qint64 newest = it->waiting.lastKey();
        it->waiting.clear();
        return ask(room, newest);
    }
    if (!m_tick.isActive())
        m_tick.start();
}

void RoomSequencer::release(const QString &room)
{
    for (;;) {
        const auto it = m_rooms.find(room); // again each time: a slot of delivered() may have changed them
        if (it == m_rooms.end() || it->waiting.isEmpty() || it->waiting.firstKey() != it->last + 1)
            break;
        const qint64 seq = it->waiting.firstKey();
        const QByteArray message = it->waiting.take(seq);
        it->last = seq;
        if (!it->waiting.isEmpty())
            it->gapTicks = 0; // the next gap starts now
        emit delivered(room, seq, message);
    }
}

void RoomSequencer::filled(const QString &room, qint64 upTo)
{
    if (const auto it = m_rooms.find(room); it != m_rooms.end())
        it->asked.invalidate();
    // What waits up to there goes out in order (the answer's own messages among them: one that came while
    // a number before it was missing waits too), and numbers the database lacked are passed over.
    for (;;) {
        const auto it = m_rooms.find(room); // again each time: a slot of delivered() may have changed them
        if (it == m_rooms.end())
            return;
        if (it->waiting.isEmpty() || it->waiting.firstKey() > upTo) {
            it->last = std::max(it->last, upTo);
            break;
        }
        const qint64 seq = it->waiting.firstKey();
        const QByteArray message = it->waiting.take(seq);
        it->last = seq;
        emit delivered(room, seq, message);
    }
    release(room);
}

void RoomSequencer::resync()
{
    const QList<QString> rooms = m_rooms.keys(); // a copy: gap()'s slots may start or forget rooms
    for (const QString &room : rooms)
        ask(room, -1);
}

void RoomSequencer::ask(const QString &room, qint64 upTo)
{
    const auto it = m_rooms.find(room);
    if (it == m_rooms.end())
        return;
    it->asked.start();
    it->askedUpTo = upTo;
    if (!m_tick.isActive()) // to ask again if no answer comes
        m_tick.start();
    emit gap(room, it->last, upTo);
}

void RoomSequencer::checkGaps()
{
    bool busy = false;
    const QList<QString> rooms = m_rooms.keys();
    for (const QString &room : rooms) {
        const auto it = m_rooms.find(room);
        if (it == m_rooms.end())
            continue;
        if (it->asked.isValid() && it->askedUpTo >= 0 && it->last >= it->askedUpTo)
            it->asked.invalidate(); // the bus brought what was asked after all
        if (it->waiting.isEmpty() && !it->asked.isValid())
            continue;
        busy = true;
        if (it->asked.isValid()) { // unanswered: asked again (the same question)
            if (it->asked.hasExpired(AskAgain.count()))
                ask(room, it->askedUpTo);
        } else if (++it->gapTicks >= GapTicks) {
            ask(room, it->waiting.firstKey() - 1);
        }
    }
    if (!busy)
        m_tick.stop();
}
