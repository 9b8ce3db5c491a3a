// What the server says, into the chat window: rooms joined and left, messages, notices, history pages and
// the catch-up after a reconnection, the conversation list, read positions from other devices, topics,
// invitations, answers to /users and /rooms, and who is typing. Unread counts and notifications (by each
// room's level) follow from it.
#pragma once

#include "chatclient.h"
#include "messageentry.h"

#include <QHash>
#include <QObject>

class HistoryPager;
class MainWindow;
class MemberList;
class ReadTracker;
class RoomHeader;
class RoomList;
class TypingTracker;

class WindowFeed : public QObject
{
    Q_OBJECT
public:
    // The window's parts the feed fills (the window's own, which deletes the feed first).
    struct Parts
    {
        RoomList *rooms;
        RoomHeader *header;
        MemberList *members;
        HistoryPager *pager;
        ReadTracker *read;
        TypingTracker *typists;
    };
    WindowFeed(MainWindow &window, ChatClient &client, const Parts &parts);

    // The room's owner; empty when it has none (or the user is not in it).
    QString owner(const QString &room) const { return m_owners.value(room); }
    // A private message, the server's or one this client sent itself (a file): its conversation opens.
    void addPrivate(const Msg::PrivateMessage &message);

private:
    void onJoined(const Msg::Joined &joined, bool asked);
    void onLeft(const QString &room);
    void onChat(const Msg::ChatMessage &message);
    void onNotice(const Msg::Notice &notice);
    void onHistory(const Msg::HistoryReply &history, bool catchUp);
    void onUsers(const Msg::UserList &users);
    void onRooms(const Msg::RoomList &list);
    void onConversations(const Msg::ConversationList &list);
    void onReadMarker(const Msg::ReadMarker &marker);
    void onTopic(const Msg::Topic &topic);
    void onInvited(const Msg::Invited &invitation);
    void onNotifyLevel(const Msg::Notify &notify);
    // A line someone else caused: shown in key (and said to a screen reader when on screen), counted when
    // key is not on screen, and notified when the window is not active and the room's level wants it.
    void deliver(const QString &key, const MessageEntry &entry);
    bool wantsNotification(const QString &key, const MessageEntry &entry) const;
    static QString describeLevel(const QString &room, const QString &level);

    MainWindow &m_window;
    ChatClient &m_client;
    Parts m_parts;
    QHash<QString, QString> m_notifyLevels; // by room: "all", "mentions" or "nothing"
    QHash<QString, QString> m_owners;       // by room: its owner's name, when it has one
};
