#include "settledtrim.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSettledTrim, "chat.server.memory")

SettledTrim::SettledTrim(std::function<qsizetype()> unsettled, std::function<void()> trim, QObject *parent)
    : QObject(parent), m_unsettled(std::move(unsettled)), m_trim(std::move(trim)), m_watch(this)
{
    m_watch.setInterval(QuietInterval);
    connect(&m_watch, &QTimer::timeout, this, &SettledTrim::lookAgain);
}

void SettledTrim::connectionSettled()
{
    if (m_watch.isActive() || m_openedSinceTrim < TrimAfterConnections || m_unsettled() > 0)
        return;
    m_looks = 0;
    m_requestsAtLastLook = m_requests;
    m_watch.start();
}

void SettledTrim::lookAgain()
{
    if (m_unsettled() > 0) {
        m_watch.stop(); // more came: the last of them to settle starts the watch again
        return;
    }
    const bool quiet = m_requests == m_requestsAtLastLook;
    m_requestsAtLastLook = m_requests;
    if (!quiet && ++m_looks < MostLooks)
        return;
    m_watch.stop();
    trimNow();
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
