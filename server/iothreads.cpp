#include "iothreads.h"

#include "epolleventdispatcher.h"
#include "ioloop.h"
#include "leansocket.h"
#include "lingeringclose.h"
#include "remotestream.h"

#include <QAbstractEventDispatcher>
#include <QLoggingCategory>
#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcIoThreads, "chat.server.io")

using namespace Qt::Literals::StringLiterals;

IoThreads::IoThreads(int count, QObject *parent) : QObject(parent)
{
    const bool epoll = qobject_cast<EpollEventDispatcher *>(QAbstractEventDispatcher::instance()) != nullptr;
    for (int i = 0; i < std::max(count, 1); ++i) {
        auto thread = std::make_unique<QThread>();
        thread->setObjectName(u"chatroom-io-%1"_s.arg(i + 1));
        if (epoll)
            thread->setEventDispatcher(new EpollEventDispatcher);
        auto *loop = new IoLoop(this, count > 1);
        loop->moveToThread(thread.get());
        connect(thread.get(), &QThread::finished, loop, &QObject::deleteLater);
        // A socket's lingering close (LingeringClose) ends with its thread's loop, not the application.
        QMetaObject::invokeMethod(loop, [loop] { LingeringClose::setOwnerInThisThread(loop); }, Qt::QueuedConnection);
        thread->start();
        m_threads.push_back(std::move(thread));
        m_loops.push_back(loop);
        m_load.push_back(0);
    }
    m_outbox.resize(m_loops.size());
    m_outboxBytes.resize(m_loops.size(), 0);
    qCInfo(lcIoThreads).noquote() << "serving the connections on" << m_threads.size()
                                  << (m_threads.size() == 1 ? "I/O thread" : "I/O threads");
}

IoThreads::~IoThreads()
{
    for (const auto &thread : m_threads)
        thread->quit();
    for (const auto &thread : m_threads)
        thread->wait(); // each deletes its loop, and with it the sockets, as it finishes
    for (const std::shared_ptr<StreamPipe> &pipe : m_handingOver) {
        delete pipe->ioEnd; // still this thread's
        pipe->held.clear(); // its commands hold the pipe
    }
}

ByteStream *IoThreads::adopt(LeanSocket *socket)
{
    const auto fewest = std::min_element(m_load.begin(), m_load.end());
    const int index = int(fewest - m_load.begin());
    ++*fewest;
    auto pipe = std::make_shared<StreamPipe>(index);
    pipe->ioEnd = socket;
    auto *stream = new RemoteStream(pipe, this, socket->peerAddress(), socket->peerPort());
    // Not at once: the socket may be in the middle of its own work (the handshake that just finished).
    if (m_handingOver.empty())
        QMetaObject::invokeMethod(this, &IoThreads::handOver, Qt::QueuedConnection);
    m_handingOver.push_back(std::move(pipe));
    return stream;
}

void IoThreads::handOver()
{
    std::vector<std::shared_ptr<StreamPipe>> pipes;
    pipes.swap(m_handingOver);
    for (const std::shared_ptr<StreamPipe> &pipe : pipes) {
        IoLoop *loop = m_loops[std::size_t(pipe->loop)];
        pipe->ioEnd->moveToThread(loop->thread());
        pipe->awaitingAdoption = false;
        // Together: an abort given before the hand-over comes before the writes given with it leave.
        pipe->held.insert(pipe->held.begin(), IoCommand{IoCommand::Kind::Adopt, pipe, {}});
        loop->post(pipe->held);
    }
}

void IoThreads::post(IoCommand command)
{
    StreamPipe &pipe = *command.pipe;
    if (pipe.awaitingAdoption) {
        pipe.held.push_back(std::move(command));
        return;
    }
    const auto loop = std::size_t(pipe.loop);
    m_outboxBytes[loop] += command.bytes.size();
    m_outbox[loop].push_back(std::move(command));
    ++m_commandsSent;
    sendCommandsLater();
}

void IoThreads::sendCommandsLater()
{
    if (!std::exchange(m_sendQueued, true))
        QMetaObject::invokeMethod(this, &IoThreads::sendCommands, Qt::QueuedConnection);
}

void IoThreads::postToMany(int loop, std::shared_ptr<const PipeList> members, const QByteArray &bytes)
{
    const auto index = std::size_t(loop);
    m_outbox[index].push_back(IoCommand{IoCommand::Kind::WriteToMany, nullptr, bytes, {}, std::move(members)});
    ++m_commandsSent;
    // Its bytes count once: the frame is not copied per member, and the sockets' limits bound the rest.
    m_outboxBytes[index] += bytes.size();
    if (m_outboxBytes[index] >= EagerSendBytes)
        sendOutbox(index); // a pass with many of a room's frames keeps the thread busy meanwhile
    else
        sendCommandsLater();
}

void IoThreads::postWrite(const std::shared_ptr<StreamPipe> &pipe, const QByteArray &bytes)
{
    const auto loop = std::size_t(pipe->loop);
    std::vector<IoCommand> &outbox = m_outbox[loop];
    // The same frame as the loop's last write (the same bytes, not equal ones: a room's frame, encoded once)
    // goes with it, without a copy of the frame or of the pipe. Nothing of this pipe comes after that write
    // yet, so its order is kept. Its bytes count once per member: the loop writes them that often.
    if (!pipe->awaitingAdoption && !outbox.empty()) {
        IoCommand &last = outbox.back();
        if (last.kind == IoCommand::Kind::Write && last.bytes.constData() == bytes.constData() &&
            last.bytes.size() == bytes.size()) {
            last.alsoTo.push_back(pipe.get());
            m_outboxBytes[loop] += bytes.size();
            return; // the send is queued already
        }
    }
    post(IoCommand{IoCommand::Kind::Write, pipe, bytes});
}

void IoThreads::sendCommands()
{
    m_sendQueued = false;
    for (std::size_t i = 0; i < m_loops.size(); ++i) {
        m_outboxBytes[i] = 0;
        if (!m_outbox[i].empty()) {
            ++m_batchesSent;
            m_loops[i]->post(m_outbox[i]); // one lock and one wake-up for the pass's commands
        }
    }
}

void IoThreads::sendCommandsNow(const StreamPipe &pipe)
{
    if (pipe.awaitingAdoption)
        return; // its commands are held until the hand-over, which sends them
    const auto loop = std::size_t(pipe.loop);
    if (m_outboxBytes[loop] < EagerSendBytes)
        return; // with the others at the end of the pass
    sendOutbox(loop);
}

void IoThreads::sendOutbox(std::size_t loop)
{
    m_outboxBytes[loop] = 0;
    ++m_batchesSent;
    m_loops[loop]->post(m_outbox[loop]);
}

void IoThreads::release(const StreamPipe &pipe)
{
    --m_load[std::size_t(pipe.loop)];
}

void IoThreads::deliver(IoLoop *loop)
{
    // A receiver may close other connections, whose news then come in a later delivery.
    std::vector<std::shared_ptr<StreamPipe>> pipes;
    loop->takeNews(pipes);
    for (const std::shared_ptr<StreamPipe> &pipe : pipes) {
        if (pipe->mainEnd)
            pipe->mainEnd->takeNews();
        else {
            const std::lock_guard lock(pipe->mutex);
            pipe->newsOwed = false;
        }
    }
}
