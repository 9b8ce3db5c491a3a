#include "serviceprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>
#include <pwd.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr const char *ServiceUser = "postgres";

bool run(const QString &program, const QStringList &arguments, QByteArray *log)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    const bool ok = p.waitForFinished(60'000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    *log += p.readAll();
    return ok;
}
} // namespace

ServiceProcess::ServiceProcess()
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    QObject::connect(&m_process, &QProcess::readyRead, [this] {
        m_log += m_process.readAll();
        if (m_log.size() > 1'000'000)
            m_log = m_log.right(500'000);
    });
}

ServiceProcess::~ServiceProcess()
{
    stop();
}

quint16 ServiceProcess::freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

bool ServiceProcess::runAsRoot()
{
    return ::geteuid() == 0;
}

std::pair<QString, QStringList> ServiceProcess::unprivileged(const QString &program, const QStringList &arguments)
{
    if (!runAsRoot())
        return {program, arguments};
    return {u"setpriv"_s,
            QStringList{u"--reuid=%1"_s.arg(QLatin1StringView(ServiceUser)),
                        u"--regid=%1"_s.arg(QLatin1StringView(ServiceUser)), u"--init-groups"_s, program} +
                arguments};
}

bool ServiceProcess::start()
{
    if (!m_dir.isValid())
        return false;
    if (!m_prepared) {
        if (runAsRoot()) { // the service's own user must own its directory
            const passwd *user = ::getpwnam(ServiceUser);
            if (!user || ::chown(QFile::encodeName(m_dir.path()).constData(), user->pw_uid, user->pw_gid) != 0) {
                m_log += "no user postgres to run the service as\n";
                return false;
            }
        }
        m_port = freePort();
        if (m_port == 0 || !prepare())
            return false;
        m_prepared = true;
    }
    // A start that ends at once is tried again for a while: a killed PostgreSQL's children may hold its
    // shared memory for a moment, and a port found free may have been taken since (then, before any start
    // succeeded, another one is found).
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 20'000) {
        const qsizetype from = m_log.size();
        m_process.start(program(), arguments());
        if (!m_process.waitForStarted(10'000))
            return false;
        while (waited.elapsed() < 20'000 && m_process.state() != QProcess::NotRunning) {
            if (m_log.indexOf(readyLine(), from) >= 0) {
                m_started = true;
                return true;
            }
            QTest::qWait(20);
        }
        if (!m_started && m_log.indexOf("already in use", from) >= 0)
            m_port = freePort();
        QTest::qWait(300);
    }
    return false;
}

void ServiceProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(20'000)) {
        m_process.kill();
        m_process.waitForFinished(5'000);
    }
}

void ServiceProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(10'000);
}

QString PostgresProcess::binary(const QString &name)
{
    // Debian keeps the server's programs per major version; the newest installed one.
    QStringList versions = QDir(u"/usr/lib/postgresql"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    return versions.isEmpty() ? name : u"/usr/lib/postgresql/%1/bin/%2"_s.arg(versions.constLast(), name);
}

bool PostgresProcess::prepare()
{
    const auto [program, arguments] = unprivileged(
        binary(u"initdb"_s), {u"-D"_s, m_dir.filePath(u"data"_s), u"-A"_s, u"trust"_s, u"-U"_s,
                              QString::fromLatin1(User), u"-E"_s, u"UTF8"_s, u"--locale=C.UTF-8"_s, u"--no-sync"_s});
    return run(program, arguments, &m_log);
}

QString PostgresProcess::program() const
{
    return unprivileged(binary(u"postgres"_s), {}).first;
}

QStringList PostgresProcess::arguments() const
{
    const QStringList own{
        u"-D"_s,        m_dir.filePath(u"data"_s),       u"-p"_s, QString::number(m_port), u"-k"_s, m_dir.path(),
        u"-c"_s,        u"listen_addresses=127.0.0.1"_s, u"-c"_s,
        u"fsync=off"_s, // a test's data need not survive the machine
        u"-c"_s,        u"full_page_writes=off"_s};
    return unprivileged(binary(u"postgres"_s), own).second;
}

bool PostgresProcess::admin(const QStringList &statements) const
{
    const QString name = u"postgres-admin-%1"_s.arg(m_port);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(u"127.0.0.1"_s);
        db.setPort(m_port);
        db.setUserName(QString::fromLatin1(User));
        db.setDatabaseName(u"postgres"_s);
        ok = db.open();
        if (!ok)
            qWarning("cannot reach PostgreSQL: %s", qPrintable(db.lastError().text()));
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            if (ok && !(ok = q.exec(sql)))
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QString PostgresProcess::url() const
{
    return u"postgresql://%1@127.0.0.1:%2/postgres"_s.arg(QLatin1StringView(User)).arg(m_port);
}

QStringList ValkeyProcess::arguments() const
{
    return {u"--port"_s,       QString::number(m_port),
            u"--bind"_s,       u"127.0.0.1"_s,
            u"--save"_s,       u""_s,
            u"--appendonly"_s, u"no"_s,
            u"--dir"_s,        m_dir.path(),
            u"--daemonize"_s,  u"no"_s,
            u"--loglevel"_s,   u"notice"_s};
}

QString ValkeyProcess::url() const
{
    return u"valkey://127.0.0.1:%1"_s.arg(m_port);
}
