#include "epolleventdispatcher.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QThread>
#include <QTimerEvent>
#include <QVarLengthArray>
#include <cerrno>
#include <cstring>
#include <limits>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

using namespace std::chrono;

Q_LOGGING_CATEGORY(lcDispatcher, "chat.server.dispatcher")

namespace {

constexpr int MaxEventsPerPass = 512;

const char *typeName(QSocketNotifier::Type type)
{
    switch (type) {
    case QSocketNotifier::Read:
        return "Read";
    case QSocketNotifier::Write:
        return "Write";
    case QSocketNotifier::Exception:
        return "Exception";
    }
    return "?";
}

// Whole seconds, 500 ms rounded up (std::chrono::round() would round 500 ms to even, that is to 0).
seconds roundToSeconds(EpollEventDispatcher::Duration interval)
{
    auto secs = duration_cast<seconds>(interval);
    if (interval - secs >= 500ms)
        ++secs;
    return secs;
}

} // namespace

EpollEventDispatcher::EpollEventDispatcher(QObject *parent)
    : QAbstractEventDispatcherV2(parent), m_epoll(::epoll_create1(EPOLL_CLOEXEC)),
      m_wakeFd(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC))
{
    if (m_epoll < 0 || m_wakeFd < 0)
        qFatal("EpollEventDispatcher: cannot create epoll or eventfd descriptors (errno %d)", errno);
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.fd = m_wakeFd;
    ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeFd, &ev);
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    ::close(m_wakeFd);
    ::close(m_epoll);
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    QSocketNotifier *Watch::*which = notifier->type() == QSocketNotifier::Read    ? &Watch::read
                                     : notifier->type() == QSocketNotifier::Write ? &Watch::write
                                                                                  : &Watch::exception;
    QSocketNotifier *const before = m_watches[fd].*which;
    if (before && before != notifier)
        qCWarning(lcDispatcher, "QSocketNotifier: multiple notifiers for socket %d and type %s", fd,
                  typeName(notifier->type()));
    m_watches[fd].*which = notifier;
    const int error = updateWatch(fd);
    if (error == 0)
        return;
    // Not watched, so it would never fire: say so and disable it, as Qt's dispatcher does with a descriptor
    // poll() calls invalid. Later, since its setEnabled() is what called us.
    qCWarning(lcDispatcher, "QSocketNotifier: cannot watch socket %d with type %s, disabling it: %s", fd,
              typeName(notifier->type()), std::strerror(error));
    m_watches[fd].*which = before;
    updateWatch(fd); // forgets the descriptor if nothing else watches it; the set itself is as it was
    QMetaObject::invokeMethod(notifier, [notifier] { notifier->setEnabled(false); }, Qt::QueuedConnection);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    m_pending.removeOne(notifier); // found ready earlier in this pass: it must not fire now
    const int fd = int(notifier->socket());
    const auto it = m_watches.find(fd);
    if (it == m_watches.end())
        return;
    for (QSocketNotifier *Watch::*which : {&Watch::read, &Watch::write, &Watch::exception}) {
        if ((*it).*which == notifier)
            (*it).*which = nullptr;
    }
    updateWatch(fd);
}

int EpollEventDispatcher::updateWatch(int fd)
{
    const auto it = m_watches.find(fd);
    if (it == m_watches.end())
        return 0;
    Watch &w = *it;
    epoll_event ev{};
    ev.data.fd = fd;
    ev.events = (w.read ? EPOLLIN : 0u) | (w.write ? EPOLLOUT : 0u) | (w.exception ? EPOLLPRI : 0u);
    if (ev.events == 0) {
        // The descriptor may be closed already (which removed it from the epoll set); that is fine.
        if (w.inEpoll)
            ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
        if (w.alwaysReady)
            m_alwaysReady.remove(fd);
        m_watches.erase(it);
        return 0;
    }
    if (w.alwaysReady) {
        // Still a file? The number may have been closed and reused by a socket since (its old notifier
        // never unregistered): then epoll takes it, and it must be watched there, not polled every pass.
        if (::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &ev) != 0)
            return 0;
        w.alwaysReady = false;
        m_alwaysReady.remove(fd);
        w.inEpoll = true;
        return 0;
    }
    if (w.inEpoll && ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &ev) == 0)
        return 0;
    // Not in the set yet, or it was closed (which took it out) and reopened under the same number since.
    if (::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &ev) == 0) {
        w.inEpoll = true;
        return 0;
    }
    const int error = errno;
    if (error == EEXIST) {
        w.inEpoll = true;
        return ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &ev) == 0 ? 0 : errno;
    }
    w.inEpoll = false;
    if (error == EPERM) {
        // A regular file, /dev/null and the like, which epoll refuses and poll() calls always readable and
        // writable (`chatroom-server < commands.txt`): each pass activates their read and write notifiers.
        w.alwaysReady = true;
        m_alwaysReady.insert(fd);
        return 0;
    }
    return error;
}

void EpollEventDispatcher::registerTimer(Qt::TimerId timerId, Duration interval, Qt::TimerType timerType,
                                         QObject *object)
{
    const int id = int(timerId);
    unregisterTimer(timerId);
    // Qt's rules (QTimerInfoList): a Coarse timer may be 5 % off, so one of 20 ms or less is Precise (5 % is
    // under a millisecond) and one of 20 s or more VeryCoarse (5 % is over a second); Coarse timers fire on
    // time here, which is within their 5 %. A VeryCoarse interval is whole seconds, and it fires on a whole
    // second of the clock, at most half a second early or late.
    if (timerType == Qt::CoarseTimer && interval >= 20s)
        timerType = Qt::VeryCoarseTimer;
    else if (timerType == Qt::CoarseTimer && interval <= 20ms)
        timerType = Qt::PreciseTimer;
    const auto now = Clock::now();
    auto due = now + duration_cast<Clock::duration>(interval);
    if (timerType == Qt::VeryCoarseTimer && interval > Duration::zero()) {
        // Qt rounds anything under 500 ms to 0 s, and then fires the timer on every pass of the loop; a
        // second is what "very coarse" asks for. (A zero timer is one whatever its type.)
        interval = std::max(roundToSeconds(interval), seconds(1));
        const auto second = floor<seconds>(now);
        due = second + duration_cast<Clock::duration>(interval) + (now - second > 500ms ? 1s : 0s);
    }
    m_timers.insert_or_assign(id, Timer{interval, timerType, object, due});
    m_timerQueue.emplace(due, id);
    m_timersByObject.emplace(object, id);
}

bool EpollEventDispatcher::unregisterTimer(Qt::TimerId timerId)
{
    const auto it = m_timers.find(int(timerId));
    if (it == m_timers.end())
        return false;
    m_timerQueue.erase({it->second.due, it->first});
    const auto [first, last] = m_timersByObject.equal_range(it->second.object);
    for (auto byObject = first; byObject != last; ++byObject) {
        if (byObject->second == it->first) {
            m_timersByObject.erase(byObject);
            break;
        }
    }
    m_timers.erase(it);
    return true;
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    const auto [first, last] = m_timersByObject.equal_range(object);
    const bool any = first != last;
    for (auto byObject = first; byObject != last; ++byObject) {
        if (const auto it = m_timers.find(byObject->second); it != m_timers.end()) {
            m_timerQueue.erase({it->second.due, it->first});
            m_timers.erase(it);
        }
    }
    m_timersByObject.erase(first, last);
    return any;
}

QList<QAbstractEventDispatcher::TimerInfoV2> EpollEventDispatcher::timersForObject(QObject *object) const
{
    QList<TimerInfoV2> list;
    const auto [first, last] = m_timersByObject.equal_range(object);
    for (auto byObject = first; byObject != last; ++byObject) {
        if (const auto it = m_timers.find(byObject->second); it != m_timers.end())
            list.append(TimerInfoV2{it->second.interval, Qt::TimerId(it->first), it->second.type});
    }
    return list;
}

QAbstractEventDispatcher::Duration EpollEventDispatcher::remainingTime(Qt::TimerId timerId) const
{
    const auto it = m_timers.find(int(timerId));
    if (it == m_timers.end())
        return Duration::min();
    return std::max(Duration::zero(), duration_cast<Duration>(it->second.due - Clock::now()));
}

void EpollEventDispatcher::wakeUp()
{
    if (QThread::currentThread() != thread())
        m_wokenFromAnotherThread.store(true);
    const quint64 one = 1;
    [[maybe_unused]] const ssize_t n = ::write(m_wakeFd, &one, sizeof one); // thread-safe; EAGAIN means awake
}

void EpollEventDispatcher::interrupt()
{
    m_interrupted.store(true);
    wakeUp();
}

int EpollEventDispatcher::sleepBudgetMs() const
{
    // A timer whose event is being handled further up the stack (in a nested loop) cannot fire until that
    // returns: waking for it would spin.
    auto next = m_timerQueue.begin();
    while (next != m_timerQueue.end() && m_timers.at(next->second).inEvent)
        ++next;
    if (next == m_timerQueue.end())
        return -1;
    const auto left = next->first - Clock::now();
    if (left <= Clock::duration::zero())
        return 0;
    // Rounded up: waking a little early would only make the loop spin until the timer is due.
    return int(std::min<Clock::rep>(ceil<milliseconds>(left).count(), std::numeric_limits<int>::max()));
}

int EpollEventDispatcher::activateTimers()
{
    const auto now = Clock::now();
    QVarLengthArray<int, 16> due;
    for (auto it = m_timerQueue.begin(); it != m_timerQueue.end() && it->first <= now; ++it)
        due.append(it->second);
    int sent = 0;
    for (const int id : due) {
        auto it = m_timers.find(id);
        if (it == m_timers.end() || it->second.inEvent || it->second.due > now)
            continue; // gone, being handled further up the stack, or restarted meanwhile
        Timer &t = it->second;
        m_timerQueue.erase({t.due, id});
        const auto interval = duration_cast<Clock::duration>(t.interval);
        t.due += interval;
        if (t.due <= now) // missed ticks are not made up
            t.due = t.type == Qt::VeryCoarseTimer ? Clock::time_point(floor<seconds>(now + interval)) : now + interval;
        m_timerQueue.emplace(t.due, id);
        t.inEvent = true;
        QObject *object = t.object;
        // As in Qt, a zero timer (which fires on every pass) is not news that makes a pass count as busy.
        if (interval > Clock::duration::zero())
            ++sent;
        QTimerEvent event(id);
        QCoreApplication::sendEvent(object, &event);
        // The handler may have killed the timer, or killed it and started another under the same id.
        if (it = m_timers.find(id); it != m_timers.end())
            it->second.inEvent = false;
    }
    return sent;
}

bool EpollEventDispatcher::alwaysReadyWaiting() const
{
    for (const int fd : m_alwaysReady) {
        const Watch &w = m_watches[fd];
        if (w.read || w.write)
            return true;
    }
    return false;
}

void EpollEventDispatcher::markPending(QSocketNotifier *notifier, bool nested)
{
    // A nested loop (a slot that waits) may find ready what the outer pass has still to activate.
    if (notifier && !(nested && m_pending.contains(notifier)))
        m_pending.append(notifier);
}

void EpollEventDispatcher::markPending(int fd, quint32 events, bool nested)
{
    const auto it = m_watches.constFind(fd);
    if (it == m_watches.cend())
        return;
    // As poll() tells Qt's dispatcher: a hang-up or an error is news for every notifier of the descriptor,
    // which then sees the error itself. (Epoll reports both whether asked or not; unread, they would be
    // reported again at once, and the loop would spin.)
    const quint32 trouble = EPOLLHUP | EPOLLERR;
    if (events & (EPOLLIN | trouble))
        markPending(it->read, nested);
    if (events & (EPOLLOUT | trouble))
        markPending(it->write, nested);
    if (events & (EPOLLPRI | trouble))
        markPending(it->exception, nested);
}

int EpollEventDispatcher::activateSocketNotifiers()
{
    int activated = 0;
    QEvent event(QEvent::SockAct);
    // Handling one may disable or delete others (unregisterSocketNotifier() takes them off the list).
    while (!m_pending.isEmpty()) {
        QCoreApplication::sendEvent(m_pending.takeFirst(), &event);
        ++activated;
    }
    return activated;
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted.store(false);
    emit awake();
    QCoreApplication::sendPostedEvents();

    const bool includeNotifiers = !(flags & QEventLoop::ExcludeSocketNotifiers);
    const bool includeTimers = !(flags & QEventLoop::X11ExcludeTimers);
    // Posting an event calls wakeUp(), so sleeping here never strands one. A descriptor that is always ready
    // must not let the loop sleep at all.
    const bool mayWait =
        (flags & QEventLoop::WaitForMoreEvents) && !m_interrupted.load() && !(includeNotifiers && alwaysReadyWaiting());
    const int timeout = !mayWait ? 0 : includeTimers ? sleepBudgetMs() : -1;
    if (timeout != 0)
        emit aboutToBlock();
    epoll_event events[MaxEventsPerPass];
    int n = 0;
    if (includeNotifiers) {
        n = ::epoll_wait(m_epoll, events, MaxEventsPerPass, timeout);
    } else {
        // Ready sockets (level-triggered) would end every wait at once: wait for a wake-up alone.
        pollfd wake{m_wakeFd, POLLIN, 0};
        if (::poll(&wake, 1, timeout) > 0) {
            events[0].data.fd = m_wakeFd;
            events[0].events = EPOLLIN;
            n = 1;
        }
    }
    if (n < 0)
        n = 0; // EINTR: a signal arrived; go round again
    if (timeout != 0)
        emit awake();

    bool handled = false;
    bool woken = false;
    const bool nested = !m_pending.isEmpty();
    for (int i = 0; i < n; ++i) {
        const int fd = events[i].data.fd;
        if (fd == m_wakeFd) {
            quint64 count = 0;
            [[maybe_unused]] const ssize_t r = ::read(m_wakeFd, &count, sizeof count);
            woken = handled = true;
            continue;
        }
        markPending(fd, events[i].events, nested);
    }
    if (includeNotifiers) {
        for (const int fd : std::as_const(m_alwaysReady))
            markPending(fd, EPOLLIN | EPOLLOUT, nested);
        if (activateSocketNotifiers() > 0)
            handled = true;
    }
    if (includeTimers && activateTimers() > 0)
        handled = true;
    // An event posted from another thread (a queued signal from the hashing threads, say) is delivered in
    // this pass, so a caller of processEvents() sees its effect when the call returns. Events posted by
    // this thread during the pass wait for the next one, as in Qt's own dispatcher: a connection with a
    // backlog queues its next turn (Connection::readLater), and must get one turn per pass, not two.
    if (woken && m_wokenFromAnotherThread.exchange(false))
        QCoreApplication::sendPostedEvents();
    return handled;
}
