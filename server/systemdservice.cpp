#include "systemdservice.h"

#include <QLoggingCategory>
#include <chrono>
#include <sys/stat.h>
#include <sys/uio.h>
#include <syslog.h>
#include <systemd/sd-daemon.h>
#include <systemd/sd-journal.h>
#include <time.h>
#include <unistd.h>
#include <vector>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcSystemd, "chat.server.systemd")

namespace SystemdService {

namespace {

int priorityOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return LOG_DEBUG;
    case QtInfoMsg:
        return LOG_INFO;
    case QtWarningMsg:
        return LOG_WARNING;
    case QtCriticalMsg:
        return LOG_ERR;
    case QtFatalMsg:
        return LOG_CRIT;
    }
    return LOG_INFO;
}

void journalHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QList<QByteArray> fields = journalFields(type, context, message);
    std::vector<iovec> vector;
    vector.reserve(fields.size());
    for (const QByteArray &f : fields)
        vector.push_back(iovec{const_cast<char *>(f.constData()), size_t(f.size())});
    sd_journal_sendv(vector.data(), int(vector.size()));
    if (type == QtFatalMsg)
        std::abort();
}

void notify(const QByteArray &state)
{
    sd_notify(0, state.constData());
}

} // namespace

QList<QByteArray> journalFields(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QList<QByteArray> fields{"MESSAGE=" + message.toUtf8(), "PRIORITY=" + QByteArray::number(priorityOf(type)),
                             QByteArray("CHATROOM_CATEGORY=") + (context.category ? context.category : "default"),
                             "SYSLOG_IDENTIFIER=chatroom-server"};
    if (context.file)
        fields << QByteArray("CODE_FILE=") + context.file << "CODE_LINE=" + QByteArray::number(context.line)
               << QByteArray("CODE_FUNC=") + (context.function ? context.function : "");
    return fields;
}

bool stderrIsJournal()
{
    // "DEVICE:INODE" of the stream systemd connected; stderr may since have been redirected elsewhere.
    const QByteArray stream = qgetenv("JOURNAL_STREAM");
    const qsizetype colon = stream.indexOf(':');
    struct stat st{};
    if (colon < 0 || ::fstat(STDERR_FILENO, &st) != 0)
        return false;
    return stream.left(colon).toULongLong() == st.st_dev && stream.mid(colon + 1).toULongLong() == st.st_ino;
}

void logToJournal()
{
    qInstallMessageHandler(journalHandler);
}

void notifyReady(const QString &status)
{
    notify("READY=1\nSTATUS=" + status.toUtf8());
}

void notifyStatus(const QString &status)
{
    notify("STATUS=" + status.toUtf8());
}

void notifyReloading()
{
    // systemd (since 253) wants the monotonic time with RELOADING=1, so it can tell this reload from an older one.
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    const quint64 usec = quint64(now.tv_sec) * 1'000'000 + quint64(now.tv_nsec) / 1000;
    notify("RELOADING=1\nSTATUS=Reading the settings again\nMONOTONIC_USEC=" + QByteArray::number(usec));
}

void notifyStopping()
{
    notify("STOPPING=1\nSTATUS=Stopping");
}

Watchdog::Watchdog(QObject *parent) : QObject(parent)
{
    uint64_t usec = 0;
    if (sd_watchdog_enabled(0, &usec) <= 0 || usec == 0)
        return;
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::microseconds(usec / 2)));
    connect(&m_timer, &QTimer::timeout, this, [] { notify("WATCHDOG=1"); });
    m_timer.start();
    qCInfo(lcSystemd) << "feeding systemd's watchdog every" << m_timer.interval() << "ms";
}

} // namespace SystemdService
