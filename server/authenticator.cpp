#include "authenticator.h"

#include "clientsession.h"
#include "monotonicclock.h"
#include "names.h"
#include "passwordhasher.h"
#include "serverstats.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QtCrypto>
#include <sodium.h>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcAuth, "chat.server.auth")

namespace {
constexpr int TokenBytes = 32;
// Three wrong passwords are free; after that each attempt waits twice as long as the last (1 s ... 60 s), per
// address and per account, so guessing costs an attacker hours while a person who mistyped barely notices.
constexpr int FreeLoginFailures = 3;
constexpr qint64 MaxLoginDelayMs = 60'000;
constexpr qint64 ThrottleMemoryMs = 15 * 60'000;

QString addressKey(const ClientSession *s)
{
    return u"address:"_s + s->connection()->peerAddress().toString();
}

QString accountKey(const QString &name)
{
    return u"account:"_s + Names::canonical(name);
}
} // namespace

Authenticator::Authenticator(Database &db, PasswordHasher &hasher, ServerStats &stats, QObject *parent)
    : QObject(parent), m_db(db), m_hasher(hasher), m_stats(stats), m_throttle(FreeLoginFailures, MaxLoginDelayMs)
{
    // Any valid hash will do; verifying against it costs what verifying a real one does.
    m_hasher.hash(QString::fromLatin1(QCA::Random::randomArray(16).toByteArray().toHex()), this,
                  [this](const QByteArray &hash) { m_dummyHash = hash; });
}

std::pair<QString, QByteArray> Authenticator::newResumeToken()
{
    const QByteArray raw = QCA::Random::randomArray(TokenBytes).toByteArray();
    const QString token =
        QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    return {token, tokenHash(token)};
}

QByteArray Authenticator::tokenHash(const QString &token)
{
    return QCA::Hash(u"sha256"_s).hash(token.toLatin1()).toByteArray();
}

void Authenticator::fail(ClientSession *session, ErrorCode code, const QString &message)
{
    ++m_stats.loginsFailed;
    session->setState(ClientSession::State::AwaitingAuth);
    // The answer may come after the hashing thread: it carries the ref of the request it answers.
    session->sendMessage(Msg::ErrorReply(code, message, session->authRef()));
}

void Authenticator::registerUser(ClientSession *session, const Msg::Register &request)
{
    if (auto problem = Names::usernameProblem(request.username))
        return fail(session, ErrorCode::InvalidUsername, *problem);
    if (auto problem = Names::passwordProblem(request.password))
        return fail(session, ErrorCode::InvalidPassword, *problem);
    const std::optional<bool> taken = m_db.nameTaken(request.username);
    if (!taken)
        return fail(session, ErrorCode::ServerError, u"The server cannot create accounts right now; try again."_s);
    if (*taken)
        return fail(session, ErrorCode::UsernameTaken, u"The name %1 is taken."_s.arg(request.username));
    session->setState(ClientSession::State::Authenticating);
    const QString name = request.username;
    const QString device = request.device.value_or(QString());
    m_hasher.hash(request.password, session, [this, session, name, device](const QByteArray &hash) {
        if (session->state() != ClientSession::State::Authenticating)
            return; // closed meanwhile
        if (hash.isEmpty())
            return fail(session, ErrorCode::ServerError, u"The server could not create the account; try again."_s);
        const auto id = m_db.createUser(name, hash);
        if (!id) {
            // Someone registered the same name (in any case) while the password was hashed, or the disk failed.
            if (m_db.nameTaken(name).value_or(false))
                return fail(session, ErrorCode::UsernameTaken, u"The name %1 is taken."_s.arg(name));
            ++m_stats.storageErrors;
            return fail(session, ErrorCode::ServerError, u"The server could not store the account; try again."_s);
        }
        ++m_stats.registrations;
        qCInfo(lcAuth) << "registered" << name;
        emit authenticated(session, UserRecord{*id, name, hash}, device, false);
    });
}

void Authenticator::login(ClientSession *session, const Msg::Login &request)
{
    const qint64 now = MonotonicClock::nowMs();
    const QString byAddress = addressKey(session);
    const QString byAccount = accountKey(request.username);
    const qint64 wait = std::max(m_throttle.waitFor(byAddress, now), m_throttle.waitFor(byAccount, now));
    if (wait > 0) {
        ++m_stats.loginsThrottled;
        Msg::ErrorReply e(ErrorCode::RateLimited,
                          u"Too many failed logins; try again in %1 seconds."_s.arg((wait + 999) / 1000));
        e.retryAfterMs = wait;
        session->sendMessage(e);
        return;
    }
    const auto user = m_db.findUser(request.username);
    if (!user && m_db.lookupFailed()) { // not a wrong password: nothing is counted against anyone
        ++m_stats.storageErrors;
        session->sendMessage(Msg::ErrorReply(ErrorCode::ServerError,
                                             u"The server cannot check passwords right now; try again in a moment."_s,
                                             session->authRef()));
        return;
    }
    session->setState(ClientSession::State::Authenticating);
    const QByteArray hash = user ? user->passwordHash : m_dummyHash;
    QElapsedTimer started;
    started.start();
    m_hasher.verify(hash, request.password, session,
                    [this, session, user, byAddress, byAccount, started, password = request.password,
                     device = request.device.value_or(QString())](bool ok, bool needsRehash) {
                        if (session->state() != ClientSession::State::Authenticating)
                            return;
                        m_stats.loginSeconds.observeNs(started.nsecsElapsed());
                        const qint64 when = MonotonicClock::nowMs();
                        if (!ok || !user) {
                            m_throttle.forgetOlderThan(when - ThrottleMemoryMs);
                            m_throttle.failed(byAddress, when);
                            m_throttle.failed(byAccount, when);
                            qCInfo(lcAuth) << "failed login from" << session->connection()->peerDescription();
                            return fail(session, ErrorCode::BadCredentials, u"Wrong username or password."_s);
                        }
                        // While the password was checked the administrator may have deleted the account or
                        // reset its password: the session would outlive what ended it.
                        const std::optional<UserRecord> still = m_db.findUser(user->name);
                        if (!still || still->passwordHash != user->passwordHash) {
                            if (!still && m_db.lookupFailed())
                                return fail(session, ErrorCode::ServerError,
                                            u"The server cannot check passwords right now; try again in a moment."_s);
                            return fail(session, ErrorCode::BadCredentials, u"Wrong username or password."_s);
                        }
                        m_throttle.succeeded(byAccount);
                        m_throttle.succeeded(byAddress);
                        if (needsRehash) {
                            // The cost was raised since this hash was made: store one at today's cost.
                            const qint64 id = user->id;
                            m_hasher.hash(password, this, [this, id](const QByteArray &fresh) {
                                if (!fresh.isEmpty())
                                    m_db.updatePasswordHash(id, fresh);
                            });
                        }
                        emit authenticated(session, *user, device, false);
                    });
}

void Authenticator::resume(ClientSession *session, const Msg::Resume &request)
{
    const auto found = m_db.findResumeToken(tokenHash(request.token), QDateTime::currentMSecsSinceEpoch());
    if (!found && m_db.lookupFailed()) // the token may well be good: the client keeps it and tries again
        return fail(session, ErrorCode::ServerError, u"The server cannot resume sessions right now; try again."_s);
    if (!found)
        return fail(session, ErrorCode::InvalidToken, u"The session cannot be resumed; log in with your password."_s);
    emit authenticated(session, found->first, found->second, true);
}
