// One accepted TCP connection on its bare descriptor, with TLS by OpenSSL directly or without: no buffers
// of its own while idle (Qt's sockets keep 16-32 KiB chunks each, and an SSL_CTX per socket). Output
// queued in a pass of the event loop leaves in one write in the next (WriteBatch).
#pragma once

#include "bytestream.h"
#include "outputqueue.h"

#include <QHostAddress>
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

    // The first byte the peer sent, left for later reads: tells a TLS ClientHello from plain text.
    // nullopt while nothing has come; when the peer has closed, the socket closes.
    std::optional<char> peekFirstByte();
    // Told how the handshake ended by a direct call (see ByteStream::Reader), before encrypted() or
    // handshakeFailed().
    class HandshakeWatcher
    {
    public:
        virtual void tlsEstablished() = 0;
        virtual void tlsFailed(const QString &why) = 0;

    protected:
        ~HandshakeWatcher() = default;
    };
    // It must stay until it sets nullptr here, and is told once at most.
    void setHandshakeWatcher(HandshakeWatcher *watcher) { m_handshakeWatcher = watcher; }
    // Starts the server's half of a TLS handshake; encrypted() or handshakeFailed() follows. The session
    // holds a reference to the shared context: a renewed certificate leaves it as it is.
    void startServerEncryption(SSL_CTX *context);
    bool isEncrypted() const { return m_ssl && !m_handshaking; }
    QString cipherDescription() const; // "TLSv1.3 TLS_AES_256_GCM_SHA384"

    qint64 read(char *data, qint64 max) override;
    void write(const QByteArray &bytes) override;
    void flush() override { writeQueued(); }
    qint64 bytesToWrite() const override { return m_output.bytes(); }
    // The kernel is the read buffer: nothing is read before the reader asks, so TCP holds back a peer
    // that writes faster than it is served.
    void setReadBufferSize(qint64) override {}
    // After the last byte: close_notify, then a lingering close (LingeringClose). Gives up after
    // CloseGrace on a peer that does not read.
    void disconnectFromHost() override;
    void abort() override;
    bool isClosed() const override { return m_fd < 0; }
    QHostAddress peerAddress() const override { return m_peer; }
    quint16 peerPort() const override { return m_peerPort; }

    void writeBatched(); // for WriteBatch

signals:
    void encrypted();
    void handshakeFailed(const QString &why);

private:
    void onReadable();
    void onWritable();
    void continueHandshake();
    void announceEncrypted();
    void announceHandshakeFailed(const QString &why);
    qint64 readTls(char *data, qint64 max);
    qint64 readPlain(char *data, qint64 max);
    // Hands the kernel what it takes of the queue; when it is full, waits until writable.
    void writeQueued();
    qint64 writePlain();
    qint64 writeTls();
    // The peer can no longer be written to: output is dropped, and what it sent is still read until its end.
    void writeFailed(const QString &why);
    void waitUntilWritable();
    void queueWrite(); // in the next pass (WriteBatch)
    void setReading(bool on);
    // The connection is over (the peer closed, or an error): closes and says so from the event loop.
    void lost(const QString &why);
    void closeAfterOutput();
    void startCloseDeadline();
    enum class End { Close, Linger };
    void closeDescriptor(End end = End::Close);

    int m_fd = -1;
    SSL *m_ssl = nullptr;
    HandshakeWatcher *m_handshakeWatcher = nullptr;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr; // made when the socket first fills up
    QTimer *m_closeDeadline = nullptr;          // made when a close has to wait, or a write failed
    QHostAddress m_peer;
    quint16 m_peerPort = 0;
    OutputQueue m_output;
    bool m_handshaking = false;
    bool m_writeQueued = false;      // in WriteBatch
    bool m_waitingWritable = false;  // the kernel's send buffer is full (or OpenSSL must write to read)
    bool m_readWantsWrite = false;   // SSL_read must write first: read again once writable
    bool m_writeWantsRead = false;   // SSL_write must read first: write again once readable
    bool m_readySignalled = false;   // readyRead() said, and nothing read since
    bool m_readPaused = false;       // the read notifier is off until the reader drains the socket
    bool m_closeWhenWritten = false; // disconnectFromHost() waits for the queue
    bool m_writeFailed = false;
};
