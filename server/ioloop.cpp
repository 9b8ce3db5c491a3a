#include "ioloop.h"

#include "iothreads.h"
#include "leansocket.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace {

// Output that goes to the kernel is reported to the main thread (bytesWritten) only when the socket held
// at least this much before: a writer keeping a window of bytes in flight (a file download) hears when it
// drains, while the small frames of chat, which leave at once, cost no message back.
constexpr qint64 OutputNoticeBytes = 16 * 1024;

// A room's frames reach a socket without the main thread (WriteToMany), which cuts off a reader whose
// backlog passes its write limit when told. Past this many limits (the main thread too busy to hear), the
// room's frames are no longer taken for it.
constexpr qint64 MaxBacklogInLimits = 2;

thread_local char inputScratch[16 * 1024];

} // namespace

IoLoop::IoLoop(IoThreads *owner, bool copyFrames) : m_owner(owner), m_copyFrames(copyFrames) {}

IoLoop::~IoLoop()
{
    // Sockets handed over but not adopted yet (the thread stopped first) have no parent here.
    const std::lock_guard lock(m_commandsMutex);
    for (const IoCommand &command : m_commands) {
        if (command.kind == IoCommand::Kind::Adopt)
            delete command.pipe->ioEnd;
    }
    m_commands.clear();
}

void IoLoop::post(IoCommand command)
{
    bool first;
    {
        const std::lock_guard lock(m_commandsMutex);
        first = m_commands.empty();
        m_commands.push_back(std::move(command));
    }
    // One event for all the commands given before this thread gets round to them.
    if (first)
        QMetaObject::invokeMethod(this, &IoLoop::runCommands, Qt::QueuedConnection);
}

void IoLoop::post(std::vector<IoCommand> &commands)
{
    bool first;
    {
        const std::lock_guard lock(m_commandsMutex);
        first = m_commands.empty();
        if (first)
            m_commands.swap(commands); // a large batch is not copied, nor held twice
        else
            std::move(commands.begin(), commands.end(), std::back_inserter(m_commands));
    }
    std::vector<IoCommand>().swap(commands);
    if (first)
        QMetaObject::invokeMethod(this, &IoLoop::runCommands, Qt::QueuedConnection);
}

void IoLoop::takeNews(std::vector<std::shared_ptr<StreamPipe>> &into)
{
    const std::lock_guard lock(m_newsMutex);
    into.swap(m_news);
}

void IoLoop::runCommands()
{
    m_running.clear();
    {
        const std::lock_guard lock(m_commandsMutex);
        m_running.swap(m_commands);
    }
    for (IoCommand &command : m_running)
        run(command);
    // What the batch wrote is published once per pipe, not once per frame: the main thread reads these
    // for every frame it sends, and each store here would move their cache line back to this core.
    for (StreamPipe *pipe : m_wrote) {
        pipe->backlog.store(pipe->ioEnd ? pipe->ioEnd->bytesToWrite() : 0, std::memory_order_relaxed);
        pipe->taken.store(pipe->ioTaken, std::memory_order_release); // after the backlog that holds it
        pipe->ioWroteInBatch = false;
    }
    m_wrote.clear();
    m_running.clear();
}

void IoLoop::run(IoCommand &command)
{
    const std::shared_ptr<StreamPipe> &pipe = command.pipe; // null for WriteToMany
    switch (command.kind) {
    case IoCommand::Kind::Adopt:
        adopt(pipe);
        return;
    case IoCommand::Kind::Write: {
        const QByteArray bytes = ownCopy(command.bytes, !command.alsoTo.empty());
        write(pipe.get(), bytes);
        for (StreamPipe *other : command.alsoTo)
            write(other, bytes);
        return;
    }
    case IoCommand::Kind::WriteToMany: {
        const QByteArray bytes = ownCopy(command.bytes, command.members->size() > 1);
        for (const std::shared_ptr<StreamPipe> &member : *command.members)
            fanOut(member, bytes);
        return;
    }
    case IoCommand::Kind::Close:
        if (LeanSocket *socket = pipe->ioEnd) {
            socket->disconnectFromHost();
            if (socket->isClosed())
                noteEnded(pipe);
        }
        return;
    case IoCommand::Kind::Abort:
        if (LeanSocket *socket = pipe->ioEnd) {
            socket->abort();
            noteEnded(pipe);
        }
        return;
    case IoCommand::Kind::Resume:
        pullInput(pipe);
        return;
    case IoCommand::Kind::Release:
        return;
    }
}

QByteArray IoLoop::ownCopy(const QByteArray &bytes, bool forSeveral) const
{
    // Each socket holds the bytes until they are sent: with several I/O threads, a frame for several
    // members gets a copy of this thread's own, as the shared frame's reference count, written at every
    // hold and release, would go back and forth between the threads serving the room's members.
    return m_copyFrames && forSeveral ? QByteArray(bytes.constData(), bytes.size()) : bytes;
}

void IoLoop::write(StreamPipe *pipe, const QByteArray &bytes)
{
    if (pipe->ioEnd)
        pipe->ioEnd->write(bytes);
    pipe->ioTaken += bytes.size();
    if (!std::exchange(pipe->ioWroteInBatch, true))
        m_wrote.push_back(pipe); // held by a command in m_running or still to come until published
}

void IoLoop::fanOut(const std::shared_ptr<StreamPipe> &pipe, const QByteArray &bytes)
{
    LeanSocket *socket = pipe->ioEnd;
    if (!socket || pipe->ioOverflowed)
        return;           // closed meanwhile, or to be cut off: its news are on their way
    socket->write(bytes); // not counted in taken: the main thread never counted it as written
    if (!std::exchange(pipe->ioWroteInBatch, true))
        m_wrote.push_back(pipe.get());
    const qint64 limit = pipe->writeLimit.load(std::memory_order_relaxed);
    if (limit <= 0 || socket->bytesToWrite() <= limit)
        return;
    socket->flush(); // what the kernel takes now is no backlog (Connection::send() flushes before it looks too)
    const qint64 backlog = socket->bytesToWrite();
    // The main thread checks the backlog at this news, as at every frame it sends itself, and cuts the
    // reader off. Should it be too busy to do so before the backlog reaches MaxBacklogInLimits limits, the
    // room's frames stop here: the reader is cut off all the same when it hears (outputOverflowed).
    const bool overflowed = backlog > MaxBacklogInLimits * limit;
    if (backlog <= limit || (pipe->ioOverLimit && !overflowed))
        return;
    pipe->ioOverLimit = true;
    pipe->ioOverflowed = overflowed;
    pipe->backlog.store(backlog, std::memory_order_relaxed); // now: the main thread may look before the batch ends
    const std::lock_guard lock(pipe->mutex);
    pipe->outputWent = true;
    pipe->outputOverflowed = pipe->outputOverflowed || overflowed;
    addNews(pipe);
}

void IoLoop::adopt(const std::shared_ptr<StreamPipe> &pipe)
{
    LeanSocket *socket = pipe->ioEnd;
    socket->setParent(this);
    // Each holds the pipe until the socket is gone.
    connect(socket, &ByteStream::readyRead, this, [this, pipe] { pullInput(pipe); });
    connect(socket, &ByteStream::bytesWritten, this, [this, pipe] { noteOutput(pipe, true); });
    connect(socket, &ByteStream::disconnected, this, [this, pipe] { noteEnded(pipe); });
    connect(socket, &ByteStream::errorOccurred, this, [this, pipe](const QString &why) {
        noteOutput(pipe, false); // a failed write drops the socket's output
        const std::lock_guard lock(pipe->mutex);
        pipe->error = why;
        addNews(pipe);
    });
    // What arrived while it was handed over waits in the kernel (or OpenSSL), with no readyRead to come.
    pullInput(pipe);
    if (socket->isClosed())
        noteEnded(pipe);
}

void IoLoop::pullInput(const std::shared_ptr<StreamPipe> &pipe)
{
    LeanSocket *socket = pipe->ioEnd;
    if (!socket)
        return;
    const qint64 limit = pipe->readLimit.load(std::memory_order_relaxed);
    for (;;) {
        qint64 room;
        {
            const std::lock_guard lock(pipe->mutex);
            room = limit - (pipe->input.size() - pipe->inputRead);
            if (room <= 0) {
                pipe->inputStalled = true;
                return;
            }
        }
        const qint64 got = socket->read(inputScratch, std::min<qint64>(room, sizeof inputScratch));
        if (got <= 0)
            return; // drained: the socket says readyRead() again when more comes
        const std::lock_guard lock(pipe->mutex);
        if (pipe->inputRead > 0) {
            // What the main thread has taken goes first, so that the buffer holds no more than the limit.
            pipe->input.remove(0, pipe->inputRead);
            pipe->inputRead = 0;
        }
        pipe->input.append(inputScratch, got);
        addNews(pipe);
    }
}

void IoLoop::noteOutput(const std::shared_ptr<StreamPipe> &pipe, bool wentOut)
{
    LeanSocket *socket = pipe->ioEnd;
    const qint64 before = pipe->backlog.load(std::memory_order_relaxed);
    const qint64 now = socket ? socket->bytesToWrite() : 0;
    pipe->backlog.store(now, std::memory_order_relaxed);
    if (now <= pipe->writeLimit.load(std::memory_order_relaxed))
        pipe->ioOverLimit = false; // the next time it passes the limit is news again
    if (wentOut && before >= OutputNoticeBytes && now < before) {
        const std::lock_guard lock(pipe->mutex);
        pipe->outputWent = true;
        addNews(pipe);
    }
}

void IoLoop::noteEnded(const std::shared_ptr<StreamPipe> &pipe)
{
    LeanSocket *socket = pipe->ioEnd;
    if (!socket)
        return; // told already (a socket may say disconnected() more than once)
    pipe->ioEnd = nullptr;
    socket->disconnect(this);
    socket->deleteLater();
    noteOutput(pipe, false);
    const std::lock_guard lock(pipe->mutex);
    pipe->ended = true;
    addNews(pipe);
}

void IoLoop::addNews(const std::shared_ptr<StreamPipe> &pipe)
{
    if (pipe->newsOwed)
        return;
    pipe->newsOwed = true;
    bool first;
    {
        const std::lock_guard lock(m_newsMutex);
        first = m_news.empty();
        m_news.push_back(pipe);
    }
    // One event to the main thread for all the news it has not collected yet.
    if (first)
        QMetaObject::invokeMethod(
            m_owner, [owner = m_owner, loop = this] { owner->deliver(loop); }, Qt::QueuedConnection);
}
