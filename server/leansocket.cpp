#include "leansocket.h"

#include "descriptornotifier.h"
#include "lingeringclose.h"
#include "tlscontext.h"
#include "writebatch.h"

#include <QLoggingCategory>
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
#include <unistd.h>
#include <utility>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcLeanSocket, "chat.server.socket")

namespace {

// One TLS record's worth of plain text: one SSL_write, one record, one send.
constexpr qsizetype TlsRecordBytes = 16 * 1024;
constexpr int MaxIovecs = 64; // buffers in one sendmsg (the kernel takes up to 1,024)
constexpr auto CloseGrace = std::chrono::seconds(5);

thread_local char recordScratch[TlsRecordBytes]; // TLS output gathered from several frames into one record

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool wouldBlock()
{
    return errno == EAGAIN || errno == EWOULDBLOCK;
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
    // Frames are already gathered into one write per pass; Nagle's algorithm would only hold the next
    // write back until the client's (delayed) acknowledgement of the previous one.
    const int on = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (::getpeername(m_fd, reinterpret_cast<sockaddr *>(&address), &length) == 0) {
        m_peer = QHostAddress(reinterpret_cast<const sockaddr *>(&address));
        m_peerPort = address.ss_family == AF_INET6 ? ntohs(reinterpret_cast<const sockaddr_in6 &>(address).sin6_port)
                                                   : ntohs(reinterpret_cast<const sockaddr_in &>(address).sin_port);
    }
    m_readNotifier = new DescriptorNotifier(m_fd, QSocketNotifier::Read, this, [this] { onReadable(); });
}

LeanSocket::~LeanSocket()
{
    if (m_writeQueued)
        WriteBatch::forget(this);
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
    if (got == 0 || (!wouldBlock() && errno != EINTR))
        lost(got == 0 ? u"the peer closed the connection"_s : systemError());
    return std::nullopt;
}

void LeanSocket::startServerEncryption(SSL_CTX *context)
{
    Q_ASSERT(!m_ssl && m_fd >= 0);
    ERR_clear_error();
    m_ssl = SSL_new(context);
    if (!m_ssl || SSL_set_fd(m_ssl, m_fd) != 1) {
        announceHandshakeFailed(TlsContext::takeError(u"cannot make a TLS session"_s));
        abort();
        return;
    }
    SSL_set_accept_state(m_ssl);
    m_handshaking = true;
    m_readySignalled = false;
    setReading(true);
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
        announceEncrypted();
        // Application data that came with the handshake's last flight waits inside OpenSSL, where the
        // socket notifier cannot see it.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_ssl && SSL_has_pending(m_ssl))
                    announceReadyRead();
            },
            Qt::QueuedConnection);
        return;
    }
    switch (SSL_get_error(m_ssl, result)) {
    case SSL_ERROR_WANT_READ:
        return; // the read notifier calls again
    case SSL_ERROR_WANT_WRITE:
        setReading(false); // else each pass with input waiting would try again in vain
        waitUntilWritable();
        return;
    default:
        announceHandshakeFailed(TlsContext::takeError(u"the TLS handshake failed"_s));
        abort();
    }
}

void LeanSocket::announceEncrypted()
{
    if (HandshakeWatcher *watcher = std::exchange(m_handshakeWatcher, nullptr))
        watcher->tlsEstablished();
    emit encrypted();
}

void LeanSocket::announceHandshakeFailed(const QString &why)
{
    if (HandshakeWatcher *watcher = std::exchange(m_handshakeWatcher, nullptr))
        watcher->tlsFailed(why);
    emit handshakeFailed(why);
}

void LeanSocket::onReadable()
{
    if (m_fd < 0)
        return;
    if (m_handshaking) {
        continueHandshake();
        return;
    }
    if (m_writeWantsRead) {
        m_writeWantsRead = false;
        writeQueued();
        if (m_fd < 0)
            return;
    }
    if (m_readySignalled) {
        // The reader has not read since it was told (it waits for its turn): no more wake-ups until it
        // has read everything (see read()).
        m_readPaused = true;
        setReading(false);
        return;
    }
    m_readySignalled = true;
    announceReadyRead();
}

qint64 LeanSocket::read(char *data, qint64 max)
{
    m_readySignalled = false;
    if (m_fd < 0 || m_handshaking || m_readWantsWrite || max <= 0)
        return 0;
    const qint64 got = m_ssl ? readTls(data, max) : readPlain(data, max);
    if (got > 0 && m_writeWantsRead) { // the record the write waited for was read with these bytes
        m_writeWantsRead = false;
        queueWrite();
    }
    if (got == 0 && m_readPaused && m_fd >= 0) {
        m_readPaused = false;
        setReading(true);
    }
    return got;
}

qint64 LeanSocket::readTls(char *data, qint64 max)
{
    // Records until max is reached or the socket is drained: a record is at most 16 KiB, a read 64.
    qint64 got = 0;
    while (got < max) {
        ERR_clear_error();
        const int result = SSL_read(m_ssl, data + got, int(std::min<qint64>(max - got, INT_MAX)));
        if (result > 0) {
            got += result;
            continue;
        }
        const int error = SSL_get_error(m_ssl, result);
        if (error == SSL_ERROR_WANT_WRITE) {
            m_readWantsWrite = true; // a key update to answer first; input waits until it is written
            setReading(false);
            waitUntilWritable();
        } else if (error != SSL_ERROR_WANT_READ && got == 0) {
            lost(error == SSL_ERROR_ZERO_RETURN ? u"the peer closed the connection"_s
                                                : TlsContext::takeError(u"the connection was reset"_s));
        }
        break;
    }
    return got;
}

qint64 LeanSocket::readPlain(char *data, qint64 max)
{
    ssize_t result;
    do
        result = ::recv(m_fd, data, size_t(max), 0);
    while (result < 0 && errno == EINTR);
    if (result > 0)
        return result;
    if (result == 0)
        lost(u"the peer closed the connection"_s);
    else if (!wouldBlock())
        lost(systemError());
    return 0;
}

void LeanSocket::write(const QByteArray &bytes)
{
    if (m_fd < 0 || m_closeWhenWritten || m_writeFailed || bytes.isEmpty())
        return;
    m_output.append(bytes);
    queueWrite();
}

void LeanSocket::queueWrite()
{
    if (!m_writeQueued && !m_waitingWritable) {
        m_writeQueued = true;
        WriteBatch::add(this);
    }
}

void LeanSocket::writeBatched()
{
    m_writeQueued = false;
    writeQueued();
}

void LeanSocket::writeQueued()
{
    if (m_fd < 0 || m_handshaking || m_waitingWritable || m_writeWantsRead)
        return;
    qint64 written = 0;
    while (m_output.bytes() > 0 && m_fd >= 0 && !m_waitingWritable && !m_writeWantsRead && !m_writeFailed) {
        const qint64 sent = m_ssl ? writeTls() : writePlain();
        if (sent <= 0)
            break;
        m_output.consume(sent);
        written += sent;
    }
    if (written > 0 && m_fd >= 0)
        announceBytesWritten();
    // A receiver of bytesWritten() may have closed or flushed meanwhile.
    if (m_fd >= 0 && m_output.bytes() == 0 && m_closeWhenWritten && !m_writeWantsRead)
        closeAfterOutput();
}

qint64 LeanSocket::writePlain()
{
    iovec parts[MaxIovecs];
    const int count = m_output.buffers(parts, MaxIovecs);
    msghdr message{};
    message.msg_iov = parts;
    message.msg_iovlen = size_t(count);
    ssize_t sent;
    do
        sent = ::sendmsg(m_fd, &message, MSG_NOSIGNAL);
    while (sent < 0 && errno == EINTR);
    if (sent >= 0)
        return sent;
    if (wouldBlock() || errno == ENOBUFS || errno == ENOMEM)
        waitUntilWritable(); // the kernel is short of memory for now: try again when it takes more
    else
        writeFailed(systemError());
    return 0;
}

qint64 LeanSocket::writeTls()
{
    // One record of the queue's front. OpenSSL's partial-write mode allows the retry after WANT_WRITE to
    // offer the same bytes from another address, and more of them.
    const QByteArrayView record = m_output.front(recordScratch, TlsRecordBytes);
    ERR_clear_error();
    const int result = SSL_write(m_ssl, record.data(), int(record.size()));
    if (result > 0)
        return result;
    switch (SSL_get_error(m_ssl, result)) {
    case SSL_ERROR_WANT_WRITE:
        waitUntilWritable();
        break;
    case SSL_ERROR_WANT_READ:
        m_writeWantsRead = true; // onReadable() writes again
        setReading(true);
        break;
    default:
        writeFailed(TlsContext::takeError(u"the connection was reset"_s));
    }
    return 0;
}

void LeanSocket::writeFailed(const QString &why)
{
    qCDebug(lcLeanSocket) << m_peer << m_peerPort << "cannot write:" << why;
    m_writeFailed = true;
    m_output.clear();
    if (m_closeWhenWritten) {
        lost(why);
        return;
    }
    // What the peer sent before it went is still in the kernel: the reader reads it, then the end (which
    // a broken connection reaches at once; one the kernel merely refused is ended at the deadline).
    m_readPaused = false;
    setReading(true);
    announceError(why);
    QMetaObject::invokeMethod(this, [this] { announceReadyRead(); }, Qt::QueuedConnection);
    startCloseDeadline();
}

void LeanSocket::waitUntilWritable()
{
    if (m_fd < 0 || m_waitingWritable)
        return;
    m_waitingWritable = true;
    if (!m_writeNotifier) {
        m_writeNotifier = new DescriptorNotifier(m_fd, QSocketNotifier::Write, this, [this] { onWritable(); });
    }
    m_writeNotifier->setEnabled(true);
}

void LeanSocket::onWritable()
{
    if (m_fd < 0)
        return;
    m_writeNotifier->setEnabled(false);
    m_waitingWritable = false;
    if (m_handshaking) {
        setReading(true);
        continueHandshake();
        return;
    }
    writeQueued();
    if (m_readWantsWrite && m_fd >= 0) {
        m_readWantsWrite = false;
        setReading(!m_readPaused && !m_closeWhenWritten);
        announceReadyRead();
    }
}

void LeanSocket::setReading(bool on)
{
    if (m_readNotifier)
        m_readNotifier->setEnabled(on);
}

void LeanSocket::disconnectFromHost()
{
    if (m_fd < 0 || m_closeWhenWritten)
        return;
    if (m_handshaking || m_writeFailed) { // nothing more can be said
        abort();
        return;
    }
    m_closeWhenWritten = true;
    setReading(m_writeWantsRead); // input no longer matters, unless a write waits for it
    writeQueued();                // closes once the queue is empty, now or when the socket takes the rest
    startCloseDeadline();
}

void LeanSocket::startCloseDeadline()
{
    if (m_fd < 0 || m_closeDeadline)
        return;
    m_closeDeadline = new QTimer(this);
    m_closeDeadline->setSingleShot(true);
    connect(m_closeDeadline, &QTimer::timeout, this, [this] {
        qCDebug(lcLeanSocket) << m_peer << m_peerPort << "closed at the deadline," << m_output.bytes()
                              << "bytes unsent";
        abort();
    });
    m_closeDeadline->start(CloseGrace);
}

void LeanSocket::closeAfterOutput()
{
    if (m_fd < 0)
        return;
    if (m_ssl && !m_writeFailed && !(SSL_get_shutdown(m_ssl) & SSL_SENT_SHUTDOWN)) {
        ERR_clear_error();
        SSL_shutdown(m_ssl); // close_notify
        ERR_clear_error();
    }
    closeDescriptor(End::Linger);
    announceDisconnected();
}

void LeanSocket::abort()
{
    if (m_fd < 0)
        return;
    closeDescriptor();
    announceDisconnected();
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
            announceError(why);
            announceDisconnected();
        },
        Qt::QueuedConnection);
}

void LeanSocket::closeDescriptor(End end)
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
    if (end == End::Linger)
        LingeringClose::start(m_fd, CloseGrace);
    else
        ::close(m_fd);
    m_fd = -1;
    m_output.clear();
    m_handshaking = false;
    m_waitingWritable = false;
}
