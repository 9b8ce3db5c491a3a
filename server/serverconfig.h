// The server's settings: the command line over the settings file (every option has a sensible default).
#pragma once

#include "buslocation.h"
#include "databaselocation.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <chrono>
#include <optional>

struct ServerConfig
{
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 tcpPort = 5000;
    quint16 udpPort = 5001;
    QString dataDir;
    QString filesDir;                          // the shared files' bytes; default: DATA-DIR/files
    DatabaseLocation database;                 // default: DATA-DIR/chatroom.db
    std::optional<BusLocation> bus;            // several nodes (docs/SCALING.md); none: this node alone
    std::optional<DatabaseLocation> migrateTo; // --migrate-to: copy the embedded database there, then exit
    bool checkOnly = false;                    // --check-config: the settings were read; say so and exit
    std::optional<QString> backupTo;           // --backup FILE
    std::optional<QString> restoreFrom;        // --restore FILE
    std::optional<QString> exportRoom;         // --export-room ROOM (canonical)
    QString exportFile;                        // --export-file FILE; empty: standard output
    QString settingsFile;                      // the file they came from; empty: the command line alone
    QString adminSocket;                       // chatroom-server --admin talks to the server here
    // /metrics and /healthz (MetricsEndpoint); none: not served.
    std::optional<std::pair<QHostAddress, quint16>> metricsListen{{QHostAddress::LocalHost, DefaultMetricsPort}};
    static constexpr quint16 DefaultMetricsPort = 9464;
    std::optional<QString> adminCommand; // --admin: send this to the running server and exit
    bool reusePort = false;              // share the TCP port with the other nodes on this machine (SO_REUSEPORT)
    QString logFile;                     // empty: the journal (run by systemd)
    std::chrono::milliseconds heartbeatInterval{10'000};
    std::chrono::milliseconds heartbeatTimeout{30'000};
    std::chrono::seconds statsLogInterval{300};
    // Argon2id cost: OWASP's first choice is 19 MiB, 2 passes, 1 lane.
    quint64 hashMemoryKib = 19 * 1024;
    quint64 hashOps = 2;
    int hashThreads = 2;
    int ioThreads = 0; // beside the main thread (IoThreads)
    qint64 maxLogBytes = 10 * 1024 * 1024;
    // Abuse limits (docs/SECURITY.md); 0 turns a limit off.
    double messageRate = 5;  // say and whisper per second per session, sustained
    int messageBurst = 10;   // ... and at once
    double requestRate = 20; // request budget units per second per logged-in session (RequestBudget)
    int requestBurst = 200;  // ... and at once: a reconnect catching up 20 rooms' history (5 each) fits
    int maxRoomsPerUser = 20;
    int maxSessionsPerUser = 10; // devices logged in at once per account
    int quietRoomSize = 200;     // larger rooms get no join and leave notices; 0: all rooms do
    int maxConnections = 20000;
    int maxConnectionsPerAddress = 16;
    int connectionRate = 2;               // new connections per second per address, 20 at once
    std::chrono::seconds authTimeout{30}; // to finish hello and login
    qint64 maxPendingOutputKib = 4096;    // unsent output a client may leave unread
    // Files (docs/PROTOCOL.md, "Files"); a maximum of 0 turns sharing files off.
    qint64 maxFileBytes = 100LL * 1024 * 1024;
    qint64 fileQuotaBytes = 1024LL * 1024 * 1024; // all of an account's files together
    int uploadsAtOnce = 4;                        // unfinished uploads per account
    std::chrono::seconds transferIdleTimeout{60}; // a transfer connection that sends nothing this long is closed
    int retentionDays = 0;                        // messages older are deleted (Retention); 0: kept for ever
    bool console = true;
    // TLS on the TCP port; off only with --no-tls, for debugging.
    bool tls = true;
    QString tlsCertFile; // empty: a self-signed certificate in the data directory
    QString tlsKeyFile;

    // Parses arguments (argv[0] first) over the settings file (--config, or when installed
    // defaultSettingsFile() if it exists). On --help or --version prints and returns nullopt with exitCode 0;
    // on bad settings returns nullopt with exitCode 2 and every problem, each a sentence with its line, in
    // *problems (printed to stderr when problems is null).
    static std::optional<ServerConfig> fromArguments(const QStringList &arguments, int &exitCode,
                                                     QStringList *problems = nullptr);
    // /etc/chatroom/server.conf (under the install prefix's sysconfdir) for an installed server; empty for
    // one run from a build tree, which reads a settings file only when given --config.
    static QString defaultSettingsFile();
};
