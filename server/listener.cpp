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
    // The sockets in their handshake are children, deleted after the members (they tell nothing then).
    for (const auto &[socket, handshake] : m_handshaking) {
        socket->setReader(nullptr);
        socket->setHandshakeWatcher(nullptr);
    }
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

// One connection in its handshake, told of its events by direct calls (see ByteStream::Reader): signal
// connections would stay on the socket after the handshake. Each call into the listener comes last, since
// the listener may delete this.
class Listener::Handshake final : public ByteStream::Reader, public LeanSocket::HandshakeWatcher
{
public:
    Handshake(Listener *listener, LeanSocket *socket, const QHostAddress &peer, QTimer *deadline)
        : m_listener(listener), m_socket(socket), m_peer(peer), m_deadline(deadline)
    {
        m_started.start();
    }

    const QHostAddress &peer() const { return m_peer; }
    qint64 elapsedNs() const { return m_started.nsecsElapsed(); }
    QTimer *deadline() const { return m_deadline; }
    void setTlsStarted() { m_tlsStarted = true; }

    void streamReadyRead() override
    {
        if (!m_tlsStarted)
            m_listener->onFirstBytes(m_socket);
    }
    void streamBytesWritten() override {}
    void streamDisconnected() override
    {
        m_listener->fail(m_socket, u"the client closed the connection before the TLS handshake"_s);
    }
    void streamError(const QString &) override {} // disconnected() follows
    void tlsEstablished() override { m_listener->onEncrypted(m_socket); }
    void tlsFailed(const QString &why) override { m_listener->fail(m_socket, why); }

private:
    Listener *m_listener;
    LeanSocket *m_socket;
    QHostAddress m_peer;
    QElapsedTimer m_started;
    QTimer *m_deadline; // the socket's child
    bool m_tlsStarted = false;
};

void Listener::adopt(qintptr descriptor, const QHostAddress &peer)
{
    auto *socket = new LeanSocket(int(descriptor), this);
    auto *deadline = new QTimer(socket); // its connection is on the timer, which goes with the handshake
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, socket] {
        if (m_handshaking.contains(socket))
            fail(socket, u"the TLS handshake did not finish in time"_s);
    });
    deadline->start(m_handshakeTimeout);
    auto handshake = std::make_unique<Handshake>(this, socket, peer, deadline);
    socket->setReader(handshake.get());
    socket->setHandshakeWatcher(handshake.get());
    m_handshaking.emplace(socket, std::move(handshake));
}

void Listener::onEncrypted(LeanSocket *socket)
{
    const auto it = m_handshaking.find(socket);
    if (it == m_handshaking.end())
        return;
    QTimer *deadline = it->second->deadline();
    const qint64 elapsedNs = it->second->elapsedNs();
    finishHandshake(socket);
    deadline->stop();
    deadline->deleteLater();
    emit handshakeSucceeded(elapsedNs);
    socket->setParent(nullptr);
    emit connectionReady(socket); // from now on the connection's owner handles it
}

void Listener::onFirstBytes(LeanSocket *socket)
{
    const auto it = m_handshaking.find(socket);
    if (it == m_handshaking.end())
        return;
    const std::optional<char> first = socket->peekFirstByte();
    if (!first)
        return; // nothing yet, or the peer closed (disconnected() says which)
    if (*first == TlsHandshakeRecord) {
        it->second->setTlsStarted();
        socket->startServerEncryption(m_context.get());
        return;
    }
    // Someone speaking the protocol without TLS: tell them so in the only language they understand.
    finishHandshake(socket);
    emit plainTextRefused(socket->peerAddress());
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
    const auto it = m_handshaking.find(socket);
    if (it == m_handshaking.end())
        return false;
    socket->setReader(nullptr);
    socket->setHandshakeWatcher(nullptr);
    m_perAddress.remove(it->second->peer());
    m_handshaking.erase(it);
    if (m_paused && int(m_handshaking.size() + m_waiting.size()) < m_maxHandshakes) {
        resumeAccepting();
        m_paused = false;
    }
    return true;
}

void Listener::fail(LeanSocket *socket, const QString &why)
{
    const auto it = m_handshaking.find(socket);
    if (it == m_handshaking.end())
        return;
    const QHostAddress peer = it->second->peer();
    finishHandshake(socket);
    emit handshakeFailed(peer, why);
    socket->abort();
    socket->deleteLater();
}
