// What a connection served by an I/O thread (IoThreads) shares between that thread and the main one: the
// input read but not handled yet, how much output is still on its way, and the commands that go over.
#pragma once

#include <QByteArray>
#include <QString>
#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

class LeanSocket;
class RemoteStream;
struct StreamPipe;

// From the main thread to the I/O thread, run there in the order given.
struct IoCommand
{
    // Release does nothing: it holds the pipe until the commands before it have run (RemoteStream's last).
    enum class Kind { Adopt, Write, Close, Abort, Resume, Release };
    Kind kind;
    std::shared_ptr<StreamPipe> pipe;
    QByteArray bytes; // Write
    // Write: the same bytes to these pipes too (a room's frame to the loop's other members), so that the
    // frame's and the pipes' reference counts are not written on both cores for every delivery. Each is
    // held by a later command of its own pipe (every RemoteStream ends with an Abort or a Release).
    std::vector<StreamPipe *> alsoTo = {};
};

struct StreamPipe
{
    // Input the I/O thread holds for the main one at most, unless the main thread asks for another bound
    // (ByteStream::setReadBufferSize); past it, the rest waits in the kernel and TCP holds the peer back.
    static constexpr qint64 DefaultReadLimit = 256 * 1024;

    explicit StreamPipe(int loop) : loop(loop) {}
    const int loop; // which of IoThreads' loops serves it

    // Guarded by mutex.
    std::mutex mutex;
    QByteArray input;          // read by the I/O thread
    qsizetype inputRead = 0;   // of input, taken by the main thread already
    bool inputStalled = false; // the I/O thread stopped at readLimit: it reads on at a Resume
    bool newsOwed = false;     // in the loop's news for the main thread, not taken yet
    bool outputWent = false;   // a backlog of output went to the kernel since the main thread last looked
    bool ended = false;        // the socket is closed: nothing more comes in or goes out
    QString error;

    std::atomic<qint64> readLimit{DefaultReadLimit};
    // Published by the I/O thread after each batch of commands.
    std::atomic<qint64> taken{0};   // bytes of Write commands the I/O thread has taken, in all
    std::atomic<qint64> backlog{0}; // the socket's bytesToWrite() when the I/O thread last looked

    // Each touched by its own thread only.
    RemoteStream *mainEnd = nullptr;
    LeanSocket *ioEnd = nullptr;  // set by the main thread before the Adopt command, then the I/O thread's
    qint64 ioTaken = 0;           // I/O thread: taken, before it is published
    bool ioWroteInBatch = false;  // I/O thread: in IoLoop's list of pipes to publish
    bool awaitingAdoption = true; // main: the socket is not handed over yet; commands wait in held
    std::vector<IoCommand> held;  // main
};
