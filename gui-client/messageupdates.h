// The server's news of messages already shown (edited, deleted, reacted to), applied to the messages of
// every room and conversation the window keeps, and to the quotes of the replies to them.
#pragma once

#include "editmessages.h"

#include <QObject>
#include <functional>

class ChatClient;
class MessageModel;

class MessageUpdates : public QObject
{
    Q_OBJECT
public:
    // modelOf: the messages of a room or conversation key (nullptr when none is kept).
    MessageUpdates(ChatClient &client, std::function<MessageModel *(const QString &key)> modelOf,
                   QObject *parent = nullptr);

    // The key a changed message lives under: its room, or the conversation with the other side.
    QString keyOf(const Msg::MessagePlace &place) const;

private:
    void onEdited(const Msg::Edited &edit);
    void onDeleted(const Msg::Deleted &deletion);
    void onReacted(const Msg::Reacted &reaction);
    bool isMe(const QString &name) const;

    ChatClient &m_client;
    std::function<MessageModel *(const QString &key)> m_modelOf;
};
