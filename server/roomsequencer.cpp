#include "roomsequencer.h"

RoomSequencer::RoomSequencer(QObject *parent) : QObject(parent)
{
    m_tick.setInterval(GapWait / 4);
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
        it->gapSince.start();
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
        if (it->waiting.isEmpty())
            it->asked.invalidate();
        else
            it->gapSince.start(); // the next gap starts now
        emit delivered(room, seq, message);
    }
}

void RoomSequencer::filled(const QString &room, qint64 upTo)
{
    const auto it = m_rooms.find(room);
    if (it == m_rooms.end())
        return;
    it->asked.invalidate();
    if (upTo > it->last) {
        // The database has nothing more up to there (deleted, or never stored): nothing left to wait for.
        while (!it->waiting.isEmpty() && it->waiting.firstKey() <= upTo)
            it->waiting.remove(it->waiting.firstKey()); // offered by the answer already if it had them
        it->last = upTo;
    }
    release(room);
}

void RoomSequencer::resync()
{
    const QList<QString> rooms = m_rooms.keys(); // a copy: gap()'s slots may start or forget rooms
    for (const QString &room : rooms) {
        if (const auto it = m_rooms.find(room); it != m_rooms.end())
            emit gap(room, it->last, -1);
    }
}

void RoomSequencer::ask(const QString &room, qint64 upTo)
{
    const auto it = m_rooms.find(room);
    if (it == m_rooms.end())
        return;
    it->asked.start();
    emit gap(room, it->last, upTo);
}

void RoomSequencer::checkGaps()
{
    bool waiting = false;
    const QList<QString> rooms = m_rooms.keys();
    for (const QString &room : rooms) {
        const auto it = m_rooms.find(room);
        if (it == m_rooms.end() || it->waiting.isEmpty())
            continue;
        waiting = true;
        const bool due =
            it->asked.isValid() ? it->asked.hasExpired(AskAgain.count()) : it->gapSince.hasExpired(GapWait.count());
        if (due)
            ask(room, it->waiting.firstKey() - 1);
    }
    if (!waiting)
        m_tick.stop();
}
