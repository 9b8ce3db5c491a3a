#include "leansocket.h"

#include <QAbstractEventDispatcher>
#include <QLoggingCategory>
#include <QPointer>
#include <QSocketNotifier>
#include <QTimer>
#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>
#include <vector>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcLeanSocket, "chat.server.socket")

namespace {

// One TLS record's worth of plain text: what one SSL_write turns into one record and one send.
constexpr qsizetype TlsRecordBytes = 16 * 1024;
// Buffers one plain writev takes at most (the kernel's limit is 1,024).
constexpr int MaxIovecs = 64;
// A close that waits for its output to leave gives up after this long (a peer that has stopped reading).
constexpr auto CloseGrace = std::chrono::seconds(10);

// Sockets with output queued in this pass of the event loop, written together in the next (a socket
// deleted meanwhile leaves nullptr), and the dispatcher the call to write them is posted to.
struct WriteQueue
{
    std::vector<LeanSocket *> sockets;
    QPointer<QAbstractEventDispatcher> postedTo;
};
thread_local WriteQueue writeQueue;
// TLS output gathered from several frames into one record.
thread_local char recordScratch[TlsRecordBytes];

QString openSslError(const char *fallback)
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return QString::fromLatin1(fallback);
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

void ignoreSigpipe()
{
    // OpenSSL's socket BIO writes with write(), not send(MSG_NOSIGNAL): a peer that has gone must be an
    // error return, not a signal that ends the server. A handler someone else installed is kept.
    static std::once_flag once;
    std::call_once(once, [] {
        struct sigaction current{};
        if (sigaction(SIGPIPE, nullptr, &current) == 0 && current.sa_handler == SIG_DFL)
            std::signal(SIGPIPE, SIG_IGN);
    });
}

} // namespace

LeanSocket::LeanSocket(int descriptor, QObject *parent) : ByteStream(parent), m_fd(descriptor)
{
    ignoreSigpipe();
    ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
    // Frames are already gathered into one write per pass of the loop; Nagle's algorithm would only hold
    // the next write back until the client's (delayed) acknowledgement of the previous one.
    const int on = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (::getpeername(m_fd, reinterpret_cast<sockaddr *>(&address), &length) == 0) {
        m_peer = QHostAddress(reinterpret_cast<const sockaddr *>(&address));
        m_peerPort = address.ss_family == AF_INET6 ? ntohs(reinterpret_cast<const sockaddr_in6 &>(address).sin6_port)
                                                   : ntohs(reinterpret_cast<const sockaddr_in &>(address).sin_port);
    }
    m_readNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &LeanSocket::onReadable);
}

LeanSocket::~LeanSocket()
{
    if (m_writeQueued)
        std::replace(writeQueue.sockets.begin(), writeQueue.sockets.end(), this, static_cast<LeanSocket *>(nullptr));
    closeDescriptor();
}

std::optional<char> LeanSocket::peekFirstByte()
{
    if (m_fd < 0)
        return std::nullopt;
    m_readySignalled = false;
    char first = 0;
    const ssize_t got = ::recv(m_fd, &first, 1, MSG_PEEK);
    if (got == 1)
        return first;
    if (got == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR))
        lost(got == 0 ? u"the peer closed the connection"_s : QString::fromLocal8Bit(std::strerror(errno)));
    return std::nullopt;
}

void LeanSocket::startServerEncryption(SSL_CTX *context)
{
    Q_ASSERT(!m_ssl && m_fd >= 0);
    m_ssl = SSL_new(context);
    if (!m_ssl || SSL_set_fd(m_ssl, m_fd) != 1) {
        const QString why = openSslError("cannot make a TLS session");
        abort();
        emit handshakeFailed(why);
        return;
    }
    SSL_set_accept_state(m_ssl);
    m_handshaking = true;
    m_readySignalled = false;
    if (m_readPaused) {
        m_readPaused = false;
        m_readNotifier->setEnabled(true);
    }
    continueHandshake(); // the ClientHello is usually here already
}

QString LeanSocket::cipherDescription() const
{
    if (!isEncrypted())
        return {};
    return u"%1 %2"_s.arg(QString::fromLatin1(SSL_get_version(m_ssl)),
                          QString::fromLatin1(SSL_CIPHER_get_name(SSL_get_current_cipher(m_ssl))));
}

void LeanSocket::continueHandshake()
{
    ERR_clear_error();
    const int result = SSL_do_handshake(m_ssl);
    if (result == 1) {
        m_handshaking = false;
        emit encrypted();
        // Application data that came with the handshake's last flight is decrypted inside OpenSSL, where
        // the socket notifier cannot see it: let the new owner read it.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_ssl && SSL_has_pending(m_ssl))
                    emit readyRead();
            },
            Qt::QueuedConnection);
        return;
    }
    switch (SSL_get_error(m_ssl, result)) {
    case SSL_ERROR_WANT_READ:
        return; // the read notifier calls again
    case SSL_ERROR_WANT_WRITE:
        waitUntilWritable();
        return;
    default: {
        const QString why = openSslError("the peer closed the connection during the TLS handshake");
        abort();
        emit handshakeFailed(why);
    }
    }
}

void LeanSocket::onReadable()
{
    if (m_fd < 0)
        return;
    if (m_handshaking) {
        continueHandshake();
        return;
    }
    if (m_readySignalled) {
        // The reader has not read since it was told (it waits for its turn): stop the notifier from
        // saying so on every pass until it has read everything (see read()).
        m_readPaused = true;
        m_readNotifier->setEnabled(false);
        return;
    }
    m_readySignalled = true;
    emit readyRead();
}

qint64 LeanSocket::read(char *data, qint64 max)
{
    m_readySignalled = false;
    if (m_fd < 0 || m_handshaking || max <= 0)
        return 0;
    qint64 got = 0;
    if (m_ssl) {
        ERR_clear_error();
        const int result = SSL_read(m_ssl, data, int(std::min<qint64>(max, INT_MAX)));
        if (result > 0) {
            got = result;
        } else {
            const int error = SSL_get_error(m_ssl, result);
            if (error == SSL_ERROR_WANT_WRITE)
                waitUntilWritable(); // a key update to answer; input goes on when it is written
            else if (error != SSL_ERROR_WANT_READ)
                lost(error == SSL_ERROR_ZERO_RETURN ? u"the peer closed the connection"_s
                                                    : openSslError("the connection was reset"));
        }
    } else {
        ssize_t result;
        do
            result = ::recv(m_fd, data, size_t(max), 0);
        while (result < 0 && errno == EINTR);
        if (result > 0)
            got = result;
        else if (result == 0)
            lost(u"the peer closed the connection"_s);
        else if (errno != EAGAIN && errno != EWOULDBLOCK)
            lost(QString::fromLocal8Bit(std::strerror(errno)));
    }
    if (got == 0 && m_readPaused && m_fd >= 0) {
        m_readPaused = false;
        m_readNotifier->setEnabled(true);
    }
    return got;
}

void LeanSocket::write(const QByteArray &bytes)
{
    if (m_fd < 0 || m_closeWhenWritten || bytes.isEmpty())
        return;
    m_queue.push_back(bytes);
    m_queuedBytes += bytes.size();
    queueWrite();
}

void LeanSocket::queueWrite()
{
    if (m_writeQueued || m_waitingWritable)
        return;
    m_writeQueued = true;
    writeQueue.sockets.push_back(this);
    postWrites();
}

void LeanSocket::postWrites()
{
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    if (!dispatcher || writeQueue.postedTo == dispatcher)
        return;
    // Posted to the thread's dispatcher, not to a socket that may be gone before it runs; delivered in
    // the next pass of the event loop, so that every frame of this pass leaves in one write.
    writeQueue.postedTo = dispatcher;
    [[maybe_unused]] const bool posted =
        QMetaObject::invokeMethod(dispatcher, [] { serveWrites(); }, Qt::QueuedConnection);
    Q_ASSERT(posted);
}

void LeanSocket::serveWrites()
{
    // Walked by index: a socket deleted meanwhile leaves nullptr (see ~LeanSocket), and one queued by what
    // a write set off (an owner told of a lost connection) is appended and served in this walk too.
    std::vector<LeanSocket *> &sockets = writeQueue.sockets;
    for (std::size_t i = 0; i < sockets.size(); ++i) {
        LeanSocket *socket = sockets[i];
        if (!socket)
            continue;
        socket->m_writeQueued = false;
        socket->writeQueued();
    }
    sockets.clear();
    writeQueue.postedTo = nullptr;
}

void LeanSocket::flush()
{
    writeQueued();
}

void LeanSocket::writeQueued()
{
    if (m_fd < 0 || m_handshaking || m_waitingWritable)
        return;
    const qint64 before = m_queuedBytes;
    while (m_queuedBytes > 0 && m_fd >= 0 && !m_waitingWritable) {
        const qint64 sent = m_ssl ? writeTls() : writePlain();
        if (sent <= 0)
            break;
        consumeQueued(sent);
    }
    if (m_fd < 0)
        return;
    if (m_queuedBytes < before)
        emit bytesWritten();
    if (m_queuedBytes == 0 && m_closeWhenWritten && m_fd >= 0) {
        if (m_ssl && !m_handshaking) {
            ERR_clear_error();
            SSL_shutdown(m_ssl); // says close_notify; the peer's answer is not waited for
        }
        closeDescriptor();
        emit disconnected();
    }
}

qint64 LeanSocket::writePlain()
{
    iovec parts[MaxIovecs];
    int count = 0;
    for (auto it = m_queue.begin(); it != m_queue.end() && count < MaxIovecs; ++it, ++count) {
        const qsizetype skip = count == 0 ? m_queueOffset : 0;
        parts[count].iov_base = const_cast<char *>(it->constData() + skip);
        parts[count].iov_len = size_t(it->size() - skip);
    }
    msghdr message{};
    message.msg_iov = parts;
    message.msg_iovlen = size_t(count);
    ssize_t sent;
    do
        sent = ::sendmsg(m_fd, &message, MSG_NOSIGNAL);
    while (sent < 0 && errno == EINTR);
    if (sent >= 0)
        return sent;
    if (errno == EAGAIN || errno == EWOULDBLOCK)
        waitUntilWritable();
    else
        lost(QString::fromLocal8Bit(std::strerror(errno)));
    return 0;
}

qint64 LeanSocket::writeTls()
{
    // One record from the front of the queue: the first frame itself when it fills one (or stands
    // alone), else the next frames copied together. After SSL_ERROR_WANT_WRITE the same bytes are offered
    // again, now perhaps with more behind them, as OpenSSL's partial-write mode allows.
    const QByteArray &front = m_queue.front();
    const char *data = front.constData() + m_queueOffset;
    qsizetype length = front.size() - m_queueOffset;
    if (length < TlsRecordBytes && m_queue.size() > 1) {
        std::memcpy(recordScratch, data, size_t(length));
        for (auto it = std::next(m_queue.begin()); it != m_queue.end() && length < TlsRecordBytes; ++it) {
            const qsizetype part = std::min(it->size(), TlsRecordBytes - length);
            std::memcpy(recordScratch + length, it->constData(), size_t(part));
            length += part;
        }
        data = recordScratch;
    }
    length = std::min(length, TlsRecordBytes);
    ERR_clear_error();
    const int result = SSL_write(m_ssl, data, int(length));
    if (result > 0)
        return result;
    switch (SSL_get_error(m_ssl, result)) {
    case SSL_ERROR_WANT_WRITE:
        waitUntilWritable();
        break;
    case SSL_ERROR_WANT_READ:
        break; // a renegotiation, which the context refuses; the next read settles it
    default:
        lost(openSslError("the connection was reset"));
    }
    return 0;
}

void LeanSocket::consumeQueued(qint64 bytes)
{
    m_queuedBytes -= bytes;
    while (bytes > 0) {
        const qsizetype left = m_queue.front().size() - m_queueOffset;
        if (bytes < left) {
            m_queueOffset += bytes;
            return;
        }
        bytes -= left;
        m_queue.pop_front();
        m_queueOffset = 0;
    }
}

void LeanSocket::waitUntilWritable()
{
    if (m_fd < 0 || m_waitingWritable)
        return;
    m_waitingWritable = true;
    if (!m_writeNotifier) {
        m_writeNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Write, this);
        connect(m_writeNotifier, &QSocketNotifier::activated, this, &LeanSocket::onWritable);
    }
    m_writeNotifier->setEnabled(true);
}

void LeanSocket::onWritable()
{
    if (m_fd < 0)
        return;
    m_writeNotifier->setEnabled(false);
    m_waitingWritable = false;
    if (m_handshaking)
        continueHandshake();
    else
        writeQueued();
}

void LeanSocket::disconnectFromHost()
{
    if (m_fd < 0 || m_closeWhenWritten)
        return;
    if (m_handshaking) { // there is no session to close yet
        abort();
        return;
    }
    m_closeWhenWritten = true;
    // Input is no longer wanted; leaving the notifier on would wake the loop for it on every pass.
    m_readNotifier->setEnabled(false);
    if (m_queuedBytes > 0) {
        m_closeDeadline = new QTimer(this);
        m_closeDeadline->setSingleShot(true);
        connect(m_closeDeadline, &QTimer::timeout, this, [this] {
            qCDebug(lcLeanSocket) << m_peer << "closed with" << m_queuedBytes
                                  << "bytes unsent: the peer stopped reading";
            abort();
        });
        m_closeDeadline->start(CloseGrace);
    }
    writeQueued(); // closes once the queue is empty, now or when the socket takes the rest
}

void LeanSocket::abort()
{
    if (m_fd < 0)
        return;
    closeDescriptor();
    emit disconnected();
}

void LeanSocket::lost(const QString &why)
{
    if (m_fd < 0)
        return;
    qCDebug(lcLeanSocket) << m_peer << m_peerPort << "connection lost:" << why;
    closeDescriptor();
    // Said from the event loop: the reader or writer that found out is in the middle of its work.
    QMetaObject::invokeMethod(
        this,
        [this, why] {
            emit errorOccurred(why);
            emit disconnected();
        },
        Qt::QueuedConnection);
}

void LeanSocket::closeDescriptor()
{
    if (m_fd < 0)
        return;
    // Notifiers are switched off before their descriptor closes (its number can come back for another
    // connection), and deleted later: this may run inside one's activated().
    for (QSocketNotifier *notifier : {m_readNotifier, m_writeNotifier}) {
        if (notifier) {
            notifier->setEnabled(false);
            notifier->deleteLater();
        }
    }
    m_readNotifier = nullptr;
    m_writeNotifier = nullptr;
    if (m_closeDeadline)
        m_closeDeadline->stop();
    if (m_ssl) {
        SSL_free(m_ssl);
        m_ssl = nullptr;
    }
    ::close(m_fd);
    m_fd = -1;
    m_queue.clear();
    m_queueOffset = 0;
    m_queuedBytes = 0;
    m_handshaking = false;
    m_waitingWritable = false;
}
