#include "lingeringclose.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSocketNotifier>
#include <QTimer>
#include <sys/socket.h>
#include <unistd.h>

namespace LingeringClose {

namespace {

thread_local char discard[16 * 1024];
thread_local QPointer<QObject> owner;

void finish(QSocketNotifier *notifier, int descriptor)
{
    if (!notifier->isEnabled())
        return; // finished already (the peer's end and the grace time can come in one pass)
    notifier->setEnabled(false);
    ::close(descriptor);
    notifier->deleteLater();
}

} // namespace

void start(int descriptor, std::chrono::milliseconds grace)
{
    ::shutdown(descriptor, SHUT_WR);
    // Parented, so that one still lingering at the end is deleted with the rest.
    auto *notifier =
        new QSocketNotifier(descriptor, QSocketNotifier::Read, owner ? owner.get() : QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, notifier, [notifier, descriptor] {
        ssize_t got;
        while ((got = ::recv(descriptor, discard, sizeof discard, 0)) > 0) {
        }
        if (got == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR))
            finish(notifier, descriptor);
    });
    QTimer::singleShot(grace, notifier, [notifier, descriptor] { finish(notifier, descriptor); });
}

void setOwnerInThisThread(QObject *newOwner)
{
    owner = newOwner;
}

} // namespace LingeringClose
