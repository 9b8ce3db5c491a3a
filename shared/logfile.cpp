#include "logfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int KeptFiles = 3;

struct LogState
{
    QMutex mutex;
    QFile file;
    qint64 maxBytes = 0;
    bool echo = true;
};

LogState &state()
{
    static LogState s;
    return s;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "DEBUG";
    case QtInfoMsg:
        return "INFO";
    case QtWarningMsg:
        return "WARN";
    case QtCriticalMsg:
        return "ERROR";
    case QtFatalMsg:
        return "FATAL";
    }
    return "INFO";
}

void rotate(LogState &s)
{
    const QString name = s.file.fileName();
    s.file.close();
    QFile::remove(name + u".%1"_s.arg(KeptFiles));
    for (int i = KeptFiles - 1; i >= 1; --i)
        QFile::rename(name + u".%1"_s.arg(i), name + u".%1"_s.arg(i + 1));
    QFile::rename(name, name + u".1"_s);
    s.file.setFileName(name);
    s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

// Messages may quote text that came from the network. So that such text can never pass for a line of
// its own, the lines after a message's first are indented and control characters become '?'.
QString sanitized(const QString &message)
{
    QString text = message;
    for (QChar &c : text) {
        if (c != u'\n' && c != u'\t' &&
            (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line ||
             c.category() == QChar::Separator_Paragraph))
            c = u'?';
    }
    return text.replace(u'\n', u"\n  "_s);
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogState &s = state();
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' ' +
                            levelName(type) + ' ' + (context.category ? context.category : "default") + ": " +
                            sanitized(message).toUtf8() + '\n';
    {
        QMutexLocker lock(&s.mutex);
        if (s.file.isOpen()) {
            s.file.write(line);
            s.file.flush();
            if (s.maxBytes > 0 && s.file.size() > s.maxBytes)
                rotate(s);
        }
    }
    if (s.echo || type >= QtWarningMsg || !s.file.isOpen())
        std::fputs(line.constData(), stderr);
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

namespace LogFile {

bool install(const QString &fileName, qint64 maxBytes, bool echo, QString *error)
{
    LogState &s = state();
    {
        QMutexLocker lock(&s.mutex);
        QDir().mkpath(QFileInfo(fileName).absolutePath());
        if (s.file.isOpen())
            s.file.close();
        s.file.setFileName(fileName);
        s.maxBytes = maxBytes;
        s.echo = echo;
        if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
            *error = u"Cannot write the log file %1: %2"_s.arg(fileName, s.file.errorString());
            return false;
        }
    }
    qInstallMessageHandler(handler);
    return true;
}

void shutdown()
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    s.file.flush();
    s.file.close();
}

} // namespace LogFile
