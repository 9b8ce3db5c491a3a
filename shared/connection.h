// One TCP connection speaking the protocol: owns the socket and the framing, emits whole messages.
#pragma once

#include "framedecoder.h"
#include "message.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>

class QSslSocket;

class Connection : public QObject
{
    Q_OBJECT
public:
    // Takes ownership of the socket, which must be connected or connecting.
    explicit Connection(QTcpSocket *socket, QObject *parent = nullptr);
    ~Connection() override;

    // Queues an encoded frame (Msg::encode). Does nothing once the connection is closing.
    void send(const QByteArray &frame);
    template <typename T> void sendMessage(const T &message) { send(Msg::encode(message)); }

    // Sends an error frame, flushes what is queued, and closes. Emits closed() once the socket is gone.
    void closeWithError(const ProtocolError &error);
    // Flushes what is queued and closes.
    void close();
    // Drops the socket at once without flushing.
    void abort();

    bool isOpen() const { return m_socket && !m_closing; }
    QTcpSocket *socket() const { return m_socket; }
    QHostAddress peerAddress() const;
    QString peerDescription() const; // "127.0.0.1:51234", for logs

    // Unsent output above this many bytes closes the connection (a peer that never reads). 0: no cap.
    void setMaxPendingOutput(qint64 bytes) { m_maxPendingOutput = bytes; }
    // Bytes written but not handed to the kernel yet, encrypted or not.
    qint64 pendingOutput() const;
    qint64 bytesReceived() const { return m_bytesIn; }
    // The size of the frame being handed out by messageReceived() or invalidMessage(), for their receivers.
    qsizetype currentFrameBytes() const { return m_currentFrameBytes; }
    qint64 bytesSent() const { return m_bytesOut; }

signals:
    // ref: the request's "ref" when it carried a valid one (PROTOCOL.md), for the answer to echo.
    void messageReceived(const Msg::Message &message, std::optional<qint64> ref);
    // A frame that is not a valid message (error.ref set when the frame had a valid "ref"). The stream is
    // still in step; the owner decides what to do.
    void invalidMessage(const ProtocolError &error);
    // The stream is broken (oversize frame) or the peer never reads; the connection is closing.
    void fatalError(const ProtocolError &error);
    // The socket is closed; emitted exactly once, always from the event loop and never from inside send(),
    // close() or abort(): a caller walking a list of connections and sending to each must not see one of
    // them close (and its owner change that list) under its feet. The owner may deleteLater() the connection.
    void closed();

private:
    void onReadyRead();
    void onDisconnected();
    // Ends the connection from the event loop: used where the caller may be in the middle of a loop.
    void abortLater();
    // Reads on from the event loop's next pass.
    void readLater();

    QPointer<QTcpSocket> m_socket;
    QSslSocket *m_tlsSocket = nullptr; // m_socket itself when it speaks TLS
    FrameDecoder m_decoder;
    qint64 m_maxPendingOutput = 0;
    qint64 m_bytesIn = 0;
    qint64 m_bytesOut = 0;
    qsizetype m_currentFrameBytes = 0;
    bool m_closing = false;
    bool m_sending = false;      // inside send(): input waits (see onReadyRead)
    bool m_readDeferred = false; // a read is queued for after the send
    bool m_closedEmitted = false;
};
