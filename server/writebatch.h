// The sockets of this thread with output queued in the current pass of the event loop: written together
// in the next pass, so that every frame a socket gets in one pass leaves in one write.
#pragma once

#include <vector>

class LeanSocket;

namespace WriteBatch {

// Calls the socket's writeBatched() next pass; a socket deleted before then must call forget().
void add(LeanSocket *socket);
void forget(LeanSocket *socket);

} // namespace WriteBatch
