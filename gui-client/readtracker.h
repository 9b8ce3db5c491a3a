// How far the account has read in each room and conversation (kept by the server, shared by its devices),
// and telling the server when the user has seen more: at once, then at most once per ThrottleMs.
#pragma once

#include <QHash>
#include <QObject>
#include <QTimer>

class ChatClient;

class ReadTracker : public QObject
{
    Q_OBJECT
public:
    static constexpr int ThrottleMs = 1000;

    explicit ReadTracker(ChatClient &client, QObject *parent = nullptr);

    // Keys as in RoomList: a room's name, or RoomList::conversationKey(user).
    // The server's word (joined, conversation_list, read_marker): never moves a position back.
    void setPosition(const QString &key, qint64 id);
    qint64 position(const QString &key) const { return m_position.value(key); }
    // The user has seen key's messages up to id.
    void seen(const QString &key, qint64 id);
    void forget(const QString &key);
    // Tells the server now what waits for the throttle (before a log out).
    void flush();

private:
    ChatClient &m_client;
    QHash<QString, qint64> m_position;
    QHash<QString, qint64> m_pending; // seen, not yet told
    QTimer m_throttle;
};
