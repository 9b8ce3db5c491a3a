// Builds the answer to a `history` request: a page of a room's or a conversation's messages by IRCv3
// CHATHISTORY's selectors, cut to fit one frame.
#pragma once

#include "chatmessages.h"

class MessageStore;

// The history_reply frame for request m from the account userKey (its conversations only are reachable:
// `with` names the other side of one of them), whose id is userId, for a session of this protocol version.
QByteArray historyPageFrame(MessageStore &store, const Msg::HistoryRequest &m, qint64 userId, const QString &userKey,
                            int protocolVersion);
