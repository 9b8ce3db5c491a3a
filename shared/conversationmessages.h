// Messages about conversations and read positions (version 2): the account's direct-message conversations,
// and how far it has read in each room and conversation.
#pragma once

#include "chatmessages.h"
#include "sessionmessages.h"

#include <QList>
#include <optional>

namespace Msg {

// One direct-message conversation of the account: with whom, its newest message, and what is unread.
struct ConversationInfo
{
    QString with;        // the other account's name
    qint64 lastId = 0;   // the newest message's id
    qint64 lastTs = 0;   // and when it was sent
    qint64 lastRead = 0; // the account's read position (0: nothing read)
    qint64 unread = 0;   // messages from the other account after lastRead (at most Protocol::MaxUnreadCount)
    bool operator==(const ConversationInfo &) const = default;
};

// client -> server; answered with conversation_list.
struct ListConversations
{
    static constexpr QLatin1StringView Type{"list_conversations"};
    QJsonObject toJson() const;
    static Parsed<ListConversations> fromJson(const QJsonObject &o);
    bool operator==(const ListConversations &) const = default;
};

// server -> client: the account's conversations, the most recent first (at most
// Protocol::MaxConversationEntries). Also sent unasked after auth_ok.
struct ConversationList
{
    static constexpr QLatin1StringView Type{"conversation_list"};
    QList<ConversationInfo> conversations;
    QJsonObject toJson() const;
    static Parsed<ConversationList> fromJson(const QJsonObject &o);
    bool operator==(const ConversationList &) const = default;
};

// client -> server: the user has seen the messages of a room (or a conversation) up to id. The position only
// moves forward; an id below it is ignored. Answered (on every session of the account) with read_marker.
struct MarkRead
{
    static constexpr QLatin1StringView Type{"read"};
    std::optional<QString> room; // exactly one of room and with
    std::optional<QString> with;
    qint64 id = 0;
    QJsonObject toJson() const;
    static Parsed<MarkRead> fromJson(const QJsonObject &o);
    bool operator==(const MarkRead &) const = default;
};

// server -> client: the account's read position in a room or conversation moved (on this device or another).
struct ReadMarker
{
    static constexpr QLatin1StringView Type{"read_marker"};
    std::optional<QString> room; // exactly one of room and with
    std::optional<QString> with;
    qint64 id = 0;       // the last message read
    qint64 unread = 0;   // messages from others after it (at most Protocol::MaxUnreadCount)
    qint64 mentions = 0; // of those, the ones that mention the account (rooms only)
    QJsonObject toJson() const;
    static Parsed<ReadMarker> fromJson(const QJsonObject &o);
    bool operator==(const ReadMarker &) const = default;
};

// Both ways. client -> server: when the account's devices notify for a room it is in ("all", "mentions",
// "nothing"). server -> client: the level changed (on every device of the account).
struct Notify
{
    static constexpr QLatin1StringView Type{"notify"};
    QString room;
    QString level;
    QJsonObject toJson() const;
    static Parsed<Notify> fromJson(const QJsonObject &o);
    bool operator==(const Notify &) const = default;
};

// client -> server: the messages that mention the account in the rooms it is in, the newest first; a page
// of `limit` older than `before` (absent: the newest). Answered with mention_list.
struct ListMentions
{
    static constexpr QLatin1StringView Type{"list_mentions"};
    std::optional<qint64> before = std::nullopt;
    int limit = 50;
    QJsonObject toJson() const;
    static Parsed<ListMentions> fromJson(const QJsonObject &o);
    bool operator==(const ListMentions &) const = default;
};

struct MentionList
{
    static constexpr QLatin1StringView Type{"mention_list"};
    QList<ChatMessage> messages; // newest first
    bool more = false;           // older ones remain
    QJsonObject toJson() const;
    static Parsed<MentionList> fromJson(const QJsonObject &o);
    bool operator==(const MentionList &) const = default;
};

// client -> server (version 2): a page of the messages the account sent (in rooms, its own or left since,
// and in conversations), to export them: the oldest `limit` with ids above `after`. Answered with export_page.
struct ExportRequest
{
    static constexpr QLatin1StringView Type{"export"};
    qint64 after = 0;
    int limit = 200;
    QJsonObject toJson() const;
    static Parsed<ExportRequest> fromJson(const QJsonObject &o);
    bool operator==(const ExportRequest &) const = default;
};

// server -> client: the page, in ascending ids: room messages in `messages` (chat objects) and direct ones in
// `direct` (private objects); ask again with `after` = the largest id of both while `more`. Deleted messages
// are left out.
struct ExportPage
{
    static constexpr QLatin1StringView Type{"export_page"};
    QList<ChatMessage> messages;
    QList<PrivateMessage> direct = {};
    bool more = false;
    QJsonObject toJson() const;
    static Parsed<ExportPage> fromJson(const QJsonObject &o);
    bool operator==(const ExportPage &) const = default;
};

// client -> server (version 2): messages the account may read (its rooms and conversations) that match a
// query: words (each also as a prefix, accents ignored) and filters from:NAME, in:ROOM or in:@NAME,
// before:YYYY-MM-DD, after:YYYY-MM-DD. The newest first; a page older than `before` (a message id).
struct Search
{
    static constexpr QLatin1StringView Type{"search"};
    QString query; // 1 to Protocol::MaxSearchLength characters
    std::optional<qint64> before = std::nullopt;
    int limit = 20; // 1 to Protocol::MaxSearchResults
    QJsonObject toJson() const;
    static Parsed<Search> fromJson(const QJsonObject &o);
    bool operator==(const Search &) const = default;
};

struct SearchHit
{
    qint64 id = 0;
    std::optional<QString> room; // a room's message
    std::optional<QString> with; // a conversation's: the other account
    QString from;
    qint64 ts = 0;
    QString snippet;                          // plain text around the matches ("…" where cut)
    QList<std::pair<qint64, qint64>> matches; // in the snippet: [start, length] in UTF-16 code units
    bool operator==(const SearchHit &) const = default;
};

// server -> client: the hits, the newest first; more: older ones remain (ask with before = the last id).
struct SearchResults
{
    static constexpr QLatin1StringView Type{"search_results"};
    QString query;
    QList<SearchHit> hits;
    bool more = false;
    QJsonObject toJson() const;
    static Parsed<SearchResults> fromJson(const QJsonObject &o);
    bool operator==(const SearchResults &) const = default;
};

} // namespace Msg
