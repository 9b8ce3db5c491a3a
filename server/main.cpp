// chatroom-server: starts the server with the command line's settings and runs until shut down.
#include "admincommands.h"
#include "adminsocket.h"
#include "chatserver.h"
#include "consolecommands.h"
#include "database.h"
#include "databasebackend.h"
#include "databasebackup.h"
#include "databasecopy.h"
#include "datagram.h"
#include "epolleventdispatcher.h"
#include "logfile.h"
#include "metricsendpoint.h"
#include "roomexport.h"
#include "servercertificate.h"
#include "serverreload.h"
#include "signalwatcher.h"
#include "streammemory.h"
#include "systemdservice.h"
#include "tlssetup.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QTimer>
#include <QtCrypto>
#include <csignal>
#include <cstdio>
#include <sodium.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

// Many clients need many file descriptors; take what the system allows.
void raiseFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

// --admin: how long to reach the server's admin socket, and to wait for its answer (a password reset hashes).
constexpr int AdminConnectTimeoutMs = 5000;
constexpr int AdminAnswerTimeoutMs = 60'000;

// How long a node of a cluster waits for the bus at start-up before it gives up.
constexpr std::chrono::milliseconds BusStartWait{10'000};

int fail(const QString &message)
{
    std::fprintf(stderr, "chatroom-server: %s\n", qPrintable(message));
    return 1;
}

// --migrate-to: the embedded database into PostgreSQL, with progress on the terminal and a summary.
int migrate(const ServerConfig &config)
{
    QString error;
    if (!QFileInfo::exists(config.database.file))
        return fail(u"There is no database to copy in %1 (give --data-dir)."_s.arg(config.dataDir));
    Database from, to;
    if (!from.open(config.database, &error) || !to.open(*config.migrateTo, &error))
        return fail(error);
    const bool terminal = isatty(STDERR_FILENO);
    DatabaseCopy copy(from, to);
    const bool ok = copy.run(
        [terminal](const QString &table, qint64 done, qint64 total) {
            const int percent = total > 0 ? int(done * 100 / total) : 100;
            if (terminal)
                std::fprintf(stderr, "\r%-14s %3d%%  %lld of %lld rows", qPrintable(table), percent, qint64(done),
                             qint64(total));
            else if (done == total)
                std::fprintf(stderr, "%s: %lld %s\n", qPrintable(table), qint64(total), total == 1 ? "row" : "rows");
        },
        &error);
    if (terminal)
        std::fprintf(stderr, "\n");
    if (!ok)
        return fail(error + u"\nWhat was copied stays; run the same command again to go on."_s);
    std::printf("Copied %s into %s:\n", qPrintable(config.database.file), qPrintable(config.migrateTo->describe()));
    for (const DatabaseCopy::Table &t : copy.tables())
        std::printf("  %-14s %8lld %s, %8lld new\n", qPrintable(t.name), qint64(t.rows), t.rows == 1 ? "row " : "rows",
                    qint64(t.copied));
    std::printf("Start the nodes with --database %s. The files' contents are not copied: move %s into the "
                "directory the nodes share, and give them that as --files-dir.\n",
                qPrintable(config.migrateTo->describe()), qPrintable(config.filesDir));
    return 0;
}

// --admin: one command to the running server's admin socket (as the settings name it), its answer printed.
int admin(const ServerConfig &config)
{
    QLocalSocket socket;
    socket.connectToServer(config.adminSocket);
    // A program of its own, not the server's event loop: waiting here holds up nobody.
    if (!socket.waitForConnected(AdminConnectTimeoutMs))
        return fail(u"Cannot reach a running server's admin socket %1 (%2). Is the server running with these "
                    "settings, and are you its user or root?"_s.arg(config.adminSocket, socket.errorString()));
    socket.write(config.adminCommand->toUtf8() + '\n');
    QByteArray answer;
    QDeadlineTimer deadline(AdminAnswerTimeoutMs);
    while (socket.state() == QLocalSocket::ConnectedState && !deadline.hasExpired()) {
        socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        answer += socket.readAll();
    }
    answer += socket.readAll();
    const qsizetype newline = answer.indexOf('\n');
    const QByteArray status = answer.left(newline);
    if (newline < 0 || (status != "OK" && status != "ERROR"))
        return fail(u"The server did not answer (after %1 s)."_s.arg(AdminAnswerTimeoutMs / 1000));
    std::fputs(answer.mid(newline + 1).constData(), status == "OK" ? stdout : stderr);
    return status == "OK" ? 0 : 1;
}

// A server answering on the admin socket of these settings: a restore must wait until it is stopped.
bool serverIsRunning(const ServerConfig &config)
{
    QLocalSocket probe;
    probe.connectToServer(config.adminSocket);
    return probe.waitForConnected(AdminConnectTimeoutMs);
}

QString sizeText(qint64 bytes)
{
    return bytes >= 1024 * 1024 ? u"%1 MiB"_s.arg(double(bytes) / (1024 * 1024), 0, 'f', 1)
                                : u"%1 KiB"_s.arg((bytes + 1023) / 1024);
}

// --backup FILE and --restore FILE, for the embedded database; PostgreSQL has its own tools.
int backupOrRestore(const ServerConfig &config)
{
    if (config.database.kind != DatabaseLocation::Kind::SQLite)
        return fail(u"The data is in PostgreSQL (%1): back it up with pg_dump and restore it with pg_restore "
                    "(docs/SCALING.md)."_s.arg(config.database.describe()));
    QString error;
    QElapsedTimer clock;
    clock.start();
    if (config.backupTo) {
        if (QFileInfo::exists(*config.backupTo)) // before saying it copies
            return fail(u"%1 exists already; give the backup a new name."_s.arg(*config.backupTo));
        std::fprintf(stderr, "Copying %s (%s) to %s…\n", qPrintable(config.database.file),
                     qPrintable(sizeText(QFileInfo(config.database.file).size())), qPrintable(*config.backupTo));
        const auto s = DatabaseBackup::backup(config.database.file, *config.backupTo, &error);
        if (!s)
            return fail(error);
        std::printf("Backed up %lld accounts and %lld messages (schema %d, %s) to %s in %.1f s.\n", s->accounts,
                    s->messages, s->schema, qPrintable(sizeText(s->bytes)), qPrintable(*config.backupTo),
                    double(clock.elapsed()) / 1000);
        return 0;
    }
    if (serverIsRunning(config))
        return fail(u"A server is running with this database: stop it first (systemctl stop chatroom-server), "
                    "then restore."_s);
    QString keptAs;
    const auto s = DatabaseBackup::restore(*config.restoreFrom, config.database.file, &keptAs, &error);
    if (!s)
        return fail(error);
    std::printf("Restored %lld accounts and %lld messages (schema %d) into %s.%s\n", s->accounts, s->messages,
                s->schema, qPrintable(config.database.file),
                keptAs.isEmpty()
                    ? ""
                    : qPrintable(u" The database it replaced is %1; remove it once all is well."_s.arg(keptAs)));
    return 0;
}

// --export-room ROOM: its messages to standard output or --export-file, from the database the settings name.
int exportRoom(const ServerConfig &config)
{
    if (config.database.kind == DatabaseLocation::Kind::SQLite && !QFileInfo::exists(config.database.file))
        return fail(u"There is no database at %1 (give --data-dir, or --config, as the server has them)."_s.arg(
            config.database.file));
    QString error;
    if (config.database.kind == DatabaseLocation::Kind::SQLite) {
        // Reading, never upgrading: a server of another version may have the database open.
        const auto summary = DatabaseBackup::inspect(config.database.file, &error);
        if (!summary)
            return fail(error);
        if (summary->schema != sqliteSchemaVersion())
            return fail(u"The database is of schema %1 and this chatroom-server reads schema %2: export with the "
                        "chatroom-server that serves it, or start this one once first."_s.arg(summary->schema)
                            .arg(sqliteSchemaVersion()));
    }
    Database db;
    if (!db.open(config.database, &error))
        return fail(error);
    const bool toFile = !config.exportFile.isEmpty();
    QSaveFile file(config.exportFile);
    QFile standardOutput;
    if (toFile && QFileInfo::exists(config.exportFile))
        return fail(u"%1 exists already; give the export a new name."_s.arg(config.exportFile));
    // A room's messages are as private as the database: the file is its owner's only.
    if (toFile ? !file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
               : !standardOutput.open(stdout, QIODevice::WriteOnly))
        return fail(u"Cannot write %1: %2"_s.arg(toFile ? config.exportFile : u"to standard output"_s,
                                                 toFile ? file.errorString() : standardOutput.errorString()));
    QIODevice &out = toFile ? static_cast<QIODevice &>(file) : standardOutput;
    const auto format = toFile ? MessageExportWriter::formatFor(config.exportFile) : MessageExportWriter::Format::Json;
    const bool terminal = isatty(STDERR_FILENO);
    qint64 written = 0;
    const bool ok = RoomExport::run(
        db, *config.exportRoom, out, format,
        [&](qint64 count) {
            written = count;
            if (terminal)
                std::fprintf(stderr, "\r%lld messages", qint64(count));
        },
        &error);
    if (terminal)
        std::fprintf(stderr, "\n");
    if (!ok || (toFile && !file.commit()))
        return fail(ok ? u"Cannot write %1: %2"_s.arg(config.exportFile, file.errorString()) : error);
    standardOutput.close();
    std::fprintf(stderr, "Exported %lld %s of %s%s.\n", written, written == 1 ? "message" : "messages",
                 qPrintable(*config.exportRoom), toFile ? qPrintable(u" to "_s + config.exportFile) : "");
    return 0;
}

// --check-config: the settings parsed (or their problems were printed); the certificate is checked too.
int checkConfig(const ServerConfig &config)
{
    QString error;
    bool created = false;
    if (config.tls && !config.tlsCertFile.isEmpty() &&
        !ServerCertificate::forSettings(config.tlsCertFile, config.tlsKeyFile, config.dataDir, &created, &error))
        return fail(error);
    std::printf("The settings are valid (%s).\n", config.settingsFile.isEmpty()
                                                      ? "the command line; no settings file"
                                                      : qPrintable(config.settingsFile + u" and the command line"_s));
    std::printf("Data in %s, database %s, listening on %s port %u (TCP) and %u (UDP), TLS %s.\n",
                qPrintable(config.dataDir), qPrintable(config.database.describe()),
                qPrintable(config.listenAddress.toString()), config.tcpPort, config.udpPort,
                !config.tls                    ? "OFF"
                : config.tlsCertFile.isEmpty() ? "with a self-signed certificate"
                                               : "on");
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    StreamMemory::tune(); // files cross without a page fault per buffer
    // CHATROOM_EVENT_DISPATCHER=qt keeps Qt's own dispatcher, to compare the two (docs/PERFORMANCE.md).
    if (qgetenv("CHATROOM_EVENT_DISPATCHER") != "qt")
        QCoreApplication::setEventDispatcher(new EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"chatroom"_s);
    QCoreApplication::setApplicationName(u"chatroom-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CHATROOM_VERSION));
    int exitCode = 0;
    const auto config = ServerConfig::fromArguments(QCoreApplication::arguments(), exitCode);
    if (!config)
        return exitCode;
    if (config->checkOnly)
        return checkConfig(*config);
    if (config->adminCommand)
        return admin(*config);
    if (config->backupTo || config->restoreFrom)
        return backupOrRestore(*config);
    if (config->exportRoom)
        return exportRoom(*config);

    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        // QT_LOGGING_RULES=chat.*.debug=true to see more. Qt SQL's own warnings repeat, once per request, what
        // the database's loss and return (chat.server.db) say once.
        QLoggingCategory::setFilterRules(u"*.debug=false\nqt.sql.*.warning=false"_s);
    QCA::Initializer qca;
    if (sodium_init() < 0)
        return fail(u"libsodium could not be initialised."_s);
    if (!Datagram::cryptoAvailable())
        return fail(u"QCA has no provider for hmac(sha256): install the qca-ossl plugin (libqca-qt6-plugins)."_s);
    raiseFileLimit();
    // Past a file-size limit (ulimit -f) the kernel would kill the server with SIGXFSZ; ignored, the write
    // fails instead, like on a full disk, and the sender gets an error while the server goes on.
    std::signal(SIGXFSZ, SIG_IGN);

    QString error;
    // The database, the TLS key and the files are nobody else's: a data directory made here is private.
    if (!QFileInfo::exists(config->dataDir) && QDir().mkpath(config->dataDir))
        QFile::setPermissions(config->dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (config->logFile.isEmpty())
        SystemdService::logToJournal();
    else if (!LogFile::install(config->logFile, config->maxLogBytes, true, &error))
        return fail(error);
    if (config->migrateTo) {
        const int result = migrate(*config);
        LogFile::shutdown();
        return result;
    }
    Database db;
    if (!db.open(config->database, &error)) {
        qCritical().noquote() << error;
        return 1;
    }
    std::optional<QSslConfiguration> tls;
    QDateTime certificateExpiry;
    if (config->tls) {
        if (!TlsSetup::available())
            return fail(u"Qt has no TLS backend here (the OpenSSL plugin is missing); install it, or run with "
                        "--no-tls on a trusted network only."_s);
        bool created = false;
        const auto identity =
            ServerCertificate::forSettings(config->tlsCertFile, config->tlsKeyFile, config->dataDir, &created, &error);
        if (!identity)
            return fail(error);
        if (created)
            qInfo().noquote() << "made a self-signed TLS certificate in" << config->dataDir;
        const QString fingerprint = TlsSetup::fingerprint(identity->certificate);
        // Users compare this with what their client shows the first time it connects.
        std::printf("TLS certificate SHA-256 fingerprint: %s\n", qPrintable(fingerprint));
        qInfo().noquote() << "TLS certificate SHA-256 fingerprint:" << fingerprint;
        tls = TlsSetup::serverConfiguration(identity->certificate, identity->key, identity->intermediates);
        certificateExpiry = identity->certificate.expiryDate();
    } else {
        const char *warning = "WARNING: TLS is off (--no-tls). Passwords and messages cross the network in plain "
                              "text; use this for debugging on a trusted machine only.";
        qWarning().noquote() << warning; // a warning always reaches the terminal too (LogFile)
    }
    ChatServer server(*config, db, tls);
    // Before the server says it is ready: a reload from then on must find SIGHUP handled.
    SignalWatcher signals_(&app);
    MetricsEndpoint metrics(server);
    metrics.setCertificateExpiry(certificateExpiry);
    if (config->metricsListen && !metrics.listen(config->metricsListen->first, config->metricsListen->second, &error))
        qWarning().noquote() << error; // the server serves on; only its monitoring is blind
    bool serving = false;
    auto serve = [&]() -> bool {
        if (std::exchange(serving, true))
            return true;
        QString why;
        if (!server.listen(&why)) {
            qCritical().noquote() << why;
            return false;
        }
        const QString metricsAt =
            metrics.port() ? u" metrics=%1:%2"_s.arg(config->metricsListen->first.toString()).arg(metrics.port())
                           : QString();
        std::printf("chatroom-server ready: tcp=%s:%u udp=%s:%u tls=%s%s\n", qPrintable(server.address().toString()),
                    server.tcpPort(), qPrintable(server.address().toString()), server.udpPort(), tls ? "on" : "off",
                    qPrintable(metricsAt));
        std::fflush(stdout);
        qInfo().noquote() << u"Listening on TCP %1:%2 and UDP %1:%3; data in %4, database %5."_s
                                 .arg(server.address().toString())
                                 .arg(server.tcpPort())
                                 .arg(server.udpPort())
                                 .arg(config->dataDir, config->database.describe());
        SystemdService::notifyReady(u"Serving on TCP port %1"_s.arg(server.tcpPort()));
        return true;
    };
    if (server.isClustered()) {
        // A node cut off from the others would serve a cluster of its own: it starts only with the bus.
        QObject::connect(&server, &ChatServer::clusterReady, &app, [&] {
            if (!serve())
                QCoreApplication::exit(1);
        });
        QTimer::singleShot(BusStartWait, &app, [&] {
            if (serving)
                return;
            qCritical().noquote() << u"Cannot reach the bus %1 within %2 s: %3"_s.arg(config->bus->describe())
                                         .arg(BusStartWait.count() / 1000)
                                         .arg(server.clusterError().isEmpty() ? u"no answer"_s : server.clusterError());
            QCoreApplication::exit(1);
        });
        server.joinCluster();
    } else if (!serve()) {
        return 1;
    }

    ConsoleCommands *console = config->console ? new ConsoleCommands(server, &app) : nullptr;
    Q_UNUSED(console);
    SystemdService::Watchdog watchdog;
    ServerReload reload(QCoreApplication::arguments(), server);
    AdminCommands adminCommands(server, reload);
    AdminSocket adminSocket(adminCommands);
    QObject::connect(&reload, &ServerReload::certificateLoaded, &metrics,
                     [&metrics](const QSslCertificate &c) { metrics.setCertificateExpiry(c.expiryDate()); });
    // Without it the server still serves; its administrator uses the console, or fixes --admin-socket.
    if (!adminSocket.listen(config->adminSocket, &error))
        qWarning().noquote() << error;
    QObject::connect(&signals_, &SignalWatcher::terminationRequested, &server, [&server](int signal) {
        SystemdService::notifyStopping();
        server.shutdown(QString(), u"signal %1"_s.arg(signal));
    });
    QObject::connect(&signals_, &SignalWatcher::reloadRequested, &reload, &ServerReload::reload);
    QObject::connect(&server, &ChatServer::finished, &app, &QCoreApplication::quit);
    const int result = app.exec();
    db.close();
    qInfo() << "stopped";
    LogFile::shutdown();
    return result;
}
