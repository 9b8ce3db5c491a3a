// The chat window: rooms and private conversations, messages, who is here and who is typing, the input line
// and the connection's state.
#pragma once

#include "chatclient.h"
#include "clientsettings.h"
#include "messagemodel.h"
#include "readtracker.h"
#include "typingtracker.h"

#include <QHash>
#include <QMainWindow>
#include <QSet>

class ChatInput;
class ConnectionStatus;
class MemberList;
class MessageActions;
class MessageView;
class QLabel;
class NarrowLayout;
class Notifier;
class EmojiPicker;
class EmptyHint;
class HistoryPager;
class OutgoingMessages;
class WindowCommands;
class WindowFeed;
class QuickSwitcher;
class SettingsDialog;
class WindowDialogs;
class WindowFiles;
class WindowVoice;
class WindowMenus;
class ReconnectBanner;
class ViewPlacement;
class RoomHeader;
class RoomList;
class SearchDialog;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ChatClient &client, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The room on screen; empty when none is (or a private conversation is).
    QString currentRoom() const;
    // The room or conversation key on screen (RoomList); empty when none is.
    QString currentKey() const { return m_current; }
    WindowFiles *files() const { return m_files; }
    WindowVoice *voice() const { return m_voice; }
    // The other person of the private conversation on screen; empty when none is.
    QString currentConversation() const;
    MessageModel *model(const QString &room) const { return m_models.value(room); }
    MessageModel *conversationModel(const QString &user) const;
    QStringList members(const QString &room) const;
    QString typingText() const;
    QString headerText() const;
    QString reconnectText() const;
    int unread(const QString &room) const;
    int conversationUnread(const QString &user) const;
    void showRoom(const QString &room);
    void showConversation(const QString &user);
    // Puts the room or conversation key on screen (nothing when it is not in the list).
    void showEntry(const QString &key);
    // The conversation with user is in the list (added when it was not); its key.
    QString openConversation(const QString &user);
    // The messages of the room or conversation key, made when there are none yet.
    MessageModel *ensureModel(const QString &key);
    // Appends a line to key's messages; announce: a screen reader says it when key is on screen.
    void addLine(const QString &key, const MessageEntry &entry, bool announce = false);
    // The newest messages on screen in an active window have been seen: the server is told.
    void noteSeen();
    // key left the list (a room left, a conversation closed): when it was on screen, the first room comes.
    void entryClosed(const QString &key);
    // A desktop notification, when the settings allow them.
    // key: the room or conversation a click on the notification goes to.
    // place: the room's or conversation's name, for messages (their notifications merge per place).
    void notify(const QString &title, const QString &text, const QString &key, const QString &place = {});
    // Shows the message with this id in its room or conversation (key), in its context: loaded around it
    // when it is not on screen, and marked for a moment.
    void jumpTo(const QString &key, qint64 id);
    MessageActions *messageActions() const { return m_actions; }
    // The id of the message marked by the last jump; 0 when none.
    qint64 markedId() const;

    WindowMenus *menus() const { return m_menus; }
    WindowDialogs *dialogs() const { return m_dialogs; }
    // Sends the read positions still waiting (before a log out).
    void flushReadPositions() { m_read.flush(); }
    // Typing goes to the input (Ctrl+L, and back from a dialog or popup of the window).
    void focusInput();
    // A line of the window's own (an answer to a command, a refusal) in the room on screen.
    void addInfo(const QString &text, MessageEntry::Kind kind = MessageEntry::Kind::Notice);
    // /join and /private: shows the room if the user is in it, else asks to join (creating it private).
    void enterRoom(const QString &room, bool isPrivate);
    // Sends text to the room or conversation key, shown at once as waiting; line is what was typed (given
    // back when the message does not go through).
    void send(const QString &key, const QString &text, bool action, const QString &line,
              const std::optional<Msg::Quote> &reply = std::nullopt);
    // /leave in a conversation: its entry closes (its messages stay for the session).
    void closeConversation();
    // A typed line that cannot go (an unknown command, a message too long): the reason is shown, and the
    // line comes back to an empty input to be corrected.
    void refuse(const QString &line, const QString &reason);
    // The user's choices: the window's own ones (times, joins and leaves, notifications) and the
    // application's (theme, font size), applied at once.
    void applySettings(const ClientSettings &settings);
    const ClientSettings &settings() const { return m_settings; }

signals:
    // A message arrived while the window was not active (shown in the system tray where there is one).
    void notified(const QString &title, const QString &text);
    // Chat > Log Out: the session is to end and the login dialog to come back.
    void logOutRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // A message or edit that did not go through: the reason shown, and the text back in the input.
    void giveBack(const QString &key, const QString &line, const QString &reason);
    void giveBackEdit(const QString &key, qint64 id, const QString &text, const QString &reason);
    // The room or conversation key is no longer on screen: its unread count comes back from the server.
    void leaving(const QString &key);
    void refreshTyping(const QString &room);
    void setUpMenus();
    // Goes to the n-th entry of the room list (from 0); nothing when there is none.
    void showNumbered(int n);
    // Puts "@user " in the input.
    void mention(const QString &user);
    void openLink(const QUrl &url);

    ChatClient &m_client;
    RoomList *m_roomList;
    RoomHeader *m_header;
    ReconnectBanner *m_banner;
    MessageView *m_view;
    ViewPlacement *m_placement;
    HistoryPager *m_pager;
    OutgoingMessages *m_outgoing;
    WindowCommands *m_commands;
    WindowFeed *m_feed = nullptr;
    EmptyHint *m_emptyHint;
    QLabel *m_typing;
    ChatInput *m_input;
    MemberList *m_memberList;
    ConnectionStatus *m_status;
    Notifier *m_notifier;
    NarrowLayout *m_narrow;
    TypingTracker m_typists;
    ReadTracker m_read;
    QHash<QString, MessageModel *> m_models; // by key: rooms and conversations, kept for the session
    QString m_current;                       // the key on screen
    QHash<QString, QString> m_drafts;        // what was typed (or given back) in the rooms not on screen
    QSet<QString> m_historyAsked;            // conversations whose history was asked for
    MessageActions *m_actions;
    WindowMenus *m_menus;
    WindowDialogs *m_dialogs;
    WindowFiles *m_files;
    WindowVoice *m_voice;
    ClientSettings m_settings;
    bool m_signedIn = false;
};
