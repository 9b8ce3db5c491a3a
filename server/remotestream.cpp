#include "remotestream.h"

#include "iothreads.h"

#include <algorithm>
#include <cstring>

RemoteStream::RemoteStream(std::shared_ptr<StreamPipe> pipe, IoThreads *threads, const QHostAddress &peer,
                           quint16 peerPort)
    : m_pipe(std::move(pipe)), m_threads(threads), m_peer(peer), m_peerPort(peerPort)
{
    m_pipe->mainEnd = this;
}

RemoteStream::~RemoteStream()
{
    m_pipe->mainEnd = nullptr;
    // A close under way finishes (or gives up) by itself. Either command holds the pipe for the writes
    // before it that name it without holding it (IoCommand::alsoTo).
    command(!m_closed && !m_closing ? IoCommand::Kind::Abort : IoCommand::Kind::Release);
    if (m_threads)
        m_threads->release(*m_pipe);
}

qint64 RemoteStream::read(char *data, qint64 max)
{
    bool resume = false;
    qint64 got;
    {
        const std::lock_guard lock(m_pipe->mutex);
        got = std::min<qint64>(max, m_pipe->input.size() - m_pipe->inputRead);
        if (got > 0)
            std::memcpy(data, m_pipe->input.constData() + m_pipe->inputRead, size_t(got));
        m_pipe->inputRead += got;
        if (m_pipe->inputRead == m_pipe->input.size()) {
            m_pipe->input.clear(); // an idle connection holds no buffer
            m_pipe->inputRead = 0;
            resume = std::exchange(m_pipe->inputStalled, false);
        }
    }
    if (resume)
        command(IoCommand::Kind::Resume);
    return got;
}

qint64 RemoteStream::bytesAvailable() const
{
    const std::lock_guard lock(m_pipe->mutex);
    return m_pipe->input.size() - m_pipe->inputRead;
}

qint64 RemoteStream::inputBufferBytes() const
{
    const std::lock_guard lock(m_pipe->mutex);
    return m_pipe->input.size();
}

void RemoteStream::write(const QByteArray &bytes)
{
    if (m_closed || m_closing || bytes.isEmpty())
        return;
    m_written += bytes.size();
    if (m_threads)
        m_threads->postWrite(m_pipe, bytes);
}

qint64 RemoteStream::bytesToWrite() const
{
    if (m_closed)
        return 0;
    // Taken first: a frame the I/O thread takes in between is counted twice for a moment, never not at all.
    const qint64 onTheWay = m_written - m_pipe->taken.load(std::memory_order_acquire);
    return onTheWay + m_pipe->backlog.load(std::memory_order_relaxed);
}

void RemoteStream::flush()
{
    if (m_threads)
        m_threads->sendCommandsNow(*m_pipe);
}

void RemoteStream::setReadBufferSize(qint64 bytes)
{
    m_pipe->readLimit.store(bytes > 0 ? bytes : StreamPipe::DefaultReadLimit, std::memory_order_relaxed);
}

void RemoteStream::setWriteLimit(qint64 bytes)
{
    m_pipe->writeLimit.store(std::max<qint64>(bytes, 0), std::memory_order_relaxed);
}

std::shared_ptr<StreamPipe> RemoteStream::directPipe() const
{
    if (m_closed || m_closing || !m_threads || m_pipe->awaitingAdoption)
        return nullptr;
    return m_pipe;
}

void RemoteStream::disconnectFromHost()
{
    if (m_closed || m_closing)
        return;
    m_closing = true;
    command(IoCommand::Kind::Close); // after what was written; disconnected() once the I/O thread is done
}

void RemoteStream::abort()
{
    if (m_closed)
        return;
    m_closed = true;
    command(IoCommand::Kind::Abort);
    announceDisconnected();
}

void RemoteStream::takeNews()
{
    bool input;
    bool outputWent;
    bool ended;
    QString error;
    {
        const std::lock_guard lock(m_pipe->mutex);
        m_pipe->newsOwed = false;
        input = m_pipe->input.size() > m_pipe->inputRead;
        outputWent = std::exchange(m_pipe->outputWent, false);
        m_outputOverflowed = m_pipe->outputOverflowed;
        ended = m_pipe->ended;
        error = std::exchange(m_pipe->error, QString());
    }
    // Each receiver may close or abort the connection, but not delete it (its owner does that later).
    if (!error.isEmpty())
        announceError(error);
    if (input)
        announceReadyRead();
    if (outputWent && !m_closed)
        announceBytesWritten();
    if (ended && !m_closed) {
        m_closed = true;
        announceDisconnected();
    }
}

void RemoteStream::command(IoCommand::Kind kind)
{
    if (m_threads)
        m_threads->post(IoCommand{kind, m_pipe, {}});
}
