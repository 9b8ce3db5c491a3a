#include "serveroptions.h"

using namespace Qt::Literals::StringLiterals;

ServerOptions::ServerOptions()
    : config(u"config"_s,
             u"Settings file: INI, one \"name = value\" per line, names as the long options here (default when "
             "installed: /etc/chatroom/server.conf). The command line wins over it."_s,
             u"file"_s),
      checkConfig(u"check-config"_s, u"Check the settings file and the command line, say what is wrong, and exit."_s),
      admin(u"admin"_s,
            u"Send the rest of the command line (\"users\", \"ban user NAME\", …; \"help\" lists them) to the running "
            "server through its admin socket, print the answer and exit. Run it as the server's user or root."_s),
      backup(u"backup"_s,
             u"Copy the embedded database to FILE (a new file) while the server runs, check the copy, and exit."_s,
             u"file"_s),
      restore(u"restore"_s,
              u"Put the backup FILE in place of the embedded database, with the server stopped; the database it "
              "replaces is kept beside it. Refuses a file that is not a Chat Room database, or of a newer schema."_s,
              u"file"_s),
      exportRoom(u"export-room"_s,
                 u"Write every message of ROOM (JSON on standard output, or to --export-file) and exit; the server "
                 "may be running."_s,
                 u"room"_s),
      exportFile(u"export-file"_s, u"With --export-room: the file to write (a new one; .txt: text, else JSON)."_s,
                 u"file"_s),
      listen(u"listen"_s, u"Address to listen on; 'any' for every interface (default 127.0.0.1)."_s, u"address"_s,
             u"127.0.0.1"_s),
      port(u"port"_s, u"TCP port; 0 picks a free one (default 5000)."_s, u"port"_s, u"5000"_s),
      udpPort(u"udp-port"_s, u"UDP port; 0 picks a free one (default 5001)."_s, u"port"_s, u"5001"_s),
      dataDir(u"data-dir"_s,
              u"Directory for the database, the certificate and the log (default: $STATE_DIRECTORY under systemd, "
              "else the platform's app data directory)."_s,
              u"dir"_s),
      filesDir(u"files-dir"_s,
               u"Directory for the bytes of shared files (default: DATA-DIR/files). The nodes of a cluster each mount "
               "the same one, and must be given it."_s,
               u"dir"_s),
      database(u"database"_s,
               u"PostgreSQL shared by several nodes, as postgresql://USER@HOST:PORT/DATABASE (default: the embedded "
               "database in DATA-DIR). The password: --database-password-file, or CHATROOM_DATABASE_PASSWORD."_s,
               u"url"_s),
      databasePassword(u"database-password-file"_s, u"File whose first line is the password for --database."_s,
                       u"file"_s),
      bus(u"bus"_s,
          u"Valkey between several nodes sharing one --database, as valkey://HOST:PORT "
          "(default: none, this node alone). The password: --bus-password-file, or "
          "CHATROOM_BUS_PASSWORD."_s,
          u"url"_s),
      busPassword(u"bus-password-file"_s, u"File whose first line is the password for --bus."_s, u"file"_s),
      reusePort(u"reuse-port"_s,
                u"Share the TCP port with the other nodes of a cluster on this machine (SO_REUSEPORT): new "
                "connections are spread over them. Each node keeps a --udp-port of its own."_s),
      migrateTo(
          u"migrate-to"_s,
          u"Copy the embedded database of DATA-DIR into PostgreSQL (postgresql://USER@HOST:PORT/DATABASE; the password "
          "as for --database) and exit. Run again, it copies only what is new."_s,
          u"url"_s),
      adminSocket(u"admin-socket"_s,
                  u"Local socket for chatroom-server --admin, open to this user and root only (default: "
                  "admin.sock in $RUNTIME_DIRECTORY under systemd, else in DATA-DIR)."_s,
                  u"file"_s),
      metricsListen(u"metrics-listen"_s,
                    u"Where Prometheus metrics (/metrics) and the health check (/healthz) are served, as ADDRESS:PORT "
                    "([::1]:PORT for IPv6), or none (default 127.0.0.1:9464: this machine only)."_s,
                    u"address:port"_s, u"127.0.0.1:9464"_s),
      logFile(u"log-file"_s, u"Log file (default: the journal under systemd, else DATA-DIR/server.log)."_s, u"file"_s),
      heartbeatInterval(u"heartbeat-interval-ms"_s, u"How often clients ping (default 10000)."_s, u"ms"_s, u"10000"_s),
      heartbeatTimeout(u"heartbeat-timeout-ms"_s, u"Silence after which a client is dropped (default 30000)."_s,
                       u"ms"_s, u"30000"_s),
      hashMemory(u"hash-memory-kib"_s, u"Argon2id memory per password hash in KiB (default 19456)."_s, u"kib"_s,
                 u"19456"_s),
      hashOps(u"hash-ops"_s, u"Argon2id passes (default 2)."_s, u"n"_s, u"2"_s),
      hashThreads(u"hash-threads"_s, u"Password hashes computed at once (default 2)."_s, u"n"_s, u"2"_s),
      ioThreads(u"io-threads"_s,
                u"Threads (0-64) that read, decrypt, encrypt and send the clients' traffic beside the main one; 0: "
                "the main thread does it all; auto: one per CPU core beyond the first, at most 8 (default 0)."_s,
                u"n"_s, u"0"_s),
      statsInterval(u"stats-interval-s"_s, u"How often statistics are logged; 0: never (default 300)."_s, u"s"_s,
                    u"300"_s),
      messageRate(u"message-rate"_s, u"Messages a session may send per second, sustained; 0: no limit (default 5)."_s,
                  u"n"_s, u"5"_s),
      messageBurst(u"message-burst"_s,
                   u"Messages a session may send at once before the rate applies; 0: no limit (default 10)."_s, u"n"_s,
                   u"10"_s),
      requestRate(u"request-rate"_s,
                  u"Request budget of a logged-in session, in units per second (a ping costs 1, a history page of "
                  "200 messages 10); 0: no limit after login (default 20)."_s,
                  u"n"_s, u"20"_s),
      requestBurst(
          u"request-burst"_s,
          u"Request budget units a logged-in session may spend at once; 0: no limit after login (default 200)."_s,
          u"n"_s, u"200"_s),
      maxRooms(u"max-rooms-per-user"_s, u"Rooms one account may be in; 0: no limit (default 20)."_s, u"n"_s, u"20"_s),
      maxSessions(u"max-sessions-per-user"_s,
                  u"Devices one account may be logged in on at once, 1 to 100 (default 10)."_s, u"n"_s, u"10"_s),
      quietRooms(
          u"quiet-room-size"_s,
          u"Rooms with more members than this get no join, leave, presence or typing notices; 0: every room does "
          "(default 200)."_s,
          u"n"_s, u"200"_s),
      maxConnections(u"max-connections"_s, u"Connections in total; 0: no limit (default 20000)."_s, u"n"_s, u"20000"_s),
      maxPerAddress(u"max-connections-per-address"_s, u"Connections from one IP address; 0: no limit (default 16)."_s,
                    u"n"_s, u"16"_s),
      connectionRate(
          u"connection-rate"_s,
          u"New connections per second from one IP address, ten times that at once; 0: no limit (default 2)."_s, u"n"_s,
          u"2"_s),
      authTimeout(u"auth-timeout-s"_s, u"Seconds a new connection has to finish hello and login (default 30)."_s,
                  u"s"_s, u"30"_s),
      pendingOutput(u"max-pending-output-kib"_s,
                    u"Unsent output a client may leave unread before it is disconnected, in KiB (default 4096)."_s,
                    u"kib"_s, u"4096"_s),
      maxFile(u"max-file-size-mib"_s, u"Largest file a user may share, in MiB; 0: no file sharing (default 100)."_s,
              u"mib"_s, u"100"_s),
      fileQuota(u"file-quota-mib"_s, u"All of one account's shared files together, in MiB (default 1024)."_s, u"mib"_s,
                u"1024"_s),
      uploadsAtOnce(u"uploads-at-once"_s, u"Unfinished uploads one account may have (default 4)."_s, u"n"_s, u"4"_s),
      transferIdle(u"transfer-idle-timeout-s"_s,
                   u"Seconds a file transfer may send nothing before it is closed; it resumes later (default 60)."_s,
                   u"s"_s, u"60"_s),
      retentionDays(u"retention-days"_s,
                    u"Delete messages older than this many days, in the background; 0 keeps them for ever (default). "
                    "A room may have its own (chatroom-server --admin retention ROOM DAYS)."_s,
                    u"days"_s, u"0"_s),
      tlsCert(u"tls-cert"_s,
              u"PEM certificate (with its chain) for TLS (default: a self-signed one made on first start)."_s,
              u"file"_s),
      tlsKey(u"tls-key"_s, u"PEM private key for --tls-cert."_s, u"file"_s),
      noTls(u"no-tls"_s, u"INSECURE, for debugging only: plain TCP, passwords readable on the network."_s),
      noConsole(u"no-console"_s, u"Do not read commands from standard input."_s)
{}

QList<const QCommandLineOption *> ServerOptions::settings() const
{
    return {&listen,           &port,
            &udpPort,          &dataDir,
            &filesDir,         &database,
            &databasePassword, &bus,
            &busPassword,      &reusePort,
            &adminSocket,      &metricsListen,
            &logFile,          &heartbeatInterval,
            &heartbeatTimeout, &hashMemory,
            &hashOps,          &hashThreads,
            &ioThreads,        &statsInterval,
            &messageRate,      &messageBurst,
            &requestRate,      &requestBurst,
            &maxRooms,         &maxSessions,
            &quietRooms,       &maxConnections,
            &maxPerAddress,    &connectionRate,
            &authTimeout,      &pendingOutput,
            &maxFile,          &fileQuota,
            &uploadsAtOnce,    &transferIdle,
            &retentionDays,    &tlsCert,
            &tlsKey,           &noTls,
            &noConsole};
}

void ServerOptions::addTo(QCommandLineParser &parser) const
{
    // --admin retention dev -3: what follows the command is the command's, even when it starts with '-'.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.setApplicationDescription(
        u"Chat Room server: accounts, rooms, private messages and history for a team, a club or a class. Listens "
        "on TCP for clients and on UDP for typing indicators. Type 'help' at its console for the commands."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({config, checkConfig, admin, backup, restore, exportRoom, exportFile, migrateTo});
    parser.addPositionalArgument(u"command"_s, u"With --admin: the command for the running server."_s,
                                 u"[--admin command…]"_s);
    for (const QCommandLineOption *o : settings())
        parser.addOption(*o);
}
