#include "serverconfig.h"

#include "names.h"

#include "protocol.h"
#include "requestbudget.h"
#include "serveroptions.h"
#include "settingsfile.h"
#include "systemdservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <limits>
#include <sodium.h>

using namespace Qt::Literals::StringLiterals;

namespace {

// More rarely pays: the main thread, which handles every request, is the limit long before.
constexpr int MaxAutoIoThreads = 8;

// The value of each option: the command line's when it has one, else the settings file's, else the default.
// Problems are collected, each said where it comes from, so that one run shows all of them.
class Values
{
public:
    Values(const QCommandLineParser &parser, const std::optional<SettingsFile> &file) : m_p(parser), m_file(file) {}

    bool fromFile(const QCommandLineOption &o) const
    {
        return !m_p.isSet(o) && m_file && m_file->entry(name(o)).has_value();
    }
    bool isSet(const QCommandLineOption &o) const { return m_p.isSet(o) || fromFile(o); }
    QString value(const QCommandLineOption &o) const
    {
        return fromFile(o) ? m_file->entry(name(o))->value : m_p.value(o);
    }
    // "--port" on the command line, "FILE, line 4: port" from the file.
    QString where(const QCommandLineOption &o) const
    {
        return fromFile(o) ? m_file->where(name(o)) + name(o) : u"--"_s + name(o);
    }
    // How a message about `from` names `other`: as an option when `from` was on the command line, else as a
    // setting.
    QString other(const QCommandLineOption &from, const QCommandLineOption &other) const
    {
        return fromFile(from) ? name(other) : u"--"_s + name(other);
    }
    // "FILE, line 4: " before a message about an option from the file; nothing for the command line's.
    QString at(const QCommandLineOption &o) const { return fromFile(o) ? m_file->where(name(o)) : QString(); }
    // An option without a value: set on the command line, or "true" (or "false") in the file.
    bool flag(const QCommandLineOption &o)
    {
        if (m_p.isSet(o) || !fromFile(o))
            return m_p.isSet(o);
        const QString v = value(o).toLower();
        if (v == "true"_L1 || v == "yes"_L1 || v == "on"_L1 || v == "1"_L1)
            return true;
        if (v != "false"_L1 && v != "no"_L1 && v != "off"_L1 && v != "0"_L1)
            fail(u"%1 is true or false (got \"%2\")."_s.arg(where(o), value(o)));
        return false;
    }
    qint64 number(const QCommandLineOption &o, qint64 min, qint64 max)
    {
        bool ok = false;
        const qint64 v = value(o).toLongLong(&ok);
        if (ok && v >= min && v <= max)
            return v;
        fail(u"%1 must be a whole number from %2 to %3 (got \"%4\")."_s.arg(where(o)).arg(min).arg(max).arg(value(o)));
        return min;
    }
    // A path from the file is relative to the file's directory, as a person reading the file expects.
    QString path(const QCommandLineOption &o) const
    {
        const QString v = value(o);
        return fromFile(o) && !v.isEmpty() ? QFileInfo(m_file->path()).dir().absoluteFilePath(v) : v;
    }
    void fail(const QString &sentence) { m_errors.append(sentence); }
    const QStringList &errors() const { return m_errors; }

private:
    static QString name(const QCommandLineOption &o) { return o.names().constFirst(); }

    const QCommandLineParser &m_p;
    const std::optional<SettingsFile> &m_file;
    QStringList m_errors;
};

// The file's problems in the order of its lines, then the command line's.
QStringList sortedByLine(QStringList problems)
{
    static const QRegularExpression line(uR"(^.*?, line (\d+): )"_s);
    auto number = [](const QString &p) {
        const auto m = line.match(p);
        return m.hasMatch() ? m.captured(1).toInt() : std::numeric_limits<int>::max();
    };
    std::ranges::stable_sort(problems, {}, number);
    return problems;
}

void checkKeys(const SettingsFile &file, const ServerOptions &options, Values &values)
{
    QStringList known;
    for (const QCommandLineOption *o : options.settings())
        known.append(o->names().constFirst());
    for (const QString &problem : file.problems())
        values.fail(problem);
    for (const QString &key : file.keys()) {
        if (known.contains(key))
            continue;
        if (key.contains(u'/')) {
            values.fail(u"%1settings are not grouped: remove the section [%2] and keep \"%3 = …\" at the top "
                        "level."_s.arg(file.where(key), key.section(u'/', 0, -2), key.section(u'/', -1)));
            continue;
        }
        const bool action = options.config.names().contains(key) || options.checkConfig.names().contains(key) ||
                            options.admin.names().contains(key) || options.backup.names().contains(key) ||
                            options.restore.names().contains(key) || options.migrateTo.names().contains(key) ||
                            options.exportRoom.names().contains(key) || options.exportFile.names().contains(key) ||
                            key == "help"_L1 || key == "version"_L1;
        values.fail(action ? u"%1%2 is an action for the command line, not a setting."_s.arg(file.where(key), key)
                           : u"%1there is no setting \"%2\" (the names are chatroom-server's long options, without "
                             "the dashes: see chatroom-server --help)."_s.arg(file.where(key), key));
    }
}

// Where data lives by default: systemd's StateDirectory for a service, else the user's data directory.
QString defaultDataDir()
{
    const QString state = qEnvironmentVariable("STATE_DIRECTORY").section(u':', 0, 0);
    return state.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : state;
}

void readSettings(ServerConfig &c, const ServerOptions &o, Values &v)
{
    const QString address = v.value(o.listen);
    if (address == "any"_L1)
        c.listenAddress = QHostAddress::Any;
    else if (!c.listenAddress.setAddress(address))
        v.fail(u"%1 needs an IP address such as 127.0.0.1, 0.0.0.0 or ::1 (got \"%2\")."_s.arg(v.where(o.listen),
                                                                                               address));
    c.tcpPort = quint16(v.number(o.port, 0, 65535));
    c.udpPort = quint16(v.number(o.udpPort, 0, 65535));
    c.heartbeatInterval = std::chrono::milliseconds(v.number(o.heartbeatInterval, 50, 3'600'000));
    c.heartbeatTimeout = std::chrono::milliseconds(v.number(o.heartbeatTimeout, 100, 3'600'000));
    c.hashMemoryKib = quint64(v.number(o.hashMemory, (crypto_pwhash_MEMLIMIT_MIN + 1023) / 1024, 4 * 1024 * 1024));
    c.hashOps = quint64(v.number(o.hashOps, crypto_pwhash_OPSLIMIT_MIN, 100));
    c.hashThreads = int(v.number(o.hashThreads, 1, 64));
    c.ioThreads = v.value(o.ioThreads) == "auto"_L1 ? std::clamp(QThread::idealThreadCount() - 1, 0, MaxAutoIoThreads)
                                                    : int(v.number(o.ioThreads, 0, 64));
    c.statsLogInterval = std::chrono::seconds(v.number(o.statsInterval, 0, 86'400));
    c.messageRate = double(v.number(o.messageRate, 0, 1'000'000));
    c.messageBurst = int(v.number(o.messageBurst, 0, 1'000'000));
    c.requestRate = double(v.number(o.requestRate, 0, 1'000'000));
    c.requestBurst = int(v.number(o.requestBurst, 0, 1'000'000));
    if (c.requestBurst > 0 && c.requestBurst < RequestBudget::MaxCost)
        v.fail(u"%1 must be 0 or at least %2, the cost of the dearest request."_s.arg(v.where(o.requestBurst))
                   .arg(RequestBudget::MaxCost));
    c.maxRoomsPerUser = int(v.number(o.maxRooms, 0, 1'000'000));
    c.maxSessionsPerUser = int(v.number(o.maxSessions, 1, Protocol::MaxSessionListEntries));
    c.quietRoomSize = int(v.number(o.quietRooms, 0, 10'000'000));
    c.maxConnections = int(v.number(o.maxConnections, 0, 10'000'000));
    c.maxConnectionsPerAddress = int(v.number(o.maxPerAddress, 0, 10'000'000));
    c.connectionRate = int(v.number(o.connectionRate, 0, 1'000'000));
    c.authTimeout = std::chrono::seconds(v.number(o.authTimeout, 1, 3600));
    c.maxPendingOutputKib = v.number(o.pendingOutput, 64, 1024 * 1024);
    constexpr qint64 Mib = 1024 * 1024;
    c.maxFileBytes = v.number(o.maxFile, 0, Protocol::MaxFileBytes / Mib) * Mib;
    c.fileQuotaBytes = v.number(o.fileQuota, 1, Protocol::MaxFileBytes / Mib) * Mib;
    c.uploadsAtOnce = int(v.number(o.uploadsAtOnce, 1, 1000));
    c.transferIdleTimeout = std::chrono::seconds(v.number(o.transferIdle, 1, 3600));
    c.retentionDays = int(v.number(o.retentionDays, 0, 100 * 365));
    c.tls = !v.flag(o.noTls);
    c.tlsCertFile = v.path(o.tlsCert);
    c.tlsKeyFile = v.path(o.tlsKey);
    if (v.isSet(o.tlsCert) != v.isSet(o.tlsKey))
        v.fail(u"%1 and %2 go together: give both, or neither for a self-signed certificate."_s.arg(
            v.where(v.isSet(o.tlsCert) ? o.tlsCert : o.tlsKey),
            v.other(v.isSet(o.tlsCert) ? o.tlsCert : o.tlsKey, v.isSet(o.tlsCert) ? o.tlsKey : o.tlsCert)));
    if (!c.tls && v.isSet(o.tlsCert))
        v.fail(u"%1 cannot be combined with %2 and %3."_s.arg(v.where(o.noTls), v.other(o.noTls, o.tlsCert),
                                                              v.other(o.noTls, o.tlsKey)));
    if (c.heartbeatTimeout <= c.heartbeatInterval)
        v.fail(u"%1 must be longer than %2."_s.arg(v.where(o.heartbeatTimeout),
                                                   v.other(o.heartbeatTimeout, o.heartbeatInterval)));
    c.reusePort = v.flag(o.reusePort);
    c.console = !v.flag(o.noConsole);

    c.dataDir = QDir(v.isSet(o.dataDir) ? v.path(o.dataDir) : defaultDataDir()).absolutePath();
    if (v.isSet(o.logFile))
        c.logFile = v.path(o.logFile);
    else if (!SystemdService::stderrIsJournal())
        c.logFile = QDir(c.dataDir).filePath(u"server.log"_s);
    c.filesDir = QDir(v.isSet(o.filesDir) ? v.path(o.filesDir) : QDir(c.dataDir).filePath(u"files"_s)).absolutePath();
    const QString metrics = v.value(o.metricsListen);
    if (metrics == "none"_L1) {
        c.metricsListen.reset();
    } else {
        const qsizetype colon = metrics.lastIndexOf(u':');
        QString host = metrics.left(colon);
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1, host.size() - 2);
        bool ok = false;
        const uint port = metrics.mid(colon + 1).toUInt(&ok);
        const QHostAddress address(host);
        if (colon < 0 || address.isNull() || !ok || port > 65535)
            v.fail(u"%1 takes ADDRESS:PORT, such as 127.0.0.1:9464 or [::1]:9464, or none (got \"%2\")."_s.arg(
                v.where(o.metricsListen), metrics));
        else
            c.metricsListen = std::pair(address, quint16(port));
    }
    const QString runtime = qEnvironmentVariable("RUNTIME_DIRECTORY").section(u':', 0, 0);
    c.adminSocket = v.isSet(o.adminSocket) ? v.path(o.adminSocket)
                                           : QDir(runtime.isEmpty() ? c.dataDir : runtime).filePath(u"admin.sock"_s);
}

void readStorage(ServerConfig &c, const ServerOptions &o, Values &v, bool migrating)
{
    QString error;
    const QString passwordFile = v.path(o.databasePassword);
    if (migrating) {
        if (v.isSet(o.database) || v.isSet(o.bus))
            v.fail(u"--migrate-to copies the embedded database of --data-dir; it takes no --database or --bus."_s);
        c.migrateTo = DatabaseLocation::parse(v.value(o.migrateTo), c.dataDir, passwordFile, &error);
        if (c.migrateTo && c.migrateTo->kind != DatabaseLocation::Kind::PostgreSQL)
            error = u"--migrate-to takes a PostgreSQL URL."_s;
        if (!error.isEmpty())
            v.fail(error.replace(u"--database"_s, u"--migrate-to"_s));
        c.database = DatabaseLocation::sqlite(c.dataDir);
        return;
    }
    if (const auto where = DatabaseLocation::parse(v.value(o.database), c.dataDir, passwordFile, &error))
        c.database = *where;
    else
        v.fail(v.at(o.database) + error);
    if (v.isSet(o.bus)) {
        c.bus = BusLocation::parse(v.value(o.bus), v.path(o.busPassword), &error);
        if (!c.bus)
            v.fail(v.at(o.bus) + error);
        else if (c.database.kind == DatabaseLocation::Kind::SQLite)
            v.fail(u"%1 needs %2 postgresql://…: the nodes of a cluster share one database."_s.arg(
                v.where(o.bus), v.other(o.bus, o.database)));
        else if (!v.isSet(o.filesDir) && c.maxFileBytes > 0)
            v.fail(u"%1 needs %2 DIR, a directory every node mounts, for the files people share (or %3 0: no "
                   "files)."_s.arg(v.where(o.bus), v.other(o.bus, o.filesDir), v.other(o.bus, o.maxFile)));
    } else if (v.isSet(o.busPassword)) {
        v.fail(u"%1 needs %2 valkey://…"_s.arg(v.where(o.busPassword), v.other(o.busPassword, o.bus)));
    }
}

} // namespace

QString ServerConfig::defaultSettingsFile()
{
    if (QDir(QCoreApplication::applicationDirPath()) != QDir(QStringLiteral(CHATROOM_INSTALL_BINDIR)))
        return {};
    return QStringLiteral(CHATROOM_INSTALL_SYSCONFDIR "/chatroom/server.conf");
}

std::optional<ServerConfig> ServerConfig::fromArguments(const QStringList &arguments, int &exitCode,
                                                        QStringList *problems)
{
    QStringList printed;
    QStringList &errors = problems ? *problems : printed;
    ServerConfig c;
    const ServerOptions o;
    QCommandLineParser p;
    o.addTo(p);

    exitCode = 2;
    auto refuse = [&](const QStringList &why) {
        errors = why;
        if (!problems)
            for (const QString &e : why)
                std::fprintf(stderr, "chatroom-server: %s\n", qPrintable(e));
        return std::nullopt;
    };
    if (!p.parse(arguments))
        return refuse({p.errorText() + u"\nTry 'chatroom-server --help'."_s});
    if (p.isSet(u"help"_s) || p.isSet(u"help-all"_s)) {
        std::printf("%s", qPrintable(p.helpText()));
        exitCode = 0;
        return std::nullopt;
    }
    if (p.isSet(u"version"_s)) {
        std::printf("chatroom-server %s\n", qPrintable(QCoreApplication::applicationVersion()));
        exitCode = 0;
        return std::nullopt;
    }
    if (!p.positionalArguments().isEmpty() && !p.isSet(o.admin))
        return refuse({u"unexpected argument \"%1\".\nTry 'chatroom-server --help'."_s.arg(
            p.positionalArguments().constFirst())});

    std::optional<SettingsFile> file;
    const QString fileName = p.isSet(o.config) ? p.value(o.config) : defaultSettingsFile();
    if (!fileName.isEmpty() && (p.isSet(o.config) || QFileInfo::exists(fileName))) {
        QString error;
        file = SettingsFile::read(fileName, &error);
        // A settings file with a mistake must not lock the administrator out of the running server.
        if (!file && !p.isSet(o.admin))
            return refuse({error});
        if (file)
            c.settingsFile = file->path();
    }
    Values values(p, file);
    if (file)
        checkKeys(*file, o, values);
    readSettings(c, o, values);
    if (!p.isSet(o.admin)) // the admin client needs the socket alone, not the database's password
        readStorage(c, o, values, p.isSet(o.migrateTo));
    c.checkOnly = p.isSet(o.checkConfig);
    if (p.isSet(o.backup))
        c.backupTo = QDir::current().absoluteFilePath(p.value(o.backup));
    if (p.isSet(o.restore))
        c.restoreFrom = QDir::current().absoluteFilePath(p.value(o.restore));
    if (p.isSet(o.exportRoom)) {
        if (const auto problem = Names::roomNameProblem(p.value(o.exportRoom)))
            return refuse({u"--export-room: %1"_s.arg(*problem)});
        c.exportRoom = Names::canonical(p.value(o.exportRoom));
        if (p.isSet(o.exportFile))
            c.exportFile = QDir::current().absoluteFilePath(p.value(o.exportFile));
    } else if (p.isSet(o.exportFile)) {
        return refuse({u"--export-file goes with --export-room ROOM."_s});
    }
    if (int(p.isSet(o.backup)) + int(p.isSet(o.restore)) + int(p.isSet(o.checkConfig)) + int(p.isSet(o.admin)) +
            int(p.isSet(o.migrateTo)) + int(p.isSet(o.exportRoom)) >
        1)
        return refuse({u"--check-config, --admin, --backup, --restore, --export-room and --migrate-to each do one "
                       "thing: give one."_s});
    if (p.isSet(o.admin)) {
        const QString command = p.positionalArguments().join(u' ');
        c.adminCommand = command.isEmpty() ? u"help"_s : command;
        exitCode = 0;
        return c; // what the file says wrong is for --check-config; the socket is all --admin needs
    }
    if (!values.errors().isEmpty())
        return refuse(sortedByLine(values.errors()));
    exitCode = 0;
    return c;
}
