// One TCP connection speaking the protocol: owns the byte stream and the framing, emits whole messages.
#pragma once

#include "bytestream.h"
#include "framedecoder.h"
#include "message.h"

#include <QObject>
#include <QPointer>
#include <chrono>

class QTcpSocket;

class Connection : public QObject, private ByteStream::Reader
{
    Q_OBJECT
public:
    // Takes ownership of the socket, which must be connected or connecting.
    explicit Connection(QTcpSocket *socket, QObject *parent = nullptr);
    // Takes ownership of the stream, which must be open.
    explicit Connection(ByteStream *stream, QObject *parent = nullptr);
    ~Connection() override;

    // The one owner told of messages, errors and the end by direct calls (the server's session): signal
    // connections cost memory on each of thousands of idle connections. The signals of the same names are
    // emitted too, after the owner is told. The owner must stay until it sets nullptr here, and may close
    // the connection when told but not delete it (deleteLater).
    class Owner
    {
    public:
        virtual void connectionMessage(const Msg::Message &message, std::optional<qint64> ref) = 0;
        virtual void connectionInvalidMessage(const ProtocolError &error) = 0;
        virtual void connectionFatalError(const ProtocolError &error) = 0;
        virtual void connectionClosed() = 0;

    protected:
        ~Owner() = default;
    };
    void setOwner(Owner *owner) { m_owner = owner; }

    // Queues an encoded frame (Msg::encode). Does nothing once the connection is closing.
    void send(const QByteArray &frame);
    template <typename T> void sendMessage(const T &message) { send(Msg::encode(message)); }

    // Sends an error frame, flushes what is queued, and closes. Emits closed() once the socket is gone.
    void closeWithError(const ProtocolError &error);
    // Flushes what is queued and closes.
    void close();
    // Drops the socket at once without flushing.
    void abort();

    bool isOpen() const { return m_stream && !m_closing; }
    ByteStream *stream() const { return m_stream; }
    // The Qt socket under the stream, for a connection made from one (else nullptr).
    QTcpSocket *socket() const;
    QHostAddress peerAddress() const;
    QString peerDescription() const; // "127.0.0.1:51234", for logs

    // For a server's connections: each turn handles at most 4 frames, or 1 ms of them (the rest wait for
    // the event loop's next pass, so that one peer's costly requests cannot hold everyone else's), and the
    // socket holds at most 256 KiB read but not handled (past it, TCP holds the peer back). Off by default:
    // a client reads its one server as fast as it can.
    void setFairInput(bool on);
    // Unsent output above this many bytes closes the connection (a peer that never reads). 0: no cap.
    void setMaxPendingOutput(qint64 bytes);
    // From now on the stream is bytes, not frames: everything after the frame being handled (already read
    // or still to come) goes to rawReceived(), in order, in the same fair turns as frames. For a transfer
    // connection, whose first frame says what its bytes are (docs/PROTOCOL.md); call it from that frame's
    // messageReceived(). send() still sends frames. With fair input, raw connections take turns among
    // themselves, also while heard out: one chunk (64 KiB) of one of them per pass of the event loop, so
    // that chat waits behind one chunk of transfers however many there are (two in a pass where the
    // server's dispatcher delivers another thread's result); their sockets hold at most one chunk read
    // but not handled, so that TLS decrypts no more in one go.
    void switchToRaw();
    bool isRaw() const { return m_raw; }
    // Bytes written but not handed to the kernel yet, encrypted or not.
    qint64 pendingOutput() const;
    qint64 bytesReceived() const { return m_bytesIn; }
    // The size of the frame being handed out by messageReceived() or invalidMessage(), for their receivers.
    qsizetype currentFrameBytes() const { return m_currentFrameBytes; }
    qint64 bytesSent() const { return m_bytesOut; }

signals:
    // ref: the request's "ref" when it carried a valid one (PROTOCOL.md), for the answer to echo. After the
    // peer has closed, what it sent before is still handed out (isOpen() is false by then, sends are
    // dropped), until closed(); closing or aborting the connection stops that.
    void messageReceived(const Msg::Message &message, std::optional<qint64> ref);
    // A frame that is not a valid message (error.ref set when the frame had a valid "ref"). The stream is
    // still in step; the owner decides what to do.
    void invalidMessage(const ProtocolError &error);
    // The stream is broken (oversize frame) or the peer never reads; the connection is closing.
    void fatalError(const ProtocolError &error);
    // After switchToRaw(): the next bytes of the stream (at most 64 KiB at a time).
    void rawReceived(const QByteArray &bytes);
    // Some output went to the kernel (pendingOutput() fell): for a sender that keeps a window of bytes in
    // flight. May come from inside send(): connect it queued to send more from it.
    void written();
    // The socket is closed; emitted exactly once, always from the event loop and never from inside send(),
    // close() or abort(): a caller walking a list of connections and sending to each must not see one of
    // them close (and its owner change that list) under its feet. The owner may deleteLater() the connection.
    void closed();

private:
    // ByteStream::Reader: the stream's events.
    void streamReadyRead() override { onReadyRead(); }
    void streamBytesWritten() override;
    void streamDisconnected() override { onDisconnected(); }
    void streamError(const QString &why) override;
    void onReadyRead();
    void onDisconnected();
    // The owner, then the signal.
    void tellMessage(const Msg::Message &message, std::optional<qint64> ref);
    void tellInvalidMessage(const ProtocolError &error);
    void tellFatalError(const ProtocolError &error);
    void tellClosed();
    // Ends the connection from the event loop: used where the caller may be in the middle of a loop.
    void abortLater();
    // Cuts the peer off (abortLater) once its unsent output passes setMaxPendingOutput().
    void checkPendingOutput();
    // Reads on from the event loop (its next pass, under EpollEventDispatcher and Qt's own).
    void readLater();
    // For a raw connection with fair input: wait for its turn among the raw ones (see switchToRaw).
    bool takesRawTurns() const;
    void queueRawTurn();
    friend struct RawTurns;
    static void serveRawTurn();
    // Handles frames until nothing whole is left (Done) or, with fair input, the turn is over (Over).
    enum class Turn { Done, Over };
    Turn takeTurn();
    // After the peer closed: its remaining frames, a turn per pass, then closed().
    void hearOutThenClose();

    QPointer<ByteStream> m_stream;
    Owner *m_owner = nullptr;
    FrameDecoder m_decoder;
    qint64 m_maxPendingOutput = 0;
    qint64 m_bytesIn = 0;
    qint64 m_bytesOut = 0;
    qsizetype m_currentFrameBytes = 0;
    bool m_closing = false;
    bool m_sending = false;      // inside send(): input waits (see onReadyRead)
    bool m_readDeferred = false; // a turn is queued: after a send that flushed, or after a full turn
    bool m_fairInput = false;
    QByteArray m_rawBuffer;    // raw mode's reads (see takeTurn)
    bool m_hearingOut = false; // handling what the peer sent before it closed (until close() or abort())
    bool m_closedEmitted = false;
    bool m_raw = false; // switchToRaw(): bytes, not frames
    bool m_rawTurnQueued = false;
    bool m_closedOwed = false; // a raw connection heard out in raw turns: closed() once they are done
};
