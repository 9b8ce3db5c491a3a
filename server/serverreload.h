// Reads the settings again while the server runs (SIGHUP, or the admin's "reload"): the settings file and
// the command line it was started with, and the TLS certificate. What may change at once does; what needs a
// restart is said in the log; bad settings change nothing.
#pragma once

#include <QObject>
#include <QSslCertificate>
#include <QStringList>

class ChatServer;

class ServerReload : public QObject
{
    Q_OBJECT
public:
    ServerReload(const QStringList &arguments, ChatServer &server, QObject *parent = nullptr);

    // What happened, in sentences for the log and the admin.
    QString reload();

signals:
    void certificateLoaded(const QSslCertificate &certificate);

private:
    QStringList m_arguments;
    ChatServer &m_server;
};
