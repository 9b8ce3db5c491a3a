// What the server says, in the user's language: its refusals and notices are shown from their codes and
// fields, never as the server's English sentence (which stays in the log for whoever reads English).
#pragma once

#include "message.h"

#include <QCoreApplication>

class ServerText
{
    Q_DECLARE_TR_FUNCTIONS(ServerText)
public:
    // An error's code (the wire spelling) as a sentence. "connection" and "certificate" are the client's
    // own codes whose message is already in the user's language.
    static QString error(const QString &code, const QString &clientMessage = {});
    // A notice as a sentence. Broadcast and shutdown carry the operator's own words, shown as they are.
    static QString notice(const Msg::Notice &notice);
    // The server's default shutdown sentence, which the operator did not write (shown translated instead).
    static bool isDefaultShutdownText(const QString &text);
};
