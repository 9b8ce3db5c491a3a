// A call asked for any number of times in one pass of this thread's event loop and made once in the next:
// posted to the thread's dispatcher, not to an object that may be gone before it runs. A dispatcher
// replaced or gone takes the call with it, and the next request posts again.
#pragma once

#include <QAbstractEventDispatcher>
#include <QPointer>

class NextPass
{
public:
    explicit NextPass(void (*call)()) : m_call(call) {}

    void request()
    {
        QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
        if (!dispatcher || m_postedTo == dispatcher)
            return;
        m_postedTo = dispatcher;
        // An event posted during a pass is delivered in the next one.
        [[maybe_unused]] const bool posted = QMetaObject::invokeMethod(dispatcher, m_call, Qt::QueuedConnection);
        Q_ASSERT(posted);
    }
    // The call has begun: a request from now on posts another.
    void begun() { m_postedTo = nullptr; }

private:
    void (*m_call)();
    QPointer<QAbstractEventDispatcher> m_postedTo;
};
