#include "tlsserver.h"

#include "message.h"

#include <QElapsedTimer>
#include <QSslSocket>
#include <QTimer>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr char TlsHandshakeRecord = 0x16; // the first byte of every TLS ClientHello
constexpr auto RefusalGrace = std::chrono::seconds(5);
// The server's half of a handshake (signing with the certificate's key) takes a few milliseconds of CPU
// on the event loop. Two hundred clients arriving at once would stall everyone's chat for a second, so
// at most this many new connections are taken up per pass of the loop; the messages of those already in
// go between. Measured with `scripts/bench --only storm` (200 logins while 100 clients chat): chat p99
// 228 ms taking them all at once, 84 ms at 4 per pass, 47 ms at 1 per pass, and 9 ms at 1 per pass once
// the password hashing threads were niced (see passwordhasher.cpp).
constexpr int HandshakesPerPass = 1;

} // namespace

TlsServer::TlsServer(const QSslConfiguration &config, std::chrono::milliseconds handshakeTimeout, int maxHandshakes,
                     QObject *parent)
    : QTcpServer(parent), m_config(config), m_handshakeTimeout(handshakeTimeout), m_maxHandshakes(maxHandshakes)
{
    m_handshakePacer.setSingleShot(true);
    m_handshakePacer.setInterval(0);
    connect(&m_handshakePacer, &QTimer::timeout, this, &TlsServer::startWaitingHandshakes);
}

TlsServer::~TlsServer()
{
    for (const Waiting &w : m_waiting)
        ::close(int(w.descriptor));
}

namespace {

QHostAddress peerOf(qintptr descriptor)
{
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (::getpeername(int(descriptor), reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return {};
    return QHostAddress(reinterpret_cast<const sockaddr *>(&address));
}

} // namespace

void TlsServer::incomingConnection(qintptr descriptor)
{
    const QHostAddress peer = peerOf(descriptor);
    if ((m_maxPerAddress > 0 && m_perAddress.count(peer) >= m_maxPerAddress) || (m_admit && !m_admit(peer))) {
        // Nothing has been read, so there is no TLS session to carry an error: closing is the only answer
        // that costs no handshake. A well-behaved client never has this many handshakes open at once.
        ::close(int(descriptor));
        emit handshakeRefused(peer);
        return;
    }
    m_perAddress.add(peer);
    m_waiting.push_back({descriptor, peer});
    if (int(m_handshaking.size() + m_waiting.size()) >= m_maxHandshakes && !m_paused) {
        // New connections wait in the kernel's backlog until some handshakes are done.
        pauseAccepting();
        m_paused = true;
    }
    if (!m_handshakePacer.isActive())
        m_handshakePacer.start();
}

void TlsServer::adopt(qintptr descriptor, const QHostAddress &peer)
{
    auto *socket = new QSslSocket(this);
    m_handshaking.insert(socket, peer);
    if (!socket->setSocketDescriptor(descriptor)) {
        ::close(int(descriptor));
        finishHandshake(socket);
        socket->deleteLater();
        return;
    }
    socket->setSslConfiguration(m_config);
    QTimer::singleShot(m_handshakeTimeout, socket, [this, socket] {
        if (m_handshaking.contains(socket))
            fail(socket, u"the TLS handshake did not finish in time"_s);
    });
    connect(socket, &QSslSocket::readyRead, this, [this, socket] { onFirstBytes(socket); });
    QElapsedTimer started;
    started.start();
    connect(socket, &QSslSocket::encrypted, this, [this, socket, started] {
        if (!finishHandshake(socket))
            return;
        emit handshakeSucceeded(started.nsecsElapsed());
        socket->disconnect(this);     // from now on the connection's owner handles its errors
        addPendingConnection(socket); // emits pendingConnectionAvailable()
    });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket] {
        if (m_handshaking.contains(socket))
            fail(socket, socket->errorString());
    });
}

void TlsServer::onFirstBytes(QSslSocket *socket)
{
    if (!m_handshaking.contains(socket) || socket->isEncrypted() || socket->mode() != QSslSocket::UnencryptedMode)
        return;
    char first = 0;
    if (socket->peek(&first, 1) != 1)
        return;
    disconnect(socket, &QSslSocket::readyRead, this, nullptr);
    if (first == TlsHandshakeRecord) {
        socket->startServerEncryption();
        return;
    }
    // Someone speaking the protocol without TLS: tell them so in the only language they understand.
    finishHandshake(socket);
    emit plainTextRefused(socket->peerAddress());
    socket->disconnect(this);
    socket->write(Msg::encode(Msg::ErrorReply(
        ErrorCode::TlsRequired, u"This server accepts TLS connections only; connect with TLS (the client's "
                                "default) or ask the administrator whether the server runs with --no-tls."_s)));
    socket->disconnectFromHost();
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(RefusalGrace, socket, &QAbstractSocket::abort);
}

void TlsServer::startWaitingHandshakes()
{
    // The ClientHello waits in the kernel until its socket is adopted; the handshake runs when it is read.
    for (int i = 0; i < HandshakesPerPass && !m_waiting.empty(); ++i) {
        const Waiting next = m_waiting.front();
        m_waiting.pop_front();
        adopt(next.descriptor, next.peer);
    }
    if (!m_waiting.empty())
        m_handshakePacer.start();
}

bool TlsServer::finishHandshake(QSslSocket *socket)
{
    const auto it = m_handshaking.constFind(socket);
    if (it == m_handshaking.cend())
        return false;
    m_perAddress.remove(*it);
    m_handshaking.erase(it);
    if (m_paused && int(m_handshaking.size() + m_waiting.size()) < m_maxHandshakes) {
        resumeAccepting();
        m_paused = false;
    }
    return true;
}

void TlsServer::fail(QSslSocket *socket, const QString &why)
{
    if (!finishHandshake(socket))
        return;
    emit handshakeFailed(socket->peerAddress(), why);
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}
