// Messages that change messages already sent (version 2): edits, deletions and reactions, and the events
// that tell everyone who can see the message.
#pragma once

#include "sessionmessages.h"

#include <QStringList>
#include <optional>

class FieldReader;

namespace Msg {

// Where a changed message is, as its events name it: a room's (room), or a conversation's (from and to, as
// in `private`). from is the message's author either way.
struct MessagePlace
{
    qint64 id = 0;
    std::optional<QString> room;
    QString from;
    std::optional<QString> to;

    void writeTo(QJsonObject &o) const;
    void readFrom(FieldReader &r);
    bool operator==(const MessagePlace &) const = default;
};

// client -> server: replace the text of one's own message.
struct Edit
{
    static constexpr QLatin1StringView Type{"edit"};
    qint64 id = 0;
    QString text;
    QJsonObject toJson() const;
    static Parsed<Edit> fromJson(const QJsonObject &o);
    bool operator==(const Edit &) const = default;
};

// client -> server: delete a message: one's own, or, for a room's owner, anyone's in that room.
struct Delete
{
    static constexpr QLatin1StringView Type{"delete"};
    qint64 id = 0;
    QJsonObject toJson() const;
    static Parsed<Delete> fromJson(const QJsonObject &o);
    bool operator==(const Delete &) const = default;
};

// client -> server: add (on) or take back one's reaction with an emoji to a message.
struct React
{
    static constexpr QLatin1StringView Type{"react"};
    qint64 id = 0;
    QString emoji;
    bool on = true;
    QJsonObject toJson() const;
    static Parsed<React> fromJson(const QJsonObject &o);
    bool operator==(const React &) const = default;
};

// server -> client: a message's text changed; mentions as in `chat`.
struct Edited
{
    static constexpr QLatin1StringView Type{"edited"};
    MessagePlace place;
    QString text;
    qint64 edited = 0; // when (ms since 1970, server clock)
    QStringList mentions = {};
    QJsonObject toJson() const;
    static Parsed<Edited> fromJson(const QJsonObject &o);
    bool operator==(const Edited &) const = default;
};

// server -> client: a message was deleted (its text, mentions and reactions are gone) by `by`: its author,
// the room's owner, or the server's operator ("").
struct Deleted
{
    static constexpr QLatin1StringView Type{"deleted"};
    MessagePlace place;
    QString by;
    QJsonObject toJson() const;
    static Parsed<Deleted> fromJson(const QJsonObject &o);
    bool operator==(const Deleted &) const = default;
};

// server -> client: `user` added (on) or took back a reaction; count is how many accounts now have it.
struct Reacted
{
    static constexpr QLatin1StringView Type{"reaction"};
    MessagePlace place;
    QString emoji;
    QString user;
    bool on = true;
    qint64 count = 0;
    QJsonObject toJson() const;
    static Parsed<Reacted> fromJson(const QJsonObject &o);
    bool operator==(const Reacted &) const = default;
};

} // namespace Msg
