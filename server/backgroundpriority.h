// Background threads (password and file hashing) yield the core to the event loop, which carries everyone's chat.
#pragma once

// Lowers the calling thread's priority to nice 10, once per thread: about a tenth of the event loop's
// weight when they compete for a core, yet background work still progresses on a busy server. Linux keeps a
// nice value per thread; elsewhere this does nothing.
void lowerThisThreadsPriority();
