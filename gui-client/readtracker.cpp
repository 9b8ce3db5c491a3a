#include "readtracker.h"

#include "chatclient.h"
#include "roomlist.h"

ReadTracker::ReadTracker(ChatClient &client, QObject *parent) : QObject(parent), m_client(client), m_throttle(this)
{
    m_throttle.setInterval(ThrottleMs);
    // What was read while the connection was down is told once it is back.
    connect(&m_client, &ChatClient::authenticated, this, [this] {
        if (!m_pending.isEmpty() && !m_throttle.isActive()) {
            flush();
            m_throttle.start();
        }
    });
    connect(&m_throttle, &QTimer::timeout, this, [this] {
        if (m_pending.isEmpty())
            m_throttle.stop();
        else
            flush();
    });
}

void ReadTracker::setPosition(const QString &key, qint64 id)
{
    qint64 &position = m_position[key];
    position = std::max(position, id);
    if (m_pending.value(key) <= position)
        m_pending.remove(key);
}

void ReadTracker::seen(const QString &key, qint64 id)
{
    if (key.isEmpty() || id <= std::max(m_position.value(key), m_pending.value(key)))
        return;
    m_pending.insert(key, id);
    if (!m_throttle.isActive()) {
        flush();
        m_throttle.start();
    }
}

void ReadTracker::forget(const QString &key)
{
    m_position.remove(key);
    m_pending.remove(key);
}

void ReadTracker::flush()
{
    const QHash<QString, qint64> pending = std::exchange(m_pending, {});
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        const bool sent = RoomList::isConversation(it.key())
                              ? m_client.markRead(std::nullopt, it.key().mid(1), it.value())
                              : m_client.markRead(it.key(), std::nullopt, it.value());
        if (sent) // counted as read here at once; the server's read_marker confirms it (or moves it further)
            m_position[it.key()] = std::max(m_position.value(it.key()), it.value());
        else // not connected: told after the next login
            m_pending.insert(it.key(), it.value());
    }
}
