// The administrator's console: commands read from standard input without blocking the event loop. The same
// commands reach a service through its admin socket (AdminCommands).
#pragma once

#include <QObject>
#include <QSocketNotifier>

class ChatServer;

class ConsoleCommands : public QObject
{
    Q_OBJECT
public:
    ConsoleCommands(ChatServer &server, QObject *parent = nullptr);

    struct Result
    {
        bool ok = true; // false: a usage message, an unknown command, or what was asked could not be done
        QString text;
    };
    // Runs one command line; returns what it prints.
    static Result execute(ChatServer &server, const QString &line);
    static QString helpText();

private:
    void onReadable();
    static QString describeUsers(const ChatServer &server);
    static QString describeRooms(ChatServer &server);

    ChatServer &m_server;
    QSocketNotifier m_notifier;
    QByteArray m_buffer;
};
