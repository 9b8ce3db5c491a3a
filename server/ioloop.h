// One I/O thread's share of the connections (IoThreads): lives in that thread, runs the main thread's
// commands on its sockets, and tells the main thread of input, output gone and ends, a batch at a time.
#pragma once

#include "streampipe.h"

#include <QObject>

class IoThreads;

class IoLoop : public QObject
{
    Q_OBJECT
public:
    // Lives in the thread it is moved to; news go to owner, in the main thread. copyFrames: other I/O threads
    // get the same frames (each copies those for several of its members).
    IoLoop(IoThreads *owner, bool copyFrames);
    ~IoLoop() override;

    // From the main thread: run in this loop's thread, after the commands posted before (those given
    // together, in one go).
    void post(IoCommand command);
    void post(std::vector<IoCommand> &commands); // takes them: commands is empty after
    // In the main thread, when told (IoThreads::deliver): the pipes with news since the last call.
    void takeNews(std::vector<std::shared_ptr<StreamPipe>> &into);

private:
    void runCommands();
    void run(IoCommand &command);
    void write(StreamPipe *pipe, const QByteArray &bytes);
    // A room's frame to one of its members here (WriteToMany), with the member's write limit.
    void fanOut(const std::shared_ptr<StreamPipe> &pipe, const QByteArray &bytes);
    // The frame, or a copy of this thread's own when other threads get it too and forSeveral.
    QByteArray ownCopy(const QByteArray &bytes, bool forSeveral) const;
    void adopt(const std::shared_ptr<StreamPipe> &pipe);
    // Reads what the socket has, up to the pipe's read limit.
    void pullInput(const std::shared_ptr<StreamPipe> &pipe);
    void noteOutput(const std::shared_ptr<StreamPipe> &pipe, bool wentOut);
    void noteEnded(const std::shared_ptr<StreamPipe> &pipe);
    // Call with the pipe's mutex held.
    void addNews(const std::shared_ptr<StreamPipe> &pipe);

    IoThreads *m_owner; // in the main thread: only posted to
    const bool m_copyFrames;
    std::mutex m_commandsMutex;
    std::vector<IoCommand> m_commands; // guarded
    std::vector<IoCommand> m_running;  // this thread's: the batch being run
    std::vector<StreamPipe *> m_wrote; // this thread's: pipes the batch wrote to
    std::mutex m_newsMutex;
    std::vector<std::shared_ptr<StreamPipe>> m_news; // guarded
};
