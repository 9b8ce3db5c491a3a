// The admin socket of a running server: a local socket (QLocalServer) open to the server's user and root
// only, where `chatroom-server --admin COMMAND` sends one command line and reads the answer: "OK" or "ERROR"
// on the first line, then the text.
#pragma once

#include <QLocalServer>
#include <QObject>
#include <chrono>

class AdminCommands;
class QLocalSocket;

class AdminSocket : public QObject
{
    Q_OBJECT
public:
    // A command line longer than this is refused; so is a connection beyond MaxConnections at once, and one
    // that has not sent its line within LineTimeout.
    static constexpr qsizetype MaxLineBytes = 4096;
    static constexpr int MaxConnections = 8;
    static constexpr std::chrono::seconds LineTimeout{10};

    explicit AdminSocket(AdminCommands &commands, QObject *parent = nullptr);
    ~AdminSocket() override;

    // Listens at path (its directory made if missing). A socket file left by a server that is gone is
    // replaced; one that a running server answers on is not (false, and why).
    bool listen(const QString &path, QString *error);
    QString path() const { return m_server.fullServerName(); }

private:
    void onNewConnection();
    void onReadable(QLocalSocket *socket);
    static void answer(QLocalSocket *socket, bool ok, const QString &text);

    AdminCommands &m_commands;
    QLocalServer m_server;
    int m_open = 0;
};
