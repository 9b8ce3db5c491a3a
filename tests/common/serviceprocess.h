// Real PostgreSQL and Valkey for the tests that need them (issue 17: no mocks of a database or the bus):
// each started by the test itself in a temporary directory, listening on a free port of 127.0.0.1 only,
// with nothing kept, and stopped (or killed, and started again on the same port and data) when the test
// says so. PostgreSQL runs as the unprivileged "postgres" user when the tests run as root (it refuses to
// run as root).
#pragma once

#include <QProcess>
#include <QTemporaryDir>
#include <memory>

class ServiceProcess
{
public:
    virtual ~ServiceProcess();

    // Starts it on a free port the first time, on the same port and data afterwards; waits until it takes
    // connections. False (and errors()) when it does not within 20 s.
    bool start();
    void stop(); // SIGTERM, then waits for the exit (PostgreSQL: a fast shutdown)
    void kill(); // SIGKILL, then waits for the exit
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    quint16 port() const { return m_port; }
    QString dir() const { return m_dir.path(); }
    QByteArray errors() const { return m_log; }
    // A TCP port of 127.0.0.1 nobody listens on (0 when none could be found).
    static quint16 freePort();

protected:
    ServiceProcess();
    // Made once, before the first start (PostgreSQL's initdb).
    virtual bool prepare() { return true; }
    virtual QString program() const = 0;
    virtual QStringList arguments() const = 0;
    // The line in its output that says it takes connections.
    virtual QByteArray readyLine() const = 0;
    // Runs a program as the unprivileged user when the tests run as root: the program and its arguments.
    static std::pair<QString, QStringList> unprivileged(const QString &program, const QStringList &arguments);
    static bool runAsRoot();

    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_log;
    quint16 m_port = 0;
    bool m_prepared = false;
    bool m_started = false; // once: its port is its own from then on
};

class PostgresProcess : public ServiceProcess
{
public:
    // Its "postgres" database as the superuser "chatroom" (no password: trust, on loopback only).
    QString url() const;
    static constexpr const char *User = "chatroom";
    // Runs statements in the "postgres" database as that superuser (CREATE DATABASE, roles, settings);
    // false, with a warning, at the first that fails.
    bool admin(const QStringList &statements) const;

protected:
    bool prepare() override;
    QString program() const override;
    QStringList arguments() const override;
    QByteArray readyLine() const override { return "database system is ready to accept connections"; }

private:
    static QString binary(const QString &name);
};

class ValkeyProcess : public ServiceProcess
{
public:
    QString url() const;

protected:
    QString program() const override { return QStringLiteral("valkey-server"); }
    QStringList arguments() const override;
    QByteArray readyLine() const override { return "Ready to accept connections"; }
};
