#include "backgroundpriority.h"

#include <QLoggingCategory>
#include <QtGlobal>
#ifdef Q_OS_LINUX
#include <sched.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcBackground, "chat.server.background")

namespace {
constexpr int BackgroundNice = 10;
#ifdef Q_OS_LINUX
// linux/ioprio.h's values (glibc has no wrapper): the idle class's I/O goes to the disk when nothing else waits.
constexpr int IoprioWhoProcess = 1;
constexpr int IoprioClassIdle = 3;
constexpr int IoprioClassShift = 13;
#endif
} // namespace

void lowerThisThreadsPriority()
{
#ifdef Q_OS_LINUX
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
    if (setpriority(PRIO_PROCESS, id_t(gettid()), BackgroundNice) != 0)
        qCDebug(lcBackground) << "could not lower a background thread's priority";
#endif
}

void runThisThreadOnlyWhenIdle()
{
#ifdef Q_OS_LINUX
    thread_local bool idle = false;
    if (idle)
        return;
    idle = true;
    // Its disk writes too (the sync of a 100 MiB upload before its hash) wait behind the database's: the
    // scheduler of the disk's queue (mq-deadline, bfq) serves the idle class last.
    if (syscall(SYS_ioprio_set, IoprioWhoProcess, 0, IoprioClassIdle << IoprioClassShift) != 0)
        qCDebug(lcBackground) << "could not put a background thread's I/O in the idle class";
    const sched_param none{};
    if (sched_setscheduler(0, SCHED_IDLE, &none) == 0) // 0: this thread
        return;
    qCDebug(lcBackground) << "could not put a background thread in the idle class";
#endif
    lowerThisThreadsPriority();
}
