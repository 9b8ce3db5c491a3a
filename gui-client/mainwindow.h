// The chat window: rooms, messages, who is here and who is typing, the input line and the connection's state.
#pragma once

#include "chatclient.h"
#include "messagemodel.h"
#include "typingtracker.h"

#include <QHash>
#include <QMainWindow>

class ChatInput;
class ConnectionStatus;
class MemberList;
class MessageDelegate;
class QLabel;
class QListView;
class QListWidget;
class QSystemTrayIcon;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ChatClient &client, QWidget *parent = nullptr);

    QString currentRoom() const { return m_current; }
    MessageModel *model(const QString &room) const { return m_models.value(room); }
    QStringList members(const QString &room) const;
    QString typingText() const;
    int unread(const QString &room) const { return m_unread.value(room); }
    void showRoom(const QString &room);

signals:
    // A message arrived while the window was not active (shown in the system tray where there is one).
    void notified(const QString &title, const QString &text);

private:
    void onJoined(const Msg::Joined &joined);
    void onLeft(const QString &room);
    void onChat(const Msg::ChatMessage &message);
    void onPrivate(const Msg::PrivateMessage &message);
    void onNotice(const Msg::Notice &notice);
    void onHistory(const Msg::HistoryReply &history, bool catchUp);
    void onRequestFailed(const Msg::ErrorReply &error);
    void onSubmitted(const QString &line);
    void onUsers(const Msg::UserList &users);
    void addLine(const QString &room, MessageEntry entry, bool notify = false);
    void addInfo(const QString &text, MessageEntry::Kind kind = MessageEntry::Kind::Notice);
    MessageModel *ensureModel(const QString &room);
    void refreshRooms();
    void refreshTyping(const QString &room);
    void notify(const QString &title, const QString &text);
    void openLink(const QUrl &url);

    ChatClient &m_client;
    QListWidget *m_roomList;
    QListView *m_view;
    MessageDelegate *m_delegate;
    QLabel *m_typing;
    ChatInput *m_input;
    MemberList *m_memberList;
    ConnectionStatus *m_status;
    QSystemTrayIcon *m_tray = nullptr;
    TypingTracker m_typists;
    QHash<QString, MessageModel *> m_models;
    QHash<QString, int> m_unread;
    QHash<qint64, QString> m_unconfirmed; // lines sent as say/whisper, by ref, until acknowledged
    QStringList m_rooms;
    QString m_current;
    bool m_followNewest = true; // the view is at the newest message and stays there as more arrive
};
