// Moves the database's WAL into the main file on a thread of its own (SQLite's "checkpoint"), instead of
// inside whichever commit passes the WAL's threshold: with a large database that copy and its fsync took
// long enough to hold up everyone's messages, and a search reading meanwhile made it come back at every
// commit. Runs a passive checkpoint each interval, which never waits for readers or blocks the writer.
#pragma once

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
    static constexpr std::chrono::milliseconds Interval{1000};

    // Turns the database's own checkpoints off (on again when this is destroyed).
    explicit Checkpointer(Database &db, QObject *parent = nullptr);
    ~Checkpointer() override;
    // Stops checkpointing and gives the database its own checkpoints back; before the database closes.
    void stop();

    // Checkpoints done, and the WAL pages they moved, for statistics and tests.
    qint64 runs() const { return m_runs; }
    qint64 pagesMoved() const { return m_pages; }

private:
    void start();

    Database &m_db;
    QThread m_thread;
    CheckpointRunner *m_runner; // lives on m_thread
    QTimer m_timer;
    bool m_running = false;
    bool m_stopped = false;
    qint64 m_runs = 0;
    qint64 m_pages = 0;
};
