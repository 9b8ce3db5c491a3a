// The main thread's end of a connection that an I/O thread serves (IoThreads): the stream a Connection
// reads and writes, while the socket lives in that thread. Reads take what the I/O thread has read;
// writes go to it as commands, in order, with the other commands of this pass (or at flush()), and leave
// for the kernel in its next pass.
#pragma once

#include "bytestream.h"
#include "streampipe.h"

#include <QPointer>
#include <memory>

class IoThreads;

class RemoteStream : public ByteStream
{
    Q_OBJECT
public:
    RemoteStream(std::shared_ptr<StreamPipe> pipe, IoThreads *threads, const QHostAddress &peer, quint16 peerPort);
    // Aborts the connection if it is still open.
    ~RemoteStream() override;

    qint64 read(char *data, qint64 max) override;
    void write(const QByteArray &bytes) override;
    // Sends the commands given so far to the I/O thread now, not at the end of the pass: a sender with much
    // queued (Connection's eager flush) hands it over while it goes on.
    void flush() override;
    // What was written here and not handed to the kernel yet, on its way or in the socket.
    qint64 bytesToWrite() const override;
    // Past this much input not read here, the I/O thread stops reading (0: StreamPipe::DefaultReadLimit).
    void setReadBufferSize(qint64 bytes) override;
    // The I/O thread says bytesWritten() as soon as the backlog of a room's frames passes this.
    void setWriteLimit(qint64 bytes) override;
    bool outputOverflowed() const override { return m_outputOverflowed; }
    void disconnectFromHost() override;
    void abort() override;
    bool isClosed() const override { return m_closed; }
    QHostAddress peerAddress() const override { return m_peer; }
    quint16 peerPort() const override { return m_peerPort; }
    // Input the I/O thread has read and this end not yet.
    qint64 bytesAvailable() const;
    // The input buffer's size, read or not: what this connection's input costs in memory.
    qint64 inputBufferBytes() const;

    // For IoThreads: the I/O thread has news of this connection.
    void takeNews();
    // For RoomFanout: the pipe a room's frames can go to directly (IoThreads::postToMany), while the
    // connection is open and its socket handed over; else nullptr (send through write()).
    std::shared_ptr<StreamPipe> directPipe() const;

private:
    void command(IoCommand::Kind kind);

    std::shared_ptr<StreamPipe> m_pipe;
    QPointer<IoThreads> m_threads; // gone at shutdown, before the last sessions
    QHostAddress m_peer;
    quint16 m_peerPort;
    qint64 m_written = 0; // in all
    bool m_closing = false;
    bool m_closed = false;
    bool m_outputOverflowed = false;
};
