#include "protocolerror.h"

#include <array>
#include <utility>

namespace {

constexpr std::array<std::pair<ErrorCode, QLatin1StringView>, 35> CodeNames{{
    {ErrorCode::FrameTooLarge, QLatin1StringView("frame_too_large")},
    {ErrorCode::BadJson, QLatin1StringView("bad_json")},
    {ErrorCode::UnknownType, QLatin1StringView("unknown_type")},
    {ErrorCode::MissingField, QLatin1StringView("missing_field")},
    {ErrorCode::WrongType, QLatin1StringView("wrong_type")},
    {ErrorCode::OutOfRange, QLatin1StringView("out_of_range")},
    {ErrorCode::UnsupportedVersion, QLatin1StringView("unsupported_version")},
    {ErrorCode::NotAuthenticated, QLatin1StringView("not_authenticated")},
    {ErrorCode::AlreadyAuthenticated, QLatin1StringView("already_authenticated")},
    {ErrorCode::InvalidUsername, QLatin1StringView("invalid_username")},
    {ErrorCode::InvalidPassword, QLatin1StringView("invalid_password")},
    {ErrorCode::UsernameTaken, QLatin1StringView("username_taken")},
    {ErrorCode::BadCredentials, QLatin1StringView("bad_credentials")},
    {ErrorCode::InvalidToken, QLatin1StringView("invalid_token")},
    {ErrorCode::InvalidRoom, QLatin1StringView("invalid_room")},
    {ErrorCode::NotInRoom, QLatin1StringView("not_in_room")},
    {ErrorCode::NoSuchUser, QLatin1StringView("no_such_user")},
    {ErrorCode::TooManyRooms, QLatin1StringView("too_many_rooms")},
    {ErrorCode::TooManySessions, QLatin1StringView("too_many_sessions")},
    {ErrorCode::NoSuchSession, QLatin1StringView("no_such_session")},
    {ErrorCode::NotInvited, QLatin1StringView("not_invited")},
    {ErrorCode::NoSuchMessage, QLatin1StringView("no_such_message")},
    {ErrorCode::NotAllowed, QLatin1StringView("not_allowed")},
    {ErrorCode::FileTooLarge, QLatin1StringView("file_too_large")},
    {ErrorCode::QuotaExceeded, QLatin1StringView("quota_exceeded")},
    {ErrorCode::TooManyUploads, QLatin1StringView("too_many_uploads")},
    {ErrorCode::NoSuchUpload, QLatin1StringView("no_such_upload")},
    {ErrorCode::HashMismatch, QLatin1StringView("hash_mismatch")},
    {ErrorCode::NoSuchDownload, QLatin1StringView("no_such_download")},
    {ErrorCode::RateLimited, QLatin1StringView("rate_limited")},
    {ErrorCode::TooManyConnections, QLatin1StringView("too_many_connections")},
    {ErrorCode::Banned, QLatin1StringView("banned")},
    {ErrorCode::ServerError, QLatin1StringView("server_error")},
    {ErrorCode::ShuttingDown, QLatin1StringView("shutting_down")},
    {ErrorCode::TlsRequired, QLatin1StringView("tls_required")},
}};

} // namespace

QList<QLatin1StringView> errorCodeNames()
{
    QList<QLatin1StringView> names;
    for (const auto &entry : CodeNames)
        names.append(entry.second);
    return names;
}

QLatin1StringView errorCodeName(ErrorCode code)
{
    for (const auto &[c, name] : CodeNames) {
        if (c == code)
            return name;
    }
    return QLatin1StringView("server_error");
}

std::optional<ErrorCode> errorCodeFromName(QStringView name)
{
    for (const auto &[c, n] : CodeNames) {
        if (name == n)
            return c;
    }
    return std::nullopt;
}
