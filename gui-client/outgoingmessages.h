// What the user sends (messages and edits), followed until the server confirms or refuses it: a confirmed
// message gets its id, a refused or lost one is marked and given back to be sent again.
#pragma once

#include "messageentry.h"

#include <QHash>
#include <QObject>
#include <functional>
#include <optional>

class ChatClient;
class MessageModel;

class OutgoingMessages : public QObject
{
    Q_OBJECT
public:
    // modelOf: the messages of a room or conversation key (nullptr when none is kept);
    // userOf: the other person of a conversation key.
    OutgoingMessages(ChatClient &client, std::function<MessageModel *(const QString &key)> modelOf,
                     std::function<QString(const QString &key)> userOf, QObject *parent = nullptr);

    // Sends text to a room or conversation (key) and returns the line to show at once, as waiting.
    // line: what was typed, given back if the message does not go through.
    MessageEntry send(const QString &key, const QString &text, bool action, const QString &line,
                      const std::optional<Msg::Quote> &reply = std::nullopt);
    // Asks for the message id (shown under key) to say text instead.
    void edit(const QString &key, qint64 id, const QString &text);

signals:
    // A message was refused or lost: it is marked as not delivered, and its line (as typed) comes back.
    void givenBack(const QString &key, const QString &line, const QString &reason);
    // An edit was refused or lost: the text comes back, still an edit of the message id.
    void editGivenBack(const QString &key, qint64 id, const QString &text, const QString &reason);
    // A request that was not a message failed (a join, a topic, …): said to the user.
    void refused(const QString &reason);

private:
    struct Sent
    {
        QString key;  // where it is shown: a room, or a conversation's key
        QString line; // as typed, to give back if it does not go through
    };
    struct Edit
    {
        QString key;
        qint64 id = 0;
        QString text;
    };

    void onRequestFailed(const Msg::ErrorReply &error);
    void onUnsent(qint64 ref, const QString &reason);
    void giveBack(const Sent &sent, qint64 ref, const QString &reason);

    ChatClient &m_client;
    std::function<MessageModel *(const QString &key)> m_modelOf;
    std::function<QString(const QString &key)> m_userOf;
    QHash<qint64, Sent> m_sent;  // say/whisper by ref, until the server confirms or refuses it
    QHash<qint64, Edit> m_edits; // edits by ref; an edit is answered by `edited` (not by ref)
};
