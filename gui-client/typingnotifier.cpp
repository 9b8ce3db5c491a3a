#include "typingnotifier.h"

TypingNotifier::TypingNotifier(QObject *parent, std::chrono::milliseconds pause, std::chrono::milliseconds refresh)
    : QObject(parent), m_refresh(refresh), m_pause(this)
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(pause);
    connect(&m_pause, &QTimer::timeout, this, [this] { stop(m_room); });
}

void TypingNotifier::keystroke(const QString &room)
{
    if (room.isEmpty())
        return;
    if (m_room != room && !m_room.isEmpty())
        stop(m_room);
    m_room = room;
    m_pause.start();
    auto it = m_since.find(room);
    if (it == m_since.end() || it->elapsed() > m_refresh.count()) {
        m_since[room].start();
        emit typingChanged(room, true);
    }
}

void TypingNotifier::stop(const QString &room)
{
    if (m_since.remove(room))
        emit typingChanged(room, false);
    if (room == m_room)
        m_pause.stop();
}

void TypingNotifier::reset()
{
    m_since.clear();
    m_pause.stop();
    m_room.clear();
}
