#include "epolleventdispatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimerEvent>
#include <QVarLengthArray>
#include <cerrno>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

using namespace std::chrono;

namespace {

constexpr int MaxEventsPerPass = 512;

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
    Watch &w = m_watches[fd];
    switch (notifier->type()) {
    case QSocketNotifier::Read:
        w.read = notifier;
        break;
    case QSocketNotifier::Write:
        w.write = notifier;
        break;
    case QSocketNotifier::Exception:
        w.exception = notifier;
        break;
    }
    updateWatch(fd);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
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

void EpollEventDispatcher::updateWatch(int fd)
{
    const auto it = m_watches.find(fd);
    if (it == m_watches.end())
        return;
    Watch &w = *it;
    epoll_event ev{};
    ev.data.fd = fd;
    ev.events = (w.read ? EPOLLIN : 0u) | (w.write ? EPOLLOUT : 0u) | (w.exception ? EPOLLPRI : 0u);
    if (ev.events == 0) {
        // The descriptor may be closed already (which removed it from the epoll set); that is fine.
        if (w.inEpoll)
            ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
        m_watches.erase(it);
        return;
    }
    if (w.inEpoll && ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &ev) == 0)
        return;
    // Not in the set yet, or it was closed and reopened under the same number since.
    if (::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &ev) != 0 && errno == EEXIST)
        ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &ev);
    w.inEpoll = true;
}

void EpollEventDispatcher::registerTimer(Qt::TimerId timerId, Duration interval, Qt::TimerType timerType,
                                         QObject *object)
{
    const int id = int(timerId);
    unregisterTimer(timerId);
    if (timerType == Qt::VeryCoarseTimer)
        interval = round<seconds>(interval); // Qt's promise for very coarse timers: whole seconds
    const auto due = Clock::now() + duration_cast<Clock::duration>(interval);
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
    if (m_timerQueue.empty())
        return -1;
    const auto left = m_timerQueue.begin()->first - Clock::now();
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
        t.due = (t.due + interval > now) ? t.due + interval : now + interval; // missed ticks are not made up
        m_timerQueue.emplace(t.due, id);
        t.inEvent = true;
        QObject *object = t.object;
        QTimerEvent event(id);
        QCoreApplication::sendEvent(object, &event);
        ++sent;
        // The handler may have killed the timer, or killed it and started another under the same id.
        if (it = m_timers.find(id); it != m_timers.end())
            it->second.inEvent = false;
    }
    return sent;
}

void EpollEventDispatcher::activate(int fd, QSocketNotifier *Watch::*which)
{
    // Looked up again for every notifier: handling one may have removed or replaced the others.
    const auto it = m_watches.constFind(fd);
    if (it == m_watches.cend() || !((*it).*which))
        return;
    QEvent event(QEvent::SockAct);
    QCoreApplication::sendEvent((*it).*which, &event);
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted.store(false);
    emit awake();
    QCoreApplication::sendPostedEvents();

    // Posting an event calls wakeUp(), so sleeping here never strands one.
    const bool mayWait = (flags & QEventLoop::WaitForMoreEvents) && !m_interrupted.load();
    const int timeout = mayWait ? sleepBudgetMs() : 0;
    if (timeout != 0)
        emit aboutToBlock();
    epoll_event events[MaxEventsPerPass];
    int n = ::epoll_wait(m_epoll, events, MaxEventsPerPass, timeout);
    if (n < 0)
        n = 0; // EINTR: a signal arrived; go round again
    if (timeout != 0)
        emit awake();

    bool handled = false;
    bool woken = false;
    for (int i = 0; i < n; ++i) {
        const int fd = events[i].data.fd;
        const quint32 what = events[i].events;
        if (fd == m_wakeFd) {
            quint64 count = 0;
            [[maybe_unused]] const ssize_t r = ::read(m_wakeFd, &count, sizeof count);
            woken = handled = true;
            continue;
        }
        if (flags & QEventLoop::ExcludeSocketNotifiers)
            continue; // level-triggered: reported again on a later pass
        // As with poll(): hang-ups and errors wake readers and writers, who then see the error themselves.
        if (what & (EPOLLIN | EPOLLHUP | EPOLLERR))
            activate(fd, &Watch::read);
        if (what & (EPOLLOUT | EPOLLHUP | EPOLLERR))
            activate(fd, &Watch::write);
        if (what & EPOLLPRI)
            activate(fd, &Watch::exception);
        handled = true;
    }
    if (activateTimers() > 0)
        handled = true;
    // What woke us is usually a posted event (a queued signal from the hashing threads, say): deliver it in
    // this pass, so a caller of processEvents() sees its effect when the call returns.
    if (woken)
        QCoreApplication::sendPostedEvents();
    return handled;
}
