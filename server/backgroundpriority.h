// Background threads (password and file hashing) yield the core to the event loop, which carries everyone's chat.
#pragma once

// Lowers the calling thread's priority to nice 10, once per thread: about a tenth of the event loop's
// weight when they compete for a core, yet background work still progresses on a busy server (logins must
// not starve behind a flood of chat). Linux keeps a nice value per thread; elsewhere this does nothing.
void lowerThisThreadsPriority();

// Lets the calling thread run only on a core nothing else wants (Linux's SCHED_IDLE) and its disk I/O go
// last (the idle I/O class, where the disk's scheduler honours it: mq-deadline, bfq), for work that may wait
// (checking an uploaded file): at nice 10 it still held the core for whole scheduler ticks while chat
// waited, and its syncs queued ahead of the database's writes on the event loop. On a core the event loop
// keeps full, such work slows to a crawl; it never stops (the kernel gives the class a small share).
// Elsewhere this lowers the priority as above.
void runThisThreadOnlyWhenIdle();
