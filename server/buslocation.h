// The bus between server nodes (--bus, docs/SCALING.md): a Valkey (or Redis) server. As with the database,
// its password never comes from the URL but from a file or the environment.
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

struct BusLocation
{
    QString host;
    quint16 port = 6379;
    QByteArray password;

    static constexpr const char *PasswordVariable = "CHATROOM_BUS_PASSWORD";

    // url: valkey://HOST[:PORT] (redis:// too). The password: passwordFile's first line, else
    // CHATROOM_BUS_PASSWORD. nullopt and *error (a sentence) when it is not such a URL.
    static std::optional<BusLocation> parse(const QString &url, const QString &passwordFile, QString *error);
    QString describe() const; // never the password
};
