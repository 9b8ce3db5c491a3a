// The left pane: the rooms we are in, then our private conversations, each with its unread count. Entries
// are named by key: a room's name, or conversationKey(user), which no room name can equal.
#pragma once

#include <QHash>
#include <QWidget>

class QListWidget;

class RoomList : public QWidget
{
    Q_OBJECT
public:
    explicit RoomList(QWidget *parent = nullptr);

    static QString conversationKey(const QString &user);
    static bool isConversation(const QString &key);

    void addRoom(const QString &room);
    void removeRoom(const QString &room);
    bool hasRoom(const QString &room) const { return m_rooms.contains(room); }
    QStringList rooms() const { return m_rooms; }
    // A conversation keeps the name as first given (user names are unique ignoring case).
    void addConversation(const QString &user);
    void removeConversation(const QString &key);
    bool hasConversation(const QString &key) const { return m_conversations.contains(key); }
    QString conversationUser(const QString &key) const { return m_conversations.value(key); }

    // Every entry in the order shown: the rooms, then the conversations.
    QStringList entries() const { return m_rooms + m_conversationOrder; }
    // The entry step places after (or before, when negative) key, wrapping around; key when alone.
    QString neighbour(const QString &key, int step) const;
    // The name an entry is shown with (a room's name, or the other person's).
    QString title(const QString &key) const { return isConversation(key) ? m_conversations.value(key) : key; }

    void setCurrent(const QString &key);
    void addUnread(const QString &key);
    // The server's count (joined, conversation_list, read_marker); counts from 1,000 show as "999+".
    void setUnread(const QString &key, qint64 count);
    // Unread messages that mention the user, shown apart: "dev (12) @2".
    void setMentions(const QString &key, qint64 count);
    void addMention(const QString &key);
    int mentions(const QString &key) const { return m_mentions.value(key); }
    int unread(const QString &key) const { return m_unread.value(key); }

signals:
    // The user picked an entry.
    void selected(const QString &key);

private:
    void refresh();

    QListWidget *m_list;
    QStringList m_rooms;
    QStringList m_conversationOrder;         // keys, in the order they were opened
    QHash<QString, QString> m_conversations; // key -> the other person's name
    QHash<QString, int> m_unread;
    QHash<QString, int> m_mentions;
    QString m_current;
};
