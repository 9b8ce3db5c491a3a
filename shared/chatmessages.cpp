#include "chatmessages.h"

#include "fieldreader.h"
#include "protocol.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Msg {

namespace {

// A message's text: not blank, but "" once deleted.
QString messageText(FieldReader &r, bool deleted)
{
    return deleted ? r.string("text"_L1, 0, 0) : r.text("text"_L1, Protocol::MaxTextLength);
}

} // namespace

QString quoteText(const QString &text)
{
    QString cut = text.left(Protocol::MaxQuoteLength);
    if (cut.size() < text.size() && !cut.isEmpty() && cut.back().isHighSurrogate())
        cut.chop(1);
    return cut;
}

void MessageState::writeTo(QJsonObject &o) const
{
    if (edited > 0)
        o.insert("edited"_L1, edited);
    if (deleted)
        o.insert("deleted"_L1, true);
    if (reply) {
        QJsonObject quote{{"id"_L1, reply->id}, {"from"_L1, reply->from}, {"text"_L1, reply->text}};
        if (reply->deleted)
            quote.insert("deleted"_L1, true);
        o.insert("reply_to"_L1, quote);
    }
    if (!reactions.isEmpty()) {
        QJsonArray a;
        for (const Reaction &reaction : reactions) {
            QJsonObject item{{"emoji"_L1, reaction.emoji}, {"count"_L1, reaction.count}};
            if (reaction.mine)
                item.insert("mine"_L1, true);
            a.append(item);
        }
        o.insert("reactions"_L1, a);
    }
}

void MessageState::readFrom(FieldReader &r)
{
    edited = r.optionalInteger("edited"_L1, 1, Protocol::MaxId).value_or(0);
    deleted = r.optionalBoolean("deleted"_L1, false);
    if (const std::optional<QJsonObject> quote = r.optionalObject("reply_to"_L1)) {
        FieldReader qr(*quote, r.type());
        Quote q;
        q.id = qr.integer("id"_L1, 1, Protocol::MaxId);
        q.from = qr.username("from"_L1);
        q.text = qr.string("text"_L1, 0, Protocol::MaxQuoteLength);
        q.deleted = qr.optionalBoolean("deleted"_L1, false);
        if (!qr.ok())
            r.adopt(*qr.error());
        reply = q;
    }
    const QJsonArray a = r.optionalArray("reactions"_L1, Protocol::MaxReactionKinds);
    for (const QJsonValue &v : a) {
        if (!v.isObject()) {
            r.fail(ErrorCode::WrongType, u"'%1': field 'reactions' must hold objects"_s.arg(r.type()));
            break;
        }
        const QJsonObject item = v.toObject();
        FieldReader ir(item, r.type());
        Reaction reaction;
        reaction.emoji = ir.reaction("emoji"_L1);
        reaction.count = ir.integer("count"_L1, 1, Protocol::MaxId);
        reaction.mine = ir.optionalBoolean("mine"_L1, false);
        if (!ir.ok()) {
            r.adopt(*ir.error());
            break;
        }
        reactions.append(reaction);
    }
}

QJsonObject Say::toJson() const
{
    QJsonObject o = typedObject(Type);
    o.insert("room"_L1, room);
    o.insert("text"_L1, text);
    o.insert("ref"_L1, ref);
    if (action)
        o.insert("action"_L1, true);
    if (replyTo)
        o.insert("reply_to"_L1, *replyTo);
    if (file)
        o.insert("file"_L1, file->toJson());
    return o;
}

Parsed<Say> Say::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    Say m;
    m.room = r.roomName("room"_L1);
    m.text = r.text("text"_L1, Protocol::MaxTextLength);
    m.file = ShareFile::readFrom(r);
    m.ref = r.integer("ref"_L1, 0, Protocol::MaxId);
    m.action = r.optionalBoolean("action"_L1, false);
    m.replyTo = r.optionalInteger("reply_to"_L1, 1, Protocol::MaxId);
    return r.finish(std::move(m));
}

QJsonObject ChatMessage::toJson() const
{
    QJsonObject o = typedObject(Type);
    o.insert("id"_L1, id);
    o.insert("room"_L1, room);
    o.insert("from"_L1, from);
    o.insert("text"_L1, text);
    o.insert("ts"_L1, ts);
    if (action)
        o.insert("action"_L1, true);
    if (!mentions.isEmpty())
        o.insert("mentions"_L1, QJsonArray::fromStringList(mentions));
    state.writeTo(o);
    if (file)
        o.insert("file"_L1, file->toJson());
    return o;
}

Parsed<ChatMessage> ChatMessage::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    ChatMessage m;
    m.id = r.integer("id"_L1, 1, Protocol::MaxId);
    m.room = r.roomName("room"_L1);
    m.from = r.username("from"_L1);
    m.state.readFrom(r);
    m.text = messageText(r, m.state.deleted);
    m.file = Attachment::readFrom(r);
    m.ts = r.integer("ts"_L1, 0, Protocol::MaxId);
    m.action = r.optionalBoolean("action"_L1, false);
    m.mentions = r.usernames("mentions"_L1, Protocol::MaxMentions);
    return r.finish(std::move(m));
}

QJsonObject Whisper::toJson() const
{
    QJsonObject o = typedObject(Type);
    o.insert("to"_L1, to);
    o.insert("text"_L1, text);
    o.insert("ref"_L1, ref);
    if (action)
        o.insert("action"_L1, true);
    if (replyTo)
        o.insert("reply_to"_L1, *replyTo);
    if (file)
        o.insert("file"_L1, file->toJson());
    return o;
}

Parsed<Whisper> Whisper::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    Whisper m;
    m.to = r.username("to"_L1);
    m.text = r.text("text"_L1, Protocol::MaxTextLength);
    m.file = ShareFile::readFrom(r);
    m.ref = r.integer("ref"_L1, 0, Protocol::MaxId);
    m.action = r.optionalBoolean("action"_L1, false);
    m.replyTo = r.optionalInteger("reply_to"_L1, 1, Protocol::MaxId);
    return r.finish(std::move(m));
}

QJsonObject PrivateMessage::toJson() const
{
    QJsonObject o = typedObject(Type);
    o.insert("id"_L1, id);
    o.insert("from"_L1, from);
    o.insert("to"_L1, to);
    o.insert("text"_L1, text);
    o.insert("ts"_L1, ts);
    if (action)
        o.insert("action"_L1, true);
    state.writeTo(o);
    if (file)
        o.insert("file"_L1, file->toJson());
    return o;
}

Parsed<PrivateMessage> PrivateMessage::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    PrivateMessage m;
    m.id = r.integer("id"_L1, 1, Protocol::MaxId);
    m.from = r.username("from"_L1);
    m.to = r.username("to"_L1);
    m.state.readFrom(r);
    m.text = messageText(r, m.state.deleted);
    m.file = Attachment::readFrom(r);
    m.ts = r.integer("ts"_L1, 0, Protocol::MaxId);
    m.action = r.optionalBoolean("action"_L1, false);
    return r.finish(std::move(m));
}

QJsonObject Ack::toJson() const
{
    QJsonObject o = typedObject(Type);
    o.insert("ref"_L1, ref);
    o.insert("id"_L1, id);
    o.insert("ts"_L1, ts);
    return o;
}

Parsed<Ack> Ack::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    Ack m;
    m.ref = r.integer("ref"_L1, 0, Protocol::MaxId);
    m.id = r.integer("id"_L1, 1, Protocol::MaxId);
    m.ts = r.integer("ts"_L1, 0, Protocol::MaxId);
    return r.finish(std::move(m));
}

QJsonObject HistoryRequest::toJson() const
{
    QJsonObject o = typedObject(Type);
    if (with)
        o.insert("with"_L1, *with);
    else
        o.insert("room"_L1, room);
    if (before)
        o.insert("before"_L1, *before);
    if (after)
        o.insert("after"_L1, *after);
    if (around)
        o.insert("around"_L1, *around);
    o.insert("limit"_L1, limit);
    return o;
}

Parsed<HistoryRequest> HistoryRequest::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    HistoryRequest m;
    m.with = r.optionalUsername("with"_L1);
    m.room = r.optionalRoomName("room"_L1).value_or(QString());
    if (r.ok() && m.room.isEmpty() == !m.with.has_value())
        r.fail(ErrorCode::MissingField, u"'history': give either 'room' or 'with', not both or neither"_s);
    m.before = r.optionalInteger("before"_L1, 1, Protocol::MaxId);
    m.after = r.optionalInteger("after"_L1, 0, Protocol::MaxId);
    m.around = r.optionalInteger("around"_L1, 1, Protocol::MaxId);
    m.limit = int(r.integer("limit"_L1, 1, Protocol::MaxHistoryLimit));
    if (m.around && (m.before || m.after))
        r.fail(ErrorCode::OutOfRange, u"'history': 'around' goes alone, without 'before' or 'after'"_s);
    return r.finish(std::move(m));
}

template <typename M> QJsonArray messagesToJson(const QList<M> &messages)
{
    QJsonArray a;
    for (const M &m : messages) {
        QJsonObject item = m.toJson();
        item.remove("type"_L1);
        a.append(item);
    }
    return a;
}

template <typename M> QList<M> messagesFromJson(FieldReader &r, QLatin1StringView key)
{
    QList<M> out;
    const QJsonArray a = r.array(key, Protocol::MaxHistoryLimit);
    for (const QJsonValue &v : a) {
        if (!v.isObject()) {
            r.fail(ErrorCode::WrongType, u"'%1': field '%2' must hold objects"_s.arg(r.type(), key));
            break;
        }
        auto item = M::fromJson(v.toObject());
        if (!item) {
            r.adopt(item.error());
            break;
        }
        out.append(std::move(*item));
    }
    return out;
}

template QJsonArray messagesToJson(const QList<ChatMessage> &);
template QList<ChatMessage> messagesFromJson(FieldReader &, QLatin1StringView);
template QJsonArray messagesToJson(const QList<PrivateMessage> &);
template QList<PrivateMessage> messagesFromJson(FieldReader &, QLatin1StringView);

QJsonObject HistoryReply::toJson() const
{
    QJsonObject o = typedObject(Type);
    if (with)
        o.insert("with"_L1, *with);
    else
        o.insert("room"_L1, room);
    o.insert("messages"_L1, with ? messagesToJson(direct) : messagesToJson(messages));
    o.insert("more"_L1, more);
    return o;
}

Parsed<HistoryReply> HistoryReply::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    HistoryReply m;
    m.with = r.optionalUsername("with"_L1);
    if (!m.with)
        m.room = r.roomName("room"_L1);
    if (m.with)
        m.direct = messagesFromJson<PrivateMessage>(r, "messages"_L1);
    else
        m.messages = messagesFromJson<ChatMessage>(r, "messages"_L1);
    m.more = r.boolean("more"_L1);
    return r.finish(std::move(m));
}

} // namespace Msg
