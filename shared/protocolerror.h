// Errors of the protocol: stable machine-readable codes plus a human message.
#pragma once

#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <optional>

enum class ErrorCode {
    // Decoding: the peer sent something that is not a valid message.
    FrameTooLarge,
    BadJson,
    UnknownType,
    MissingField,
    WrongType,
    OutOfRange,
    // Session order and versions.
    UnsupportedVersion,
    NotAuthenticated,
    AlreadyAuthenticated,
    // Accounts.
    InvalidUsername,
    InvalidPassword,
    UsernameTaken,
    BadCredentials,
    InvalidToken,
    // Rooms and messages.
    InvalidRoom,
    NotInRoom,
    NoSuchUser,
    TooManyRooms,
    // Devices (version 2).
    TooManySessions,
    NoSuchSession,
    NotInvited,
    NoSuchMessage,
    NotAllowed,
    // Files (version 2).
    FileTooLarge,
    QuotaExceeded,
    TooManyUploads,
    NoSuchUpload,
    HashMismatch,
    NoSuchDownload,
    // Limits and the server's state.
    RateLimited,
    TooManyConnections,
    Banned,
    ServerError,
    ShuttingDown,
    TlsRequired,
};

// The code's wire spelling, e.g. "frame_too_large".
QLatin1StringView errorCodeName(ErrorCode code);
// Every code's name, in the order of the enum.
QList<QLatin1StringView> errorCodeNames();
// The code for a wire spelling; nullopt for a spelling this build does not know.
std::optional<ErrorCode> errorCodeFromName(QStringView name);

struct ProtocolError
{
    ErrorCode code;
    QString message;                          // for people; English, untranslated, never containing secrets
    std::optional<qint64> ref = std::nullopt; // the ref of the request that failed, when it had a valid one

    bool operator==(const ProtocolError &) const = default;
};
