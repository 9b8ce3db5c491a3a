// Retention: messages older than a number of days are deleted, in the background (the server's
// retention-days, or a room's own, set with chatroom-server --admin retention ROOM DAYS). The default keeps
// everything. The messages of a room the administrator removes, and of an account deleted with its messages,
// go the same way. At most BatchSize messages are deleted per pass of the event loop, each batch one short
// transaction, so chat goes on while it runs.
#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <chrono>
#include <functional>
#include <optional>

class Database;
class RoomStore;
struct ServerStats;

class Retention : public QObject
{
    Q_OBJECT
public:
    static constexpr int BatchSize = 500;
    static constexpr std::chrono::hours SweepInterval{1};
    static constexpr std::chrono::minutes FirstSweep{1};

    // defaultDays: for rooms without their own, and for direct messages; 0 keeps them for ever.
    Retention(Database &db, RoomStore &rooms, ServerStats &stats, int defaultDays, QObject *parent = nullptr);

    void setDefaultDays(int days) { m_defaultDays = days; }
    // A room's own days (0: for ever), or nullopt for the server's. False (and lastError()) when the room does
    // not exist or it could not be stored.
    bool setRoomDays(const QString &room, std::optional<int> days);
    QString lastError() const { return m_lastError; }
    // Starts a sweep now (if none runs); sweepFinished() when it is done. A sweep also finishes removing the
    // rooms whose removal a restart interrupted.
    void sweep();
    bool isSweeping() const { return m_sweepTargets > 0; }

    // Every message of a room the administrator is removing (RoomStore::beginRemoval), in the same batches,
    // then the room itself; or every message of an account deleted with its messages (AccountRemoval).
    // done(ok, deleted) at the end; what a failure or a restart stopped, the next sweep takes up again.
    using Done = std::function<void(bool ok, qint64 deleted)>;
    void purgeRoom(const QString &room, Done done);
    void purgeSender(const QString &name, Done done);

signals:
    // ok: false when the database failed part way (what was deleted stays deleted; the next sweep goes on).
    void sweepFinished(bool ok, qint64 deleted);

private:
    enum class Kind { Room, Direct, Sender };
    struct Target
    {
        Kind kind = Kind::Room;
        QString key;         // the room, or the sender's name as registered; empty for direct messages
        qint64 cutoffMs = 0; // older than this goes
        bool removeRoom = false;
        Done done = {}; // empty for a sweep's targets
        qint64 deleted = 0;
    };
    void nextBatch();
    void finished(Target target, bool ok);
    // Deletes up to BatchSize of the target's messages: how many (*more: it may have more), or nullopt when
    // the database failed.
    std::optional<int> deleteBatch(const Target &target, bool *more);

    Database &m_db;
    RoomStore &m_rooms;
    ServerStats &m_stats;
    int m_defaultDays;
    QTimer m_interval;
    QTimer m_batch;
    QList<Target> m_todo;
    int m_sweepTargets = 0;
    qint64 m_sweepDeleted = 0;
    bool m_sweepFailed = false;
    QString m_lastError;
};
