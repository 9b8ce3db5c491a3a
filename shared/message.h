// Any message of the protocol, and the conversion between messages and frames.
#pragma once

#include "chatmessages.h"
#include "conversationmessages.h"
#include "devicemessages.h"
#include "editmessages.h"
#include "filemessages.h"
#include "roomadminmessages.h"
#include "roommessages.h"
#include "sessionmessages.h"

#include <QByteArray>
#include <variant>

namespace Msg {

using Message =
    std::variant<Hello, Welcome, Register, Login, Resume, AuthOk, UdpKey, Logout, Ping, Pong, ErrorReply, Join, Leave,
                 Joined, Left, ListRooms, RoomList, ListUsers, UserList, PresenceUpdate, Typing, Notice, Say,
                 ChatMessage, Whisper, PrivateMessage, Ack, HistoryRequest, HistoryReply, ListSessions, SessionList,
                 EndSession, ListConversations, ConversationList, MarkRead, ReadMarker, Topic, Invite, Invited, Notify,
                 ListMentions, MentionList, Search, SearchResults, Edit, Delete, React, Edited, Deleted, Reacted,
                 Upload, UploadReady, CancelUpload, Transfer, TransferReady, Uploaded, Download, DownloadReady,
                 ExportRequest, ExportPage>;

// The "type" of whichever message m holds.
QLatin1StringView typeOf(const Message &m);

// Parses one JSON object into the message its "type" names.
Parsed<Message> fromJson(const QJsonObject &o);
// Parses one frame's JSON text (without the newline). Errors: bad_json, unknown_type, and the field errors.
// Any request may carry "ref" (an integer, 0 to Protocol::MaxId): it is put in *ref when valid, and in the
// error when the rest of the message is not; a "ref" of the wrong type or range is itself an error.
Parsed<Message> parse(QByteArrayView json, std::optional<qint64> *ref = nullptr);

// The frame for a message: compact JSON and a newline. Serialise once, write to every recipient.
template <typename T> QByteArray encode(const T &message);
QByteArray encodeMessage(const Message &m);
QByteArray encodeObject(const QJsonObject &o);

template <typename T> QByteArray encode(const T &message)
{
    return encodeObject(message.toJson());
}

// A request with the client's "ref", which the answer to it (an error above all) carries back.
template <typename T> QByteArray encode(const T &message, qint64 ref)
{
    QJsonObject o = message.toJson();
    o.insert(QLatin1StringView("ref"), ref);
    return encodeObject(o);
}

} // namespace Msg
