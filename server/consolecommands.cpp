#include "consolecommands.h"
#include "monotonicclock.h"

#include "chatserver.h"
#include "clientsession.h"
#include "protocol.h"
#include "roomstore.h"

#include <QLoggingCategory>
#include <cstdio>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcConsole, "chat.server.console")

namespace {
// A console line longer than this is not a command anyone typed.
constexpr qsizetype MaxLineBytes = 4096;

} // namespace

QString ConsoleCommands::helpText()
{
    return u"Commands:\n"
           "  help                    this list\n"
           "  users                   who is online, from where, in which rooms\n"
           "  rooms                   the rooms and how many are in each\n"
           "  stats                   network statistics, CPU time and memory\n"
           "  broadcast <message>     a notice to everyone online\n"
           "  kick <user> [reason]    end a user's session\n"
           "  delete <message id>     delete anyone's message (its readers see it deleted)\n"
           "  shutdown [reason]       tell everyone, close connections and stop"_s;
}

ConsoleCommands::ConsoleCommands(ChatServer &server, QObject *parent)
    : QObject(parent), m_server(server), m_notifier(STDIN_FILENO, QSocketNotifier::Read, this)
{
    connect(&m_notifier, &QSocketNotifier::activated, this, &ConsoleCommands::onReadable);
}

void ConsoleCommands::onReadable()
{
    char buf[4096];
    const ssize_t n = ::read(STDIN_FILENO, buf, sizeof buf);
    if (n <= 0) {
        // End of input (run as a service, or the terminal went away): keep serving, stop listening here.
        m_notifier.setEnabled(false);
        qCInfo(lcConsole) << "standard input closed; the console is off";
        return;
    }
    m_buffer.append(buf, n);
    qsizetype nl;
    while ((nl = m_buffer.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_buffer.left(nl)).trimmed();
        m_buffer.remove(0, nl + 1);
        if (line.isEmpty())
            continue;
        const QString out = execute(m_server, line).text;
        if (!out.isEmpty()) {
            std::fprintf(stdout, "%s\n", qPrintable(out));
            std::fflush(stdout);
        }
    }
    if (m_buffer.size() > MaxLineBytes)
        m_buffer.clear();
}

ConsoleCommands::Result ConsoleCommands::execute(ChatServer &server, const QString &line)
{
    const qsizetype space = line.indexOf(u' ');
    const QString command = line.left(space < 0 ? line.size() : space).toLower();
    const QString rest = space < 0 ? QString() : line.mid(space + 1).trimmed();
    qCInfo(lcConsole) << "console command:" << command;
    server.storeWaitingMessages();
    if (command == "help"_L1)
        return {true, helpText()};
    if (command == "users"_L1)
        return {true, describeUsers(server)};
    if (command == "rooms"_L1)
        return {true, describeRooms(server)};
    if (command == "stats"_L1) {
        QString report = server.statsSnapshot().report();
        if (server.peerCount() > 0)
            report +=
                u"\ncluster: this node and %1 other %2; %3 accounts online on the others"_s.arg(server.peerCount())
                    .arg(server.peerCount() == 1 ? u"node"_s : u"nodes"_s)
                    .arg(server.onlineElsewhere().size());
        return {true, report};
    }
    if (command == "broadcast"_L1) {
        if (rest.isEmpty())
            return {false, u"Usage: broadcast <message>"_s};
        if (rest.size() > Protocol::MaxNoticeLength)
            return {false, u"A broadcast has at most %1 characters."_s.arg(Protocol::MaxNoticeLength)};
        server.broadcastNotice(rest);
        return {true, u"Sent."_s};
    }
    if (command == "kick"_L1) {
        const QString user = rest.section(u' ', 0, 0);
        if (user.isEmpty())
            return {false, u"Usage: kick <user> [reason]"_s};
        if (server.kick(user, rest.section(u' ', 1).trimmed().left(Protocol::MaxNoticeLength / 2)))
            return {true, u"%1 was removed."_s.arg(user)};
        return {false, u"%1 is not online."_s.arg(user)};
    }
    if (command == "delete"_L1) {
        bool ok = false;
        const qint64 id = rest.toLongLong(&ok);
        if (!ok || id < 1 || id > Protocol::MaxId)
            return {false, u"Usage: delete <message id>, the number a client shows for the message."_s};
        return {true, server.deleteMessage(id)};
    }
    if (command == "shutdown"_L1 || command == "quit"_L1 || command == "exit"_L1) {
        server.shutdown(rest.isEmpty() ? QString() : rest.left(Protocol::MaxNoticeLength), u"the console"_s);
        return {true, u"Shutting down."_s};
    }
    return {false, u"Unknown command '%1'. Type 'help' for the list."_s.arg(command)};
}

QString ConsoleCommands::describeUsers(const ChatServer &server)
{
    const qint64 now = MonotonicClock::nowMs();
    QStringList lines;
    for (const ClientSession *s : server.onlineSessions()) {
        lines << u"%1  %2  rooms: %3  messages: %4  udp: %5"_s
                     .arg(s->username(), s->connection()->peerDescription(), s->sortedRooms().join(u", "_s))
                     .arg(s->messagesSent())
                     .arg(s->udpProven(now) ? u"yes"_s : u"no"_s);
    }
    std::sort(lines.begin(), lines.end());
    QString out = lines.isEmpty() ? u"Nobody is online."_s : u"%1 online:\n"_s.arg(lines.size()) + lines.join(u'\n');
    if (server.peerCount() > 0) {
        QStringList elsewhere = server.onlineElsewhere();
        elsewhere.sort(Qt::CaseInsensitive);
        out += u"\nOn %1 other %2: %3 online%4"_s.arg(server.peerCount())
                   .arg(server.peerCount() == 1 ? u"node"_s : u"nodes"_s)
                   .arg(elsewhere.size())
                   .arg(elsewhere.isEmpty() ? u"."_s : u": "_s + elsewhere.join(u", "_s));
    }
    return out;
}

QString ConsoleCommands::describeRooms(ChatServer &server)
{
    QHash<QString, int> online;
    for (const Msg::RoomInfo &r : server.roomList())
        online.insert(r.name, r.members);
    const auto rooms = server.roomStore().overview();
    if (!rooms)
        return u"The rooms could not be read: %1"_s.arg(server.roomStore().lastError());
    QStringList lines;
    for (const RoomStore::Overview &r : *rooms) {
        QString line = u"%1  %2 %3, %4 online"_s.arg(r.name)
                           .arg(r.members)
                           .arg(r.members == 1 ? u"member"_s : u"members"_s)
                           .arg(online.value(r.name));
        if (r.isPrivate)
            line += u", private"_s;
        if (r.removing)
            line += u", being removed"_s;
        lines << line;
    }
    return lines.join(u'\n');
}
