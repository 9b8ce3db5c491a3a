#include "outgoingmessages.h"

#include "chatclient.h"
#include "messagemodel.h"
#include "roomlist.h"
#include "servertext.h"

#include <QDateTime>

OutgoingMessages::OutgoingMessages(ChatClient &client, std::function<MessageModel *(const QString &key)> modelOf,
                                   std::function<QString(const QString &key)> userOf, QObject *parent)
    : QObject(parent), m_client(client), m_modelOf(std::move(modelOf)), m_userOf(std::move(userOf))
{
    connect(&m_client, &ChatClient::acknowledged, this, [this](const Msg::Ack &ack) {
        if (!m_sent.contains(ack.ref))
            return;
        const Sent sent = m_sent.take(ack.ref); // before the model's signals run anything else
        if (MessageModel *model = m_modelOf(sent.key))
            model->confirm(ack.ref, ack.id, ack.ts);
    });
    // An edit is confirmed by the message's `edited` (which carries no ref): it is followed no longer.
    connect(&m_client, &ChatClient::messageEdited, this, [this](const Msg::Edited &edit) {
        if (edit.place.from == m_client.username())
            m_edits.removeIf([&](const auto &pending) { return pending.value().id == edit.place.id; });
    });
    connect(&m_client, &ChatClient::requestFailed, this, &OutgoingMessages::onRequestFailed);
    connect(&m_client, &ChatClient::unsent, this, &OutgoingMessages::onUnsent);
}

MessageEntry OutgoingMessages::send(const QString &key, const QString &text, bool action, const QString &line,
                                    const std::optional<Msg::Quote> &reply)
{
    // Shown at once, as waiting, until the server confirms it; while disconnected it waits for the reconnect.
    MessageEntry entry{
        MessageEntry::Kind::Own, 0, m_client.username(), {}, text, QDateTime::currentMSecsSinceEpoch(), action};
    entry.status = MessageEntry::Status::Pending;
    entry.state.reply = reply;
    const std::optional<qint64> replyTo = reply ? std::optional(reply->id) : std::nullopt;
    if (RoomList::isConversation(key)) {
        entry.kind = MessageEntry::Kind::Private;
        entry.to = m_userOf(key);
        entry.ref = m_client.whisper(entry.to, text, action, replyTo);
    } else {
        entry.ref = m_client.say(key, text, action, replyTo);
    }
    m_sent.insert(entry.ref, Sent{key, line});
    return entry;
}

void OutgoingMessages::edit(const QString &key, qint64 id, const QString &text)
{
    // Kept until the server answers: a refused edit comes back to the input, still an edit.
    m_edits.insert(m_client.editMessage(id, text), Edit{key, id, text});
}

void OutgoingMessages::onRequestFailed(const Msg::ErrorReply &error)
{
    if (error.ref && m_edits.contains(*error.ref)) {
        const Edit edit = m_edits.take(*error.ref);
        return emit editGivenBack(edit.key, edit.id, edit.text, ServerText::error(error.code, error.message));
    }
    const std::optional<Sent> sent =
        error.ref && m_sent.contains(*error.ref) ? std::optional(m_sent.take(*error.ref)) : std::nullopt;
    QString reason;
    if (error.errorCode() == ErrorCode::RateLimited) {
        const qint64 seconds = (error.retryAfterMs.value_or(1000) + 999) / 1000;
        reason = tr("You are sending too fast; wait %n second(s) and send it again.", nullptr, int(seconds));
    } else if (error.errorCode() == ErrorCode::NoSuchUser && sent && RoomList::isConversation(sent->key)) {
        reason = tr("There is no user called %1, so the message was not delivered.").arg(m_userOf(sent->key));
    } else {
        reason = ServerText::error(error.code, error.message);
    }
    if (sent)
        return giveBack(*sent, *error.ref, reason);
    emit refused(reason);
}

void OutgoingMessages::onUnsent(qint64 ref, const QString &reason)
{
    if (m_edits.contains(ref)) {
        const Edit edit = m_edits.take(ref);
        return emit editGivenBack(edit.key, edit.id, edit.text, reason);
    }
    if (m_sent.contains(ref))
        giveBack(m_sent.take(ref), ref, reason);
}

void OutgoingMessages::giveBack(const Sent &sent, qint64 ref, const QString &reason)
{
    if (MessageModel *model = m_modelOf(sent.key))
        model->fail(ref);
    emit givenBack(sent.key, sent.line, reason);
}
