// Retention: messages older than a number of days are deleted, in the background (the server's
// retention-days, or a room's own, set with chatroom-server --admin retention ROOM DAYS). The default keeps
// everything. A sweep deletes at most BatchSize messages per pass of the event loop, each batch one short
// transaction, so chat goes on while it runs.
#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <chrono>
#include <optional>

class Database;
struct ServerStats;

class Retention : public QObject
{
    Q_OBJECT
public:
    static constexpr int BatchSize = 500;
    static constexpr std::chrono::hours SweepInterval{1};
    static constexpr std::chrono::minutes FirstSweep{1};

    // defaultDays: for rooms without their own, and for direct messages; 0 keeps them for ever.
    Retention(Database &db, ServerStats &stats, int defaultDays, QObject *parent = nullptr);

    void setDefaultDays(int days) { m_defaultDays = days; }
    // A room's own days (0: for ever), or nullopt for the server's. False (and lastError()) when the room does
    // not exist or it could not be stored.
    bool setRoomDays(const QString &room, std::optional<int> days);
    QString lastError() const { return m_lastError; }
    // Starts a sweep now (if none runs); sweepFinished() when it is done.
    void sweep();
    bool isSweeping() const { return !m_todo.isEmpty(); }

signals:
    // ok: false when the database failed part way (what was deleted stays deleted; the next sweep goes on).
    void sweepFinished(bool ok, qint64 deleted);

private:
    struct Target
    {
        std::optional<QString> room; // nullopt: direct messages
        qint64 cutoffMs = 0;         // older than this goes
    };
    void nextBatch();
    // Deletes up to BatchSize of the target's messages; how many, or nullopt when the database failed.
    std::optional<int> deleteBatch(const Target &target);

    Database &m_db;
    ServerStats &m_stats;
    int m_defaultDays;
    QTimer m_interval;
    QTimer m_batch;
    QList<Target> m_todo;
    qint64 m_deleted = 0;
    bool m_failed = false;
    QString m_lastError;
};
