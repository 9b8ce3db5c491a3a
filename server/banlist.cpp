#include "banlist.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

QString kindName(BanList::Kind kind)
{
    return kind == BanList::Kind::User ? u"user"_s : u"address"_s;
}

} // namespace

QString BanList::normalisedSubnet(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.contains(u'/')) {
        const QHostAddress single = plainAddress(QHostAddress(trimmed)); // the client's address as the server sees it
        if (single.isNull())
            return {};
        const bool v4 = single.protocol() == QAbstractSocket::IPv4Protocol;
        return u"%1/%2"_s.arg(single.toString()).arg(v4 ? 32 : 128);
    }
    const auto subnet = QHostAddress::parseSubnet(trimmed);
    if (subnet.first.isNull())
        return {};
    return u"%1/%2"_s.arg(subnet.first.toString()).arg(subnet.second);
}

bool BanList::load()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT kind, value, reason, created_ms FROM bans ORDER BY created_ms"_s)) {
        m_lastError = q.lastError().text();
        return false;
    }
    QList<Ban> bans;
    QHash<QString, QString> users;
    QList<std::pair<QHostAddress, int>> subnets;
    while (q.next()) {
        const Kind kind = q.value(0).toString() == "user"_L1 ? Kind::User : Kind::Address;
        bans.append(Ban{kind, q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()});
        if (kind == Kind::User)
            users.insert(bans.constLast().value, bans.constLast().reason);
        else if (const auto subnet = QHostAddress::parseSubnet(bans.constLast().value); !subnet.first.isNull())
            subnets.append(subnet);
    }
    m_bans = bans;
    m_users = users;
    m_subnets = subnets;
    return true;
}

QHostAddress BanList::plainAddress(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

bool BanList::isBanned(const QHostAddress &address) const
{
    const QHostAddress plain = plainAddress(address);
    for (const auto &subnet : m_subnets)
        if (plain.isInSubnet(subnet))
            return true;
    return false;
}

std::optional<QString> BanList::userBan(const QString &userKey) const
{
    const auto it = m_users.constFind(userKey);
    if (it == m_users.cend())
        return std::nullopt;
    return *it;
}

bool BanList::add(Kind kind, const QString &value, const QString &reason, qint64 nowMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO bans (kind, value, reason, created_ms) VALUES (?, ?, ?, ?) ON CONFLICT (kind, value) "
              "DO UPDATE SET reason = excluded.reason, created_ms = excluded.created_ms"_s);
    q.addBindValue(kindName(kind));
    q.addBindValue(value);
    q.addBindValue(reason.isNull() ? u""_s : reason); // a null QString binds as NULL
    q.addBindValue(nowMs);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return load();
}

std::optional<bool> BanList::remove(Kind kind, const QString &value)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM bans WHERE kind = ? AND value = ?"_s);
    q.addBindValue(kindName(kind));
    q.addBindValue(value);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    const bool removed = q.numRowsAffected() > 0;
    if (!load())
        return std::nullopt;
    return removed;
}
