// Registration, login and resume: checks names and passwords (hashing off the event loop) and tokens.
#pragma once

#include "database.h"
#include "message.h"
#include "ratelimiter.h"

#include <QObject>

class ClientSession;
class PasswordHasher;
struct ServerStats;

class Authenticator : public QObject
{
    Q_OBJECT
public:
    Authenticator(Database &db, PasswordHasher &hasher, ServerStats &stats, QObject *parent = nullptr);

    // Each answers the session with an error, or emits authenticated(). The session must stay alive or be
    // destroyed; a session destroyed while its password is hashed is simply forgotten.
    void registerUser(ClientSession *session, const Msg::Register &request);
    void login(ClientSession *session, const Msg::Login &request);
    void resume(ClientSession *session, const Msg::Resume &request);

    // A new resume token for the user: the token to hand out, and its hash to store and to look up.
    static std::pair<QString, QByteArray> newResumeToken();
    static QByteArray tokenHash(const QString &token);

signals:
    // device: the device logging in ("" for the unnamed one); for a resume, the device the token was issued to.
    void authenticated(ClientSession *session, const UserRecord &user, const QString &device, bool resumed);

private:
    void fail(ClientSession *session, ErrorCode code, const QString &message);

    Database &m_db;
    PasswordHasher &m_hasher;
    ServerStats &m_stats;
    QByteArray m_dummyHash; // verified against for unknown users, so a login takes as long either way
    LoginThrottle m_throttle;
};
