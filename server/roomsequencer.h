// Each room's messages in sequence order, whatever the bus between nodes does (issue 17,
// docs/SCALING.md): the database gives every message of a room the next number when it stores it, and a
// node passes a room's messages on to its clients in that order, each once. The bus may drop some (a node
// or the bus restarted, a publisher died between its commit and its publish), deliver some late, or bring
// one again that the database already filled in. So: a message whose number follows the last one passed
// on goes out, with those waiting behind it; one at or below it is a duplicate and is dropped; one beyond
// waits while its gap may still close by itself (GapWait), then the gap is asked of the database (gap())
// and, once the answer was offered, filled() skips whatever the database did not have either (a message
// deleted for good; numbering in the storing transaction leaves no holes of its own). A question not
// answered within AskAgain is asked again.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QTimer>
#include <chrono>

class RoomSequencer : public QObject
{
    Q_OBJECT
public:
    // Messages waiting behind a gap, per room: more, and they are dropped and asked of the database with
    // the gap (a bus far ahead of the database's answers must not fill memory).
    static constexpr int MaxWaiting = 1000;
    // How long a gap may close by itself (two nodes' publishes overtaking each other) before the database is
    // asked, and how long an answer may take before it is asked again. The wait is counted in GapTicks passes
    // of the event loop GapWait / GapTicks apart, not in wall time: a node whose loop is held up (storing a
    // burst of messages) reads the bus between them, and the message it waits for is often there unread.
    static constexpr std::chrono::milliseconds GapWait{200};
    static constexpr int GapTicks = 4;
    static constexpr std::chrono::milliseconds AskAgain{2000};

    explicit RoomSequencer(QObject *parent = nullptr);

    // A room this node delivers, from the last number its clients have (the room's newest when the node
    // joined it).
    void start(const QString &room, qint64 lastDelivered);
    void forget(const QString &room);
    bool follows(const QString &room) const { return m_rooms.contains(room); }
    qint64 lastDelivered(const QString &room) const;

    // A message of a room, from the bus or from the database's answer to gap(). Rooms not started are
    // ignored.
    void offer(const QString &room, qint64 seq, const QByteArray &message);
    // The database's answer to gap(room, after, upTo) was offered: numbers up to upTo it did not have are
    // skipped (none are left to wait for).
    void filled(const QString &room, qint64 upTo);
    // The bus was away: any room may have missed messages at its end, where no later one shows the gap.
    // Every room asks the database for what follows its last number (gap() with upTo -1).
    void resync();
    // The same for one room: its channel listens again (or for the first time), so whatever was published
    // before that is asked of the database.
    void catchUp(const QString &room) { ask(room, -1); }

signals:
    void delivered(const QString &room, qint64 seq, const QByteArray &message);
    // Ask the database for the room's messages numbered after `after` up to `upTo` (-1: all that follow).
    void gap(const QString &room, qint64 after, qint64 upTo);

private:
    struct Room
    {
        qint64 last = 0;
        QMap<qint64, QByteArray> waiting; // by number, beyond the gap
        int gapTicks = 0;                 // checks since the gap began (while waiting is not empty)
        QElapsedTimer asked;              // since the database was asked (invalid: not asked, or answered)
        qint64 askedUpTo = 0;             // what was asked (-1: all that follows)
    };
    // Passes on what follows the room's last number (a signal may re-enter: no iterator is held across it).
    void release(const QString &room);
    void checkGaps();
    void ask(const QString &room, qint64 upTo);

    QHash<QString, Room> m_rooms;
    QTimer m_tick; // runs while a room waits
};
