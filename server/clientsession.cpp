#include "clientsession.h"

#include "names.h"

using namespace Qt::Literals::StringLiterals;

namespace {
// A client whose UDP has been silent this long gets its real-time events over TCP (see PROTOCOL.md §5).
constexpr qint64 UdpPathLifetimeMs = 20'000;
} // namespace

ClientSession::ClientSession(Connection *connection, qint64 nowMs, SessionHost *host, QObject *parent)
    : QObject(parent), m_connection(connection), m_host(host), m_lastHeardMs(nowMs)
{
    connection->setParent(this);
    connection->setOwner(this);
}

ClientSession::~ClientSession()
{
    m_connection->setOwner(nullptr); // the connection, a child, goes after this body
}

bool ClientSession::requireActive(std::optional<qint64> ref)
{
    if (isActive())
        return true;
    sendMessage(Msg::ErrorReply(
        ErrorCode::NotAuthenticated,
        m_state == State::AwaitingHello ? u"Send a hello first."_s : u"Log in or register first."_s, ref));
    return false;
}

void ClientSession::setUser(qint64 id, const QString &name)
{
    m_userId = id;
    m_username = name;
    m_userKey = Names::canonical(name);
}

void ClientSession::setUdpCredentials(quint32 session, const QByteArray &key)
{
    m_udpSession = session;
    m_udpKey = key;
    m_replay = {};
    m_udpCounter = 0;
    m_lastUdpMs = -1;
    m_badDatagrams = 0;
}

bool ClientSession::noteBadDatagram(qint64 nowMs)
{
    if (++m_badDatagrams < BadDatagramsBeforeRekey || nowMs - m_lastRekeyMs < MinRekeyIntervalMs)
        return false;
    m_lastRekeyMs = nowMs;
    return true;
}

void ClientSession::udpHeard(const QHostAddress &address, quint16 port, qint64 nowMs)
{
    m_udpAddress = address;
    m_udpPort = port;
    m_lastUdpMs = nowMs;
}

bool ClientSession::udpProven(qint64 nowMs) const
{
    return m_lastUdpMs >= 0 && nowMs - m_lastUdpMs < UdpPathLifetimeMs;
}
