// What a connection served by an I/O thread (IoThreads) shares between that thread and the main one: the
// input read but not handled yet, how much output is still on its way, and the commands that go over.
#pragma once

#include <QByteArray>
#include <QString>
#include <atomic>
#include <cstddef>
#include <memory>
#include <mutex>
#include <vector>

class LeanSocket;
class RemoteStream;
struct StreamPipe;

// Pipes of one I/O thread that get the same frames (a room's members there: RoomFanout), shared as it is
// between the main thread, which makes a new list when the room changes, and the commands under way.
using PipeList = std::vector<std::shared_ptr<StreamPipe>>;

// From the main thread to the I/O thread, run there in the order given.
struct IoCommand
{
    // Release does nothing: it holds the pipe until the commands before it have run (RemoteStream's last).
    // WriteToMany: bytes to every pipe of members, with no pipe of its own.
    enum class Kind { Adopt, Write, Close, Abort, Resume, Release, WriteToMany };
    Kind kind;
    std::shared_ptr<StreamPipe> pipe;
    QByteArray bytes; // Write, WriteToMany
    // Write: the same bytes to these pipes too (a room's frame to the loop's other members), so that the
    // frame's and the pipes' reference counts are not written on both cores for every delivery. Each is
    // held by a later command of its own pipe (every RemoteStream ends with an Abort or a Release).
    std::vector<StreamPipe *> alsoTo = {};
    std::shared_ptr<const PipeList> members = {};
};

struct StreamPipe
{
    // Input the I/O thread holds for the main one at most, unless the main thread asks for another bound
    // (ByteStream::setReadBufferSize); past it, the rest waits in the kernel and TCP holds the peer back.
    static constexpr qint64 DefaultReadLimit = 256 * 1024;
    // Each thread's fields on cache lines of their own: the main thread reads its fields at every frame it
    // sends and the I/O thread writes its own at every frame it takes, so sharing a line would move it back
    // and forth between the cores at every delivery.
    static constexpr std::size_t CacheLine = 64;

    explicit StreamPipe(int loop) : loop(loop) {}

    // The main thread's.
    alignas(CacheLine) const int loop; // which of IoThreads' loops serves it
    RemoteStream *mainEnd = nullptr;
    bool awaitingAdoption = true; // the socket is not handed over yet; commands wait in held
    std::vector<IoCommand> held;

    // Published by the I/O thread after each batch of commands, read by the main thread at every frame.
    alignas(CacheLine) std::atomic<qint64> taken{0}; // bytes of Write commands the I/O thread has taken, in all
    std::atomic<qint64> backlog{0};                  // the socket's bytesToWrite() when the I/O thread last looked
    std::atomic<qint64> readLimit{DefaultReadLimit}; // set by the main thread, rarely
    // Set by the main thread (ByteStream::setWriteLimit): past this backlog the I/O thread tells it at once
    // (bytesWritten), as a room's frames (WriteToMany) reach the socket without passing the main thread.
    std::atomic<qint64> writeLimit{0};

    // The I/O thread's.
    alignas(CacheLine) LeanSocket *ioEnd = nullptr; // set by the main thread before the Adopt command
    qint64 ioTaken = 0;                             // taken, before it is published
    bool ioWroteInBatch = false;                    // in IoLoop's list of pipes to publish
    bool ioOverLimit = false;                       // the main thread was told the backlog passed writeLimit
    bool ioOverflowed = false;                      // past twice writeLimit: the room's frames are dropped

    // Guarded by mutex.
    alignas(CacheLine) std::mutex mutex;
    QByteArray input;              // read by the I/O thread
    qsizetype inputRead = 0;       // of input, taken by the main thread already
    bool inputStalled = false;     // the I/O thread stopped at readLimit: it reads on at a Resume
    bool newsOwed = false;         // in the loop's news for the main thread, not taken yet
    bool outputWent = false;       // a backlog of output went to the kernel since the main thread last looked
    bool ended = false;            // the socket is closed: nothing more comes in or goes out
    bool outputOverflowed = false; // ioOverflowed, for the main thread (which must cut the reader off)
    QString error;
};
