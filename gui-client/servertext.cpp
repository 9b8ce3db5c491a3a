#include "servertext.h"

#include "protocol.h"
#include "protocolerror.h"

using namespace Qt::Literals::StringLiterals;

QString ServerText::error(const QString &code, const QString &clientMessage)
{
    if (code == "connection"_L1 || code == "certificate"_L1)
        return clientMessage; // the client's own words, already translated
    const std::optional<ErrorCode> known = errorCodeFromName(code);
    if (!known)
        return tr("The server refused this (code \"%1\"); this client does not know why.").arg(code.left(64));
    switch (*known) {
    case ErrorCode::FrameTooLarge:
    case ErrorCode::BadJson:
    case ErrorCode::UnknownType:
    case ErrorCode::MissingField:
    case ErrorCode::WrongType:
    case ErrorCode::OutOfRange:
        return tr("The server could not read what this client sent (%1). Please report this.").arg(code);
    case ErrorCode::UnsupportedVersion:
        return tr("This client is too old or too new for the server.");
    case ErrorCode::NotAuthenticated:
        return tr("You are not logged in; log in again.");
    case ErrorCode::AlreadyAuthenticated:
        return tr("You are already logged in.");
    case ErrorCode::InvalidUsername:
        return tr("A username has %1 to %2 characters: letters a–z, digits, '_', '-' and '.', starting with a "
                  "letter.")
            .arg(Protocol::MinUsernameLength)
            .arg(Protocol::MaxUsernameLength);
    case ErrorCode::InvalidPassword:
        return tr("A password has %1 to %2 characters, not only spaces.")
            .arg(Protocol::MinPasswordLength)
            .arg(Protocol::MaxPasswordLength);
    case ErrorCode::UsernameTaken:
        return tr("That username is taken; choose another.");
    case ErrorCode::BadCredentials:
        return tr("Wrong username or password.");
    case ErrorCode::InvalidToken:
        return tr("Your session expired; log in again.");
    case ErrorCode::Banned:
        return tr("The administrator of this server has banned you.");
    case ErrorCode::InvalidRoom:
        return tr("A room name has %1 to %2 characters: letters a–z, digits, '_' and '-'.")
            .arg(Protocol::MinRoomNameLength)
            .arg(Protocol::MaxRoomNameLength);
    case ErrorCode::NotInRoom:
        return tr("You are not in that room; /join it first.");
    case ErrorCode::NoSuchUser:
        return tr("There is no user by that name.");
    case ErrorCode::TooManyRooms:
        return tr("You are in as many rooms as the server allows; leave one first.");
    case ErrorCode::TooManySessions:
        return tr("You are logged in on too many devices. End a session on one of them (/devices), then try "
                  "again.");
    case ErrorCode::NoSuchSession:
        return tr("None of your devices has that name; /devices lists them.");
    case ErrorCode::NotInvited:
        return tr("That room is private: ask one of its members to invite you (/invite).");
    case ErrorCode::NoSuchMessage:
        return tr("That message is not there (any more).");
    case ErrorCode::NotAllowed:
        return tr("You may not do that here.");
    case ErrorCode::FileTooLarge:
        return tr("That file is larger than this server takes.");
    case ErrorCode::QuotaExceeded:
        return tr("Your files on this server have reached their limit.");
    case ErrorCode::TooManyUploads:
        return tr("Too many of your files are on their way at once; wait for one to finish.");
    case ErrorCode::NoSuchUpload:
        return tr("That upload is no longer on the server; send the file again.");
    case ErrorCode::HashMismatch:
        return tr("The file arrived damaged; send it again.");
    case ErrorCode::NoSuchDownload:
        return tr("The download expired; start it again.");
    case ErrorCode::RateLimited:
        return tr("Too many attempts; wait a moment and try again.");
    case ErrorCode::TooManyConnections:
        return tr("The server is full right now; try again in a while.");
    case ErrorCode::ServerError:
        return tr("Something went wrong on the server; try again.");
    case ErrorCode::ShuttingDown:
        return tr("The server is shutting down; you will be reconnected when it is back.");
    case ErrorCode::TlsRequired:
        return tr("The server accepts encrypted connections only: start the client without --no-tls.");
    }
    return tr("The server refused this (code \"%1\"); this client does not know why.").arg(code);
}

bool ServerText::isDefaultShutdownText(const QString &text)
{
    return text == "The server is shutting down."_L1;
}

QString ServerText::notice(const Msg::Notice &n)
{
    const QString user = n.user.value_or(QString());
    switch (n.event) {
    case Msg::NoticeEvent::Join:
        return tr("%1 joined.").arg(user);
    case Msg::NoticeEvent::Leave:
        return tr("%1 left.").arg(user);
    case Msg::NoticeEvent::Timeout:
        return tr("%1 lost the connection.").arg(user);
    case Msg::NoticeEvent::Kicked:
        if (n.room)
            return tr("%1 was removed by the server's operator.").arg(user);
        return tr("The server's operator disconnected you.");
    case Msg::NoticeEvent::Replaced:
        return tr("You logged in again from another window with this device's name, so this one was logged out.");
    case Msg::NoticeEvent::SessionEnded:
        return tr("This device was logged out from another of your devices.");
    case Msg::NoticeEvent::Shutdown:
        if (isDefaultShutdownText(n.text))
            return tr("The server is shutting down; you will be reconnected when it is back.");
        return tr("The server is shutting down: %1").arg(n.text);
    case Msg::NoticeEvent::Broadcast:
        break;
    }
    return n.text;
}
