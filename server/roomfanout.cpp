#include "roomfanout.h"

#include "clientsession.h"
#include "connection.h"
#include "iothreads.h"
#include "remotestream.h"

namespace {

std::shared_ptr<StreamPipe> directPipeOf(const ClientSession *session)
{
    const Connection *connection = session->connection();
    const auto *stream = connection->isOpen() ? qobject_cast<const RemoteStream *>(connection->stream()) : nullptr;
    return stream ? stream->directPipe() : nullptr;
}

} // namespace

RoomFanout::RoomFanout(IoThreads *threads) : m_threads(threads) {}

std::shared_ptr<const RoomFanout::Plan> RoomFanout::plan(const QList<ClientSession *> &members) const
{
    std::vector<PipeList> perLoop(m_threads ? std::size_t(m_threads->count()) : 0);
    auto plan = std::make_shared<Plan>();
    for (ClientSession *member : members) {
        std::shared_ptr<StreamPipe> pipe = m_threads ? directPipeOf(member) : nullptr;
        if (pipe)
            perLoop[std::size_t(pipe->loop)].push_back(std::move(pipe));
        else
            plan->direct.push_back(member);
    }
    for (PipeList &pipes : perLoop)
        plan->perLoop.push_back(pipes.empty() ? nullptr : std::make_shared<const PipeList>(std::move(pipes)));
    return plan;
}

RoomFanout::Sent RoomFanout::send(const Plan &plan, const QByteArray &frame) const
{
    Sent sent;
    for (std::size_t loop = 0; m_threads && loop < plan.perLoop.size(); ++loop) {
        if (const std::shared_ptr<const PipeList> &pipes = plan.perLoop[loop]) {
            sent.throughThreads += qsizetype(pipes->size());
            m_threads->postToMany(int(loop), pipes, frame);
        }
    }
    // No copy of the list: the caller holds the plan, and a send never deletes a session (closes come from
    // the event loop, as in RoomRegistry::broadcast()).
    for (ClientSession *member : plan.direct)
        member->send(frame);
    sent.direct = qsizetype(plan.direct.size());
    return sent;
}
