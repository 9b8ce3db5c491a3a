#include "serverprocess.h"

#include "serviceprocess.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrl>
#include <sys/resource.h>

using namespace Qt::Literals::StringLiterals;

namespace {

PostgresProcess *sharedPostgres = nullptr;

// The test program's PostgreSQL, started on first use and stopped when the application ends.
PostgresProcess *postgres()
{
    if (!sharedPostgres) {
        sharedPostgres = new PostgresProcess;
        if (!sharedPostgres->start())
            qWarning("PostgreSQL did not start: %s", sharedPostgres->errors().right(2000).constData());
        qAddPostRoutine([] {
            delete sharedPostgres; // stops it
            sharedPostgres = nullptr;
        });
    }
    return sharedPostgres;
}

// Makes the database unless it exists (a server started again on the same data directory).
bool ensureDatabase(const QString &name)
{
    static QSet<QString> made;
    if (made.contains(name))
        return true;
    const bool ok = postgres()->admin({u"CREATE DATABASE %1"_s.arg(name)});
    if (ok)
        made.insert(name);
    return ok;
}

} // namespace

bool ServerProcess::onPostgres()
{
    return qEnvironmentVariable("CHATROOM_TEST_DATABASE") == "postgresql"_L1;
}

QString ServerProcess::databaseUrl() const
{
    if (!onPostgres())
        return QString();
    const QByteArray hash = QCryptographicHash::hash(m_dataDir.toUtf8(), QCryptographicHash::Sha256).toHex();
    QUrl url(postgres()->url());
    url.setPath(u"/t_"_s + QString::fromLatin1(hash.left(20)));
    return url.toString();
}

ServerProcess::ServerProcess(const QString &dataDir)
{
    if (dataDir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        m_dataDir = m_tempDir->path();
    } else {
        m_dataDir = dataDir;
    }
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput,
                     [this] { m_output += m_process.readAllStandardOutput(); });
    QObject::connect(&m_process, &QProcess::readyReadStandardError,
                     [this] { m_errors += m_process.readAllStandardError(); });
}

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning)
        kill();
}

bool ServerProcess::start(const QStringList &extraArgs)
{
    m_output.clear();
    m_errors.clear();
    QStringList args{u"--data-dir"_s, m_dataDir};
    if (!extraArgs.contains(u"--port"_s))
        args << u"--port"_s << u"0"_s;
    if (!extraArgs.contains(u"--udp-port"_s))
        args << u"--udp-port"_s << u"0"_s;
    // Tests open many connections from one address and send fast; the limit tests set their own values.
    if (!extraArgs.contains(u"--max-connections-per-address"_s))
        args << u"--max-connections-per-address"_s << u"0"_s;
    if (!extraArgs.contains(u"--message-rate"_s))
        args << u"--message-rate"_s << u"0"_s;
    if (!extraArgs.contains(u"--connection-rate"_s))
        args << u"--connection-rate"_s << u"0"_s;
    if (!extraArgs.contains(u"--request-rate"_s))
        args << u"--request-rate"_s << u"0"_s;
    if (!extraArgs.contains(u"--metrics-listen"_s)) // a port of its own: every test server serves them
        args << u"--metrics-listen"_s << u"127.0.0.1:0"_s;
    if (!extraArgs.contains(u"--hash-memory-kib"_s))
        args << u"--hash-memory-kib"_s << u"8"_s << u"--hash-ops"_s << u"1"_s;
    if (onPostgres() && !extraArgs.contains(u"--database"_s)) {
        const QString url = databaseUrl();
        if (!ensureDatabase(QUrl(url).path().mid(1)))
            return false;
        args << u"--database"_s << url;
    }
    args << extraArgs;
    const qint64 limit = m_fileSizeLimit;
    m_process.setChildProcessModifier([limit] {
        if (limit > 0) {
            const rlimit fsize{rlim_t(limit), rlim_t(limit)};
            ::setrlimit(RLIMIT_FSIZE, &fsize);
        }
    });
    m_process.start(QStringLiteral(CHATROOM_SERVER_BINARY), args);
    static const QRegularExpression ready(
        u"ready: tcp=\\S+:(\\d+) udp=\\S+:(\\d+) tls=\\S+(?: metrics=\\S+:(\\d+))?\n"_s);
    const QDeadlineTimer deadline(20'000);
    while (!deadline.hasExpired()) {
        const auto match = ready.match(QString::fromUtf8(m_output));
        if (match.hasMatch()) {
            m_tcpPort = quint16(match.captured(1).toUInt());
            m_udpPort = quint16(match.captured(2).toUInt());
            m_metricsPort = quint16(match.captured(3).toUInt());
            return true;
        }
        if (m_process.state() == QProcess::NotRunning)
            return false;
        QTest::qWait(10);
    }
    return false;
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    const QDeadlineTimer deadline(10'000);
    while (m_process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(10);
    if (m_process.state() != QProcess::NotRunning)
        kill();
}

bool ServerProcess::statsShow(const QByteArray &text)
{
    const QDeadlineTimer deadline(20'000);
    while (!deadline.hasExpired()) {
        writeStdin("stats\n");
        if (QTest::qWaitFor([&] { return m_output.contains(text); }, 500))
            return true;
    }
    return false;
}

QString ServerProcess::fingerprint() const
{
    static const QRegularExpression line(u"TLS certificate SHA-256 fingerprint: ([0-9A-F:]+)"_s);
    return line.match(QString::fromUtf8(m_output)).captured(1);
}

void ServerProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}
