// One line of a room or conversation as the window shows it: a message, or a line of the window's own.
#pragma once

#include "chatmessages.h"

struct MessageEntry
{
    // Presence: joins, leaves and time-outs (merged when they follow each other, hidden by a setting);
    // Announcement: the server's operator speaking to everyone (broadcast, shutdown).
    enum class Kind { Chat, Own, Private, Notice, Error, Presence, Announcement };
    // Own messages: Pending until the server confirms them (also while disconnected), Failed when refused or lost.
    enum class Status { Done, Pending, Failed };
    Kind kind = Kind::Chat;
    qint64 id = 0; // server id; 0 for local lines
    QString from;
    QString to; // private messages
    QString text;
    qint64 ts = 0;
    bool action = false;
    Status status = Status::Done;
    qint64 ref = 0;                                     // own messages: the say/whisper's ref
    bool mentionsMe = false;                            // someone else's message that mentions the user (@name)
    Msg::MessageState state = {};                       // edited, deleted, the quote it answers, reactions
    std::optional<Msg::Attachment> file = std::nullopt; // the file shared with it

    // A room's message as the user named me sees it: their own, or someone's (mentioning them or not).
    static MessageEntry fromChat(const Msg::ChatMessage &m, const QString &me);
    static MessageEntry fromPrivate(const Msg::PrivateMessage &m);
    // A line of the window's own (a notice, an error, an announcement), at ts (wall time, ms), or now.
    static MessageEntry local(Kind kind, const QString &text, qint64 ts = 0);
};
