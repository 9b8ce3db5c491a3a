#include "admincommands.h"

#include "accountremoval.h"
#include "chatserver.h"
#include "consolecommands.h"
#include "names.h"
#include "passwordhasher.h"
#include "protocol.h"
#include "retention.h"
#include "roomstore.h"
#include "serverreload.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTimeZone>
#include <sodium.h>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcAdmin, "chat.server.admin")

QString AdminCommands::helpText()
{
    return ConsoleCommands::helpText() +
           u"\n"
           "  ban user <name> [reason]       end the account's sessions; it may not log in\n"
           "  ban address <addr>[/bits] [reason]  refuse connections from an address or subnet\n"
           "  unban user <name> | unban address <addr>[/bits]\n"
           "  bans                           the bans, newest last\n"
           "  reset-password <name>          a new password, printed once; ends every session\n"
           "  reload                         read the settings and the TLS certificate again\n"
           "  retention <room> <days>|default  keep a room's messages this long (0: for ever)\n"
           "  retention sweep                delete what is past its retention now\n"
           "  create-room <room> [private <owner>]  a room owned by nobody, or a private one\n"
           "                                 (invite only) owned by an account, who invites others\n"
           "  remove-room <room>             its members are told and taken out; its messages go\n"
           "  delete-user <name> [--with-messages]  the account goes (its name stays taken);\n"
           "                                 its messages too when asked"_s;
}

namespace {

// Letters and digits that cannot be mistaken for one another when read out or copied by hand.
constexpr char PasswordAlphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

QString newPassword()
{
    QString password;
    for (int i = 0; i < AdminCommands::ResetPasswordLength; ++i)
        password += QLatin1Char(PasswordAlphabet[randombytes_uniform(sizeof PasswordAlphabet - 1)]);
    return password;
}

} // namespace

AdminCommands::AdminCommands(ChatServer &server, ServerReload &reload, QObject *parent)
    : QObject(parent), m_server(server), m_reload(reload)
{}

void AdminCommands::run(const QString &line, QObject *context, const Done &done)
{
    m_server.storeWaitingMessages();
    const QStringList words = line.simplified().split(u' ', Qt::SkipEmptyParts);
    const QString command = words.value(0).toLower();
    if (command == "help"_L1)
        return done(true, helpText());
    if (command == "ban"_L1)
        return ban(words, words.mid(3).join(u' ').left(Protocol::MaxNoticeLength / 2), done);
    if (command == "unban"_L1)
        return unban(words, done);
    if (command == "bans"_L1)
        return done(true, listBans());
    if (command == "reset-password"_L1) {
        if (words.size() != 2)
            return done(false, u"Usage: reset-password <name>"_s);
        return resetPassword(words[1], context, done);
    }
    if (command == "retention"_L1)
        return retention(words, context, done);
    if (command == "create-room"_L1)
        return createRoom(words, done);
    if (command == "remove-room"_L1)
        return removeRoom(words, done);
    if (command == "delete-user"_L1)
        return deleteUser(words, done);
    if (command == "reload"_L1) {
        const QString report = m_reload.reload();
        return done(!report.startsWith(u"The settings were not reloaded"_s), report);
    }
    const ConsoleCommands::Result result = ConsoleCommands::execute(m_server, line.trimmed()); // logs it
    done(result.ok, result.text == ConsoleCommands::helpText() ? helpText() : result.text);
}

void AdminCommands::ban(const QStringList &words, const QString &reason, const Done &done)
{
    // Never the arguments but what the command did: a reason may name someone, and more people read the log.
    const QString kind = words.value(1).toLower();
    const QString what = words.value(2);
    if ((kind != "user"_L1 && kind != "address"_L1) || what.isEmpty())
        return done(false, u"Usage: ban user <name> [reason], or ban address <address>[/bits] [reason]"_s);
    BanList &bans = m_server.bans();
    if (kind == "user"_L1) {
        const std::optional<UserRecord> user = m_server.database().findUser(what);
        if (!user)
            return done(false, m_server.database().lookupFailed() ? u"The database could not be read; try again."_s
                                                                  : u"There is no account named %1."_s.arg(what));
        if (!bans.add(BanList::Kind::User, Names::canonical(user->name), reason, QDateTime::currentMSecsSinceEpoch()))
            return done(false, u"The ban could not be stored: %1"_s.arg(bans.lastError()));
        const bool wasOnline =
            m_server.kick(user->name, reason.isEmpty() ? u"you are banned"_s : u"you are banned (%1)"_s.arg(reason));
        qCInfo(lcAdmin).noquote() << "banned the account" << user->name;
        return done(true, u"%1 is banned%2."_s.arg(user->name, wasOnline ? u" and was removed"_s : QString()));
    }
    const QString subnet = BanList::normalisedSubnet(what);
    if (subnet.isEmpty())
        return done(false,
                    u"\"%1\" is not an address or subnet, such as 192.0.2.7, 2001:db8::/32 or 10.0.0.0/8."_s.arg(what));
    if (!bans.add(BanList::Kind::Address, subnet, reason, QDateTime::currentMSecsSinceEpoch()))
        return done(false, u"The ban could not be stored: %1"_s.arg(bans.lastError()));
    const int dropped = m_server.dropFrom(QHostAddress::parseSubnet(subnet), u"Your address was banned."_s);
    qCInfo(lcAdmin).noquote() << "banned the addresses" << subnet;
    done(true, u"Connections from %1 are refused from now on; %2 %3 removed."_s.arg(subnet).arg(dropped).arg(
                   dropped == 1 ? u"session was"_s : u"sessions were"_s));
}

void AdminCommands::unban(const QStringList &words, const Done &done)
{
    const QString kind = words.value(1).toLower();
    if ((kind != "user"_L1 && kind != "address"_L1) || words.size() != 3)
        return done(false, u"Usage: unban user <name>, or unban address <address>[/bits]"_s);
    const bool user = kind == "user"_L1;
    const QString value = user ? Names::canonical(words[2]) : BanList::normalisedSubnet(words[2]);
    if (value.isEmpty())
        return done(false, u"\"%1\" is not an address or subnet."_s.arg(words[2]));
    const std::optional<bool> removed =
        m_server.bans().remove(user ? BanList::Kind::User : BanList::Kind::Address, value);
    if (!removed)
        return done(false, u"The ban could not be removed: %1"_s.arg(m_server.bans().lastError()));
    if (!*removed)
        return done(false, u"%1 is not banned."_s.arg(words[2]));
    qCInfo(lcAdmin).noquote() << "lifted the ban on" << kind << value;
    done(true, u"%1 is no longer banned."_s.arg(words[2]));
}

QString AdminCommands::listBans() const
{
    QStringList lines;
    for (const BanList::Ban &b : m_server.bans().all())
        lines << u"%1 %2  since %3%4"_s.arg(
            b.kind == BanList::Kind::User ? u"user"_s : u"address"_s, b.value,
            QDateTime::fromMSecsSinceEpoch(b.createdMs, QTimeZone::UTC).toString(u"yyyy-MM-dd HH:mm 'UTC'"_s),
            b.reason.isEmpty() ? QString() : u"  (%1)"_s.arg(b.reason));
    return lines.isEmpty() ? u"Nobody is banned."_s : lines.join(u'\n');
}

void AdminCommands::retention(const QStringList &words, QObject *context, const Done &done)
{
    Retention &retention = m_server.retention();
    if (words.size() == 2 && words[1] == "sweep"_L1) {
        // One sweep at a time: a second asker hears when the running one ends.
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(&retention, &Retention::sweepFinished, context,
                              [done, connection, &retention](bool ok, qint64 deleted) {
                                  QObject::disconnect(*connection);
                                  const QString what = u"Deleted %1 %2 past their retention."_s.arg(deleted).arg(
                                      deleted == 1 ? u"message"_s : u"messages"_s);
                                  done(ok, ok ? what : what + u" The sweep stopped: %1"_s.arg(retention.lastError()));
                              });
        retention.sweep();
        return;
    }
    if (words.size() != 3)
        return done(false, u"Usage: retention <room> <days>|default (0 keeps for ever), or retention sweep"_s);
    static const QRegularExpression digits(u"^[0-9]{1,5}$"_s);
    const bool byDefault = words[2].toLower() == "default"_L1;
    const int days = digits.match(words[2]).hasMatch() ? words[2].toInt() : -1;
    if (!byDefault && (days < 0 || days > MaxRetentionDays))
        return done(false,
                    u"\"%1\" is not a number of days from 0 (for ever) to %2, nor \"default\"."_s.arg(words[2]).arg(
                        MaxRetentionDays));
    const QString room = Names::canonical(words[1]); // rooms are named in lower case, as the clients send them
    if (!retention.setRoomDays(room, byDefault ? std::nullopt : std::optional<int>(days)))
        return done(false, retention.lastError());
    qCInfo(lcAdmin).noquote() << "set the retention of" << room << "to"
                              << (byDefault ? u"the server's"_s : QString::number(days)) << "days";
    done(true, byDefault   ? u"%1 keeps its messages as the server's retention-days says."_s.arg(room)
               : days == 0 ? u"%1 keeps its messages for ever."_s.arg(room)
                           : u"%1 keeps its messages %2 %3; older ones go at the next sweep."_s.arg(room).arg(days).arg(
                                 days == 1 ? u"day"_s : u"days"_s));
}

void AdminCommands::resetPassword(const QString &name, QObject *context, const Done &done)
{
    const std::optional<UserRecord> user = m_server.database().findUser(name);
    if (!user)
        return done(false, m_server.database().lookupFailed() ? u"The database could not be read; try again."_s
                                                              : u"There is no account named %1."_s.arg(name));
    const QString password = newPassword();
    const qint64 id = user->id;
    const QString account = user->name;
    m_server.hasher().hash(password, context, [this, id, account, password, done](const QByteArray &hash) {
        if (hash.isEmpty() || !m_server.database().resetPassword(id, hash))
            return done(false, u"The password could not be stored: %1"_s.arg(m_server.database().lastError()));
        m_server.kick(account, u"your password was reset; log in with the new one"_s);
        qCInfo(lcAdmin).noquote() << "reset the password of" << account;
        done(true, u"The new password of %1 is: %2\nGive it to them where nobody else reads it. Every session of "
                   "theirs has ended, on every device."_s.arg(account, password));
    });
}

void AdminCommands::createRoom(const QStringList &words, const Done &done)
{
    // A private room needs someone who may let others in: its owner, who invites them.
    const bool isPrivate = words.size() == 4 && words[2].toLower() == "private"_L1;
    if (words.size() != 2 && !isPrivate)
        return done(false, u"Usage: create-room <room> [private <owner>]"_s);
    if (const auto problem = Names::roomNameProblem(words[1]))
        return done(false, *problem);
    std::optional<UserRecord> owner;
    if (isPrivate && !(owner = m_server.database().findUser(words[3])))
        return done(false, m_server.database().lookupFailed() ? u"The database could not be read; try again."_s
                                                              : u"There is no account named %1."_s.arg(words[3]));
    const QString room = Names::canonical(words[1]);
    const std::optional<bool> created = m_server.roomStore().create(room, owner ? owner->id : 0, isPrivate);
    if (!created)
        return done(false, u"The room could not be stored: %1"_s.arg(m_server.roomStore().lastError()));
    if (!*created)
        return done(false, u"There is a room named %1 already."_s.arg(room));
    qCInfo(lcAdmin).noquote() << "created the room" << room;
    done(true, isPrivate
                   ? u"%1 is made: private, owned by %2, who joins it and invites the others."_s.arg(room, owner->name)
                   : u"%1 is made, owned by nobody; anyone may join it."_s.arg(room));
}

void AdminCommands::removeRoom(const QStringList &words, const Done &done)
{
    if (words.size() != 2)
        return done(false, u"Usage: remove-room <room>"_s);
    if (const auto problem = Names::roomNameProblem(words[1]))
        return done(false, *problem);
    const QString room = Names::canonical(words[1]);
    if (room == Protocol::DefaultRoom)
        return done(false, u"The lobby is where everyone starts; it cannot be removed."_s);
    RoomStore &rooms = m_server.roomStore();
    const std::optional<bool> found = rooms.beginRemoval(room);
    if (!found)
        return done(false, u"The room could not be removed: %1"_s.arg(rooms.lastError()));
    if (!*found) {
        const std::optional<RoomRecord> record = rooms.find(room);
        return done(false, record && record->removing ? u"%1 is being removed already."_s.arg(room)
                                                      : u"There is no room named %1."_s.arg(room));
    }
    const int sessions = m_server.closeRoom(room, u"The administrator removed the room %1."_s.arg(room));
    qCInfo(lcAdmin).noquote() << "removed the room" << room;
    m_server.retention().purgeRoom(room, [](bool, qint64) {}); // it logs what it did
    done(true, u"%1 is removed; %2 %3 taken out of it here. Its messages are being deleted in the background; "
               "its name is free again once they are gone."_s.arg(room)
                   .arg(sessions)
                   .arg(sessions == 1 ? u"session was"_s : u"sessions were"_s));
}

void AdminCommands::deleteUser(const QStringList &words, const Done &done)
{
    const bool withMessages = words.size() == 3 && words[2] == "--with-messages"_L1;
    if (words.size() < 2 || words.size() > 3 || (words.size() == 3 && !withMessages))
        return done(false, u"Usage: delete-user <name> [--with-messages]"_s);
    Database &db = m_server.database();
    QString error;
    const std::optional<UserRecord> user = db.findUser(words[1]);
    if (!user && db.lookupFailed())
        return done(false, u"The database could not be read; try again."_s);
    if (!user) {
        // Deleted already: its messages may still be asked for.
        const std::optional<QString> deleted =
            withMessages ? AccountRemoval::markForPurge(db, words[1], &error) : QString();
        if (!deleted)
            return done(false, u"The database could not be changed: %1"_s.arg(error));
        if (deleted->isEmpty())
            return done(false, db.nameTaken(words[1]).value_or(false)
                                   ? u"%1 was deleted already; add --with-messages to delete their messages too."_s.arg(
                                         words[1])
                                   : u"There is no account named %1."_s.arg(words[1]));
        m_server.retention().purgeSender(*deleted, [](bool, qint64) {});
        return done(true,
                    u"%1 was deleted already; their messages are being deleted in the background."_s.arg(*deleted));
    }
    if (!AccountRemoval::run(db, user->id, QDateTime::currentMSecsSinceEpoch(), withMessages, &error))
        return done(false, u"The account could not be deleted: %1"_s.arg(error));
    // After the tokens are gone: a device that reconnects at once cannot resume.
    m_server.kick(user->name, u"your account was deleted"_s);
    qCInfo(lcAdmin).noquote() << "deleted the account" << user->name
                              << (withMessages ? u"with its messages"_s : u"keeping its messages"_s);
    if (withMessages)
        m_server.retention().purgeSender(user->name, [](bool, qint64) {}); // it logs what it did
    done(true, withMessages ? u"%1 is deleted; every session of theirs has ended. Their messages are being deleted in "
                              "the background. The name stays taken."_s.arg(user->name)
                            : u"%1 is deleted; every session of theirs has ended. Their messages stay, under their "
                              "name, which stays taken."_s.arg(user->name));
}
