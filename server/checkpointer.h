// Moves the database's WAL into the main file on a thread of its own (SQLite's "checkpoint"), instead of
// inside whichever commit passes the WAL's threshold: with a large database that copy and its fsync took
// long enough to hold up everyone's messages, and a search reading meanwhile made it come back at every
// commit. Runs a passive checkpoint, which never waits for readers or blocks the writer, every MaxWait or
// once the WAL passes WalBytes, whichever comes first. Not more often: each checkpoint makes the next
// commit start the WAL over, and that commit syncs the WAL's new header on the server's thread (11-62 ms
// on a disk busy with uploads). The database also keeps its WAL no longer than a cycle's frames
// (journal_size_limit), so that a cycle never writes into old pages the kernel has dropped from memory:
// such a write read them back first, behind the uploads' writes (20-98 ms).
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QThread>
#include <QTimer>
#include <chrono>

class Database;
class CheckpointRunner;

class Checkpointer : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds Interval{1000}; // how often the WAL's size is looked at
    static constexpr std::chrono::milliseconds MaxWait{10'000};
    static constexpr qint64 WalBytes = 16 * 1024 * 1024;

    // Turns the database's own checkpoints off (on again when this is destroyed). maxWait: MaxWait but in
    // tests.
    explicit Checkpointer(Database &db, std::chrono::milliseconds maxWait = MaxWait, QObject *parent = nullptr);
    ~Checkpointer() override;
    // Stops checkpointing and gives the database its own checkpoints back; before the database closes.
    void stop();

    // Checkpoints done, and the WAL pages they moved, for statistics and tests.
    qint64 runs() const { return m_runs; }
    qint64 pagesMoved() const { return m_pages; }

private:
    void onTick();
    void start();

    Database &m_db;
    QThread m_thread;
    CheckpointRunner *m_runner; // lives on m_thread
    QTimer m_timer;
    QString m_walFile;
    std::chrono::milliseconds m_maxWait;
    QElapsedTimer m_sinceLast;
    bool m_running = false;
    bool m_stopped = false;
    qint64 m_runs = 0;
    qint64 m_pages = 0;
};
