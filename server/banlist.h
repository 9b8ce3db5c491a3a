// The administrator's bans (chatroom-server --admin ban …): accounts that may not log in, and addresses
// (or subnets) that may not connect. Kept in the database, so they outlast a restart and reach every node
// of a cluster; each node holds a copy to ask without a query, read again when it changes one and, in a
// cluster, every RefreshInterval.
#pragma once

#include <QHostAddress>
#include <QList>
#include <QSet>
#include <QString>
#include <chrono>
#include <optional>

class Database;

class BanList
{
public:
    enum class Kind { User, Address };
    struct Ban
    {
        Kind kind = Kind::User;
        QString value; // the canonical account name, or an address or subnet as "10.0.0.0/8"
        QString reason;
        qint64 createdMs = 0; // wall clock
    };
    static constexpr std::chrono::seconds RefreshInterval{10};

    explicit BanList(Database &db) : m_db(db) {}

    // Reads the bans from the database; false (and lastError()) when it could not, keeping the copy it had.
    bool load();
    bool isBanned(const QHostAddress &address) const;
    // By the account's canonical name; the reason (possibly empty) when it is banned.
    std::optional<QString> userBan(const QString &userKey) const;
    QList<Ban> all() const { return m_bans; }

    // value: an account's canonical name, or "ADDRESS" or "ADDRESS/PREFIX". false (and lastError()) when it
    // is not one, or could not be stored. Banning again replaces the reason.
    bool add(Kind kind, const QString &value, const QString &reason, qint64 nowMs);
    // nullopt when it could not be removed; false when there was no such ban.
    std::optional<bool> remove(Kind kind, const QString &value);
    // An address or subnet as it is stored ("10.0.0.0/8", "::1/128" for a single address), or empty.
    static QString normalisedSubnet(const QString &text);
    // An IPv4 client on a dual-stack socket arrives as ::ffff:a.b.c.d: its IPv4 address, so IPv4 bans apply.
    static QHostAddress plainAddress(const QHostAddress &address);
    QString lastError() const { return m_lastError; }

private:
    Database &m_db;
    QList<Ban> m_bans;
    QHash<QString, QString> m_users; // canonical name -> reason
    QList<std::pair<QHostAddress, int>> m_subnets;
    QString m_lastError;
};
