#include "editrequests.h"

#include "clientsession.h"
#include "clusterbus.h"
#include "filerequests.h"
#include "message.h"
#include "messagestore.h"
#include "names.h"
#include "onlineaccounts.h"
#include "roomregistry.h"
#include "roomstore.h"
#include "serverstats.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

EditRequests::EditRequests(MessageStore &messages, RoomStore &roomStore, RoomRegistry &rooms, OnlineAccounts &online,
                           ServerStats &stats, FileRequests &files)
    : m_store(messages.states()), m_messages(messages), m_roomStore(roomStore), m_rooms(rooms), m_online(online),
      m_stats(stats), m_files(files), m_rate(online, stats)
{}

std::optional<MessageRow> EditRequests::visibleMessage(ClientSession *s, qint64 id)
{
    std::optional<MessageRow> row = m_store.find(id);
    const bool visible = row && (row->room.isEmpty() ? row->isBetween(s->userKey()) : s->rooms().contains(row->room));
    if (!visible || row->deleted) {
        s->sendMessage(Msg::ErrorReply(ErrorCode::NoSuchMessage,
                                       visible ? u"Message %1 was deleted."_s.arg(id)
                                               : u"There is no message %1 in your rooms and conversations."_s.arg(id)));
        return std::nullopt;
    }
    return row;
}

Msg::MessagePlace EditRequests::placeOf(const MessageRow &row)
{
    if (row.room.isEmpty())
        return Msg::MessagePlace{row.id, std::nullopt, row.sender, row.recipient};
    return Msg::MessagePlace{row.id, row.room, row.sender, std::nullopt};
}

void EditRequests::tellReaders(const MessageRow &row, const QByteArray &frame)
{
    QList<ClientSession *> readers;
    if (!row.room.isEmpty()) {
        readers = m_rooms.members(row.room); // a copy: sending may close a session
    } else {
        for (const QString &account : row.dmKey.split(u' '))
            readers += m_online.sessionsOf(account);
    }
    for (ClientSession *reader : std::as_const(readers)) {
        if (reader->protocolVersion() >= 2)
            reader->send(frame);
    }
    if (!m_cluster)
        return;
    if (!row.room.isEmpty()) {
        m_cluster->roomEvent(row.room, frame, 2);
    } else {
        for (const QString &account : row.dmKey.split(u' '))
            m_cluster->accountEvent(account, frame, 2);
    }
}

void EditRequests::handle(ClientSession *s, const Msg::Edit &m)
{
    if (!s->requireActive() || !m_rate.allow(s, s->requestRef()))
        return;
    const std::optional<MessageRow> row = visibleMessage(s, m.id);
    if (!row)
        return;
    if (Names::canonical(row->sender) != s->userKey()) {
        s->sendMessage(Msg::ErrorReply(ErrorCode::NotAllowed, u"You can edit only your own messages."_s));
        return;
    }
    MessageStore::Mentioned mentioned;
    if (!row->room.isEmpty())
        mentioned = m_messages.mentionedIn(row->room, m.text, s->userId());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!m_store.edit(row->id, m.text, now, mentioned.ids)) {
        ++m_stats.storageErrors;
        s->sendMessage(Msg::ErrorReply(ErrorCode::ServerError, u"The server could not store your edit; try again."_s));
        return;
    }
    tellReaders(*row, Msg::encode(Msg::Edited{placeOf(*row), m.text, now, mentioned.names}));
}

bool EditRequests::remove(const MessageRow &row, const QString &by)
{
    const std::optional<SharedFile> file = m_messages.files().find(row.id);
    if (!m_store.remove(row.id)) {
        ++m_stats.storageErrors;
        return false;
    }
    if (file) // the message took its file with it: the bytes go unless something else refers to them
        m_files.released(*file);
    tellReaders(row, Msg::encode(Msg::Deleted{placeOf(row), by}));
    return true;
}

void EditRequests::handle(ClientSession *s, const Msg::Delete &m)
{
    if (!s->requireActive() || !m_rate.allow(s, s->requestRef()))
        return;
    const std::optional<MessageRow> row = visibleMessage(s, m.id);
    if (!row)
        return;
    // Its author, or the owner of the room it is in (whoever created the room).
    bool allowed = Names::canonical(row->sender) == s->userKey();
    if (!allowed && !row->room.isEmpty()) {
        const std::optional<RoomRecord> room = m_roomStore.find(row->room);
        allowed = room && room->ownerId != 0 && room->ownerId == s->userId();
    }
    if (!allowed) {
        s->sendMessage(Msg::ErrorReply(ErrorCode::NotAllowed,
                                       u"You can delete only your own messages, or any in a room you created."_s));
        return;
    }
    if (!remove(*row, s->username()))
        s->sendMessage(
            Msg::ErrorReply(ErrorCode::ServerError, u"The server could not delete the message; try again."_s));
}

void EditRequests::handle(ClientSession *s, const Msg::React &m)
{
    if (!s->requireActive() || !m_rate.allow(s, s->requestRef()))
        return;
    const std::optional<MessageRow> row = visibleMessage(s, m.id);
    if (!row)
        return;
    qint64 count = 0;
    switch (m_store.react(row->id, s->userId(), m.emoji, m.on, QDateTime::currentMSecsSinceEpoch(), &count)) {
    case EditStore::ReactResult::Failed:
        ++m_stats.storageErrors;
        s->sendMessage(Msg::ErrorReply(ErrorCode::ServerError, u"The server could not store your reaction."_s));
        return;
    case EditStore::ReactResult::TooManyKinds:
        s->sendMessage(Msg::ErrorReply(
            ErrorCode::OutOfRange,
            u"Message %1 has %2 different reactions, the most allowed; choose one of those."_s.arg(row->id).arg(
                Protocol::MaxReactionKinds)));
        return;
    case EditStore::ReactResult::Unchanged:
        // Nothing changed for the others; this device alone hears how things stand.
        s->sendMessage(Msg::Reacted{placeOf(*row), m.emoji, s->username(), m.on, count});
        return;
    case EditStore::ReactResult::Changed:
        tellReaders(*row, Msg::encode(Msg::Reacted{placeOf(*row), m.emoji, s->username(), m.on, count}));
        return;
    }
}

QString EditRequests::deleteAsOperator(qint64 id)
{
    const std::optional<MessageRow> row = m_store.find(id);
    if (!row)
        return u"There is no message %1."_s.arg(id);
    if (row->deleted)
        return u"Message %1 was deleted already."_s.arg(id);
    if (!remove(*row, QString()))
        return u"Message %1 could not be deleted: %2"_s.arg(id).arg(m_store.lastError());
    return row->room.isEmpty() ? u"Deleted message %1 between %2 and %3."_s.arg(id).arg(row->sender, row->recipient)
                               : u"Deleted message %1 by %2 in %3."_s.arg(id).arg(row->sender, row->room);
}
