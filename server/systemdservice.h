// Running as a systemd service (Type=notify): readiness, reloading and stopping told to systemd, the
// watchdog fed from the event loop, and the log written to the journal with its fields. Outside systemd
// every call here does nothing.
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTimer>

namespace SystemdService {

// True when standard error is the journal (systemd's JOURNAL_STREAM names it).
bool stderrIsJournal();
// A log line's journal fields (each "NAME=value"): MESSAGE, PRIORITY (syslog's, from the level),
// CHATROOM_CATEGORY, SYSLOG_IDENTIFIER, and the code location when Qt has it.
QList<QByteArray> journalFields(QtMsgType type, const QMessageLogContext &context, const QString &message);
// Sends every log line to the journal: MESSAGE, PRIORITY (from the level), CHATROOM_CATEGORY, and the code
// location when Qt has it.
void logToJournal();

void notifyReady(const QString &status);
void notifyStatus(const QString &status);
void notifyReloading();
void notifyStopping();

// Feeds systemd's watchdog (WatchdogSec=) at half its interval while the event loop turns, so a loop that
// hangs gets the service restarted. Does nothing when the watchdog is off.
class Watchdog : public QObject
{
    Q_OBJECT
public:
    explicit Watchdog(QObject *parent = nullptr);
    bool isActive() const { return m_timer.isActive(); }

private:
    QTimer m_timer;
};

} // namespace SystemdService
