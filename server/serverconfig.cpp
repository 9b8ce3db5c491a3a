#include "serverconfig.h"

#include "protocol.h"

#include "requestbudget.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <cstdio>
#include <sodium.h>

using namespace Qt::Literals::StringLiterals;

namespace {

std::optional<qint64> number(const QCommandLineParser &p, const QCommandLineOption &o, qint64 min, qint64 max,
                             QString &error)
{
    bool ok = false;
    const qint64 v = p.value(o).toLongLong(&ok);
    if (!ok || v < min || v > max) {
        error = u"--%1 must be a whole number from %2 to %3 (got \"%4\")."_s.arg(o.names().constFirst())
                    .arg(min)
                    .arg(max)
                    .arg(p.value(o));
        return std::nullopt;
    }
    return v;
}

} // namespace

std::optional<ServerConfig> ServerConfig::fromArguments(const QStringList &arguments, int &exitCode)
{
    ServerConfig c;
    QCommandLineParser p;
    p.setApplicationDescription(u"Chat Room server: accounts, rooms, private messages and history for a team, "
                                "a club or a class. Listens on TCP for clients and on UDP for typing "
                                "indicators. Type 'help' at its console for the commands."_s);
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption listen(u"listen"_s,
                                    u"Address to listen on; 'any' for every interface (default 127.0.0.1)."_s,
                                    u"address"_s, u"127.0.0.1"_s);
    const QCommandLineOption port(u"port"_s, u"TCP port; 0 picks a free one (default 5000)."_s, u"port"_s, u"5000"_s);
    const QCommandLineOption udpPort(u"udp-port"_s, u"UDP port; 0 picks a free one (default 5001)."_s, u"port"_s,
                                     u"5001"_s);
    const QCommandLineOption dataDir(
        u"data-dir"_s, u"Directory for the database and the log (default: the platform's app data directory)."_s,
        u"dir"_s);
    const QCommandLineOption filesDir(
        u"files-dir"_s,
        u"Directory for the bytes of shared files (default: DATA-DIR/files). The nodes of a cluster each mount "
        "the same one, and must be given it."_s,
        u"dir"_s);
    const QCommandLineOption database(
        u"database"_s,
        u"PostgreSQL shared by several nodes, as postgresql://USER@HOST:PORT/DATABASE (default: the embedded "
        "database in DATA-DIR). The password: --database-password-file, or CHATROOM_DATABASE_PASSWORD."_s,
        u"url"_s);
    const QCommandLineOption databasePassword(u"database-password-file"_s,
                                              u"File whose first line is the password for --database."_s, u"file"_s);
    const QCommandLineOption bus(u"bus"_s,
                                 u"Valkey between several nodes sharing one --database, as valkey://HOST:PORT "
                                 "(default: none, this node alone). The password: --bus-password-file, or "
                                 "CHATROOM_BUS_PASSWORD."_s,
                                 u"url"_s);
    const QCommandLineOption busPassword(u"bus-password-file"_s, u"File whose first line is the password for --bus."_s,
                                         u"file"_s);
    const QCommandLineOption reusePort(
        u"reuse-port"_s, u"Share the TCP port with the other nodes of a cluster on this machine (SO_REUSEPORT): new "
                         "connections are spread over them. Each node keeps a --udp-port of its own."_s);
    const QCommandLineOption migrateTo(
        u"migrate-to"_s,
        u"Copy the embedded database of DATA-DIR into PostgreSQL (postgresql://USER@HOST:PORT/DATABASE; the password "
        "as for --database) and exit. Run again, it copies only what is new."_s,
        u"url"_s);
    const QCommandLineOption logFile(u"log-file"_s, u"Log file (default: DATA-DIR/server.log)."_s, u"file"_s);
    const QCommandLineOption interval(u"heartbeat-interval-ms"_s, u"How often clients ping (default 10000)."_s, u"ms"_s,
                                      u"10000"_s);
    const QCommandLineOption timeout(
        u"heartbeat-timeout-ms"_s, u"Silence after which a client is dropped (default 30000)."_s, u"ms"_s, u"30000"_s);
    const QCommandLineOption memory(
        u"hash-memory-kib"_s, u"Argon2id memory per password hash in KiB (default 19456)."_s, u"kib"_s, u"19456"_s);
    const QCommandLineOption ops(u"hash-ops"_s, u"Argon2id passes (default 2)."_s, u"n"_s, u"2"_s);
    const QCommandLineOption threads(u"hash-threads"_s, u"Password hashes computed at once (default 2)."_s, u"n"_s,
                                     u"2"_s);
    const QCommandLineOption statsInterval(
        u"stats-interval-s"_s, u"How often statistics are logged; 0: never (default 300)."_s, u"s"_s, u"300"_s);
    const QCommandLineOption msgRate(u"message-rate"_s,
                                     u"Messages a session may send per second, sustained; 0: no limit (default 5)."_s,
                                     u"n"_s, u"5"_s);
    const QCommandLineOption msgBurst(
        u"message-burst"_s, u"Messages a session may send at once before the rate applies; 0: no limit (default 10)."_s,
        u"n"_s, u"10"_s);
    const QCommandLineOption reqRate(
        u"request-rate"_s,
        u"Request budget of a logged-in session, in units per second (a ping costs 1, a history page of "
        "200 messages 10); 0: no limit after login (default 20)."_s,
        u"n"_s, u"20"_s);
    const QCommandLineOption reqBurst(
        u"request-burst"_s,
        u"Request budget units a logged-in session may spend at once; 0: no limit after login (default 200)."_s, u"n"_s,
        u"200"_s);
    const QCommandLineOption maxRooms(u"max-rooms-per-user"_s,
                                      u"Rooms one account may be in; 0: no limit (default 20)."_s, u"n"_s, u"20"_s);
    const QCommandLineOption maxSessions(u"max-sessions-per-user"_s,
                                         u"Devices one account may be logged in on at once, 1 to 100 (default 10)."_s,
                                         u"n"_s, u"10"_s);
    const QCommandLineOption quietRooms(
        u"quiet-room-size"_s,
        u"Rooms with more members than this get no join, leave, presence or typing notices; 0: every room does "
        "(default 200)."_s,
        u"n"_s, u"200"_s);
    const QCommandLineOption maxConn(u"max-connections"_s, u"Connections in total; 0: no limit (default 20000)."_s,
                                     u"n"_s, u"20000"_s);
    const QCommandLineOption maxPerAddress(u"max-connections-per-address"_s,
                                           u"Connections from one IP address; 0: no limit (default 16)."_s, u"n"_s,
                                           u"16"_s);
    const QCommandLineOption connRate(
        u"connection-rate"_s,
        u"New connections per second from one IP address, ten times that at once; 0: no limit (default 2)."_s, u"n"_s,
        u"2"_s);
    const QCommandLineOption authTimeout(u"auth-timeout-s"_s,
                                         u"Seconds a new connection has to finish hello and login (default 30)."_s,
                                         u"s"_s, u"30"_s);
    const QCommandLineOption pendingOutput(
        u"max-pending-output-kib"_s,
        u"Unsent output a client may leave unread before it is disconnected, in KiB (default 4096)."_s, u"kib"_s,
        u"4096"_s);
    const QCommandLineOption maxFile(u"max-file-size-mib"_s,
                                     u"Largest file a user may share, in MiB; 0: no file sharing (default 100)."_s,
                                     u"mib"_s, u"100"_s);
    const QCommandLineOption fileQuota(u"file-quota-mib"_s,
                                       u"All of one account's shared files together, in MiB (default 1024)."_s,
                                       u"mib"_s, u"1024"_s);
    const QCommandLineOption uploadsAtOnce(u"uploads-at-once"_s,
                                           u"Unfinished uploads one account may have (default 4)."_s, u"n"_s, u"4"_s);
    const QCommandLineOption transferIdle(
        u"transfer-idle-timeout-s"_s,
        u"Seconds a file transfer may send nothing before it is closed; it resumes later (default 60)."_s, u"s"_s,
        u"60"_s);
    const QCommandLineOption tlsCert(
        u"tls-cert"_s, u"PEM certificate (with its chain) for TLS (default: a self-signed one made on first start)."_s,
        u"file"_s);
    const QCommandLineOption tlsKey(u"tls-key"_s, u"PEM private key for --tls-cert."_s, u"file"_s);
    const QCommandLineOption noTls(u"no-tls"_s,
                                   u"INSECURE, for debugging only: plain TCP, passwords readable on the network."_s);
    const QCommandLineOption noConsole(u"no-console"_s, u"Do not read commands from standard input."_s);
    p.addOptions({listen,      port,          udpPort,     dataDir,       logFile,       interval,      timeout,
                  memory,      ops,           threads,     statsInterval, msgRate,       msgBurst,      reqRate,
                  reqBurst,    maxRooms,      maxSessions, quietRooms,    maxConn,       maxPerAddress, connRate,
                  authTimeout, pendingOutput, maxFile,     fileQuota,     uploadsAtOnce, transferIdle,  tlsCert,
                  tlsKey,      noTls,         noConsole});
    p.addOptions({filesDir, database, databasePassword, bus, busPassword, reusePort, migrateTo});

    exitCode = 2;
    if (!p.parse(arguments)) {
        std::fprintf(stderr, "chatroom-server: %s\nTry 'chatroom-server --help'.\n", qPrintable(p.errorText()));
        return std::nullopt;
    }
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

    QString error;
    const QString address = p.value(listen);
    if (address == "any"_L1)
        c.listenAddress = QHostAddress::Any;
    else if (!c.listenAddress.setAddress(address))
        error = u"--listen needs an IP address such as 127.0.0.1, 0.0.0.0 or ::1 (got \"%1\")."_s.arg(address);
    auto get = [&](const QCommandLineOption &o, qint64 min, qint64 max) {
        return error.isEmpty() ? number(p, o, min, max, error).value_or(0) : 0;
    };
    c.tcpPort = quint16(get(port, 0, 65535));
    c.udpPort = quint16(get(udpPort, 0, 65535));
    c.heartbeatInterval = std::chrono::milliseconds(get(interval, 50, 3'600'000));
    c.heartbeatTimeout = std::chrono::milliseconds(get(timeout, 100, 3'600'000));
    c.hashMemoryKib = quint64(get(memory, (crypto_pwhash_MEMLIMIT_MIN + 1023) / 1024, 4 * 1024 * 1024));
    c.hashOps = quint64(get(ops, crypto_pwhash_OPSLIMIT_MIN, 100));
    c.hashThreads = int(get(threads, 1, 64));
    c.statsLogInterval = std::chrono::seconds(get(statsInterval, 0, 86'400));
    c.messageRate = double(get(msgRate, 0, 1'000'000));
    c.messageBurst = int(get(msgBurst, 0, 1'000'000));
    c.requestRate = double(get(reqRate, 0, 1'000'000));
    c.requestBurst = int(get(reqBurst, 0, 1'000'000));
    if (error.isEmpty() && c.requestBurst > 0 && c.requestBurst < RequestBudget::MaxCost)
        error =
            u"--request-burst must be 0 or at least %1, the cost of the dearest request."_s.arg(RequestBudget::MaxCost);
    c.maxRoomsPerUser = int(get(maxRooms, 0, 1'000'000));
    c.maxSessionsPerUser = int(get(maxSessions, 1, Protocol::MaxSessionListEntries));
    c.quietRoomSize = int(get(quietRooms, 0, 10'000'000));
    c.maxConnections = int(get(maxConn, 0, 10'000'000));
    c.maxConnectionsPerAddress = int(get(maxPerAddress, 0, 10'000'000));
    c.connectionRate = int(get(connRate, 0, 1'000'000));
    c.authTimeout = std::chrono::seconds(get(authTimeout, 1, 3600));
    c.maxPendingOutputKib = get(pendingOutput, 64, 1024 * 1024);
    constexpr qint64 Mib = 1024 * 1024;
    c.maxFileBytes = get(maxFile, 0, Protocol::MaxFileBytes / Mib) * Mib;
    c.fileQuotaBytes = get(fileQuota, 1, Protocol::MaxFileBytes / Mib) * Mib;
    c.uploadsAtOnce = int(get(uploadsAtOnce, 1, 1000));
    c.transferIdleTimeout = std::chrono::seconds(get(transferIdle, 1, 3600));
    c.tls = !p.isSet(noTls);
    c.tlsCertFile = p.value(tlsCert);
    c.tlsKeyFile = p.value(tlsKey);
    if (error.isEmpty() && p.isSet(tlsCert) != p.isSet(tlsKey))
        error = u"--tls-cert and --tls-key go together: give both, or neither for a self-signed certificate."_s;
    if (error.isEmpty() && !c.tls && p.isSet(tlsCert))
        error = u"--no-tls cannot be combined with --tls-cert and --tls-key."_s;
    if (error.isEmpty() && c.heartbeatTimeout <= c.heartbeatInterval)
        error = u"--heartbeat-timeout-ms must be longer than --heartbeat-interval-ms."_s;
    if (!error.isEmpty()) {
        std::fprintf(stderr, "chatroom-server: %s\n", qPrintable(error));
        return std::nullopt;
    }
    c.dataDir = p.isSet(dataDir) ? p.value(dataDir) : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    c.dataDir = QDir(c.dataDir).absolutePath();
    c.logFile = p.isSet(logFile) ? p.value(logFile) : QDir(c.dataDir).filePath(u"server.log"_s);
    c.filesDir = QDir(p.isSet(filesDir) ? p.value(filesDir) : QDir(c.dataDir).filePath(u"files"_s)).absolutePath();
    if (p.isSet(migrateTo)) {
        if (p.isSet(database) || p.isSet(bus)) {
            std::fprintf(stderr, "chatroom-server: --migrate-to copies the embedded database of --data-dir; it takes "
                                 "no --database or --bus.\n");
            return std::nullopt;
        }
        c.migrateTo = DatabaseLocation::parse(p.value(migrateTo), c.dataDir, p.value(databasePassword), &error);
        if (c.migrateTo && c.migrateTo->kind != DatabaseLocation::Kind::PostgreSQL)
            error = u"--migrate-to takes a PostgreSQL URL."_s;
        if (!error.isEmpty()) {
            std::fprintf(stderr, "chatroom-server: %s\n",
                         qPrintable(error.replace(u"--database"_s, u"--migrate-to"_s)));
            return std::nullopt;
        }
        c.database = DatabaseLocation::sqlite(c.dataDir);
        exitCode = 0;
        return c;
    }
    const auto where = DatabaseLocation::parse(p.value(database), c.dataDir, p.value(databasePassword), &error);
    if (!where) {
        std::fprintf(stderr, "chatroom-server: %s\n", qPrintable(error));
        return std::nullopt;
    }
    c.database = *where;
    c.reusePort = p.isSet(reusePort);
    if (p.isSet(bus)) {
        c.bus = BusLocation::parse(p.value(bus), p.value(busPassword), &error);
        if (c.bus && c.database.kind == DatabaseLocation::Kind::SQLite)
            error = u"--bus needs --database postgresql://…: the nodes of a cluster share one database."_s;
        else if (c.bus && !p.isSet(filesDir) && c.maxFileBytes > 0)
            error = u"--bus needs --files-dir DIR, a directory every node mounts, for the files people share (or "
                    "--max-file-size-mib 0: no files)."_s;
    } else if (p.isSet(busPassword)) {
        error = u"--bus-password-file needs --bus valkey://…"_s;
    }
    if (!error.isEmpty()) {
        std::fprintf(stderr, "chatroom-server: %s\n", qPrintable(error));
        return std::nullopt;
    }
    c.console = !p.isSet(noConsole);
    exitCode = 0;
    return c;
}
