// The commands of a running server's admin socket (chatroom-server --admin COMMAND): the console's, and
// what only an administrator of a service needs: bans, a password reset, reading the settings again, rooms
// made and removed, accounts deleted.
#pragma once

#include <QObject>
#include <QString>
#include <functional>

class ChatServer;
class ServerReload;

class AdminCommands : public QObject
{
    Q_OBJECT
public:
    AdminCommands(ChatServer &server, ServerReload &reload, QObject *parent = nullptr);

    // Runs one command line. `done` gets whether it succeeded and what to print, at once or (a password hash)
    // later on the event loop; never if `context` is destroyed first.
    void run(const QString &line, QObject *context, const std::function<void(bool ok, const QString &text)> &done);

    static QString helpText();
    // Characters of a password made by reset-password.
    static constexpr int ResetPasswordLength = 16;
    // The most a room's retention may be, as the retention-days setting's (a hundred years).
    static constexpr int MaxRetentionDays = 36'500;

private:
    using Done = std::function<void(bool ok, const QString &text)>;
    void ban(const QStringList &words, const QString &reason, const Done &done);
    void unban(const QStringList &words, const Done &done);
    QString listBans() const;
    void resetPassword(const QString &name, QObject *context, const Done &done);
    void retention(const QStringList &words, QObject *context, const Done &done);
    void createRoom(const QStringList &words, const Done &done);
    void removeRoom(const QStringList &words, const Done &done);
    void deleteUser(const QStringList &words, const Done &done);

    ChatServer &m_server;
    ServerReload &m_reload;
};
