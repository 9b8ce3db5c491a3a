// What the user does to messages already shown: reply, edit, delete and react (a message's context menu,
// clicks on reactions), and the bar above the input that says what the next line does. MessageUpdates
// applies what the server then says.
#pragma once

#include "chatmessages.h"
#include "editmessages.h"

#include <QLabel>
#include <QObject>
#include <QPersistentModelIndex>
#include <functional>
#include <optional>

class ChatClient;
class MessageModel;
class QAction;
class QListView;
class QToolButton;

class MessageActions : public QObject
{
    Q_OBJECT
public:
    // modelOf: the messages of a room or conversation key (nullptr when none is open); ownsRoom: whether
    // the user owns the room on screen (and so may delete anyone's messages there).
    MessageActions(ChatClient &client, QListView *view, std::function<MessageModel *(const QString &key)> modelOf,
                   std::function<bool()> ownsRoom, QWidget *barParent);

    // The line above the input while a reply or an edit is being written; hidden otherwise.
    QWidget *bar() const { return m_bar; }
    std::optional<qint64> editing() const { return m_editing; }
    std::optional<qint64> replyingTo() const { return m_reply ? std::optional(m_reply->id) : std::nullopt; }
    std::optional<Msg::Quote> replyQuote() const { return m_reply; }

    void startReply(const QModelIndex &index);
    // Puts the message's text in the input (through editTextWanted) to be changed and sent as an edit.
    void startEdit(const QModelIndex &index);
    // Back to editing message id (an edit the server refused); the caller puts the text back.
    void resumeEdit(qint64 id);
    void deleteMessage(const QModelIndex &index);
    void toggleReaction(const QModelIndex &index, const QString &emoji);
    // Forgets a reply or edit being written (Escape, another room).
    void cancel();

    // The message was deleted: a reply to it or an edit of it being written is cancelled.
    void forget(qint64 id);

    // The emoji the context menu offers.
    static QStringList quickReactions();
    // Messages as plain text for the clipboard, one per line in the order shown: "[13:05:09] ann: text"
    // (twelveHour: "[1:05:09 PM] ...").
    static QString copyText(const QModelIndexList &rows, bool twelveHour = false);
    // Copies the selected messages (Ctrl+C in the view); false when none is selected.
    bool copySelection();
    QAction *copyAction() const { return m_copy; }

signals:
    void editTextWanted(const QString &text);
    // A reply or an edit started: typing goes to the input.
    void inputWanted();
    void messageCopied(const QString &text);
    // From a message's menu: a direct message to its sender, or a mention of them in the input.
    void directMessageWanted(const QString &user);
    void mentionWanted(const QString &user);
    // From a message that was not delivered: its text is to be sent again, as a new message.
    void sendAgainWanted(const QString &text, bool action);

private:
    void showMenu(const QPoint &pos);
    void showBar(const QString &text);

    ChatClient &m_client;
    QListView *m_view;
    std::function<MessageModel *(const QString &key)> m_modelOf;
    std::function<bool()> m_ownsRoom;
    QWidget *m_bar;
    QAction *m_copy;
    QLabel *m_barText;
    std::optional<qint64> m_editing;
    std::optional<Msg::Quote> m_reply;
};
