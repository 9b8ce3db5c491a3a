#include "chatserver.h"

#include "clientsession.h"
#include "clusterbus.h"
#include "iothreads.h"
#include "leansocket.h"
#include "listener.h"
#include "monotonicclock.h"
#include "names.h"
#include "passwordhasher.h"
#include "protocol.h"
#include "reuseport.h"
#include "streammemory.h"
#include "typingrelay.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcServer, "chat.server.net")

namespace {

constexpr int ListenBacklog = 1024;
constexpr qint64 ResumeTokenLifetimeMs = 7LL * 24 * 3600 * 1000;
constexpr auto ShutdownGrace = std::chrono::seconds(2);
constexpr auto TlsHandshakeTimeout = std::chrono::milliseconds(10'000);
constexpr int MaxHandshakesInFlight = 1024;

// Wall time, for the timestamps people see and for expiry dates stored across restarts.
qint64 wallMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// The requests version 1 does not have.
bool isVersionTwo(const Msg::Message &m)
{
    if (const auto *history = std::get_if<Msg::HistoryRequest>(&m))
        return history->with.has_value();
    if (const auto *join = std::get_if<Msg::Join>(&m))
        return join->isPrivate;
    if (const auto *say = std::get_if<Msg::Say>(&m))
        return say->replyTo.has_value() || say->file.has_value();
    if (const auto *whisper = std::get_if<Msg::Whisper>(&m))
        return whisper->replyTo.has_value() || whisper->file.has_value();
    return std::holds_alternative<Msg::ListSessions>(m) || std::holds_alternative<Msg::EndSession>(m) ||
           std::holds_alternative<Msg::ListConversations>(m) || std::holds_alternative<Msg::MarkRead>(m) ||
           std::holds_alternative<Msg::Topic>(m) || std::holds_alternative<Msg::Invite>(m) ||
           std::holds_alternative<Msg::Notify>(m) || std::holds_alternative<Msg::ListMentions>(m) ||
           std::holds_alternative<Msg::Search>(m) || std::holds_alternative<Msg::Edit>(m) ||
           std::holds_alternative<Msg::Delete>(m) || std::holds_alternative<Msg::React>(m) ||
           std::holds_alternative<Msg::Upload>(m) || std::holds_alternative<Msg::CancelUpload>(m) ||
           std::holds_alternative<Msg::Download>(m) || std::holds_alternative<Msg::ExportRequest>(m);
}

} // namespace

ChatServer::ChatServer(const ServerConfig &config, Database &db, const std::optional<QSslConfiguration> &tls,
                       QObject *parent)
    : QObject(parent), m_config(config), m_db(db),
      m_listener(new Listener(TlsHandshakeTimeout, MaxHandshakesInFlight, this)), m_udp(m_stats, this),
      m_hasher(new PasswordHasher(config.hashMemoryKib, config.hashOps, config.hashThreads, this)),
      m_auth(new Authenticator(db, *m_hasher, m_stats, this)),
      m_heartbeat(config.heartbeatInterval, config.heartbeatTimeout, this), m_loginDeadlines(config.authTimeout, this),
      m_settledTrim([this] { return unsettledConnections(); },
                    [this] { return m_files.transferCount() + m_downloads.transferCount() > 0; },
                    [this] {
                        StreamMemory::giveBack();
                        ++m_stats.heapTrims;
                    },
                    this),
      m_messages(db), m_roomStore(db), m_typing(m_rooms, m_udp, this),
      m_connectionRate(config.connectionRate, 10.0 * config.connectionRate),
      m_requests(m_config, db, m_messages, m_roomStore, m_stats, m_rooms, m_online, m_typing, m_files),
      m_devices(db, m_online, m_stats, [this](ClientSession *s) { drop(s, Msg::NoticeEvent::Leave); }),
      m_edits(m_messages, m_roomStore, m_rooms, m_online, m_stats, m_files),
      m_files(m_config, db, m_messages, m_online, m_stats),
      m_downloads(m_config, db, m_messages, m_roomStore, m_files.store(), m_stats), m_statsTimer(this), m_bans(db),
      m_retention(db, m_roomStore, m_stats, config.retentionDays, this), m_banRefresh(this),
      m_checkpointer(db.isEmbedded() ? std::make_unique<Checkpointer>(db) : nullptr)
{
    m_stats.uptime.start();
    connect(&m_loginDeadlines, &LoginDeadlines::loginOverdue, this, &ChatServer::onLoginDue);
    if (config.ioThreads > 0) {
        m_io = new IoThreads(config.ioThreads, this);
        m_rooms.setIoThreads(m_io);
    }
    if (config.bus) {
        m_cluster =
            std::make_unique<ClusterBus>(*config.bus, config.database.name, m_rooms, m_online, m_roomStore, m_messages);
        m_rooms.onBroadcast = [this](const QString &room, const QByteArray &frame) {
            m_cluster->roomEvent(room, frame);
        };
        m_rooms.onOccupancy = [this](const QString &room, bool occupied) {
            m_cluster->onRoomOccupancy(room, occupied);
        };
        m_rooms.onAccountInRoom = [this](const QString &room, const QString &name, bool in) {
            m_cluster->onAccountInRoom(room, name, in);
        };
        m_rooms.membersElsewhere = [this](const QString &room) { return m_cluster->presence().membersElsewhere(room); };
        m_typing.onRelay = [this](const QString &room, const QString &name, bool active) {
            m_cluster->typing(room, name, active);
        };
        connect(m_cluster.get(), &ClusterBus::typingElsewhere, &m_typing, &TypingRelay::relayRemote);
        connect(m_cluster.get(), &ClusterBus::broadcastRequested, this, &ChatServer::noticeToEveryoneHere);
        connect(m_cluster.get(), &ClusterBus::kickRequested, this, &ChatServer::kickHere);
        connect(m_cluster.get(), &ClusterBus::closeRoomRequested, this, &ChatServer::closeRoomHere);
        connect(m_cluster.get(), &ClusterBus::presenceElsewhere, this, &ChatServer::tellPresenceHere);
        m_requests.setCluster(m_cluster.get());
        m_edits.setCluster(m_cluster.get());
        m_files.setCluster(m_cluster.get());
    }
    // Sessions the last run did not end cleanly (a crash, SIGKILL) ended when it stopped. Not in a cluster:
    // the tokens of sessions on the other nodes are in the same table (a crashed node's tokens last while
    // online until they are used again, which ends them).
    if (!config.bus && !m_db.endOnlineTokens(wallMs() + ResumeTokenLifetimeMs))
        ++m_stats.storageErrors;
    m_rooms.setQuietRoomSize(config.quietRoomSize);
    if (!m_bans.load())
        qCWarning(lcServer).noquote() << "cannot read the bans:" << m_bans.lastError();
    if (m_cluster) {
        m_banRefresh.setInterval(BanList::RefreshInterval);
        connect(&m_banRefresh, &QTimer::timeout, this, [this] { m_bans.load(); });
        m_banRefresh.start();
    }
    if (tls && !m_listener->setTlsConfiguration(*tls, &m_tlsError))
        qCWarning(lcServer).noquote() << "TLS:" << m_tlsError;
    // With TLS, a connection is ready only once its handshake has succeeded.
    connect(m_listener, &Listener::connectionReady, this, &ChatServer::onNewConnection);
    if (tls) {
        connect(m_listener, &Listener::handshakeFailed, this, [this](const QHostAddress &peer, const QString &why) {
            ++m_stats.tlsHandshakesFailed;
            qCDebug(lcServer) << "TLS handshake failed with" << peer.toString() << ":" << why;
            m_settledTrim.connectionSettled();
        });
        connect(m_listener, &Listener::plainTextRefused, this, [this] {
            ++m_stats.tlsPlainTextRefused;
            countError(ErrorCode::TlsRequired);
            m_settledTrim.connectionSettled();
        });
        connect(m_listener, &Listener::handshakeSucceeded, this,
                [this](qint64 ns) { m_stats.tlsHandshakeSeconds.observeNs(ns); });
        m_listener->setMaxHandshakesPerAddress(config.maxConnectionsPerAddress);
        // New connections per address are counted before their handshake, which is most of their cost.
        m_listener->setAdmission(
            [this](const QHostAddress &peer) { return m_connectionRate.admit(peer, MonotonicClock::nowMs()); });
        connect(m_listener, &Listener::handshakeRefused, this, [this](const QHostAddress &peer) {
            ++m_stats.connectionsRefused;
            qCDebug(lcServer) << "refused before the TLS handshake (too many from one address):" << peer.toString();
        });
    }
    connect(m_auth, &Authenticator::authenticated, this, &ChatServer::onAuthenticated);
    connect(&m_udp, &UdpChannel::datagramReceived, this, &ChatServer::onDatagram);
    connect(&m_udp, &UdpChannel::rekeyNeeded, this, [this](ClientSession *s) {
        if (!s->isActive())
            return;
        m_udp.rekey(s);
        ++m_stats.udpRekeys;
        s->sendMessage(Msg::UdpKey{s->udpSession(), s->udpKey()});
    });
    connect(&m_heartbeat, &HeartbeatMonitor::pingDue, this,
            [](ClientSession *s) { s->sendMessage(Msg::Ping{MonotonicClock::nowMs()}); });
    connect(&m_heartbeat, &HeartbeatMonitor::timedOut, this, [this](ClientSession *s) {
        qCInfo(lcServer) << "timed out:"
                         << (s->username().isEmpty() ? s->connection()->peerDescription() : s->username());
        ++m_stats.timeouts;
        drop(s, Msg::NoticeEvent::Timeout);
    });
    connect(&m_statsTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcServer).noquote() << "statistics\n" << statsSnapshot().report();
    });
    if (config.statsLogInterval.count() > 0) {
        m_statsTimer.setInterval(config.statsLogInterval);
        m_statsTimer.start();
    }
}

SettingsReload::Outcome ChatServer::reconfigure(const ServerConfig &fresh, const std::optional<QSslConfiguration> &tls)
{
    const ServerConfig before = m_config;
    const SettingsReload::Outcome outcome = SettingsReload::apply(m_config, fresh);
    m_rooms.setQuietRoomSize(m_config.quietRoomSize);
    m_loginDeadlines.setTimeout(m_config.authTimeout);
    m_retention.setDefaultDays(m_config.retentionDays);
    if (m_config.connectionRate != before.connectionRate)
        m_connectionRate = ConnectionRate(m_config.connectionRate, 10.0 * m_config.connectionRate);
    if (m_listener->usesTls()) {
        m_listener->setMaxHandshakesPerAddress(m_config.maxConnectionsPerAddress);
        QString error;
        if (tls && !m_listener->setTlsConfiguration(*tls, &error))
            qCWarning(lcServer).noquote() << "the renewed certificate is not used:" << error;
    }
    if (m_config.statsLogInterval != before.statsLogInterval) {
        m_statsTimer.stop();
        if (m_config.statsLogInterval.count() > 0) {
            m_statsTimer.setInterval(m_config.statsLogInterval);
            m_statsTimer.start();
        }
    }
    return outcome;
}

ChatServer::~ChatServer()
{
    // Sessions are children (also those closed and not deleted yet): none may call back into a
    // half-destroyed server.
    const QList<ClientSession *> sessions = findChildren<ClientSession *>(Qt::FindDirectChildrenOnly);
    for (ClientSession *s : sessions) {
        s->connection()->setOwner(nullptr);
        s->connection()->disconnect(this);
    }
}

bool ChatServer::listen(QString *error)
{
    if (!m_tlsError.isEmpty()) {
        *error = u"Cannot use the TLS certificate: %1"_s.arg(m_tlsError);
        return false;
    }
    if (!m_files.open(error))
        return false;
    m_listener->setListenBacklogSize(ListenBacklog);
    if (m_config.reusePort) {
        const int fd = ReusePort::listen(m_config.listenAddress, m_config.tcpPort, ListenBacklog, error);
        if (fd < 0)
            return false;
        if (!m_listener->setSocketDescriptor(fd)) {
            *error = u"Cannot listen on TCP port %1: %2"_s.arg(m_config.tcpPort).arg(m_listener->errorString());
            ::close(fd);
            return false;
        }
    } else if (!m_listener->listen(m_config.listenAddress, m_config.tcpPort)) {
        *error = u"Cannot listen on TCP %1 port %2: %3"_s.arg(m_config.listenAddress.toString())
                     .arg(m_config.tcpPort)
                     .arg(m_listener->errorString());
        return false;
    }
    return m_udp.bind(m_config.listenAddress, m_config.udpPort, error);
}

void ChatServer::joinCluster()
{
    connect(m_cluster.get(), &ClusterBus::ready, this, &ChatServer::clusterReady);
    m_cluster->start();
}

QString ChatServer::clusterError() const
{
    return m_cluster ? m_cluster->lastError() : QString();
}

void ChatServer::onNewConnection(LeanSocket *socket)
{
    if (m_shuttingDown) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    if (!admitConnection(socket)) {
        m_settledTrim.connectionSettled();
        return;
    }
    const QHostAddress peer = socket->peerAddress();
    auto *connection = new Connection(m_io ? m_io->adopt(socket) : static_cast<ByteStream *>(socket));
    // A client that stops reading is cut off once this much output waits for it: one slow reader must
    // not make the server hold its whole backlog in memory.
    connection->setMaxPendingOutput(m_config.maxPendingOutputKib * 1024);
    connection->setFairInput(true);
    // Its connection's events come by direct calls (SessionHost), not signal connections: those would cost
    // memory on every idle connection.
    auto *session = new ClientSession(connection, MonotonicClock::nowMs(), this, this);
    session->setErrorTally(&m_stats.errorsSent);
    session->setMessageBucket(TokenBucket(m_config.messageRate, m_config.messageBurst));
    session->setBudget(RequestBudget(m_config.requestRate, m_config.requestBurst));
    session->setPeerAddress(peer);
    m_perAddress.add(peer);
    m_loginDeadlines.add(session, MonotonicClock::nowMs());
    m_settledTrim.connectionOpened();
    m_sessions.insert(session);
    m_stats.connectionOpened();
    m_heartbeat.track(session);
    qCDebug(lcServer) << "connection from" << connection->peerDescription();
}

void ChatServer::sessionMessage(ClientSession *session, const Msg::Message &message, std::optional<qint64> ref)
{
    onMessage(session, message, ref);
}

void ChatServer::sessionInvalidMessage(ClientSession *session, const ProtocolError &error)
{
    onInvalidMessage(session, error);
}

void ChatServer::sessionFatalError(ClientSession *, const ProtocolError &error)
{
    m_requests.storeWaitingMessages(); // the connection closes next: its acks first
    if (error.code == ErrorCode::RateLimited)
        ++m_stats.slowConsumers;
}

void ChatServer::sessionConnectionClosed(ClientSession *session)
{
    onSessionClosed(session);
    m_perAddress.remove(session->peerAddress());
    session->deleteLater(); // only now: deleting earlier would throw away what is still being flushed
}

void ChatServer::onLoginDue(ClientSession *session)
{
    if (session->isActive() || !m_sessions.contains(session))
        return;
    ++m_stats.authTimeouts;
    session->connection()->closeWithError(
        {ErrorCode::NotAuthenticated,
         u"The connection was closed: it did not log in within %1 seconds."_s.arg(m_config.authTimeout.count())});
}

void ChatServer::onMessage(ClientSession *session, const Msg::Message &message, std::optional<qint64> ref)
{
    // Room messages wait for the end of the pass to be stored together; whatever else comes is answered
    // after them, as it came after them (but for the heartbeat and typing, which change nothing stored and
    // come often enough to keep the batches small).
    if (!std::holds_alternative<Msg::Say>(message) && !std::holds_alternative<Msg::Ping>(message) &&
        !std::holds_alternative<Msg::Pong>(message) && !std::holds_alternative<Msg::Typing>(message))
        m_requests.storeWaitingMessages();
    const qint64 now = MonotonicClock::nowMs();
    session->heard(now);
    m_settledTrim.requestHandled();
    ++m_stats.framesIn[QString(Msg::typeOf(message))];
    qint64 retryAfter = 0;
    const RequestBudget::Verdict verdict =
        session->budget().charge(message, session->connection()->currentFrameBytes(), now, &retryAfter);
    if (!withinBudget(session, verdict, retryAfter, ref))
        return;
    session->setRequestRef(ref);
    if (session->protocolVersion() < 2 && isVersionTwo(message) && !std::holds_alternative<Msg::Transfer>(message)) {
        // A version 1 session is served as version 1: what it cannot have asked for is unknown to it.
        session->sendMessage(Msg::ErrorReply(
            ErrorCode::UnknownType,
            u"'%1', as sent, needs protocol version 2; this session speaks version 1."_s.arg(Msg::typeOf(message))));
        session->setRequestRef(std::nullopt);
        return;
    }
    std::visit([this, session](const auto &m) { handle(session, m); }, message);
    session->setRequestRef(std::nullopt);
}

void ChatServer::onInvalidMessage(ClientSession *session, const ProtocolError &error)
{
    m_requests.storeWaitingMessages(); // answered in order
    const qint64 now = MonotonicClock::nowMs();
    session->heard(now);
    ++m_stats.invalidFrames;
    qint64 retryAfter = 0;
    const RequestBudget::Verdict verdict =
        session->budget().chargeInvalid(session->connection()->currentFrameBytes(), now, &retryAfter);
    if (withinBudget(session, verdict, retryAfter, error.ref))
        session->sendMessage(Msg::ErrorReply(error));
}

bool ChatServer::withinBudget(ClientSession *s, RequestBudget::Verdict verdict, qint64 retryAfterMs,
                              std::optional<qint64> ref)
{
    switch (verdict) {
    case RequestBudget::Verdict::Allowed:
        return true;
    case RequestBudget::Verdict::Refused: {
        ++m_stats.requestsRefused;
        Msg::ErrorReply e(ErrorCode::RateLimited,
                          u"Too many requests; wait %1 ms before sending again."_s.arg(retryAfterMs), ref);
        e.retryAfterMs = retryAfterMs;
        s->sendMessage(e);
        return false;
    }
    case RequestBudget::Verdict::Disconnect:
        m_requests.storeWaitingMessages(); // its acks before the close
        ++m_stats.floodDisconnects;
        // Debug only: a flooder must not choose how fast the log grows (stats counts every one).
        qCDebug(lcServer) << "closed for flooding:" << s->connection()->peerDescription();
        s->connection()->closeWithError(
            {ErrorCode::RateLimited, u"The connection was closed: it kept sending after being asked to wait."_s, ref});
        return false;
    }
    return false;
}

void ChatServer::onSessionClosed(ClientSession *session)
{
    if (!m_sessions.contains(session))
        return;
    drop(session, Msg::NoticeEvent::Leave);
}

void ChatServer::drop(ClientSession *s, Msg::NoticeEvent event)
{
    if (!m_sessions.contains(s))
        return;
    m_requests.storeWaitingMessages(); // what it said before it went, before it goes
    if (!m_sessions.remove(s))
        return; // (dropped meanwhile, by what storing set off)
    const bool wasActive = s->isActive();
    s->setState(ClientSession::State::Closing);
    m_heartbeat.untrack(s);
    m_udp.unregisterSession(s);
    if (wasActive) {
        for (const QString &room : s->rooms())
            m_typing.forget(s, room);
        // The account goes offline with its last device; told while the rooms it is told in still hold it.
        if (m_online.sessionsOf(s->userKey()) == QList<ClientSession *>{s})
            sendPresence(s, Msg::Presence::Offline);
        m_rooms.leaveAll(s, event);
        if (m_online.remove(s) && m_cluster)
            m_cluster->onAccountPresence(s->userKey(), s->username(), false);
        qCInfo(lcServer) << "session ended:" << s->username() << Msg::noticeEventName(event);
        // By account: another device, or a new device name, is not a fresh allowance.
        m_recentBudgets.remember(s->userKey(), {s->budget(), s->messageBucket()}, MonotonicClock::nowMs());
        // Its token resumes it for ResumeTokenLifetime from now (unless it logged out: revoked already).
        if (!s->resumeTokenHash().isEmpty() &&
            !m_db.extendResumeToken(s->resumeTokenHash(), wallMs() + ResumeTokenLifetimeMs))
            ++m_stats.storageErrors;
        if (!m_shuttingDown)
            m_devices.sendSessionLists(s->userKey());
    } else if (!m_shuttingDown) {
        m_settledTrim.connectionSettled(); // it went before logging in
    }
    m_stats.tcpBytesIn += s->connection()->bytesReceived();
    m_stats.tcpBytesOut += s->connection()->bytesSent();
    m_stats.connectionClosed();
    s->connection()->close(); // the socket gives up on a peer that does not read (LeanSocket's CloseGrace)
    if (m_shuttingDown && m_sessions.isEmpty())
        finish();
}

void ChatServer::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_requests.storeWaitingMessages(); // the database closes next
    m_files.finish(); // hash checks under way stop; their uploads are checked again on the next transfer
    if (m_checkpointer)
        m_checkpointer->stop(); // the database closes next
    if (m_cluster)
        m_cluster->stop([this] { emit finished(); }); // the other nodes hear of it first
    else
        emit finished();
}

bool ChatServer::admitConnection(LeanSocket *socket)
{
    const int total = int(m_sessions.size()) + m_files.transferCount() + m_downloads.transferCount();
    const int fromPeer = m_perAddress.count(socket->peerAddress());
    QString why;
    ErrorCode code = ErrorCode::TooManyConnections;
    if (m_bans.isBanned(socket->peerAddress())) {
        why = u"Connections from your address are banned from this server."_s;
        code = ErrorCode::Banned;
    } else if (m_config.maxConnections > 0 && total >= m_config.maxConnections)
        why = u"The server is full (%1 connections); try again later."_s.arg(m_config.maxConnections);
    else if (m_config.maxConnectionsPerAddress > 0 && fromPeer >= m_config.maxConnectionsPerAddress)
        why = u"Too many connections from your address (the limit is %1)."_s.arg(m_config.maxConnectionsPerAddress);
    else if (!m_listener->usesTls() && !m_connectionRate.admit(socket->peerAddress(), MonotonicClock::nowMs()))
        why = u"Too many new connections from your address; wait a few seconds."_s;
    if (why.isEmpty())
        return true;
    ++m_stats.connectionsRefused;
    countError(code); // no session to count it
    // Told why, then closed; the socket is not a session and takes nothing else from the server.
    socket->setParent(this);
    socket->write(Msg::encode(Msg::ErrorReply(code, why)));
    connect(socket, &LeanSocket::disconnected, socket, &QObject::deleteLater);
    socket->disconnectFromHost();
    return false;
}

void ChatServer::handle(ClientSession *s, const Msg::Hello &m)
{
    if (s->state() != ClientSession::State::AwaitingHello)
        return; // a repeated hello is ignored
    if (m.version < Protocol::MinVersion || m.version > Protocol::Version) {
        s->connection()->closeWithError(
            {ErrorCode::UnsupportedVersion,
             u"This server speaks protocol versions %1 to %2; the client speaks %3."_s.arg(Protocol::MinVersion)
                 .arg(Protocol::Version)
                 .arg(m.version),
             s->requestRef()});
        return;
    }
    s->setState(ClientSession::State::AwaitingAuth);
    // The session speaks the client's version: a version 1 client is served as one.
    s->setProtocolVersion(m.version);
    Msg::Welcome w;
    w.version = m.version;
    w.server = u"chatroom-server %1"_s.arg(QCoreApplication::applicationVersion());
    w.heartbeatMs = m_config.heartbeatInterval.count();
    w.timeoutMs = m_config.heartbeatTimeout.count();
    w.udpPort = m_udp.port();
    w.maxFrame = Protocol::MaxFrameBytes;
    w.maxHistory = Protocol::MaxHistoryLimit;
    if (m.version >= 2)
        w.files = m_files.limits();
    s->sendMessage(w);
}

void ChatServer::handle(ClientSession *s, const Msg::Transfer &m)
{
    if (s->state() != ClientSession::State::AwaitingHello) {
        s->sendMessage(Msg::ErrorReply(ErrorCode::UnknownType,
                                       u"'transfer' opens a connection of its own, in place of 'hello'."_s));
        return;
    }
    // From here on a connection of bytes, not a chat session: no login, heartbeat or shutdown wait.
    m_sessions.remove(s);
    m_heartbeat.untrack(s);
    m_stats.connectionClosed();
    m_settledTrim.connectionSettled();
    if (m.download)
        m_downloads.startTransfer(s, m);
    else
        m_files.startTransfer(s, m);
}

void ChatServer::handleAuthRequest(ClientSession *s, const std::function<void()> &start)
{
    // A login heard out after the client closed has no one to log in (and a resume would spend its token).
    if (!s->connection()->isOpen())
        return;
    if (s->state() == ClientSession::State::AwaitingAuth) {
        s->setAuthRef(s->requestRef());
        start();
    } else if (s->state() == ClientSession::State::AwaitingHello || s->state() == ClientSession::State::Authenticating)
        s->requireActive();
    else
        s->sendMessage(Msg::ErrorReply(ErrorCode::AlreadyAuthenticated, u"You are already logged in."_s));
}

void ChatServer::handle(ClientSession *s, const Msg::Register &m)
{
    handleAuthRequest(s, [&] { m_auth->registerUser(s, m); });
}

void ChatServer::handle(ClientSession *s, const Msg::Login &m)
{
    handleAuthRequest(s, [&] { m_auth->login(s, m); });
}

void ChatServer::handle(ClientSession *s, const Msg::Resume &m)
{
    handleAuthRequest(s, [&] { m_auth->resume(s, m); });
}

void ChatServer::onAuthenticated(ClientSession *s, const UserRecord &user, const QString &device, bool resumed)
{
    m_requests.storeWaitingMessages(); // a session this login replaces gets its acks first
    // A connection that ended while its password was checked (its closed() still on its way) must not
    // replace anyone's session or revoke the account's tokens.
    if (!m_sessions.contains(s) || !s->connection()->isOpen())
        return;
    if (const std::optional<QString> reason = m_bans.userBan(Names::canonical(user.name))) {
        ++m_stats.loginsFailed;
        s->sendMessage(Msg::ErrorReply(ErrorCode::Banned,
                                       reason->isEmpty() ? u"This account is banned from the server."_s
                                                         : u"This account is banned from the server: %1"_s.arg(*reason),
                                       s->authRef()));
        drop(s, Msg::NoticeEvent::Leave);
        return;
    }
    s->setUser(user.id, user.name);
    s->setDevice(s->protocolVersion() >= 2 ? device : QString()); // version 1 knows no devices
    // One device, one session: the newer one wins, and the older is told why it ends. It ends once the new
    // one is in its rooms, so that to everyone else the account never left.
    ClientSession *replaced = m_online.deviceSession(s->userKey(), s->device());
    if (replaced == s)
        replaced = nullptr;
    if (!replaced && m_online.sessionCount(s->userKey()) >= m_config.maxSessionsPerUser) {
        ++m_stats.loginsFailed;
        s->setState(ClientSession::State::AwaitingAuth);
        s->sendMessage(Msg::ErrorReply(
            ErrorCode::TooManySessions,
            u"%1 is logged in on %2 devices, the most allowed; end one of those sessions first."_s.arg(user.name).arg(
                m_config.maxSessionsPerUser),
            s->authRef()));
        return;
    }
    ++m_stats.loginsOk;
    s->setState(ClientSession::State::Active);
    s->setLoggedInAtMs(wallMs());
    // A client that comes back (closed for flooding, say) goes on with the budget its last session left.
    if (std::optional<RecentBudgets::Budgets> left = m_recentBudgets.take(s->userKey(), MonotonicClock::nowMs())) {
        s->setBudget(left->requests);
        s->setMessageBucket(left->messages);
    } else {
        s->budget().setLoggedIn();
    }
    if (replaced)
        replaced->sendMessage(Msg::Notice{Msg::NoticeEvent::Replaced, std::nullopt, user.name,
                                          u"You logged in again on this device; this session ended."_s, wallMs()});
    const bool cameOnline = m_online.add(s);
    if (cameOnline && m_cluster)
        m_cluster->onAccountPresence(s->userKey(), user.name, true);
    m_udp.registerSession(s);
    const auto [token, tokenHash] = Authenticator::newResumeToken();
    const QStringList joinRooms = roomsToJoin(s, user.id);
    s->setResumeTokenHash(tokenHash);
    // One device, one token: the device's older tokens stop working now; other devices keep theirs.
    if (!m_db.replaceResumeTokens(user.id, s->device(), tokenHash, Database::WhileOnline))
        ++m_stats.storageErrors; // the session works; only a later resume will ask for the password
    Msg::AuthOk ok;
    ok.username = user.name;
    ok.resumeToken = token;
    ok.udpSession = s->udpSession();
    ok.udpKey = s->udpKey();
    ok.rooms = joinRooms;
    ok.resumed = resumed;
    if (!s->device().isEmpty())
        ok.device = s->device();
    s->sendMessage(ok);
    for (const QString &room : std::as_const(joinRooms))
        m_rooms.join(s, room, m_requests.joinDetails(s, room));
    if (cameOnline)
        sendPresence(s, Msg::Presence::Online);
    if (replaced) {
        m_devices.hold(); // one list below says both
        drop(replaced, Msg::NoticeEvent::Leave);
        m_devices.release();
    }
    if (s->protocolVersion() >= 2)
        m_requests.sendConversations(s);
    m_devices.sendSessionLists(s->userKey());
    qCInfo(lcServer) << (resumed ? "resumed:" : "logged in:") << user.name << "from"
                     << s->connection()->peerDescription();
    m_settledTrim.connectionSettled();
}

void ChatServer::countError(ErrorCode code)
{
    ++m_stats.errorsSent[QString(errorCodeName(code))];
}

qsizetype ChatServer::unsettledConnections() const
{
    return m_listener->connectionsWaiting() + m_listener->handshakesInProgress() + m_sessions.size() -
           m_online.sessionTotal();
}

QStringList ChatServer::roomsToJoin(ClientSession *s, qint64 userId)
{
    QStringList rooms;
    if (std::optional<QStringList> kept = m_db.roomsOf(userId)) {
        rooms = *kept;
    } else {
        ++m_stats.storageErrors; // unreadable: the lobby for this session, and nothing forgotten
        return {QString(Protocol::DefaultRoom)};
    }
    rooms.removeIf([](const QString &r) { return Names::roomNameProblem(r).has_value(); });
    // Rooms past the limit (kept when it was higher) are left for good: they could not be left otherwise.
    if (m_config.maxRoomsPerUser > 0 && rooms.size() > m_config.maxRoomsPerUser) {
        for (const QString &room : rooms.mid(m_config.maxRoomsPerUser)) {
            qCInfo(lcServer) << "room past --max-rooms-per-user left for account" << userId << ":" << room;
            if (!m_db.forgetRoom(userId, room))
                ++m_stats.storageErrors;
            // The account's devices already here leave it too, and are told, as at a leave of theirs: the
            // account and its sessions must not disagree about where it is.
            const QList<ClientSession *> devices = m_online.sessionsOf(s->userKey());
            for (ClientSession *device : devices) {
                if (device != s && device->rooms().contains(room)) {
                    m_typing.forget(device, room);
                    m_rooms.leave(device, room, Msg::NoticeEvent::Leave, true);
                }
            }
        }
        rooms.resize(m_config.maxRoomsPerUser);
    }
    if (rooms.isEmpty()) {
        rooms = {QString(Protocol::DefaultRoom)};
        if (!m_db.rememberRoom(userId, rooms.first()))
            ++m_stats.storageErrors;
    }
    return rooms;
}

void ChatServer::handle(ClientSession *s, const Msg::ListSessions &m)
{
    m_devices.handle(s, m);
}

void ChatServer::handle(ClientSession *s, const Msg::EndSession &m)
{
    if (!m_devices.handle(s, m))
        handle(s, Msg::Logout{}); // its own device
}

void ChatServer::sendPresence(ClientSession *s, Msg::Presence presence)
{
    // In a cluster the account may be online on another node still (or already): no news then.
    if (m_cluster && m_cluster->presence().isOnlineElsewhere(s->userKey()))
        return;
    const QStringList rooms = s->sortedRooms();
    tellPresenceHere(s->username(), presence == Msg::Presence::Online, rooms);
    if (m_cluster)
        m_cluster->presenceChanged(s->username(), presence == Msg::Presence::Online, rooms);
}

void ChatServer::tellPresenceHere(const QString &name, bool online, const QStringList &rooms)
{
    const QString key = Names::canonical(name);
    QSet<ClientSession *> seen;
    const QByteArray frame =
        Msg::encode(Msg::PresenceUpdate{name, online ? Msg::Presence::Online : Msg::Presence::Offline});
    for (const QString &room : rooms) {
        if (m_rooms.isLarge(room))
            continue; // as with join notices: n members coming online would cost n * n updates
        const QList<ClientSession *> members = m_rooms.members(room); // a copy: see RoomRegistry::broadcast
        for (ClientSession *member : members) {
            if (member->userKey() != key && !seen.contains(member)) { // each once, however many rooms they share
                seen.insert(member);
                member->send(frame);
            }
        }
    }
}

void ChatServer::handle(ClientSession *s, const Msg::Logout &)
{
    // Revoked before the session ends: the connection closing is what tells the client logout is done.
    if (!s->resumeTokenHash().isEmpty()) {
        if (!m_db.revokeResumeToken(s->resumeTokenHash()))
            ++m_stats.storageErrors;
        s->setResumeTokenHash({});
    }
    drop(s, Msg::NoticeEvent::Leave);
}

void ChatServer::handle(ClientSession *s, const Msg::Ping &m)
{
    s->sendMessage(Msg::Pong{m.ts});
}

void ChatServer::handle(ClientSession *, const Msg::Pong &)
{
    // heard() already recorded the sign of life.
}

void ChatServer::onDatagram(ClientSession *s, const Msg::Message &message)
{
    if (!s->isActive() || !s->connection()->isOpen())
        return;
    const qint64 now = MonotonicClock::nowMs();
    s->heard(now);
    if (const auto *ping = std::get_if<Msg::Ping>(&message)) {
        m_udp.send(s, Msg::Pong{ping->ts}, now);
    } else if (const auto *typing = std::get_if<Msg::Typing>(&message); typing && s->rooms().contains(typing->room)) {
        if (s->budget().allowTyping(now))
            m_typing.relay(s, typing->room, typing->active);
        else
            ++m_stats.requestsRefused; // UDP has no answer to give; the datagram is dropped
    }
}

ServerStats ChatServer::statsSnapshot() const
{
    ServerStats snapshot = m_stats;
    for (const ClientSession *s : std::as_const(m_sessions)) {
        snapshot.tcpBytesIn += s->connection()->bytesReceived();
        snapshot.tcpBytesOut += s->connection()->bytesSent();
        snapshot.sendQueueBytes += s->connection()->pendingOutput();
        snapshot.sessionsActive += s->isActive() ? 1 : 0;
    }
    snapshot.tcpBytesOut += m_rooms.bytesThroughThreads();
    snapshot.messagesDelivered = m_rooms.framesDelivered();
    snapshot.transfersActive = m_files.transferCount() + m_downloads.transferCount();
    return snapshot;
}

QList<const ClientSession *> ChatServer::onlineSessions() const
{
    const QList<ClientSession *> all = m_online.allSessions();
    return {all.cbegin(), all.cend()};
}

QList<Msg::RoomInfo> ChatServer::roomList() const
{
    return m_rooms.roomList();
}

void ChatServer::broadcastNotice(const QString &text)
{
    noticeToEveryoneHere(text);
    if (m_cluster)
        m_cluster->broadcast(text);
}

QStringList ChatServer::onlineElsewhere() const
{
    return m_cluster ? m_cluster->presence().onlineElsewhere() : QStringList();
}

int ChatServer::peerCount() const
{
    return m_cluster ? m_cluster->presence().peerCount() : 0;
}

void ChatServer::noticeToEveryoneHere(const QString &text)
{
    const QByteArray frame =
        Msg::encode(Msg::Notice{Msg::NoticeEvent::Broadcast, std::nullopt, std::nullopt, text, wallMs()});
    for (ClientSession *s : m_online.allSessions()) // a copy: see RoomRegistry::broadcast
        s->send(frame);
}

bool ChatServer::kick(const QString &username, const QString &reason)
{
    const bool elsewhere = m_cluster && m_cluster->presence().isOnlineElsewhere(Names::canonical(username));
    if (m_cluster)
        m_cluster->kick(username, reason);
    return kickHere(username, reason) || elsewhere;
}

bool ChatServer::kickHere(const QString &username, const QString &reason)
{
    m_requests.storeWaitingMessages(); // (also when another node asked)
    const QList<ClientSession *> sessions = m_online.sessionsOf(Names::canonical(username));
    const QString text = reason.isEmpty() ? u"You were removed by the administrator."_s
                                          : u"You were removed by the administrator: %1"_s.arg(reason);
    m_devices.hold(); // every device goes: no list to tell
    for (ClientSession *s : sessions) {
        s->sendMessage(Msg::Notice{Msg::NoticeEvent::Kicked, std::nullopt, s->username(), text, wallMs()});
        drop(s, Msg::NoticeEvent::Kicked);
    }
    m_devices.release();
    return !sessions.isEmpty();
}

int ChatServer::closeRoom(const QString &room, const QString &text)
{
    if (m_cluster)
        m_cluster->closeRoom(room, text);
    return closeRoomHere(room, text);
}

int ChatServer::closeRoomHere(const QString &room, const QString &text)
{
    m_requests.storeWaitingMessages(); // (also when another node removed it)
    const QByteArray frame =
        Msg::encode(Msg::Notice{Msg::NoticeEvent::Broadcast, std::nullopt, std::nullopt, text, wallMs()});
    const QList<ClientSession *> sessions = m_rooms.close(room, frame);
    for (ClientSession *s : sessions)
        m_typing.forget(s, room);
    return int(sessions.size());
}

int ChatServer::dropFrom(const std::pair<QHostAddress, int> &subnet, const QString &text)
{
    QList<ClientSession *> from;
    for (ClientSession *s : std::as_const(m_sessions))
        if (BanList::plainAddress(s->connection()->peerAddress()).isInSubnet(subnet))
            from.append(s);
    for (ClientSession *s : std::as_const(from)) {
        if (!m_sessions.contains(s)) // dropped meanwhile (its output overflowed while others were told)
            continue;
        s->sendMessage(Msg::Notice{Msg::NoticeEvent::Kicked, std::nullopt, s->username(), text, wallMs()});
        drop(s, Msg::NoticeEvent::Kicked);
    }
    return int(from.size());
}

void ChatServer::shutdown(const QString &reason, const QString &requestedBy)
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    m_requests.storeWaitingMessages();
    m_listener->close();
    m_files.closeTransfers(); // they resume with the next server
    m_downloads.closeTransfers();
    qCInfo(lcServer).noquote() << u"shutting down (asked by %1)%2"_s.arg(
        requestedBy, reason.isEmpty() ? QString() : u": "_s + reason);
    const QByteArray frame =
        Msg::encode(Msg::Notice{Msg::NoticeEvent::Shutdown, std::nullopt, std::nullopt,
                                !reason.isEmpty() ? reason
                                : m_cluster       ? u"This server is stopping; you are being moved to another one."_s
                                                  : u"The server is shutting down."_s,
                                wallMs()});
    const QList<ClientSession *> all(m_sessions.begin(), m_sessions.end());
    for (ClientSession *s : all) {
        if (s->isActive())
            s->send(frame);
        // No leave notices: everyone is being told the server is going away.
        s->setState(ClientSession::State::Closing);
        s->connection()->close();
    }
    if (m_sessions.isEmpty())
        finish();
    else
        QTimer::singleShot(ShutdownGrace, this, [this] {
            for (ClientSession *s : QList<ClientSession *>(m_sessions.begin(), m_sessions.end()))
                s->connection()->abort();
            finish();
        });
}
