#include "settingsreload.h"

namespace SettingsReload {

namespace {

class Comparison
{
public:
    Comparison(ServerConfig &running, const ServerConfig &fresh) : m_running(running), m_fresh(fresh) {}

    template <typename T> void live(const char *name, T ServerConfig::*field)
    {
        if (m_running.*field == m_fresh.*field)
            return;
        m_running.*field = m_fresh.*field;
        m_outcome.changed.append(QString::fromLatin1(name));
    }
    void fixed(const char *name, bool same)
    {
        if (!same)
            m_outcome.needRestart.append(QString::fromLatin1(name));
    }
    template <typename T> void fixed(const char *name, T ServerConfig::*field)
    {
        fixed(name, m_running.*field == m_fresh.*field);
    }
    Outcome outcome() const { return m_outcome; }

private:
    ServerConfig &m_running;
    const ServerConfig &m_fresh;
    Outcome m_outcome;
};

} // namespace

Outcome apply(ServerConfig &running, const ServerConfig &fresh)
{
    Comparison c(running, fresh);
    c.fixed("listen", &ServerConfig::listenAddress);
    c.fixed("port", &ServerConfig::tcpPort);
    c.fixed("udp-port", &ServerConfig::udpPort);
    c.fixed("data-dir", &ServerConfig::dataDir);
    c.fixed("files-dir", &ServerConfig::filesDir);
    c.fixed("database", running.database.describe() == fresh.database.describe());
    c.fixed("bus",
            (running.bus ? running.bus->describe() : QString()) == (fresh.bus ? fresh.bus->describe() : QString()));
    c.fixed("reuse-port", &ServerConfig::reusePort);
    c.fixed("admin-socket", &ServerConfig::adminSocket);
    c.fixed("metrics-listen", &ServerConfig::metricsListen);
    c.fixed("log-file", &ServerConfig::logFile);
    c.fixed("heartbeat-interval-ms", &ServerConfig::heartbeatInterval);
    c.fixed("heartbeat-timeout-ms", &ServerConfig::heartbeatTimeout);
    c.fixed("hash-memory-kib", &ServerConfig::hashMemoryKib);
    c.fixed("hash-ops", &ServerConfig::hashOps);
    c.fixed("hash-threads", &ServerConfig::hashThreads);
    c.fixed("io-threads", &ServerConfig::ioThreads);
    c.fixed("no-tls", &ServerConfig::tls);
    c.fixed("no-console", &ServerConfig::console);
    // Sharing files on or off opens or closes a directory and changes what clients were told at login.
    c.fixed("max-file-size-mib", (running.maxFileBytes > 0) == (fresh.maxFileBytes > 0));

    c.live("stats-interval-s", &ServerConfig::statsLogInterval);
    c.live("message-rate", &ServerConfig::messageRate);
    c.live("message-burst", &ServerConfig::messageBurst);
    c.live("request-rate", &ServerConfig::requestRate);
    c.live("request-burst", &ServerConfig::requestBurst);
    c.live("max-rooms-per-user", &ServerConfig::maxRoomsPerUser);
    c.live("max-sessions-per-user", &ServerConfig::maxSessionsPerUser);
    c.live("quiet-room-size", &ServerConfig::quietRoomSize);
    c.live("max-connections", &ServerConfig::maxConnections);
    c.live("max-connections-per-address", &ServerConfig::maxConnectionsPerAddress);
    c.live("connection-rate", &ServerConfig::connectionRate);
    c.live("auth-timeout-s", &ServerConfig::authTimeout);
    c.live("max-pending-output-kib", &ServerConfig::maxPendingOutputKib);
    if ((running.maxFileBytes > 0) == (fresh.maxFileBytes > 0))
        c.live("max-file-size-mib", &ServerConfig::maxFileBytes);
    c.live("file-quota-mib", &ServerConfig::fileQuotaBytes);
    c.live("uploads-at-once", &ServerConfig::uploadsAtOnce);
    c.live("transfer-idle-timeout-s", &ServerConfig::transferIdleTimeout);
    c.live("retention-days", &ServerConfig::retentionDays);
    c.live("tls-cert", &ServerConfig::tlsCertFile);
    c.live("tls-key", &ServerConfig::tlsKeyFile);
    return c.outcome();
}

} // namespace SettingsReload
