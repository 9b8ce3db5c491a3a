// The administrator's console: commands read from standard input without blocking the event loop.
#pragma once

#include <QObject>
#include <QSocketNotifier>

class ChatServer;

class ConsoleCommands : public QObject
{
    Q_OBJECT
public:
    ConsoleCommands(ChatServer &server, QObject *parent = nullptr);

    // Runs one command line; returns what it prints.
    QString execute(const QString &line);

private:
    void onReadable();
    QString describeUsers() const;
    QString describeRooms() const;

    ChatServer &m_server;
    QSocketNotifier m_notifier;
    QByteArray m_buffer;
};
