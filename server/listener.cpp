#include "listener.h"

#include "leansocket.h"
#include "message.h"

#include <QElapsedTimer>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr char TlsHandshakeRecord = 0x16; // the first byte of every TLS ClientHello
// The server's half of a handshake (signing with the certificate's key) takes a few milliseconds of CPU
// on the event loop. Two hundred clients arriving at once would stall everyone's chat for a second, so
// at most this many new connections are taken up per pass of the loop; the messages of those already in
// go between. Measured with `scripts/bench --only storm` (200 logins while 100 clients chat): chat p99
// 228 ms taking them all at once, 84 ms at 4 per pass, 47 ms at 1 per pass, and 9 ms at 1 per pass once
// the password hashing threads were niced (see passwordhasher.cpp).
constexpr int HandshakesPerPass = 1;

QHostAddress peerOf(qintptr descriptor)
{
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (::getpeername(int(descriptor), reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return {};
    return QHostAddress(reinterpret_cast<const sockaddr *>(&address));
}

} // namespace

Listener::Listener(std::chrono::milliseconds handshakeTimeout, int maxHandshakes, QObject *parent)
    : QTcpServer(parent), m_handshakeTimeout(handshakeTimeout), m_maxHandshakes(maxHandshakes)
{
    m_handshakePacer.setSingleShot(true);
    m_handshakePacer.setInterval(0);
    connect(&m_handshakePacer, &QTimer::timeout, this, &Listener::startWaitingHandshakes);
}

Listener::~Listener()
{
    for (const Waiting &w : m_waiting)
        ::close(int(w.descriptor));
}

bool Listener::setTlsConfiguration(const QSslConfiguration &config, QString *error)
{
    TlsContext::Pointer context = TlsContext::make(config, error);
    if (!context)
        return false;
    m_context = std::move(context); // sessions hold their own reference to the context they began with
    return true;
}

void Listener::incomingConnection(qintptr descriptor)
{
    if (!m_context) {
        emit connectionReady(new LeanSocket(int(descriptor))); // admitted, or not, by the receiver
        return;
    }
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

void Listener::adopt(qintptr descriptor, const QHostAddress &peer)
{
    auto *socket = new LeanSocket(int(descriptor), this);
    m_handshaking.insert(socket, peer);
    // The socket's own timer (it goes with the socket), told to this listener (it goes with the listener):
    // neither may outlive the other. Deleted once the handshake is done.
    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, socket] {
        if (m_handshaking.contains(socket))
            fail(socket, u"the TLS handshake did not finish in time"_s);
    });
    deadline->start(m_handshakeTimeout);
    connect(socket, &LeanSocket::readyRead, this, [this, socket] { onFirstBytes(socket); });
    connect(socket, &LeanSocket::disconnected, this, [this, socket] {
        if (m_handshaking.contains(socket))
            fail(socket, u"the client closed the connection before the TLS handshake"_s);
    });
    QElapsedTimer started;
    started.start();
    connect(socket, &LeanSocket::encrypted, this, [this, socket, started, deadline] {
        if (!finishHandshake(socket))
            return;
        delete deadline;
        emit handshakeSucceeded(started.nsecsElapsed());
        socket->disconnect(this); // from now on the connection's owner handles it
        socket->setParent(nullptr);
        emit connectionReady(socket);
    });
    connect(socket, &LeanSocket::handshakeFailed, this, [this, socket](const QString &why) { fail(socket, why); });
}

void Listener::onFirstBytes(LeanSocket *socket)
{
    if (!m_handshaking.contains(socket))
        return;
    const std::optional<char> first = socket->peekFirstByte();
    if (!first)
        return; // nothing yet, or the peer closed (disconnected() says which)
    disconnect(socket, &LeanSocket::readyRead, this, nullptr);
    if (*first == TlsHandshakeRecord) {
        socket->startServerEncryption(m_context.get());
        return;
    }
    // Someone speaking the protocol without TLS: tell them so in the only language they understand.
    finishHandshake(socket);
    emit plainTextRefused(socket->peerAddress());
    socket->disconnect(this);
    socket->write(Msg::encode(Msg::ErrorReply(
        ErrorCode::TlsRequired, u"This server accepts TLS connections only; connect with TLS (the client's "
                                "default) or ask the administrator whether the server runs with --no-tls."_s)));
    connect(socket, &LeanSocket::disconnected, socket, &QObject::deleteLater);
    socket->disconnectFromHost();
}

void Listener::startWaitingHandshakes()
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

bool Listener::finishHandshake(LeanSocket *socket)
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

void Listener::fail(LeanSocket *socket, const QString &why)
{
    const QHostAddress peer = m_handshaking.value(socket);
    if (!finishHandshake(socket))
        return;
    emit handshakeFailed(peer, why);
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}
