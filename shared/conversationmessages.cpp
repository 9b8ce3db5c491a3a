#include "conversationmessages.h"

#include "fieldreader.h"
#include "protocol.h"
#include "roommessages.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Msg {

namespace {

void writeTarget(QJsonObject &o, const std::optional<QString> &room, const std::optional<QString> &with)
{
    if (room)
        o.insert("room"_L1, *room);
    if (with)
        o.insert("with"_L1, *with);
}

} // namespace

QJsonObject ListConversations::toJson() const
{
    return typedObject(Type);
}

Parsed<ListConversations> ListConversations::fromJson(const QJsonObject &)
{
    return ListConversations{};
}

QJsonObject ConversationList::toJson() const
{
    QJsonObject o = typedObject(Type);
    QJsonArray a;
    for (const ConversationInfo &c : conversations)
        a.append(QJsonObject{{"with"_L1, c.with},
                             {"lastId"_L1, c.lastId},
                             {"lastTs"_L1, c.lastTs},
                             {"lastRead"_L1, c.lastRead},
                             {"unread"_L1, c.unread}});
    o.insert("conversations"_L1, a);
    return o;
}

Parsed<ConversationList> ConversationList::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    ConversationList m;
    const QJsonArray a = r.array("conversations"_L1, Protocol::MaxConversationEntries);
    for (const QJsonValue &v : a) {
        if (!v.isObject()) {
            r.fail(ErrorCode::WrongType, u"'conversation_list': field 'conversations' must hold objects"_s);
            break;
        }
        const QJsonObject item = v.toObject();
        FieldReader ir(item, Type);
        ConversationInfo c;
        c.with = ir.username("with"_L1);
        c.lastId = ir.integer("lastId"_L1, 1, Protocol::MaxId);
        c.lastTs = ir.integer("lastTs"_L1, 0, Protocol::MaxId);
        c.lastRead = ir.integer("lastRead"_L1, 0, Protocol::MaxId);
        c.unread = ir.integer("unread"_L1, 0, Protocol::MaxUnreadCount);
        if (!ir.ok()) {
            r.adopt(*ir.error());
            break;
        }
        m.conversations.append(std::move(c));
    }
    return r.finish(std::move(m));
}

QJsonObject MarkRead::toJson() const
{
    QJsonObject o = typedObject(Type);
    writeTarget(o, room, with);
    o.insert("id"_L1, id);
    return o;
}

Parsed<MarkRead> MarkRead::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    MarkRead m;
    r.roomOrWith(&m.room, &m.with);
    m.id = r.integer("id"_L1, 0, Protocol::MaxId); // 0: asks for the count, moves nothing
    return r.finish(std::move(m));
}

QJsonObject ReadMarker::toJson() const
{
    QJsonObject o = typedObject(Type);
    writeTarget(o, room, with);
    o.insert("id"_L1, id);
    o.insert("unread"_L1, unread);
    if (mentions > 0)
        o.insert("mentions"_L1, mentions);
    return o;
}

Parsed<ReadMarker> ReadMarker::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    ReadMarker m;
    r.roomOrWith(&m.room, &m.with);
    m.id = r.integer("id"_L1, 0, Protocol::MaxId);
    m.unread = r.integer("unread"_L1, 0, Protocol::MaxUnreadCount);
    m.mentions = r.optionalInteger("mentions"_L1, 0, Protocol::MaxUnreadCount).value_or(0);
    return r.finish(std::move(m));
}

QJsonObject Notify::toJson() const
{
    QJsonObject o = typedObject(Type);
    o.insert("room"_L1, room);
    o.insert("level"_L1, level);
    return o;
}

Parsed<Notify> Notify::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    Notify m;
    m.room = r.roomName("room"_L1);
    m.level = r.string("level"_L1, 1, 16);
    if (r.ok() && !isNotifyLevel(m.level))
        r.fail(ErrorCode::OutOfRange, u"'notify': field 'level' must be \"all\", \"mentions\" or \"nothing\""_s);
    return r.finish(std::move(m));
}

QJsonObject ListMentions::toJson() const
{
    QJsonObject o = typedObject(Type);
    if (before)
        o.insert("before"_L1, *before);
    o.insert("limit"_L1, limit);
    return o;
}

Parsed<ListMentions> ListMentions::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    ListMentions m;
    m.before = r.optionalInteger("before"_L1, 1, Protocol::MaxId);
    m.limit = int(r.integer("limit"_L1, 1, Protocol::MaxHistoryLimit));
    return r.finish(std::move(m));
}

QJsonObject MentionList::toJson() const
{
    QJsonObject o = typedObject(Type);
    o.insert("messages"_L1, messagesToJson(messages));
    o.insert("more"_L1, more);
    return o;
}

Parsed<MentionList> MentionList::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    MentionList m;
    m.messages = messagesFromJson<ChatMessage>(r, "messages"_L1);
    m.more = r.boolean("more"_L1);
    return r.finish(std::move(m));
}

QJsonObject ExportRequest::toJson() const
{
    QJsonObject o = typedObject(Type);
    o.insert("after"_L1, after);
    o.insert("limit"_L1, limit);
    return o;
}

Parsed<ExportRequest> ExportRequest::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    ExportRequest m;
    m.after = r.optionalInteger("after"_L1, 0, Protocol::MaxId).value_or(0);
    m.limit = int(r.integer("limit"_L1, 1, Protocol::MaxHistoryLimit));
    return r.finish(std::move(m));
}

QJsonObject ExportPage::toJson() const
{
    QJsonObject o = typedObject(Type);
    o.insert("messages"_L1, messagesToJson(messages));
    o.insert("direct"_L1, messagesToJson(direct));
    o.insert("more"_L1, more);
    return o;
}

Parsed<ExportPage> ExportPage::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    ExportPage m;
    m.messages = messagesFromJson<ChatMessage>(r, "messages"_L1);
    m.direct = messagesFromJson<PrivateMessage>(r, "direct"_L1);
    m.more = r.boolean("more"_L1);
    return r.finish(std::move(m));
}

QJsonObject Search::toJson() const
{
    QJsonObject o = typedObject(Type);
    o.insert("query"_L1, query);
    if (before)
        o.insert("before"_L1, *before);
    o.insert("limit"_L1, limit);
    return o;
}

Parsed<Search> Search::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    Search m;
    m.query = r.text("query"_L1, Protocol::MaxSearchLength);
    m.before = r.optionalInteger("before"_L1, 1, Protocol::MaxId);
    m.limit = int(r.integer("limit"_L1, 1, Protocol::MaxSearchResults));
    return r.finish(std::move(m));
}

QJsonObject SearchResults::toJson() const
{
    QJsonObject o = typedObject(Type);
    o.insert("query"_L1, query);
    QJsonArray a;
    for (const SearchHit &h : hits) {
        QJsonObject item{{"id"_L1, h.id}, {"from"_L1, h.from}, {"ts"_L1, h.ts}, {"snippet"_L1, h.snippet}};
        writeTarget(item, h.room, h.with);
        QJsonArray matches;
        for (const auto &[start, length] : h.matches)
            matches.append(QJsonArray{start, length});
        item.insert("matches"_L1, matches);
        a.append(item);
    }
    o.insert("hits"_L1, a);
    o.insert("more"_L1, more);
    return o;
}

Parsed<SearchResults> SearchResults::fromJson(const QJsonObject &o)
{
    FieldReader r(o, Type);
    SearchResults m;
    m.query = r.string("query"_L1, 0, Protocol::MaxSearchLength);
    const QJsonArray a = r.array("hits"_L1, Protocol::MaxSearchResults);
    for (const QJsonValue &v : a) {
        if (!v.isObject()) {
            r.fail(ErrorCode::WrongType, u"'search_results': field 'hits' must hold objects"_s);
            break;
        }
        const QJsonObject item = v.toObject();
        FieldReader ir(item, Type);
        SearchHit h;
        h.id = ir.integer("id"_L1, 1, Protocol::MaxId);
        ir.roomOrWith(&h.room, &h.with);
        h.from = ir.username("from"_L1);
        h.ts = ir.integer("ts"_L1, 0, Protocol::MaxId);
        h.snippet = ir.string("snippet"_L1, 0, Protocol::MaxTextLength);
        const QJsonArray matches = ir.array("matches"_L1, 64);
        for (const QJsonValue &pair : matches) {
            const QJsonArray p = pair.toArray();
            if (p.size() != 2 || !p[0].isDouble() || !p[1].isDouble() || p[0].toDouble() < 0 || p[1].toDouble() < 1 ||
                p[0].toDouble() + p[1].toDouble() > h.snippet.size()) {
                ir.fail(ErrorCode::OutOfRange, u"'search_results': a match must be [start, length] in its snippet"_s);
                break;
            }
            h.matches.append({qint64(p[0].toDouble()), qint64(p[1].toDouble())});
        }
        if (!ir.ok()) {
            r.adopt(*ir.error());
            break;
        }
        m.hits.append(std::move(h));
    }
    m.more = r.boolean("more"_L1);
    return r.finish(std::move(m));
}

} // namespace Msg
