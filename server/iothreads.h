// The threads that read and write the server's connections (--io-threads): each runs its own event loop
// with its share of the sockets, encrypting, decrypting and sending there, while the main thread handles
// what the bytes mean. A room's frame is encoded once and goes to every member's loop as it is (shared).
#pragma once

#include "streampipe.h"

#include <QObject>
#include <QThread>
#include <memory>
#include <vector>

class ByteStream;
class IoLoop;
class LeanSocket;

class IoThreads : public QObject
{
    Q_OBJECT
public:
    // Writes held back from a flush until they make this much: small beside the smallest cap on a
    // connection's pending output (--max-pending-output-kib, 64), which counts them too.
    static constexpr qint64 EagerSendBytes = 16 * 1024;

    // count threads (at least 1), with the event dispatcher of the thread that makes them (the epoll one or Qt's).
    explicit IoThreads(int count, QObject *parent = nullptr);
    // Stops the threads; the sockets still open close with them.
    ~IoThreads() override;

    int count() const { return int(m_loops.size()); }
    // Hands the socket (connected, encrypted if it uses TLS, without a parent) to the thread with the
    // fewest connections, in the event loop's next pass. Returns what stands in for it here (no parent).
    ByteStream *adopt(LeanSocket *socket);
    // The connections each thread serves, for tests and statistics.
    std::vector<int> connectionsPerThread() const { return m_load; }
    // Batches of commands handed to the threads so far, for tests.
    qint64 batchesSent() const { return m_batchesSent; }
    // Commands given to the threads so far (a frame for several of a thread's connections is one), for tests.
    qint64 commandsSent() const { return m_commandsSent; }

    // For RemoteStream: a command for the pipe's loop (held until the socket has been handed over). The
    // commands of one pass go over together in the next, as the sockets of the main thread write theirs
    // (WriteBatch): a room's frames for one member leave in one write, not one each.
    void post(IoCommand command);
    // For RemoteStream: post() of a write, which joins the loop's last write when that carries the same
    // bytes (a room's frame to the loop's next member: IoCommand::alsoTo).
    void postWrite(const std::shared_ptr<StreamPipe> &pipe, const QByteArray &bytes);
    // For RoomFanout: bytes to every pipe of members, all served by that loop, in one command. Each member's
    // earlier commands run first.
    void postToMany(int loop, std::shared_ptr<const PipeList> members, const QByteArray &bytes);
    // For RemoteStream::flush(): the commands given so far for the pipe's loop go over now, once they carry
    // EagerSendBytes. (A connection with a large backlog flushes at every frame; one lock and one wake-up per
    // frame cost the main thread more than the I/O thread saved.)
    void sendCommandsNow(const StreamPipe &pipe);
    void release(const StreamPipe &pipe);
    // For IoLoop: news of its pipes are waiting.
    void deliver(IoLoop *loop);

private:
    void handOver();
    void sendCommands();
    void sendCommandsLater();
    void sendOutbox(std::size_t loop);

    std::vector<std::unique_ptr<QThread>> m_threads;
    std::vector<IoLoop *> m_loops; // each lives in its thread, and is deleted there when it finishes
    std::vector<int> m_load;
    std::vector<std::shared_ptr<StreamPipe>> m_handingOver; // adopted in this pass
    std::vector<std::vector<IoCommand>> m_outbox;           // per loop: given in this pass
    std::vector<qint64> m_outboxBytes;                      // per loop: what its outbox's writes carry
    bool m_sendQueued = false;
    qint64 m_batchesSent = 0;
    qint64 m_commandsSent = 0;
};
