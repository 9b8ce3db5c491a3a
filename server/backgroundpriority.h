// Background threads (password and file hashing) yield the core to the event loop, which carries everyone's chat.
#pragma once

// Lowers the calling thread's priority to nice 10, once per thread: about a tenth of the event loop's
// weight when they compete for a core, yet background work still progresses on a busy server (logins must
// not starve behind a flood of chat). Linux keeps a nice value per thread; elsewhere this does nothing.
void lowerThisThreadsPriority();

// Lets the calling thread run only on a core nothing else wants (Linux's SCHED_IDLE), and its disk I/O go
// only when no other waits (the idle I/O class), for work that may wait as long as it has to (checking the
// hash of an uploaded file). At nice 10 such a thread still held the server's core for whole scheduler
// ticks (4 ms) at a time while a chat message waited, and its sync of a 100 MiB upload queued ahead of the
// database's writes on the event loop (20-98 ms). Elsewhere this lowers the priority as above.
void runThisThreadOnlyWhenIdle();
