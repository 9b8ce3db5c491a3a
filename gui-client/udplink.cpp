#include "udplink.h"

#include "monotonicclock.h"
#include "protocol.h"

#include <QNetworkDatagram>

using namespace std::chrono_literals;

namespace {
constexpr auto ProbeInterval = 5s;
constexpr qint64 PathLifetimeMs = 20'000; // no valid UDP for this long: real-time events go over TCP
} // namespace

UdpLink::UdpLink(QObject *parent) : QObject(parent), m_socket(this), m_probe(this)
{
    connect(&m_socket, &QUdpSocket::readyRead, this, &UdpLink::onReadyRead);
    m_probe.setInterval(ProbeInterval);
    connect(&m_probe, &QTimer::timeout, this, &UdpLink::onProbe);
}

void UdpLink::start(const QHostAddress &server, quint16 port, quint32 session, const QByteArray &key)
{
    m_server = server;
    m_port = port;
    rekey(session, key);
    m_pingsSent = m_pongs = 0;
    if (port == 0 || (m_socket.state() != QAbstractSocket::BoundState && !m_socket.bind()))
        return; // real-time events go over TCP
    onProbe();
    m_probe.start();
}

void UdpLink::rekey(quint32 session, const QByteArray &key)
{
    m_session = session;
    m_key = key;
    m_counter = 0;
    m_replay = {};
}

void UdpLink::stop()
{
    m_probe.stop();
    m_session = 0;
    m_proven = false;
}

bool UdpLink::send(const Msg::Message &message)
{
    if (!m_proven)
        return false;
    write(message);
    return true;
}

void UdpLink::write(const Msg::Message &message)
{
    const Datagram::Header header{Datagram::Direction::ToServer, m_session, ++m_counter};
    m_socket.writeDatagram(Datagram::seal(header, message, m_key), m_server, m_port);
}

void UdpLink::onProbe()
{
    if (m_session == 0)
        return;
    if (m_proven && m_sinceHeard.elapsed() > PathLifetimeMs) {
        m_proven = false; // real-time events fall back to TCP; probing goes on
        emit linkChanged();
    }
    write(Msg::Ping{MonotonicClock::nowMs()});
    ++m_pingsSent;
    if (m_pingsSent > 1) {
        // The pong of the ping just sent cannot be back yet: count the ones before it.
        m_packetLoss = 1.0 - double(std::min(m_pongs, m_pingsSent - 1)) / double(m_pingsSent - 1);
        emit linkChanged();
    }
}

void UdpLink::onReadyRead()
{
    while (m_socket.hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket.receiveDatagram(Protocol::MaxDatagramBytes + 1);
        const auto header = Datagram::peekHeader(datagram.data());
        if (m_session == 0 || !header || header->direction != Datagram::Direction::ToClient ||
            header->session != m_session)
            continue;
        const auto message = Datagram::open(datagram.data(), m_key);
        if (!message || !m_replay.accept(header->counter))
            continue;
        m_sinceHeard.start();
        if (!m_proven) {
            m_proven = true;
            emit linkChanged();
        }
        if (std::holds_alternative<Msg::Pong>(*message))
            ++m_pongs;
        else if (const auto *typing = std::get_if<Msg::Typing>(&*message))
            emit typingReceived(*typing);
    }
}
