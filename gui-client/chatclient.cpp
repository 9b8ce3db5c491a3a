#include "chatclient.h"

#include "certificatetrust.h"
#include "monotonicclock.h"
#include "protocol.h"
#include "tlssetup.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <utility>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

Q_LOGGING_CATEGORY(lcClient, "chat.client.net")

namespace {
// Pages of 100 (request budget cost 5: docs/PROTOCOL.md, section 4), so that catching up 20 rooms at once
// fits the server's default burst; a room with more missed messages asks again.
constexpr int MissedCatchUpLimit = 100;
constexpr int SearchPageSize = 30; // hits a search asks for at a time

} // namespace

ChatClient::ChatClient(QObject *parent)
    : QObject(parent), m_heartbeat(this), m_reconnect(this), m_udp(this), m_typing(this)
{
    connect(&m_heartbeat, &QTimer::timeout, this, &ChatClient::onHeartbeat);
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &ChatClient::openConnection);
    connect(&m_udp, &UdpLink::linkChanged, this, &ChatClient::linkChanged);
    connect(&m_udp, &UdpLink::typingReceived, this, &ChatClient::typingChanged);
    connect(&m_typing, &TypingNotifier::typingChanged, this, &ChatClient::sendTyping);
}

ChatClient::~ChatClient() = default;

void ChatClient::setReconnectDelays(std::chrono::milliseconds first, std::chrono::milliseconds max)
{
    m_firstDelay = first;
    m_maxDelay = max;
    m_nextDelay = first;
}

void ChatClient::setState(State state)
{
    // Checked even when the state stays Disconnected: giving up (a certificate refused while messages
    // waited) happens there too.
    if (state == State::Disconnected && !m_wantConnected && !m_outbox.isEmpty()) {
        QList<qint64> refs;
        for (const Outgoing &request : std::as_const(m_outbox))
            refs << std::visit([](const auto &r) { return r.ref; }, request);
        m_outbox.clear();
        failOutgoing(refs, tr("Not sent: the client is no longer connected to the server."));
    }
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ChatClient::reconnectNow()
{
    if (!m_reconnect.isActive())
        return;
    m_reconnect.stop();
    m_nextDelay = m_firstDelay;
    qCInfo(lcClient) << "reconnecting now, as the user asked";
    openConnection();
}

void ChatClient::start(const QString &host, quint16 port, AuthMode mode, const QString &username,
                       const QString &password)
{
    m_host = host;
    m_port = port;
    m_mode = mode;
    m_username = username;
    m_password = password;
    m_resumeToken.clear();
    m_authenticatedOnce = false;
    m_lastSeenId.clear();
    m_awaitingApproval.clear();
    m_wantConnected = true;
    m_nextDelay = m_firstDelay;
    openConnection();
}

void ChatClient::stop()
{
    m_wantConnected = false;
    m_awaitingApproval.clear();
    m_reconnect.stop();
    m_heartbeat.stop();
    m_udp.stop();
    if (m_connection) {
        send(Msg::Logout{});
        // The logout revokes our resume token, and this is often the last the event loop does before the
        // program ends: close() hands it to the kernel at once.
        m_connection->close();
    }
    m_password.clear();
    // Logged out while offline, the token is still valid on the server until it expires; it is never used
    // again from here (a later start() logs in with the password).
    m_resumeToken.clear();
    setState(State::Disconnected);
}

void ChatClient::openConnection()
{
    if (m_connection) {
        m_connection->disconnect(this);
        m_connection->abort();
        m_connection->deleteLater();
    }
    setState(m_authenticatedOnce ? State::Reconnecting : State::Connecting);
    m_transportError.clear();
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *ssl = new QSslSocket;
        ssl->setSslConfiguration(TlsSetup::clientConfiguration());
        connect(ssl, &QSslSocket::sslErrors, this,
                [this, ssl](const QList<QSslError> &errors) { onSslErrors(ssl, errors); });
        connect(ssl, &QSslSocket::encrypted, this, &ChatClient::onTransportReady);
        socket = ssl;
    } else {
        socket = new QTcpSocket;
        connect(socket, &QTcpSocket::connected, this, &ChatClient::onTransportReady);
    }
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError error) {
        if (!m_transportError.isEmpty())
            return; // the first reason is the real one
        if (error == QAbstractSocket::SslHandshakeFailedError)
            m_transportError = tr("No encrypted connection could be set up (%1). If the server runs without TLS "
                                  "(--no-tls), start the client with --no-tls too.")
                                   .arg(socket->errorString());
        else
            m_transportError = tr("The system says: %1.").arg(socket->errorString());
    });
    m_connection = new Connection(socket, this);
    connect(m_connection, &Connection::messageReceived, this, &ChatClient::onMessage);
    connect(m_connection, &Connection::closed, this, &ChatClient::onClosed);
    connect(m_connection, &Connection::invalidMessage, this,
            [](const ProtocolError &e) { qCWarning(lcClient) << "the server sent an invalid message:" << e.message; });
    qCInfo(lcClient) << "connecting to" << serverAddress() << (m_tls ? "with TLS" : "WITHOUT TLS");
    if (auto *ssl = qobject_cast<QSslSocket *>(socket))
        ssl->connectToHostEncrypted(m_host, m_port);
    else
        socket->connectToHost(m_host, m_port);
}

void ChatClient::onTransportReady()
{
    if (m_connection)
        m_connection->socket()->setSocketOption(QAbstractSocket::LowDelayOption, 1); // small frames, sent now
    qCInfo(lcClient) << "connected to" << serverAddress();
    setState(State::LoggingIn);
    send(Msg::Hello{Protocol::Version, u"chatroom-client 0.1"_s});
    m_sinceHeard.start();
}

void ChatClient::onSslErrors(QSslSocket *socket, const QList<QSslError> &errors)
{
    const QString server = serverAddress();
    const QSslCertificate certificate = socket->peerCertificate();
    switch (CertificateTrust::judge(server, certificate, errors)) {
    case CertificateTrust::Verdict::Trusted:
        socket->ignoreSslErrors(errors);
        return;
    case CertificateTrust::Verdict::Unknown:
    case CertificateTrust::Verdict::Changed:
        // Not ignored, so the handshake fails and the connection closes; onClosed() asks the user.
        m_awaitingApproval = TlsSetup::fingerprint(certificate);
        qCWarning(lcClient) << "the certificate of" << server << "is not trusted yet:" << m_awaitingApproval;
        return;
    case CertificateTrust::Verdict::Unusable: {
        QStringList why;
        for (const QSslError &e : errors)
            why << e.errorString();
        m_transportError = tr("The server's certificate cannot be used: %1").arg(why.join(u"; "_s));
        qCWarning(lcClient).noquote() << "unusable certificate from" << server << ":" << why.join(u"; "_s);
        return;
    }
    }
}

void ChatClient::trustCertificate(const QString &fingerprint)
{
    if (m_awaitingApproval.isEmpty() || fingerprint != m_awaitingApproval)
        return;
    qCInfo(lcClient) << "the user trusts the certificate of" << serverAddress() << ":" << fingerprint;
    CertificateTrust::pin(serverAddress(), fingerprint);
    m_awaitingApproval.clear();
    m_wantConnected = true;
    openConnection();
}

void ChatClient::rejectCertificate()
{
    if (m_awaitingApproval.isEmpty())
        return;
    m_awaitingApproval.clear();
    m_wantConnected = false;
    m_password.clear();
    // Logged out while offline, the token is still valid on the server until it expires; it is never used
    // again from here (a later start() logs in with the password).
    m_resumeToken.clear();
    setState(State::Disconnected);
    emit authFailed(u"certificate"_s, tr("Not connected: the server's certificate was not trusted."));
}

void ChatClient::onClosed()
{
    m_heartbeat.stop();
    m_udp.stop();
    m_typing.reset();         // the server forgot it with the connection
    m_historyWaiting.clear(); // their answers died with the connection
    m_historyRefs.clear();
    m_exportRefs.clear();
    ++m_exportGeneration;
    if (m_connection) {
        m_connection->deleteLater();
        m_connection = nullptr;
    }
    if (!m_inFlight.isEmpty())
        failOutgoing(std::exchange(m_inFlight, {}),
                     tr("The connection dropped before the server confirmed this message; it may not have arrived."));
    if (!m_wantConnected) {
        setState(State::Disconnected);
        return;
    }
    if (!m_awaitingApproval.isEmpty()) {
        // Nothing happens until the user has decided about the certificate.
        setState(State::Disconnected);
        emit certificateNeedsApproval(serverAddress(), m_awaitingApproval, CertificateTrust::pinned(serverAddress()));
        return;
    }
    if (!m_authenticatedOnce && m_state != State::Reconnecting) {
        // Never got in: tell the login dialog instead of retrying for ever.
        m_wantConnected = false;
        setState(State::Disconnected);
        emit authFailed(u"connection"_s,
                        m_transportError.isEmpty()
                            ? tr("Cannot reach the server at %1.").arg(serverAddress())
                            : tr("Cannot reach the server at %1. %2").arg(serverAddress(), m_transportError));
        return;
    }
    scheduleReconnect(m_closeReason.isEmpty() ? tr("The connection to the server was lost.")
                                              : std::exchange(m_closeReason, {}));
}

void ChatClient::scheduleReconnect(const QString &reason)
{
    setState(State::Reconnecting);
    // Everyone dropped by a server restart comes back at once; a quarter of random spread either way
    // keeps them from arriving in lockstep at every step of the back-off.
    const qint64 nominal = m_nextDelay.count();
    const int delay = int(nominal - nominal / 4 + QRandomGenerator::global()->bounded(nominal / 2 + 1));
    m_nextDelay = std::min(m_nextDelay * 2, m_maxDelay);
    qCInfo(lcClient) << "reconnecting in" << delay << "ms";
    m_reconnect.start(delay);
    emit reconnectScheduled(delay, reason);
}

void ChatClient::onHeartbeat()
{
    if (m_sinceHeard.isValid() && m_sinceHeard.elapsed() > m_timeoutMs) {
        qCInfo(lcClient) << "the server stopped answering";
        if (m_connection)
            m_connection->abort(); // onClosed() schedules the reconnect
        return;
    }
    send(Msg::Ping{MonotonicClock::nowMs()});
}

void ChatClient::onMessage(const Msg::Message &message)
{
    m_sinceHeard.restart();
    std::visit(
        [this](const auto &m) {
            using T = std::decay_t<decltype(m)>;
            if constexpr (std::is_same_v<T, Msg::Welcome>) {
                m_timeoutMs = m.timeoutMs;
                m_udpPort = quint16(m.udpPort);
                m_maxHistory = m.maxHistory;
                m_fileLimits = m.files;
                m_heartbeat.start(int(m.heartbeatMs));
                const std::optional<QString> device =
                    m_device.isEmpty() ? std::nullopt : std::optional<QString>(m_device);
                if (!m_resumeToken.isEmpty())
                    send(Msg::Resume{m_resumeToken});
                else if (m_mode == AuthMode::Register)
                    send(Msg::Register{m_username, m_password, device});
                else
                    send(Msg::Login{m_username, m_password, device});
            } else if constexpr (std::is_same_v<T, Msg::AuthOk>) {
                handleAuthOk(m);
            } else if constexpr (std::is_same_v<T, Msg::UdpKey>) {
                // Our datagrams stopped verifying at the server: start again with the key it sent.
                qCInfo(lcClient) << "the server issued a new UDP key";
                m_udp.rekey(m.udpSession, m.udpKey);
            } else if constexpr (std::is_same_v<T, Msg::ErrorReply>) {
                handleError(m);
            } else if constexpr (std::is_same_v<T, Msg::Ping>) {
                send(Msg::Pong{m.ts});
            } else if constexpr (std::is_same_v<T, Msg::Pong>) {
                m_rttMs = int(std::max<qint64>(0, MonotonicClock::nowMs() - m.ts));
                emit linkChanged();
            } else if constexpr (std::is_same_v<T, Msg::ChatMessage>) {
                m_lastSeenId[m.room] = std::max(m_lastSeenId.value(m.room), m.id);
                emit chatReceived(m);
            } else if constexpr (std::is_same_v<T, Msg::PrivateMessage>) {
                const bool own = m.from.compare(m_username, Qt::CaseInsensitive) == 0;
                qint64 &last = m_lastSeenId[historyKey(QString(), own ? m.to : m.from)];
                last = std::max(last, m.id);
                emit privateReceived(m);
            } else if constexpr (std::is_same_v<T, Msg::Notice>) {
                if (m.event == Msg::NoticeEvent::Kicked || m.event == Msg::NoticeEvent::Replaced ||
                    m.event == Msg::NoticeEvent::SessionEnded)
                    m_wantConnected = false; // being sent away is not a reason to come back
                if (m.event == Msg::NoticeEvent::SessionEnded)
                    m_resumeToken.clear(); // revoked: only the password logs in again
                if (m.event == Msg::NoticeEvent::Shutdown)
                    m_closeReason = m.text.isEmpty() ? tr("The server is shutting down.") : m.text;
                emit noticeReceived(m);
            } else if constexpr (std::is_same_v<T, Msg::Joined>) {
                if (!m_rooms.contains(m.room))
                    m_rooms.append(m.room);
                emit joinedRoom(m, m_joinsAsked.remove(m.room));
            } else if constexpr (std::is_same_v<T, Msg::Left>) {
                m_rooms.removeAll(m.room);
                emit leftRoom(m.room);
            } else if constexpr (std::is_same_v<T, Msg::UserList>) {
                emit usersReceived(m);
            } else if constexpr (std::is_same_v<T, Msg::RoomList>) {
                emit roomsReceived(m);
            } else if constexpr (std::is_same_v<T, Msg::PresenceUpdate>) {
                emit presenceChanged(m);
            } else if constexpr (std::is_same_v<T, Msg::Typing>) {
                emit typingChanged(m);
            } else if constexpr (std::is_same_v<T, Msg::HistoryReply>) {
                onHistoryReply(m);
            } else if constexpr (std::is_same_v<T, Msg::ConversationList>) {
                // Conversations that moved on while we were away (on another device, say) catch up too.
                for (const Msg::ConversationInfo &c : m.conversations) {
                    const QString key = historyKey(QString(), c.with);
                    if (m_lastSeenId.contains(key) && c.lastId > m_lastSeenId.value(key))
                        requestConversationHistory(c.with, std::nullopt, m_lastSeenId.value(key), MissedCatchUpLimit,
                                                   true);
                }
                emit conversationsReceived(m);
            } else if constexpr (std::is_same_v<T, Msg::ReadMarker>) {
                emit readMarkerReceived(m);
            } else if constexpr (std::is_same_v<T, Msg::SessionList>) {
                emit sessionsReceived(m);
            } else if constexpr (std::is_same_v<T, Msg::Topic>) {
                emit topicChanged(m);
            } else if constexpr (std::is_same_v<T, Msg::Invited>) {
                emit invited(m);
            } else if constexpr (std::is_same_v<T, Msg::Notify>) {
                emit notifyLevelChanged(m);
            } else if constexpr (std::is_same_v<T, Msg::MentionList>) {
                emit mentionsReceived(m);
            } else if constexpr (std::is_same_v<T, Msg::Edited>) {
                emit messageEdited(m);
            } else if constexpr (std::is_same_v<T, Msg::Deleted>) {
                emit messageDeleted(m);
            } else if constexpr (std::is_same_v<T, Msg::Reacted>) {
                emit reactionChanged(m);
            } else if constexpr (std::is_same_v<T, Msg::ExportPage>) {
                m_exportRefs.clear(); // one page is asked for at a time: this answers it
                emit exportPageReceived(m);
            } else if constexpr (std::is_same_v<T, Msg::SearchResults>) {
                emit searchResultsReceived(m);
            } else if constexpr (std::is_same_v<T, Msg::UploadReady>) {
                emit uploadReady(m);
            } else if constexpr (std::is_same_v<T, Msg::Uploaded>) {
                emit uploaded(m);
            } else if constexpr (std::is_same_v<T, Msg::DownloadReady>) {
                emit downloadReady(m);
            } else if constexpr (std::is_same_v<T, Msg::Ack>) {
                m_inFlight.removeAll(m.ref);
                emit acknowledged(m);
            } else {
                qCDebug(lcClient) << "ignored a message of type" << T::Type;
            }
        },
        message);
}

QString ChatClient::historyKey(const QString &room, const std::optional<QString> &with)
{
    return with ? u'@' + with->toLower() : room;
}

void ChatClient::onHistoryReply(const Msg::HistoryReply &m)
{
    // Also an empty reply records where it is: a catch-up later asks for everything after it.
    const QString key = historyKey(m.room, m.with);
    qint64 &last = m_lastSeenId[key];
    for (const Msg::ChatMessage &c : m.messages)
        last = std::max(last, c.id);
    for (const Msg::PrivateMessage &c : m.direct)
        last = std::max(last, c.id);
    if (m_historyRefs.size() > 0)
        m_historyRefs.erase(m_historyRefs.begin()); // answered: the oldest ref is this one's
    // Replies come in the order of the requests: the first one waiting for this room is this one.
    QList<HistoryPurpose> &waiting = m_historyWaiting[key];
    const HistoryPurpose purpose = waiting.isEmpty() ? HistoryPurpose::Older : waiting.takeFirst();
    if (waiting.isEmpty())
        m_historyWaiting.remove(key);
    if (purpose == HistoryPurpose::Around)
        return emit aroundReceived(m);
    if (purpose == HistoryPurpose::Newer)
        return emit newerReceived(m);
    const bool catchUp = purpose == HistoryPurpose::CatchUp;
    if (catchUp && m.more && (!m.messages.isEmpty() || !m.direct.isEmpty())) {
        if (m.with)
            requestConversationHistory(*m.with, std::nullopt, last, MissedCatchUpLimit, true); // the rest of them
        else
            requestHistory(m.room, std::nullopt, last, MissedCatchUpLimit, true);
    }
    emit historyReceived(m, catchUp);
}

void ChatClient::handleAuthOk(const Msg::AuthOk &auth)
{
    if (!m_connection || !m_connection->isOpen()) {
        // Heard out after the connection closed: the session it opened has ended already, but its token
        // resumes it on the next connection. Nothing is sent on this one.
        m_resumeToken = auth.resumeToken;
        return;
    }
    const bool catchUp = m_authenticatedOnce;
    m_joinsAsked.clear(); // a join refused or lost with the last connection is not coming
    m_authenticatedOnce = true;
    m_username = auth.username;
    m_resumeToken = auth.resumeToken;
    m_password.clear(); // from now on the resume token logs in again
    m_nextDelay = m_firstDelay;
    m_rooms = auth.rooms;
    setState(State::Connected);
    send(Msg::Ping{MonotonicClock::nowMs()}); // the round-trip time is known at once, not a heartbeat later
    const QStringList cancels = std::exchange(m_pendingCancels, {});
    for (const QString &upload : cancels)
        cancelUpload(upload);
    emit authenticated(auth);
    qCInfo(lcClient) << (auth.resumed ? "session resumed" : "logged in");
    if (catchUp) {
        // Show what was said while we were away.
        for (const QString &room : auth.rooms) {
            if (m_lastSeenId.contains(room)) {
                requestHistory(room, std::nullopt, m_lastSeenId.value(room), MissedCatchUpLimit, true);
            }
        }
    }
    if (m_connection)
        m_udp.start(m_connection->peerAddress(), m_udpPort, auth.udpSession, auth.udpKey);
    flushOutbox();
}

void ChatClient::handleError(const Msg::ErrorReply &error)
{
    const auto code = error.errorCode();
    if (m_state == State::LoggingIn) {
        if (code == ErrorCode::InvalidToken || code == ErrorCode::Banned) {
            // The server forgot us (or the token expired), or will not have us: no reconnecting.
            m_wantConnected = false;
            m_resumeToken.clear();
            if (m_connection)
                m_connection->close();
            setState(State::Disconnected);
        } else if (code == ErrorCode::UnsupportedVersion || code == ErrorCode::TlsRequired) {
            m_wantConnected = false;
        }
        emit authFailed(error.code, error.message);
        return;
    }
    if (error.ref && m_quietRefs.erase(*error.ref) > 0) {
        qCDebug(lcClient) << "a typing indicator or read position was refused:" << error.code;
        return;
    }
    if (error.ref) {
        if (const auto request = m_historyRefs.take(*error.ref); !request.room.isEmpty() || request.with) {
            // Answers come in order: the first request waiting for this room is the one refused.
            const QString key = historyKey(request.room, request.with);
            QList<HistoryPurpose> &waiting = m_historyWaiting[key];
            const HistoryPurpose purpose = waiting.isEmpty() ? HistoryPurpose::Older : waiting.takeFirst();
            if (waiting.isEmpty())
                m_historyWaiting.remove(key);
            if (code == ErrorCode::RateLimited && error.retryAfterMs) {
                qCDebug(lcClient) << "a history page was refused; asking again in" << *error.retryAfterMs << "ms";
                QTimer::singleShot(std::chrono::milliseconds(*error.retryAfterMs), this,
                                   [this, request, purpose] { sendHistoryRequest(request, purpose); });
                return;
            }
        }
    }
    if (error.ref && m_exportRefs.contains(*error.ref)) {
        const qint64 after = m_exportRefs.take(*error.ref);
        if (code == ErrorCode::RateLimited && error.retryAfterMs) {
            // Not for a later export, nor after the connection was lost (the exporter gave up then).
            QTimer::singleShot(std::chrono::milliseconds(*error.retryAfterMs), this,
                               [this, after, generation = m_exportGeneration] {
                                   if (generation == m_exportGeneration)
                                       requestExportPage(after);
                               });
            return;
        }
        emit exportFailed(error);
        return;
    }
    if (error.ref && m_fileRefs.erase(*error.ref) > 0) {
        emit fileRequestFailed(error);
        return;
    }
    if (error.ref)
        m_inFlight.removeAll(*error.ref);
    emit requestFailed(error);
}

qint64 ChatClient::share(const std::optional<QString> &room, const std::optional<QString> &to, const QString &text,
                         const Msg::ShareFile &file)
{
    const qint64 ref = m_nextRef++;
    if (room) {
        Msg::Say say{*room, text, ref};
        say.file = file;
        sendOrQueue(say);
    } else {
        Msg::Whisper whisper{to.value_or(QString()), text, ref};
        whisper.file = file;
        sendOrQueue(whisper);
    }
    return ref;
}

qint64 ChatClient::announceUpload(const Msg::Upload &upload)
{
    if (m_state != State::Connected || !m_connection)
        return 0;
    const qint64 ref = fileRef();
    m_connection->send(Msg::encode(upload, ref));
    return ref;
}

void ChatClient::cancelUpload(const QString &upload)
{
    if (m_state != State::Connected || !m_connection) {
        // Cancelled while away (likely, when the link is bad): said after the next login.
        if (!m_pendingCancels.contains(upload) && std::size_t(m_pendingCancels.size()) < MaxQuietRefs)
            m_pendingCancels.append(upload);
        return;
    }
    // (An error, for an upload shared or gone meanwhile, is no news for the user.)
    m_connection->send(Msg::encode(Msg::CancelUpload{upload}, fileRef()));
}

qint64 ChatClient::requestDownload(qint64 message, bool thumbnail)
{
    if (m_state != State::Connected || !m_connection)
        return 0;
    const qint64 ref = fileRef();
    m_connection->send(Msg::encode(Msg::Download{message, thumbnail}, ref));
    return ref;
}

qint64 ChatClient::say(const QString &room, const QString &text, bool action, std::optional<qint64> replyTo)
{
    const qint64 ref = m_nextRef++;
    stopTyping(room);
    sendOrQueue(Msg::Say{room, text, ref, action, replyTo});
    return ref;
}

qint64 ChatClient::whisper(const QString &to, const QString &text, bool action, std::optional<qint64> replyTo)
{
    const qint64 ref = m_nextRef++;
    sendOrQueue(Msg::Whisper{to, text, ref, action, replyTo});
    return ref;
}

qint64 ChatClient::editMessage(qint64 id, const QString &text)
{
    const qint64 ref = m_nextRef++;
    if (m_state == State::Connected && m_connection)
        m_connection->send(Msg::encode(Msg::Edit{id, text}, ref));
    else
        QTimer::singleShot(
            0, this, [this, ref] { emit unsent(ref, tr("Not sent: the client is not connected to the server.")); });
    return ref;
}

void ChatClient::deleteMessage(qint64 id)
{
    send(Msg::Delete{id});
}

void ChatClient::react(qint64 id, const QString &emoji, bool on)
{
    send(Msg::React{id, emoji, on});
}

qint64 ChatClient::search(const QString &query, std::optional<qint64> before)
{
    const qint64 ref = m_nextRef++;
    if (m_connection)
        m_connection->send(Msg::encode(Msg::Search{query, before, SearchPageSize}, ref));
    return ref;
}

void ChatClient::sendOrQueue(const Outgoing &request)
{
    const qint64 ref = std::visit([](const auto &r) { return r.ref; }, request);
    if (m_state == State::Connected && m_connection) {
        std::visit([this](const auto &r) { send(r); }, request);
        m_inFlight.append(ref);
    } else if (m_wantConnected) {
        m_outbox.append(request);
    } else {
        failOutgoing({ref}, tr("Not sent: the client is not connected to the server."));
    }
}

void ChatClient::flushOutbox()
{
    if (m_outbox.isEmpty())
        return;
    qCInfo(lcClient) << "sending" << m_outbox.size() << "message(s) written while disconnected";
    for (const Outgoing &request : std::exchange(m_outbox, {}))
        sendOrQueue(request);
}

void ChatClient::failOutgoing(QList<qint64> refs, const QString &reason)
{
    // Queued: the caller may be inside say() (the ref is not returned yet) or inside onClosed().
    QMetaObject::invokeMethod(
        this,
        [this, refs = std::move(refs), reason] {
            for (qint64 ref : refs)
                emit unsent(ref, reason);
        },
        Qt::QueuedConnection);
}

void ChatClient::join(const QString &room, bool isPrivate)
{
    m_joinsAsked.insert(room.toLower()); // room names are lower case (PROTOCOL.md)
    send(Msg::Join{room, isPrivate});
}

void ChatClient::setTopic(const QString &room, const QString &text)
{
    send(Msg::Topic{room, text, std::nullopt, std::nullopt});
}

void ChatClient::invite(const QString &room, const QString &user)
{
    send(Msg::Invite{room, user});
}

void ChatClient::setNotifyLevel(const QString &room, const QString &level)
{
    send(Msg::Notify{room, level});
}

void ChatClient::requestMentions(std::optional<qint64> before, int limit)
{
    send(Msg::ListMentions{before, limit});
}

bool ChatClient::requestExportPage(qint64 after)
{
    if (m_state != State::Connected || !m_connection)
        return false;
    if (after == 0) // a new export: a retry of an earlier one's page is not for it
        ++m_exportGeneration;
    const qint64 ref = m_nextRef++;
    m_exportRefs.insert(ref, after);
    m_connection->send(Msg::encode(Msg::ExportRequest{after, ExportPageSize}, ref));
    return true;
}

void ChatClient::leave(const QString &room)
{
    stopTyping(room);
    send(Msg::Leave{room});
}

void ChatClient::requestUsers(const std::optional<QString> &room)
{
    send(Msg::ListUsers{room});
}

void ChatClient::requestRooms()
{
    send(Msg::ListRooms{});
}

void ChatClient::requestHistory(const QString &room, std::optional<qint64> before, std::optional<qint64> after,
                                int limit, bool catchUp)
{
    sendHistoryRequest({room, before, after, limit, std::nullopt},
                       catchUp ? HistoryPurpose::CatchUp : HistoryPurpose::Older);
}

void ChatClient::requestAround(const QString &room, const std::optional<QString> &with, qint64 id, int limit)
{
    sendHistoryRequest({with ? QString() : room, std::nullopt, std::nullopt, limit, id, with}, HistoryPurpose::Around);
}

void ChatClient::requestNewer(const QString &room, const std::optional<QString> &with, qint64 after, int limit)
{
    sendHistoryRequest({with ? QString() : room, std::nullopt, after, limit, std::nullopt, with},
                       HistoryPurpose::Newer);
}

void ChatClient::requestConversationHistory(const QString &user, std::optional<qint64> before,
                                            std::optional<qint64> after, int limit, bool catchUp)
{
    sendHistoryRequest({QString(), before, after, limit, std::nullopt, user},
                       catchUp ? HistoryPurpose::CatchUp : HistoryPurpose::Older);
}

void ChatClient::sendHistoryRequest(const Msg::HistoryRequest &asked, HistoryPurpose purpose)
{
    if (m_state != State::Connected || !m_connection)
        return;
    Msg::HistoryRequest request = asked;
    request.limit = std::clamp(asked.limit, 1, std::min(m_maxHistory, Protocol::MaxHistoryLimit));
    m_historyWaiting[historyKey(request.room, request.with)].append(purpose);
    // With a ref of its own, so that a refusal is matched to its request: replies are matched by order
    // (m_historyWaiting), and a refused request must leave its place, and be asked again when allowed.
    const qint64 ref = m_nextRef++;
    m_historyRefs.insert(ref, request);
    m_connection->send(Msg::encode(request, ref));
}

bool ChatClient::markRead(const std::optional<QString> &room, const std::optional<QString> &user, qint64 id)
{
    if (m_state != State::Connected || !m_connection || id < 0)
        return false;
    // With a ref of its own: a refusal (too fast; an id of 0 to a server from before it was allowed) is
    // not something the user asked for, and is not shown.
    m_connection->send(Msg::encode(Msg::MarkRead{room, user, id}, quietRef()));
    return true;
}

qint64 ChatClient::fileRef()
{
    const qint64 ref = m_nextRef++;
    if (m_fileRefs.size() >= MaxQuietRefs) // answered ones leave no trace; keep the set small regardless
        m_fileRefs.erase(m_fileRefs.begin());
    m_fileRefs.insert(ref);
    return ref;
}

qint64 ChatClient::quietRef()
{
    const qint64 ref = m_nextRef++;
    m_quietRefs.insert(ref);
    if (m_quietRefs.size() > MaxQuietRefs)
        m_quietRefs.erase(m_quietRefs.begin());
    return ref;
}

void ChatClient::requestSessions()
{
    send(Msg::ListSessions{});
}

void ChatClient::endSession(const QString &device)
{
    send(Msg::EndSession{device});
}

void ChatClient::noteTyping(const QString &room)
{
    if (m_state == State::Connected)
        m_typing.keystroke(room);
}

void ChatClient::stopTyping(const QString &room)
{
    m_typing.stop(room);
}

void ChatClient::sendTyping(const QString &room, bool active)
{
    const Msg::Typing typing{room, active, std::nullopt, std::nullopt};
    if (m_udp.send(typing) || !m_connection)
        return;
    // With a ref of its own, so that a refusal (typing too fast) is recognised and not shown to the user:
    // a typing indicator is a hint, not something they asked for.
    m_connection->send(Msg::encode(typing, quietRef()));
}
