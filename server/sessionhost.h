// What a session's connection brings, told to the server (ChatServer) by direct calls: see
// Connection::Owner for why not signals.
#pragma once

#include "message.h"
#include "protocolerror.h"

#include <optional>

class ClientSession;

class SessionHost
{
public:
    virtual void sessionMessage(ClientSession *session, const Msg::Message &message, std::optional<qint64> ref) = 0;
    virtual void sessionInvalidMessage(ClientSession *session, const ProtocolError &error) = 0;
    virtual void sessionFatalError(ClientSession *session, const ProtocolError &error) = 0;
    // The connection is closed; the session may be deleted later (deleteLater), not now.
    virtual void sessionConnectionClosed(ClientSession *session) = 0;

protected:
    ~SessionHost() = default;
};
