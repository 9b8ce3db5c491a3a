#include "writebatch.h"

#include "leansocket.h"
#include "nextpass.h"

#include <algorithm>

namespace {

void writeAll();

struct Batch
{
    std::vector<LeanSocket *> sockets;
    NextPass next{&writeAll};
};
thread_local Batch batch;

void writeAll()
{
    batch.next.begun();
    // Walked by index: a socket deleted meanwhile leaves nullptr (forget()), and one added by what a write
    // set off (an owner told of a lost connection) is served in this walk too.
    for (std::size_t i = 0; i < batch.sockets.size(); ++i) {
        if (LeanSocket *socket = batch.sockets[i])
            socket->writeBatched();
    }
    batch.sockets.clear();
}

} // namespace

namespace WriteBatch {

void add(LeanSocket *socket)
{
    batch.sockets.push_back(socket);
    batch.next.request();
}

void forget(LeanSocket *socket)
{
    std::replace(batch.sockets.begin(), batch.sockets.end(), socket, static_cast<LeanSocket *>(nullptr));
}

} // namespace WriteBatch
