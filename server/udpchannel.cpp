#include "udpchannel.h"
#include "monotonicclock.h"

#include "clientsession.h"
#include "serverstats.h"

#include <QLoggingCategory>
#include <QNetworkDatagram>
#include <QtCrypto>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcUdp, "chat.server.udp")

namespace {
constexpr int UdpKeyBytes = 32;
}

UdpChannel::UdpChannel(ServerStats &stats, QObject *parent) : QObject(parent), m_socket(this), m_stats(stats)
{
    connect(&m_socket, &QUdpSocket::readyRead, this, &UdpChannel::onReadyRead);
}

bool UdpChannel::bind(const QHostAddress &address, quint16 port, QString *error)
{
    if (!m_socket.bind(address, port)) {
        *error = u"Cannot listen on UDP %1 port %2: %3"_s.arg(address.toString()).arg(port).arg(m_socket.errorString());
        return false;
    }
    return true;
}

void UdpChannel::registerSession(ClientSession *session)
{
    quint32 id = 0;
    while (id == 0 || m_sessions.contains(id)) {
        const QByteArray r = QCA::Random::randomArray(4).toByteArray();
        id = qFromBigEndian<quint32>(r.constData());
    }
    session->setUdpCredentials(id, QCA::Random::randomArray(UdpKeyBytes).toByteArray());
    m_sessions.insert(id, session);
}

void UdpChannel::rekey(ClientSession *session)
{
    session->setUdpCredentials(session->udpSession(), QCA::Random::randomArray(UdpKeyBytes).toByteArray());
}

void UdpChannel::unregisterSession(ClientSession *session)
{
    if (session->udpSession() != 0)
        m_sessions.remove(session->udpSession());
}

bool UdpChannel::send(ClientSession *session, const Msg::Message &message, qint64 nowMs)
{
    if (!session->udpProven(nowMs))
        return false;
    const Datagram::Header header{Datagram::Direction::ToClient, session->udpSession(), session->nextUdpCounter()};
    const QByteArray datagram = Datagram::seal(header, message, session->udpKey());
    const qint64 n = m_socket.writeDatagram(datagram, session->udpAddress(), session->udpPort());
    if (n < 0)
        return false;
    m_stats.udpBytesOut += n;
    ++m_stats.udpDatagramsOut;
    return true;
}

void UdpChannel::onReadyRead()
{
    while (m_socket.hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket.receiveDatagram(Protocol::MaxDatagramBytes + 1);
        const QByteArray data = datagram.data();
        m_stats.udpBytesIn += data.size();
        ++m_stats.udpDatagramsIn;
        const auto header = Datagram::peekHeader(data);
        ClientSession *session = header ? m_sessions.value(header->session) : nullptr;
        if (!session || header->direction != Datagram::Direction::ToServer) {
            ++m_stats.udpDropped;
            continue;
        }
        auto message = Datagram::open(data, session->udpKey());
        // The replay check comes after the tag check, so a forger cannot advance the window.
        if (!message || !session->replayWindow().accept(header->counter)) {
            ++m_stats.udpDropped;
            qCDebug(lcUdp) << "dropped a datagram for session" << header->session;
            if (session->noteBadDatagram(MonotonicClock::nowMs()))
                emit rekeyNeeded(session);
            continue;
        }
        session->noteGoodDatagram();
        session->udpHeard(datagram.senderAddress(), quint16(datagram.senderPort()), MonotonicClock::nowMs());
        emit datagramReceived(session, *message);
    }
}
