// Starts the real chatroom-server binary for a test: own data directory, free ports, fast password hashing.
// Under CHATROOM_TEST_DATABASE=postgresql (the *_postgres variants in tests/server/CMakeLists.txt) every
// server runs on PostgreSQL instead of its SQLite file: one PostgreSQL started for the test program, and a
// database of its own for each data directory, so that a restart with the same directory finds its data.
#pragma once

#include <QProcess>
#include <QTemporaryDir>
#include <memory>

class ServerProcess
{
public:
    // An empty dataDir makes a temporary one that lives as long as this object.
    explicit ServerProcess(const QString &dataDir = {});
    ~ServerProcess();

    // Starts the server with --port 0 --udp-port 0 (unless given), the data dir, and a cheap work factor
    // (unless --hash-memory-kib is given); waits for its ready line. False if it exits or is not ready in 20 s.
    bool start(const QStringList &extraArgs = {});
    // Limits the size of every file the next start()ed server writes (RLIMIT_FSIZE), as a full disk would;
    // 0: no limit.
    void setFileSizeLimit(qint64 bytes) { m_fileSizeLimit = bytes; }
    void stop(); // SIGTERM, then waits for the exit
    void kill(); // SIGKILL, then waits for the exit

    quint16 tcpPort() const { return m_tcpPort; }
    quint16 udpPort() const { return m_udpPort; }
    quint16 metricsPort() const { return m_metricsPort; } // 0: not served
    QString dataDir() const { return m_dataDir; }
    // Whether this test program runs its servers on PostgreSQL; a test of the SQLite file itself skips then.
    static bool onPostgres();
    // The --database URL the servers of this data directory use; empty for the embedded SQLite.
    QString databaseUrl() const;
    QProcess &process() { return m_process; }
    QByteArray output() const { return m_output; } // everything it wrote to stdout so far
    QByteArray errors() const { return m_errors; } // and to stderr
    // The certificate fingerprint the server printed at start-up; empty when it runs with --no-tls.
    QString fingerprint() const;
    void writeStdin(const QByteArray &bytes) { m_process.write(bytes); }
    // Types "stats" at the console until the report contains text (counts may still be on their way); 20 s.
    bool statsShow(const QByteArray &text);

private:
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_dataDir;
    QProcess m_process;
    QByteArray m_output;
    QByteArray m_errors;
    qint64 m_fileSizeLimit = 0;
    quint16 m_tcpPort = 0;
    quint16 m_udpPort = 0;
    quint16 m_metricsPort = 0;
};
