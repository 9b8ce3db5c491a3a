// The byte stream under a Connection: a Qt socket on the client (SocketStream), the server's own lean
// socket on a bare descriptor (server/leansocket.h). Connection owns the framing; a stream only moves bytes.
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>

class ByteStream : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // The stream's one reader (the Connection on it), told of its events by direct calls. Each signal
    // connection costs memory, and a server holding thousands of idle connections would pay for four
    // apiece. The signals below are emitted too, after the reader is told, for anyone else listening.
    class Reader
    {
    public:
        virtual void streamReadyRead() = 0;
        virtual void streamBytesWritten() = 0;
        virtual void streamDisconnected() = 0;
        virtual void streamError(const QString &why) = 0;

    protected:
        ~Reader() = default;
    };
    // The reader must stay until it sets nullptr here, and must not delete the stream while told.
    void setReader(Reader *reader) { m_reader = reader; }

    // Up to max bytes that have arrived (decrypted); 0 when none are waiting now. After the peer closed,
    // what it sent before may still be read.
    virtual qint64 read(char *data, qint64 max) = 0;
    // Queues bytes for the peer; they leave by the next pass of the event loop, or at flush().
    virtual void write(const QByteArray &bytes) = 0;
    // Hands what it can of the queued bytes to the kernel now.
    virtual void flush() = 0;
    // Queued bytes not handed to the kernel yet, encrypted or not.
    virtual qint64 bytesToWrite() const = 0;
    // The most the stream reads ahead of its reader (0: no bound); a stream that reads only when asked
    // ignores it.
    virtual void setReadBufferSize(qint64 bytes) = 0;
    // The reader's bound on bytesToWrite() (0: none), for a stream that is also given bytes other than
    // through write(): past it, it says bytesWritten() so that the reader looks. Others ignore it: the
    // reader checks at every write().
    virtual void setWriteLimit(qint64 bytes) { Q_UNUSED(bytes); }
    // True once such a stream dropped bytes given to it other than through write(), its backlog far past
    // the write limit: the reader must end the connection, as for a backlog past the limit.
    virtual bool outputOverflowed() const { return false; }
    // Sends what is queued, then closes; disconnected() follows once it has (isClosed() at once when
    // nothing was queued).
    virtual void disconnectFromHost() = 0;
    // Closes at once, dropping what is queued.
    virtual void abort() = 0;
    // Nothing more goes either way (what arrived before may still be read).
    virtual bool isClosed() const = 0;
    virtual QHostAddress peerAddress() const = 0;
    virtual quint16 peerPort() const = 0;

signals:
    void readyRead();
    // Some queued bytes went to the kernel.
    void bytesWritten();
    // The stream closed, from either end; may come more than once.
    void disconnected();
    void errorOccurred(const QString &why);

protected:
    // How a stream tells of its events: the reader first, then the signals.
    void announceReadyRead()
    {
        if (m_reader)
            m_reader->streamReadyRead();
        emit readyRead();
    }
    void announceBytesWritten()
    {
        if (m_reader)
            m_reader->streamBytesWritten();
        emit bytesWritten();
    }
    void announceDisconnected()
    {
        if (m_reader)
            m_reader->streamDisconnected();
        emit disconnected();
    }
    void announceError(const QString &why)
    {
        if (m_reader)
            m_reader->streamError(why);
        emit errorOccurred(why);
    }

private:
    Reader *m_reader = nullptr;
};
