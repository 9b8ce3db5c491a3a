// A room's frame to its members when I/O threads serve the connections (--io-threads): one command to each
// thread that serves members, naming the list of their pipes made when the room last changed, so that the
// main thread's work per frame does not grow with the room.
#pragma once

#include "streampipe.h"

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <memory>
#include <vector>

class ClientSession;
class IoThreads;

class RoomFanout
{
public:
    // The members as the frames go out: by I/O thread, and those sent to one by one (a connection closing,
    // or not handed over to its thread yet), which keep that path until the room changes.
    struct Plan
    {
        std::vector<std::shared_ptr<const PipeList>> perLoop; // null for a thread without members
        std::vector<ClientSession *> direct;
    };
    // What send() did: members reached through the threads, and through their sessions.
    struct Sent
    {
        qsizetype throughThreads = 0;
        qsizetype direct = 0;
    };

    explicit RoomFanout(IoThreads *threads);

    std::shared_ptr<const Plan> plan(const QList<ClientSession *> &members) const;
    // The frame to every member of the plan.
    Sent send(const Plan &plan, const QByteArray &frame) const;

private:
    QPointer<IoThreads> m_threads; // gone at shutdown, before the last sessions (as in RemoteStream)
};
