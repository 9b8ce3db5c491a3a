// Parses what the user typed into the input line: a message, or one of the slash commands.
#pragma once

#include <QString>

struct SlashCommand
{
    enum class Kind {
        Message,
        Help,
        Clear,
        Exit,
        Users,
        Join,
        Leave,
        Msg,
        Me,
        Rooms,
        Devices,
        Topic,   // argument: the new topic; empty: show it
        Invite,  // argument: the user
        Private, // argument: the room
        Notify,  // argument: all, mentions or nothing
        Mentions,
        Export, // argument: the file (empty: ask for one)
        Unknown,
        Usage
    };
    Kind kind = Kind::Message;
    QString argument; // the room, the user, or the message text
    QString text;     // /msg: the text (empty: only open the conversation)

    // "/join dev" -> Join "dev"; "hello" -> Message; "/join" -> Usage; "/fly" -> Unknown; "//x" -> Message "/x".
    static SlashCommand parse(const QString &line);
    // The usage line for a command name ("join" -> "/join <room>").
    static QString usage(Kind kind);
};
