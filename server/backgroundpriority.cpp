#include "backgroundpriority.h"

#include <QLoggingCategory>
#include <QtGlobal>
#ifdef Q_OS_LINUX
#include <linux/ioprio.h>
#include <sched.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcBackground, "chat.server.background")

namespace {
constexpr int BackgroundNice = 10;
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
    // (glibc has no wrapper for ioprio_set; 0: this thread.)
    if (syscall(SYS_ioprio_set, IOPRIO_WHO_PROCESS, 0, IOPRIO_PRIO_VALUE(IOPRIO_CLASS_IDLE, 0)) != 0)
        qCDebug(lcBackground) << "could not put a background thread's I/O in the idle class";
    const sched_param none{};
    if (sched_setscheduler(0, SCHED_IDLE, &none) == 0) // 0: this thread
        return;
    qCDebug(lcBackground) << "could not put a background thread in the idle class";
#endif
    lowerThisThreadsPriority();
}
