// The wire protocol's constants and limits: one place, documented in docs/PROTOCOL.md.
#pragma once

#include <QLatin1StringView>
#include <QtGlobal>
#include <chrono>

namespace Protocol {

using namespace std::chrono_literals;

// Versions this build speaks. A hello outside [MinVersion, Version] gets "unsupported_version".
inline constexpr int Version = 2;
inline constexpr int MinVersion = 1;

// One TCP frame (the JSON text, without its newline). Larger frames close the connection.
inline constexpr qsizetype MaxFrameBytes = 64 * 1024;
// One UDP datagram, header and tag included; larger ones are dropped.
inline constexpr qsizetype MaxDatagramBytes = 1200;

inline constexpr int MinUsernameLength = 2;
inline constexpr int MaxUsernameLength = 32;
inline constexpr int MinPasswordLength = 8;
inline constexpr int MaxPasswordLength = 256;
inline constexpr int MinRoomNameLength = 1;
inline constexpr int MaxRoomNameLength = 32;
inline constexpr int MaxTextLength = 4000;         // characters (UTF-16 code units) of one chat message
inline constexpr int MaxNoticeLength = 1000;       // characters of an admin broadcast or error message
inline constexpr int MaxTopicLength = 300;         // characters of a room's topic
inline constexpr int MaxMentions = 20;             // users one message can mention
inline constexpr int MaxSearchLength = 200;        // characters of a search query
inline constexpr int MaxSearchResults = 50;        // hits in one search reply
inline constexpr int MaxQuoteLength = 200;         // characters of a reply's quote of the message it answers
inline constexpr int MaxReactionLength = 16;       // characters (UTF-16 code units) of one reaction's emoji
inline constexpr int MaxReactionKinds = 20;        // different emoji on one message
inline constexpr int MaxClientNameLength = 64;     // the hello's free-form client name
inline constexpr int MaxTokenLength = 128;         // a resume token's characters
inline constexpr int MaxDeviceNameLength = 64;     // a device's name, chosen by its user
inline constexpr int MaxSessionListEntries = 100;  // entries in a session list
inline constexpr int MaxConversationEntries = 500; // entries in a conversation list (the newest first)
// Unread counts stop at this: a client shows "999+" rather than the server counting a million rows.
inline constexpr qint64 MaxUnreadCount = 1000;
inline constexpr int MaxListEntries = 10000;         // entries in a user or room list
inline constexpr qint64 MaxTotalCount = 100'000'000; // a list's "total" when it was cut to fit a frame
// A user list stops before its JSON passes this many bytes, so its frame stays under MaxFrameBytes.
inline constexpr int UserListBudgetBytes = 60 * 1024;
inline constexpr qint64 MaxFileBytes = qint64(1) << 40; // what an upload may announce (servers set less)
inline constexpr int MaxFileNameLength = 255;           // characters of a file's name as its sender gave it
inline constexpr int MaxMimeLength = 127;               // characters of a MIME type
inline constexpr int MaxHistoryLimit = 200;             // messages in one history reply
inline constexpr qint64 MaxId = (qint64(1) << 53) - 1;  // ids, refs and timestamps fit a JSON double exactly

inline constexpr auto DefaultHeartbeatInterval = 10s;
inline constexpr auto DefaultHeartbeatTimeout = 30s;
inline constexpr auto TypingTtl = 6s; // a typing indicator expires unless refreshed
// A download_ready's key opens transfer connections for this long (ask again for a new one after).
inline constexpr auto DownloadKeyLifetime = 10min;

inline constexpr QLatin1StringView DefaultRoom{"lobby"};
inline constexpr quint16 DefaultTcpPort = 5000;
inline constexpr quint16 DefaultUdpPort = 5001;

} // namespace Protocol
