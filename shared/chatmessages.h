// Messages that carry what people write: to rooms, to one person, acknowledgements and history.
#pragma once

#include "attachment.h"
#include "sessionmessages.h"

#include <QList>
#include <optional>

class FieldReader;
class QJsonArray;

namespace Msg {

// client -> server: a message to a room the session is in. ref is the client's own number for the ack.
struct Say
{
    static constexpr QLatin1StringView Type{"say"};
    QString room;
    QString text;
    qint64 ref = 0;
    bool action = false;                          // "/me waves": shown as an action
    std::optional<qint64> replyTo = std::nullopt; // version 2: the id of the room's message this answers
    std::optional<ShareFile> file = std::nullopt; // version 2: a file shared with it; text: a caption, else its name

    QJsonObject toJson() const;
    static Parsed<Say> fromJson(const QJsonObject &o);
    bool operator==(const Say &) const = default;
};

// Version 2: the message a reply answers, as it is now: its text cut to Protocol::MaxQuoteLength, empty
// when it was deleted.
struct Quote
{
    qint64 id = 0;
    QString from;
    QString text;
    bool deleted = false;
    bool operator==(const Quote &) const = default;
};

// The start of a text as a quote carries it: at most Protocol::MaxQuoteLength UTF-16 code units, never
// half a surrogate pair.
QString quoteText(const QString &text);

// Version 2: one emoji's reactions to a message: how many accounts chose it, and whether the reader did.
struct Reaction
{
    QString emoji;
    qint64 count = 0;
    bool mine = false;
    bool operator==(const Reaction &) const = default;
};

// Version 2: what became of a message since it was sent (edited, deleted, reacted to), and what it answers.
// Empty for a message as it is first sent; a history page gives each message's current state.
struct MessageState
{
    qint64 edited = 0; // when its text last changed (ms since 1970, server clock); 0: never
    bool deleted = false;
    std::optional<Quote> reply = std::nullopt;
    QList<Reaction> reactions = {}; // at most Protocol::MaxReactionKinds, in the order first chosen

    void writeTo(QJsonObject &o) const;
    void readFrom(FieldReader &r);
    bool operator==(const MessageState &) const = default;
};

// server -> client: a message in a room (live, or inside a history reply).
struct ChatMessage
{
    static constexpr QLatin1StringView Type{"chat"};
    qint64 id = 0; // server-assigned, increasing
    QString room;
    QString from;
    QString text;
    qint64 ts = 0; // milliseconds since 1970-01-01 UTC, server clock
    bool action = false;
    QStringList mentions = {}; // version 2: members of the room the text mentions (@name), as registered
    MessageState state = {};   // version 2; a deleted message's text is ""
    std::optional<Attachment> file = std::nullopt; // version 2: the file shared with it (gone once deleted)

    QJsonObject toJson() const;
    static Parsed<ChatMessage> fromJson(const QJsonObject &o);
    bool operator==(const ChatMessage &) const = default;
};

// client -> server: a private message to one user.
struct Whisper
{
    static constexpr QLatin1StringView Type{"whisper"};
    QString to;
    QString text;
    qint64 ref = 0;
    bool action = false;
    std::optional<qint64> replyTo = std::nullopt; // version 2: the id of the conversation's message this answers
    std::optional<ShareFile> file = std::nullopt; // version 2: a file shared with it; text: a caption, else its name

    QJsonObject toJson() const;
    static Parsed<Whisper> fromJson(const QJsonObject &o);
    bool operator==(const Whisper &) const = default;
};

// server -> client: a private message, delivered to its recipient.
struct PrivateMessage
{
    static constexpr QLatin1StringView Type{"private"};
    qint64 id = 0;
    QString from;
    QString to;
    QString text;
    qint64 ts = 0;
    bool action = false;
    MessageState state = {};                       // version 2; a deleted message's text is ""
    std::optional<Attachment> file = std::nullopt; // version 2: the file shared with it (gone once deleted)

    QJsonObject toJson() const;
    static Parsed<PrivateMessage> fromJson(const QJsonObject &o);
    bool operator==(const PrivateMessage &) const = default;
};

// server -> client: the say or whisper with this ref is stored under id.
struct Ack
{
    static constexpr QLatin1StringView Type{"ack"};
    qint64 ref = 0;
    qint64 id = 0;
    qint64 ts = 0;

    QJsonObject toJson() const;
    static Parsed<Ack> fromJson(const QJsonObject &o);
    bool operator==(const Ack &) const = default;
};

// client -> server: a page of a room's (or, version 2, a conversation's) stored messages, by id (IRCv3
// CHATHISTORY's selectors): the latest (neither bound), BEFORE an id, AFTER an id, BETWEEN two (both), or
// AROUND one (alone, the id included).
struct HistoryRequest
{
    static constexpr QLatin1StringView Type{"history"};
    QString room;                 // empty when `with` is given
    std::optional<qint64> before; // only messages with id < before
    std::optional<qint64> after;  // only messages with id > after (catching up after a reconnect)
    int limit = 50;
    std::optional<qint64> around;               // limit/2 messages before this id, the rest from it on
    std::optional<QString> with = std::nullopt; // version 2: the direct conversation with this user instead of a room

    QJsonObject toJson() const;
    static Parsed<HistoryRequest> fromJson(const QJsonObject &o);
    bool operator==(const HistoryRequest &) const = default;
};

// server -> client: messages in ascending id order; more is true when older (or, with after, newer; with
// around, either) ones remain.
struct HistoryReply
{
    static constexpr QLatin1StringView Type{"history_reply"};
    QString room; // empty for a conversation's page
    QList<ChatMessage> messages;
    bool more = false;
    std::optional<QString> with = std::nullopt; // version 2: a conversation's page; its messages are in `direct`
    QList<PrivateMessage> direct = {};          // as private objects, on the wire in "messages"

    QJsonObject toJson() const;
    static Parsed<HistoryReply> fromJson(const QJsonObject &o);
    bool operator==(const HistoryReply &) const = default;
};

// Messages as a JSON array of objects without "type" (history_reply, mention_list), and back, at most
// Protocol::MaxHistoryLimit, each checked.
template <typename M> QJsonArray messagesToJson(const QList<M> &messages);
template <typename M> QList<M> messagesFromJson(FieldReader &r, QLatin1StringView key);

} // namespace Msg
