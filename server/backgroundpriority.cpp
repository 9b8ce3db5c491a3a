#include "backgroundpriority.h"

#include <QLoggingCategory>
#include <QtGlobal>
#ifdef Q_OS_LINUX
#include <sys/resource.h>
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
