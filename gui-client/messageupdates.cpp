#include "messageupdates.h"

#include "chatclient.h"
#include "messagemodel.h"
#include "names.h"
#include "roomlist.h"

MessageUpdates::MessageUpdates(ChatClient &client, std::function<MessageModel *(const QString &key)> modelOf,
                               QObject *parent)
    : QObject(parent), m_client(client), m_modelOf(std::move(modelOf))
{
    connect(&m_client, &ChatClient::messageEdited, this, &MessageUpdates::onEdited);
    connect(&m_client, &ChatClient::messageDeleted, this, &MessageUpdates::onDeleted);
    connect(&m_client, &ChatClient::reactionChanged, this, &MessageUpdates::onReacted);
}

bool MessageUpdates::isMe(const QString &name) const
{
    return Names::canonical(name) == Names::canonical(m_client.username());
}

QString MessageUpdates::keyOf(const Msg::MessagePlace &place) const
{
    if (place.room)
        return *place.room;
    return RoomList::conversationKey(isMe(place.from) ? place.to.value_or(QString()) : place.from);
}

void MessageUpdates::onEdited(const Msg::Edited &edit)
{
    const bool mentionsMe =
        std::any_of(edit.mentions.cbegin(), edit.mentions.cend(), [this](const QString &name) { return isMe(name); });
    if (MessageModel *model = m_modelOf(keyOf(edit.place)))
        model->applyEdit(edit.place.id, edit.text, edit.edited, mentionsMe);
}

void MessageUpdates::onDeleted(const Msg::Deleted &deletion)
{
    if (MessageModel *model = m_modelOf(keyOf(deletion.place)))
        model->applyDelete(deletion.place.id);
}

void MessageUpdates::onReacted(const Msg::Reacted &reaction)
{
    if (MessageModel *model = m_modelOf(keyOf(reaction.place)))
        model->applyReaction(reaction.place.id, reaction.emoji, reaction.count,
                             isMe(reaction.user) ? std::optional(reaction.on) : std::nullopt);
}
