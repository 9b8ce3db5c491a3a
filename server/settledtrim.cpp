#include "settledtrim.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSettledTrim, "chat.server.memory")

SettledTrim::SettledTrim(std::function<qsizetype()> unsettled, std::function<void()> trim, QObject *parent)
    : QObject(parent), m_unsettled(std::move(unsettled)), m_trim(std::move(trim))
{}

void SettledTrim::connectionSettled()
{
    if (m_queued || m_openedSinceTrim < TrimAfterConnections || m_unsettled() > 0)
        return;
    m_queued = true;
    QMetaObject::invokeMethod(this, &SettledTrim::onSettled, Qt::QueuedConnection);
}

void SettledTrim::onSettled()
{
    m_queued = false;
    if (m_unsettled() > 0)
        return; // more came meanwhile: the last of them to settle asks again
    QElapsedTimer took;
    took.start();
    m_trim();
    ++m_trims;
    qCDebug(lcSettledTrim) << "heap trimmed after" << m_openedSinceTrim << "new connections, in"
                           << took.nsecsElapsed() / 1000 << "µs";
    m_openedSinceTrim = 0;
}
