#include "testclient.h"

#include "datagram.h"
#include "protocol.h"

#include <QNetworkDatagram>

using namespace Qt::Literals::StringLiterals;

TestClient::TestClient(QObject *parent) : QObject(parent), m_udp(this)
{
    m_udp.bind(QHostAddress::LocalHost, 0);
}

QSslSocket *TestClient::tlsSocket()
{
    auto *socket = new QSslSocket;
    // Tests trust the test server's self-signed certificate; the client's trust-on-first-use has its own tests.
    QObject::connect(socket, &QSslSocket::sslErrors, socket, [socket] { socket->ignoreSslErrors(); });
    return socket;
}

bool TestClient::connectTo(quint16 port, Transport transport)
{
    QTcpSocket *socket = nullptr;
    if (transport == Transport::Tls) {
        QSslSocket *ssl = tlsSocket();
        ssl->connectToHostEncrypted(u"127.0.0.1"_s, port);
        socket = ssl;
    } else {
        socket = new QTcpSocket;
        socket->connectToHost(QHostAddress::LocalHost, port);
    }
    m_connection = new Connection(socket, this);
    connect(m_connection, &Connection::messageReceived, this, [this](const Msg::Message &m) {
        if (const auto *ping = std::get_if<Msg::Ping>(&m); ping && m_autoPong) {
            send(Msg::Pong{ping->ts});
            return;
        }
        if (m_rawAfterTransferReady && std::holds_alternative<Msg::TransferReady>(m))
            m_connection->switchToRaw();
        m_received.append(m);
    });
    connect(m_connection, &Connection::rawReceived, this, [this](const QByteArray &bytes) { m_raw += bytes; });
    auto ready = [socket, transport] {
        return socket->state() == QAbstractSocket::ConnectedState &&
               (transport == Transport::Plain || static_cast<QSslSocket *>(socket)->isEncrypted());
    };
    QTRY_VERIFY_WITH_TIMEOUT_NOFAIL(ready(), 5000);
    return ready();
}

bool TestClient::hello()
{
    send(Msg::Hello{m_version, u"test"_s});
    return waitFor<Msg::Welcome>().has_value();
}

bool TestClient::authenticate()
{
    std::optional<Msg::AuthOk> ok;
    std::optional<Msg::ErrorReply> error;
    QTRY_VERIFY_WITH_TIMEOUT_NOFAIL(takeFirst<Msg::AuthOk>(ok, {}) || takeFirst<Msg::ErrorReply>(error, {}), 20000);
    if (ok) {
        m_auth = *ok;
        return true;
    }
    m_lastError = error ? error->code : u"timeout"_s;
    return false;
}

std::unique_ptr<TestClient> TestClient::open(quint16 port, const QString &name, const std::optional<QString> &device,
                                             bool create)
{
    auto c = std::make_unique<TestClient>();
    c->setDevice(device);
    if (!c->connectTo(port) || !(create ? c->registerUser(name) : c->login(name)))
        return nullptr;
    return c;
}

bool TestClient::registerUser(const QString &name, const QString &password)
{
    if (!hello())
        return false;
    send(Msg::Register{name, password, m_device});
    return authenticate();
}

bool TestClient::login(const QString &name, const QString &password)
{
    if (!hello())
        return false;
    send(Msg::Login{name, password, m_device});
    return authenticate();
}

bool TestClient::waitForDisconnect(int timeoutMs)
{
    QTRY_VERIFY_WITH_TIMEOUT_NOFAIL(!isConnected(), timeoutMs);
    return !isConnected();
}

bool TestClient::sendUdp(quint16 udpPort, const Msg::Message &message)
{
    const Datagram::Header header{Datagram::Direction::ToServer, m_auth.udpSession, ++m_udpCounter};
    return m_udp.writeDatagram(Datagram::seal(header, message, m_auth.udpKey), QHostAddress::LocalHost, udpPort) > 0;
}

std::optional<Msg::Message> TestClient::waitForUdp(int timeoutMs)
{
    QTRY_VERIFY_WITH_TIMEOUT_NOFAIL(m_udp.hasPendingDatagrams(), timeoutMs);
    while (m_udp.hasPendingDatagrams()) {
        const QNetworkDatagram d = m_udp.receiveDatagram();
        const auto header = Datagram::peekHeader(d.data());
        if (!header || header->direction != Datagram::Direction::ToClient)
            continue;
        if (auto m = Datagram::open(d.data(), m_auth.udpKey))
            return *m;
    }
    return std::nullopt;
}
