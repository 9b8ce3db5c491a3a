#include "connection.h"

#include "nextpass.h"
#include "socketstream.h"

#include <QLoggingCategory>
#include <QScopedValueRollback>
#include <chrono>
#include <deque>
#include <limits>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcConnection, "chat.net.connection")

namespace {
// The most one read from the socket hands the frame decoder.
constexpr qint64 ReadChunkBytes = 64 * 1024;
// Output is normally written once per pass of the event loop, gathering every frame of the pass into one
// write. A broadcast burst can queue far more than that in one pass (500 members x 2,000 frames is 200 MB);
// past this much, hand it to the kernel at once instead of growing our buffer (a stream served by an I/O
// thread: to that thread, in batches of IoThreads::EagerSendBytes).
constexpr qint64 EagerFlushBytes = 32 * 1024;
// With fair input (setFairInput): frames handled in one turn, and the time they may take (a page of history
// costs a thousand times a ping); the first frame of a turn is always handled, whatever it costs. (Raw
// connections, file transfers, take one chunk a turn: see Connection::switchToRaw.)
constexpr int MaxFramesPerTurn = 4;
constexpr std::chrono::steady_clock::duration MaxTurnTime = std::chrono::milliseconds(1);
// With fair input: what the socket may hold that we have not handled. Past it, the socket stops reading
// from the kernel and TCP makes a peer that writes faster than we handle its requests wait.
constexpr qint64 ReadBufferBytes = 256 * 1024;

// Each thread's reads land here before the frame decoder copies what it keeps: a connection holds no read
// buffer of its own while idle.
thread_local char readScratch[ReadChunkBytes];
} // namespace

// Raw connections with fair input waiting for their turn (see Connection::switchToRaw), first come first
// served, and the call that serves the next one. Per thread: each event loop its own.
struct RawTurns
{
    std::deque<QPointer<Connection>> waiting;
    // Two turns in a pass of the server's dispatcher where another thread's result arrives: it delivers
    // posted events again.
    NextPass next{&Connection::serveRawTurn};
};
static thread_local RawTurns rawTurns;

Connection::Connection(QTcpSocket *socket, QObject *parent) : Connection(new SocketStream(socket), parent) {}

Connection::Connection(ByteStream *stream, QObject *parent) : QObject(parent), m_stream(stream)
{
    Q_ASSERT(stream);
    stream->setParent(this);
    stream->setReader(this);
}

Connection::~Connection()
{
    // The stream, a child, goes after this body: it must not tell this object anything meanwhile. (A
    // QPointer in rawTurns forgets the connection by itself.)
    if (m_stream)
        m_stream->setReader(nullptr);
}

void Connection::streamError(const QString &why)
{
    qCDebug(lcConnection) << peerDescription() << "stream error:" << why;
}

void Connection::tellMessage(const Msg::Message &message, std::optional<qint64> ref)
{
    if (m_owner)
        m_owner->connectionMessage(message, ref);
    emit messageReceived(message, ref);
}

void Connection::tellInvalidMessage(const ProtocolError &error)
{
    if (m_owner)
        m_owner->connectionInvalidMessage(error);
    emit invalidMessage(error);
}

void Connection::tellFatalError(const ProtocolError &error)
{
    if (m_owner)
        m_owner->connectionFatalError(error);
    emit fatalError(error);
}

void Connection::tellClosed()
{
    if (m_owner)
        m_owner->connectionClosed();
    emit closed();
}

QTcpSocket *Connection::socket() const
{
    const auto *qtStream = qobject_cast<const SocketStream *>(m_stream.data());
    return qtStream ? qtStream->socket() : nullptr;
}

void Connection::setFairInput(bool on)
{
    m_fairInput = on;
    if (m_stream)
        m_stream->setReadBufferSize(!on ? 0 : m_raw ? ReadChunkBytes : ReadBufferBytes);
}

void Connection::switchToRaw()
{
    m_raw = true;
    if (m_fairInput && m_stream)
        m_stream->setReadBufferSize(ReadChunkBytes);
}

bool Connection::takesRawTurns() const
{
    return m_raw && m_fairInput;
}

void Connection::queueRawTurn()
{
    if (m_rawTurnQueued)
        return;
    m_rawTurnQueued = true;
    rawTurns.waiting.emplace_back(this);
    rawTurns.next.request();
}

void Connection::serveRawTurn()
{
    rawTurns.next.begun();
    while (!rawTurns.waiting.empty()) {
        Connection *next = rawTurns.waiting.front();
        rawTurns.waiting.pop_front();
        if (!next)
            continue; // deleted while it waited
        next->m_rawTurnQueued = false;
        // Receivers close connections, never delete them in a turn (deleteLater): next outlives it.
        const Turn turn = next->takeTurn();
        if (turn == Turn::Over && (next->m_hearingOut || !next->m_closedOwed)) {
            next->queueRawTurn(); // to the back of the queue: its socket has more
        } else if (next->m_closedOwed) {
            // Heard out (or closed by a receiver meanwhile): see hearOutThenClose().
            next->m_closedOwed = false;
            next->m_hearingOut = false;
            next->tellClosed();
        }
        break;
    }
    if (!rawTurns.waiting.empty())
        rawTurns.next.request();
}

QHostAddress Connection::peerAddress() const
{
    return m_stream ? m_stream->peerAddress() : QHostAddress();
}

QString Connection::peerDescription() const
{
    if (!m_stream)
        return u"(closed)"_s;
    return u"%1:%2"_s.arg(m_stream->peerAddress().toString()).arg(m_stream->peerPort());
}

void Connection::send(const QByteArray &frame)
{
    if (!isOpen())
        return;
    m_stream->write(frame);
    m_bytesOut += frame.size();
    if (m_stream->bytesToWrite() >= EagerFlushBytes) {
        // A TLS socket's flush also reads and decrypts what has arrived, and emits readyRead from inside
        // flush(). Handling a request there would put its answers before the rest of what the caller is
        // sending (the next message overtaking this one for half a room): onReadyRead() waits for us.
        const QScopedValueRollback sending(m_sending, true);
        m_stream->flush();
    }
    checkPendingOutput();
}

void Connection::setMaxPendingOutput(qint64 bytes)
{
    m_maxPendingOutput = bytes;
    if (m_stream)
        m_stream->setWriteLimit(bytes);
}

void Connection::streamBytesWritten()
{
    checkPendingOutput(); // also what the stream writes without send() (RemoteStream)
    emit written();
}

void Connection::checkPendingOutput()
{
    if (m_maxPendingOutput > 0 && isOpen() && (pendingOutput() > m_maxPendingOutput || m_stream->outputOverflowed())) {
        qCInfo(lcConnection) << peerDescription() << "closed: unsent output above" << m_maxPendingOutput << "bytes";
        // Stop output now, end the connection once the caller (often a broadcast loop) has returned.
        m_closing = true;
        abortLater();
    }
}

qint64 Connection::pendingOutput() const
{
    return m_stream ? m_stream->bytesToWrite() : 0;
}

void Connection::closeWithError(const ProtocolError &error)
{
    m_hearingOut = false;
    if (!isOpen())
        return;
    send(Msg::encode(Msg::ErrorReply(error)));
    close();
}

void Connection::close()
{
    m_hearingOut = false; // we have heard enough
    if (!isOpen())
        return;
    m_closing = true;
    {
        // A QSslSocket's (the client's) disconnectFromHost() drops the plain text it has not encrypted yet (a logout
        // written just before, the error that says why the server closes): hand it all to the kernel first.
        const QScopedValueRollback sending(m_sending, true);
        m_stream->flush();
    }
    m_stream->disconnectFromHost();
    if (m_stream && m_stream->isClosed())
        onDisconnected();
}

void Connection::abort()
{
    m_hearingOut = false;
    if (!m_stream)
        return;
    m_closing = true;
    m_stream->abort();
    onDisconnected();
}

void Connection::abortLater()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            tellFatalError({ErrorCode::RateLimited, u"the connection does not read what it is sent"_s});
            abort();
        },
        Qt::QueuedConnection);
}

void Connection::readLater()
{
    // The socket will not say readyRead again for what it already holds: come back by ourselves.
    if (takesRawTurns()) {
        queueRawTurn();
        return;
    }
    if (m_readDeferred)
        return;
    m_readDeferred = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_readDeferred = false;
            onReadyRead();
        },
        Qt::QueuedConnection);
}

void Connection::onReadyRead()
{
    if (takesRawTurns()) {
        if (!m_hearingOut)
            queueRawTurn(); // a transfer waits for its turn among the transfers, even right after a send
        return;
    }
    if (m_sending || m_readDeferred) {
        // Once the send that flushed has returned; or a turn is queued already, and the socket saying
        // readyRead again must not give this connection a second one before it.
        readLater();
        return;
    }
    if (m_hearingOut)
        return; // hearOutThenClose() takes the turns now
    if (takeTurn() == Turn::Over)
        readLater();
}

Connection::Turn Connection::takeTurn()
{
    const bool limited = m_fairInput;
    const int maxFrames = limited ? MaxFramesPerTurn : std::numeric_limits<int>::max();
    const auto turnEnds =
        limited ? std::chrono::steady_clock::now() + MaxTurnTime : std::chrono::steady_clock::time_point::max();
    // The receiver of a signal below may close this connection; stop reading as soon as it does (unless
    // the peer closed first, and we are hearing out what it sent before: see onDisconnected()).
    int handled = 0;
    while (m_stream && (!m_closing || m_hearingOut)) {
        if (handled == maxFrames || (handled > 0 && std::chrono::steady_clock::now() >= turnEnds))
            return Turn::Over; // the others' turn: a burst of costly requests must not hold the loop
        if (handled > 0 && takesRawTurns())
            return Turn::Over; // one chunk a turn (or the frame that switched to raw): see switchToRaw()
        if (m_raw) {
            // What the decoder read past the switching frame comes first, then the socket's bytes.
            if (QByteArray rest = m_decoder.takeRest(); !rest.isEmpty()) {
                ++handled;
                emit rawReceived(rest);
                continue;
            }
            // Into the same buffer every time (a file's worth of reads would otherwise be as many
            // allocations, each paid in page faults); a receiver that keeps the bytes makes it copy.
            m_rawBuffer.resize(ReadChunkBytes);
            const qint64 got = m_stream->read(m_rawBuffer.data(), ReadChunkBytes);
            if (got <= 0)
                return Turn::Done;
            m_rawBuffer.resize(got);
            m_bytesIn += got;
            ++handled;
            // Moved out while it is handed on: a receiver that re-enters this loop reads into a buffer of
            // its own, not into the bytes the outer receivers are still to see.
            QByteArray bytes = std::move(m_rawBuffer);
            emit rawReceived(bytes);
            m_rawBuffer = std::move(bytes);
            continue;
        }
        if (std::optional<QByteArray> frame = m_decoder.takeFrame()) {
            ++handled;
            std::optional<qint64> ref;
            m_currentFrameBytes = frame->size();
            auto message = Msg::parse(*frame, &ref);
            if (message)
                tellMessage(*message, ref);
            else
                tellInvalidMessage(message.error());
            continue;
        }
        const qint64 got = m_stream->read(readScratch, ReadChunkBytes);
        if (got <= 0)
            return Turn::Done;
        m_bytesIn += got;
        if (!m_decoder.feed(QByteArrayView(readScratch, got))) {
            const ProtocolError error = *m_decoder.error();
            qCInfo(lcConnection) << peerDescription() << "closed:" << error.message;
            tellFatalError(error);
            closeWithError(error);
            return Turn::Done;
        }
    }
    return Turn::Done;
}

void Connection::onDisconnected()
{
    if (m_closedEmitted)
        return;
    m_closedEmitted = true;
    // When the peer closed (we did not), what it sent before closing is still ours to handle, in turns
    // like the rest: a logout after a few costly requests, or the server's last error before it hangs up.
    m_hearingOut = !m_closing;
    m_closing = true;
    // The socket can report its end from inside a write or flush, deep in someone's loop; see closed().
    QMetaObject::invokeMethod(this, &Connection::hearOutThenClose, Qt::QueuedConnection);
}

void Connection::hearOutThenClose()
{
    if (m_hearingOut && takesRawTurns()) {
        // What a transfer's peer sent before it closed still waits its turns among the transfers.
        m_closedOwed = true;
        queueRawTurn();
        return;
    }
    if (m_hearingOut && takeTurn() == Turn::Over) {
        QMetaObject::invokeMethod(this, &Connection::hearOutThenClose, Qt::QueuedConnection);
        return;
    }
    m_hearingOut = false;
    tellClosed();
}
