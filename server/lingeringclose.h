// A connection's last step: its descriptor is kept a little after its owner is done with it. The write
// side is shut (the peer reads the end of our output), and what the peer still sends is read and dropped
// until it closes too or the grace time passes. Closing at once would answer the peer's late bytes (a
// ping in flight, its close_notify) with a reset, which throws away the output it has not received yet.
#pragma once

#include <chrono>

class QObject;

namespace LingeringClose {

// Takes the descriptor (of this thread's event loop; the application must exist).
void start(int descriptor, std::chrono::milliseconds grace);
// The descriptors still lingering when owner is deleted are dropped with it (in this thread; by default,
// those of the application's thread go with the application).
void setOwnerInThisThread(QObject *owner);

} // namespace LingeringClose
