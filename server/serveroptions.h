// The server's options: one table for the command line, the settings file and --help (and so the man page).
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

struct ServerOptions
{
    ServerOptions();

    // Declared in the order --help lists them. Actions (config, checkConfig, admin, backup, restore, exportRoom and
    // its exportFile, migrateTo) do one thing and exit, and none of them belongs in a settings file; the others
    // are settings.
    QCommandLineOption config, checkConfig, admin, backup, restore, exportRoom, exportFile, listen, port, udpPort,
        dataDir, filesDir, database, databasePassword, bus, busPassword, reusePort, migrateTo, adminSocket,
        metricsListen, logFile, heartbeatInterval, heartbeatTimeout, hashMemory, hashOps, hashThreads, ioThreads,
        statsInterval, messageRate, messageBurst, requestRate, requestBurst, maxRooms, maxSessions, quietRooms,
        maxConnections, maxPerAddress, connectionRate, authTimeout, pendingOutput, maxFile, fileQuota, uploadsAtOnce,
        transferIdle, retentionDays, tlsCert, tlsKey, noTls, noConsole;

    QList<const QCommandLineOption *> settings() const;
    // Adds every option, with --help and --version, and the description.
    void addTo(QCommandLineParser &parser) const;
};
