// One connected client: its connection, where it is in the session order, who it is and where it is.
#pragma once

#include "connection.h"
#include "datagram.h"
#include "names.h"
#include "ratelimiter.h"
#include "requestbudget.h"
#include "roomset.h"
#include "sessionhost.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>

class ClientSession : public QObject, private Connection::Owner
{
    Q_OBJECT
public:
    enum class State { AwaitingHello, AwaitingAuth, Authenticating, Active, Closing };

    // Takes the connection (a child from now on); its events go to host, which outlives the session.
    ClientSession(Connection *connection, qint64 nowMs, SessionHost *host, QObject *parent = nullptr);
    ~ClientSession() override;

    Connection *connection() const { return m_connection; }
    // Where it connected from, as seen when it was accepted.
    void setPeerAddress(const QHostAddress &peer) { m_peer = peer; }
    const QHostAddress &peerAddress() const { return m_peer; }
    // Where the errors sent are counted by code (ServerStats::errorsSent); it outlives the session.
    void setErrorTally(QHash<QString, qint64> *tally) { m_errorTally = tally; }
    void send(const QByteArray &frame) { m_connection->send(frame); }
    template <typename T> void sendMessage(const T &message) { m_connection->sendMessage(message); }
    // An error answers the request being handled: it carries that request's ref unless it names one.
    void sendMessage(Msg::ErrorReply error)
    {
        if (!error.ref)
            error.ref = m_requestRef;
        if (m_errorTally)
            ++(*m_errorTally)[error.code];
        m_connection->sendMessage(error);
    }

    // The ref of the request being handled now (set around each dispatch), and of the login, register or
    // resume being worked on, whose answer comes later.
    std::optional<qint64> requestRef() const { return m_requestRef; }
    void setRequestRef(std::optional<qint64> ref) { m_requestRef = ref; }
    std::optional<qint64> authRef() const { return m_authRef; }
    void setAuthRef(std::optional<qint64> ref) { m_authRef = ref; }

    State state() const { return m_state; }
    void setState(State state) { m_state = state; }
    bool isActive() const { return m_state == State::Active; }
    // A search of this session's is on the search thread (one at a time).
    bool isSearching() const { return m_searching; }
    void setSearching(bool on) { m_searching = on; }
    // True when logged in; otherwise answers not_authenticated (about request `ref`, if given).
    bool requireActive(std::optional<qint64> ref = std::nullopt);

    // Set when authenticated.
    void setUser(qint64 id, const QString &name);
    qint64 userId() const { return m_userId; }
    const QString &username() const { return m_username; }
    const QString &userKey() const { return m_userKey; } // canonical form, for lookups

    // The device it is ("" for the unnamed one), and the protocol version its hello asked for.
    void setDevice(const QString &device)
    {
        m_device = device;
        m_deviceKey = Names::deviceKey(device);
    }
    const QString &device() const { return m_device; }
    const QString &deviceKey() const { return m_deviceKey; }
    void setProtocolVersion(int version) { m_protocolVersion = version; }
    int protocolVersion() const { return m_protocolVersion; }
    // When it logged in (wall time, for the session list).
    void setLoggedInAtMs(qint64 ms) { m_loggedInAtMs = ms; }
    qint64 loggedInAtMs() const { return m_loggedInAtMs; }

    RoomSet &rooms() { return m_rooms; }
    QStringList sortedRooms() const { return m_rooms.sorted(); } // a copy: safe to walk while leaving

    QByteArray resumeTokenHash() const { return m_resumeTokenHash; }
    void setResumeTokenHash(const QByteArray &hash) { m_resumeTokenHash = hash; }

    // Heartbeat: any frame from the client counts as a sign of life.
    void heard(qint64 nowMs) { m_lastHeardMs = nowMs; }
    qint64 lastHeardMs() const { return m_lastHeardMs; }

    // UDP: the session's key and id, and the endpoint proven by the last valid datagram.
    quint32 udpSession() const { return m_udpSession; }
    const QByteArray &udpKey() const { return m_udpKey; }
    void setUdpCredentials(quint32 session, const QByteArray &key);
    Datagram::ReplayWindow &replayWindow() { return m_replay; }
    void udpHeard(const QHostAddress &address, quint16 port, qint64 nowMs);
    // Datagrams that carry this session's id but fail the tag or replay check: after a few in a row the
    // client's key or counter is out of step, and it gets a new key over TCP (true: do that now). At most
    // one new key per MinRekeyIntervalMs, so forged datagrams cannot make the server churn keys.
    bool noteBadDatagram(qint64 nowMs);
    void noteGoodDatagram() { m_badDatagrams = 0; }
    static constexpr int BadDatagramsBeforeRekey = 3;
    static constexpr qint64 MinRekeyIntervalMs = 10'000;
    bool udpProven(qint64 nowMs) const;
    QHostAddress udpAddress() const { return m_udpAddress.value_or(QHostAddress()); }
    quint16 udpPort() const { return m_udpPort; }
    quint64 nextUdpCounter() { return ++m_udpCounter; }

    RequestBudget &budget() { return m_budget; }
    void setBudget(const RequestBudget &budget) { m_budget = budget; }
    TokenBucket &messageBucket() { return m_messageBucket; }
    void setMessageBucket(const TokenBucket &bucket) { m_messageBucket = bucket; }

    qint64 messagesSent() const { return m_messagesSent; }
    void countMessage() { ++m_messagesSent; }

private:
    void connectionMessage(const Msg::Message &message, std::optional<qint64> ref) override
    {
        m_host->sessionMessage(this, message, ref);
    }
    void connectionInvalidMessage(const ProtocolError &error) override { m_host->sessionInvalidMessage(this, error); }
    void connectionFatalError(const ProtocolError &error) override { m_host->sessionFatalError(this, error); }
    void connectionClosed() override { m_host->sessionConnectionClosed(this); }

    QHash<QString, qint64> *m_errorTally = nullptr;
    Connection *m_connection;
    SessionHost *m_host;
    QHostAddress m_peer;
    State m_state = State::AwaitingHello;
    qint64 m_userId = 0;
    QString m_username;
    QString m_userKey;
    QString m_device;
    QString m_deviceKey;
    int m_protocolVersion = 1;
    qint64 m_loggedInAtMs = 0;
    RoomSet m_rooms;
    QByteArray m_resumeTokenHash;
    qint64 m_lastHeardMs;
    quint32 m_udpSession = 0;
    QByteArray m_udpKey;
    Datagram::ReplayWindow m_replay;
    std::optional<QHostAddress> m_udpAddress; // an empty QHostAddress would still allocate its data
    quint16 m_udpPort = 0;
    qint64 m_lastUdpMs = -1;
    quint64 m_udpCounter = 0;
    int m_badDatagrams = 0;
    qint64 m_lastRekeyMs = -MinRekeyIntervalMs;
    qint64 m_messagesSent = 0;
    TokenBucket m_messageBucket;
    RequestBudget m_budget;
    std::optional<qint64> m_requestRef;
    bool m_searching = false;
    std::optional<qint64> m_authRef;
};
