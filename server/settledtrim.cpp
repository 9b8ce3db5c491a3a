#include "settledtrim.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSettledTrim, "chat.server.memory")

SettledTrim::SettledTrim(std::function<qsizetype()> unsettled, std::function<bool()> held, std::function<void()> trim,
                         QObject *parent)
    : QObject(parent), m_unsettled(std::move(unsettled)), m_held(std::move(held)), m_trim(std::move(trim)),
      m_watch(this)
{
    m_watch.setInterval(QuietInterval);
    connect(&m_watch, &QTimer::timeout, this, &SettledTrim::lookAgain);
}

void SettledTrim::connectionSettled()
{
    if (m_watch.isActive() || m_openedSinceTrim < TrimAfterConnections)
        return;
    m_looks = 0;
    m_forced = false;
    m_requestsAtLastLook = m_requests;
    m_watch.start();
}

void SettledTrim::lookAgain()
{
    if (m_held())
        return;
    const bool quiet = m_requests == m_requestsAtLastLook && m_unsettled() == 0;
    m_requestsAtLastLook = m_requests;
    if (quiet) {
        m_watch.stop();
        trimNow();
        return;
    }
    // A trickle of new connections (or one client opening a silent one every few seconds) must not put
    // the trim off for good; a long storm is trimmed again at its end.
    if (!m_forced && ++m_looks >= MostLooks) {
        m_forced = true;
        trimNow();
    }
}

void SettledTrim::trimNow()
{
    QElapsedTimer took;
    took.start();
    m_trim();
    ++m_trims;
    qCDebug(lcSettledTrim) << "heap trimmed after" << m_openedSinceTrim << "new connections, in"
                           << took.nsecsElapsed() / 1000 << "µs";
    m_openedSinceTrim = 0;
}
