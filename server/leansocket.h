// One accepted TCP connection on its bare descriptor, with TLS by OpenSSL directly or without it: the
// server's connections hold no buffers of their own while idle (Qt's sockets keep 16-32 KiB chunks each,
// and QSslSocket an SSL_CTX per socket: docs/PERFORMANCE.md). Socket notifiers on the thread's dispatcher
// drive it; the output queued in one pass of the event loop leaves in one write in the next (writev, or
// TLS records of 16 KiB gathered from it), or at once past a size (Connection's eager flush).
#pragma once

#include "bytestream.h"

#include <QHostAddress>
#include <deque>
#include <optional>

class QSocketNotifier;
class QTimer;
using SSL = struct ssl_st;
using SSL_CTX = struct ssl_ctx_st;

class LeanSocket : public ByteStream
{
    Q_OBJECT
public:
    // Takes the descriptor: a connected TCP socket, made non-blocking here.
    explicit LeanSocket(int descriptor, QObject *parent = nullptr);
    ~LeanSocket() override;

    // The first byte the peer sent, left for later reads: tells a TLS ClientHello from plain text before
    // anything is decided. nullopt while nothing has come; after the peer closed, the socket is closed.
    std::optional<char> peekFirstByte();
    // Starts the server's half of a TLS handshake as the next bytes arrive; encrypted() or
    // handshakeFailed() follows. The session holds a reference to the shared context, so that a renewed
    // certificate (a new context) leaves the connections made before as they are.
    void startServerEncryption(SSL_CTX *context);
    bool isEncrypted() const { return m_ssl && !m_handshaking; }
    QString cipherDescription() const; // "TLSv1.3 TLS_AES_256_GCM_SHA384", for logs and tests

    qint64 read(char *data, qint64 max) override;
    void write(const QByteArray &bytes) override;
    void flush() override;
    qint64 bytesToWrite() const override { return m_queuedBytes; }
    // The kernel's buffer is the read buffer: nothing is read before the reader asks, so TCP holds back
    // a peer that writes faster than the reader handles.
    void setReadBufferSize(qint64) override {}
    void disconnectFromHost() override;
    void abort() override;
    bool isClosed() const override { return m_fd < 0; }
    QHostAddress peerAddress() const override { return m_peer; }
    quint16 peerPort() const override { return m_peerPort; }

signals:
    void encrypted();
    void handshakeFailed(const QString &why);

private:
    void onReadable();
    void onWritable();
    void continueHandshake();
    // Hands the kernel what it takes of the queue; on a full socket waits for it to become writable.
    void writeQueued();
    qint64 writePlain();
    qint64 writeTls();
    void consumeQueued(qint64 bytes);
    void waitUntilWritable();
    void queueWrite(); // once per pass of the event loop (see LeanSocket::write)
    static void postWrites();
    static void serveWrites();
    // The connection is over (the peer closed, or an error): closes and says so from the event loop.
    void lost(const QString &why);
    void closeDescriptor();

    int m_fd = -1;
    SSL *m_ssl = nullptr;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr; // made when the socket first fills up
    QTimer *m_closeDeadline = nullptr;          // made when a close has to wait for output
    QHostAddress m_peer;
    quint16 m_peerPort = 0;
    std::deque<QByteArray> m_queue; // frames to send, shared with their other receivers (a room's members)
    qsizetype m_queueOffset = 0;    // of m_queue.front(), already sent
    qint64 m_queuedBytes = 0;
    bool m_handshaking = false;
    bool m_writeQueued = false;      // in this thread's list of sockets to write next pass
    bool m_waitingWritable = false;  // the kernel's send buffer is full
    bool m_readySignalled = false;   // readyRead() said, and nothing read since
    bool m_readPaused = false;       // the read notifier is off until the reader drains the socket
    bool m_closeWhenWritten = false; // disconnectFromHost() waits for the queue
};
