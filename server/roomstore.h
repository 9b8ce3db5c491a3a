// The rooms that outlast their members, in the server's database: who created each, its topic, whether it
// is invite only, and the invitations to it.
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

class Database;

struct RoomRecord
{
    QString name;
    qint64 ownerId = 0; // 0: nobody (the lobby, rooms from before owners were kept)
    bool isPrivate = false;
    QString topic;
    QString topicBy;
    qint64 topicTs = 0;
    QString owner;         // the owner's name as registered; empty when nobody owns it
    bool removing = false; // the administrator removed it; it is gone once its messages are
};

class RoomStore
{
public:
    explicit RoomStore(Database &db) : m_db(db) {}

    // The room, if anyone ever joined it.
    std::optional<RoomRecord> find(const QString &room);
    // Creates it (owned by ownerId) unless it exists; returns it as it is now.
    std::optional<RoomRecord> findOrCreate(const QString &room, qint64 ownerId, bool isPrivate);
    bool setTopic(const QString &room, const QString &text, const QString &by, qint64 ts);
    // The administrator's: a room owned by ownerId (0: nobody). Whether it is new (false: it exists); nullopt on
    // error.
    std::optional<bool> create(const QString &room, qint64 ownerId, bool isPrivate);
    // The administrator removes a room: in one transaction it is marked removing (nobody may join it) and its
    // memberships, invitations, read positions and mentions go. Its messages go in the background (Retention),
    // then finishRemoval() deletes it. Whether it was there to remove; nullopt on error.
    std::optional<bool> beginRemoval(const QString &room);
    // Once its messages are gone: what other nodes added meanwhile, and the room. False when messages are there
    // again (another node stored some before it heard of the removal): delete them, then finish.
    std::optional<bool> finishRemoval(const QString &room);
    // Every room, by name, with how many accounts are in it (online or not); nullopt on error.
    struct Overview
    {
        QString name;
        qint64 members = 0;
        bool isPrivate = false;
        bool removing = false;
    };
    std::optional<QList<Overview>> overview();

    // Whether the invitation is new (false: it was there already); nullopt on error.
    std::optional<bool> invite(const QString &room, qint64 userId, const QString &by, qint64 ts);
    bool isMember(const QString &room, qint64 userId);
    bool isInvited(const QString &room, qint64 userId);
    bool dropInvite(const QString &room, qint64 userId);

    // The numbers of a room's messages (docs/SCALING.md: 1, 2, 3 … in the order they were stored): the
    // newest (0: none yet), and the messages numbered after `after` up to `upTo` (to the newest when not
    // given), at most `limit`, in order, as (number, id). Ids rise with the numbers within a room, so a
    // range of numbers is a range of ids. nullopt: it could not be read.
    std::optional<qint64> newestNumber(const QString &room);
    struct Numbered
    {
        qint64 seq = 0;
        qint64 id = 0;
    };
    std::optional<QList<Numbered>> numbered(const QString &room, qint64 after, std::optional<qint64> upTo, int limit);

    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase connection() const;

    Database &m_db;
    QString m_lastError;
};
