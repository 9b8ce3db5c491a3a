#include "slashcommand.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

SlashCommand SlashCommand::parse(const QString &line)
{
    SlashCommand c;
    const QString trimmed = line.trimmed();
    if (!trimmed.startsWith(u'/')) {
        c.argument = line;
        return c;
    }
    if (trimmed.startsWith("//"_L1)) { // a message that starts with a slash
        c.argument = trimmed.mid(1);
        return c;
    }
    const qsizetype space = trimmed.indexOf(u' ');
    const QString name = trimmed.mid(1, space < 0 ? -1 : space - 1).toLower();
    const QString rest = space < 0 ? QString() : trimmed.mid(space + 1).trimmed();
    c.argument = rest;
    if (name == "help"_L1 || name == "?"_L1)
        c.kind = Kind::Help;
    else if (name == "clear"_L1)
        c.kind = Kind::Clear;
    else if (name == "exit"_L1 || name == "quit"_L1)
        c.kind = Kind::Exit;
    else if (name == "users"_L1 || name == "who"_L1)
        c.kind = Kind::Users;
    else if (name == "rooms"_L1 || name == "list"_L1)
        c.kind = Kind::Rooms;
    else if (name == "devices"_L1 || name == "sessions"_L1)
        c.kind = Kind::Devices;
    else if (name == "topic"_L1)
        c.kind = Kind::Topic;
    else if (name == "invite"_L1)
        c.kind = rest.isEmpty() || rest.contains(u' ') ? Kind::Usage : Kind::Invite;
    else if (name == "notify"_L1)
        c.kind = rest == "all"_L1 || rest == "mentions"_L1 || rest == "nothing"_L1 ? Kind::Notify : Kind::Usage;
    else if (name == "mentions"_L1)
        c.kind = Kind::Mentions;
    else if (name == "export"_L1)
        c.kind = Kind::Export;
    else if (name == "private"_L1)
        c.kind = rest.isEmpty() || rest.contains(u' ') ? Kind::Usage : Kind::Private;
    else if (name == "join"_L1)
        c.kind = rest.isEmpty() || rest.contains(u' ') ? Kind::Usage : Kind::Join;
    else if (name == "leave"_L1 || name == "part"_L1)
        c.kind = Kind::Leave;
    else if (name == "me"_L1)
        c.kind = rest.isEmpty() ? Kind::Usage : Kind::Me;
    else if (name == "msg"_L1 || name == "whisper"_L1 || name == "w"_L1) {
        // "/msg bob" opens the conversation; "/msg bob hello" also sends.
        const qsizetype gap = rest.indexOf(u' ');
        if (rest.isEmpty()) {
            c.kind = Kind::Usage;
        } else {
            c.kind = Kind::Msg;
            c.argument = gap < 0 ? rest : rest.left(gap);
            c.text = gap < 0 ? QString() : rest.mid(gap + 1).trimmed();
        }
    } else {
        c.kind = Kind::Unknown;
        c.argument = name;
        return c;
    }
    if (c.kind == Kind::Usage)
        c.argument = name;
    return c;
}

QString SlashCommand::usage(Kind kind)
{
    switch (kind) {
    case Kind::Join:
        return QCoreApplication::translate("SlashCommand", "/join <room>");
    case Kind::Msg:
        return QCoreApplication::translate("SlashCommand", "/msg <user> [text]");
    case Kind::Me:
        return QCoreApplication::translate("SlashCommand", "/me <action>");
    case Kind::Invite:
        return QCoreApplication::translate("SlashCommand", "/invite <user>");
    case Kind::Private:
        return QCoreApplication::translate("SlashCommand", "/private <room>");
    case Kind::Notify:
        return QCoreApplication::translate("SlashCommand", "/notify all|mentions|nothing");
    default:
        return {};
    }
}
