// RoomSequencer, which puts each room's messages from the bus back in the database's order: in order they
// pass; duplicates are dropped; a gap that closes by itself asks nothing; one that does not is asked of the
// database, and what it lacks is skipped; too much waiting behind a gap goes to the database at once; a
// resync asks for every room's end; a slot that forgets the room mid-release is safe; and a shuffled,
// lossy, duplicating stream with a database answering the gaps comes out whole, once, in order.
#include "roomsequencer.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestRoomSequencer : public QObject
{
    Q_OBJECT
private slots:
    void inOrderPassesAndDuplicatesDrop();
    void aGapThatClosesItselfAsksNothing();
    void aGapIsAskedOfTheDatabase();
    void whatTheDatabaseLacksIsSkipped();
    void tooMuchWaitingGoesToTheDatabase();
    void aResyncAsksForEveryRoomsEnd();
    void forgettingTheRoomMidReleaseIsSafe();
    void aLossyShuffledStreamComesOutWhole();
};

namespace {
QByteArray text(qint64 seq)
{
    return "message "_ba + QByteArray::number(seq);
}

QList<qint64> numbers(const QSignalSpy &spy)
{
    QList<qint64> out;
    for (const QList<QVariant> &args : spy)
        out << args.at(1).toLongLong();
    return out;
}
} // namespace

void TestRoomSequencer::inOrderPassesAndDuplicatesDrop()
{
    RoomSequencer s;
    QSignalSpy out(&s, &RoomSequencer::delivered);
    s.start(u"lobby"_s, 10);
    s.offer(u"lobby"_s, 11, text(11));
    s.offer(u"lobby"_s, 12, text(12));
    s.offer(u"lobby"_s, 12, text(12));   // again
    s.offer(u"lobby"_s, 5, text(5));     // long passed
    s.offer(u"elsewhere"_s, 1, text(1)); // a room this node does not follow
    QCOMPARE(numbers(out), (QList<qint64>{11, 12}));
    QCOMPARE(out.at(1).at(2).toByteArray(), text(12));
    QCOMPARE(s.lastDelivered(u"lobby"_s), 12);
}

void TestRoomSequencer::aGapThatClosesItselfAsksNothing()
{
    RoomSequencer s;
    QSignalSpy out(&s, &RoomSequencer::delivered);
    QSignalSpy asked(&s, &RoomSequencer::gap);
    s.start(u"lobby"_s, 0);
    s.offer(u"lobby"_s, 1, text(1));
    s.offer(u"lobby"_s, 3, text(3)); // two nodes' publishes overtook each other
    s.offer(u"lobby"_s, 3, text(3)); // and a duplicate of the waiting one
    QCOMPARE(numbers(out), (QList<qint64>{1}));
    QTest::qWait(int(RoomSequencer::GapWait.count()) / 2); // the gap's timer runs meanwhile
    s.offer(u"lobby"_s, 2, text(2));
    QCOMPARE(numbers(out), (QList<qint64>{1, 2, 3}));
    QTest::qWait(int(RoomSequencer::GapWait.count()) * 2);
    QVERIFY(asked.isEmpty());
}

void TestRoomSequencer::aGapIsAskedOfTheDatabase()
{
    RoomSequencer s;
    QSignalSpy out(&s, &RoomSequencer::delivered);
    QSignalSpy asked(&s, &RoomSequencer::gap);
    s.start(u"lobby"_s, 0);
    for (qint64 seq : {1, 2, 4, 5})
        s.offer(u"lobby"_s, seq, text(seq));
    QCOMPARE(numbers(out), (QList<qint64>{1, 2}));
    QVERIFY(asked.wait(int(RoomSequencer::GapWait.count()) * 5));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.at(0).at(1).toLongLong(), 2); // after 2
    QCOMPARE(asked.at(0).at(2).toLongLong(), 3); // up to 3
    s.offer(u"lobby"_s, 3, text(3));             // the database's answer
    s.filled(u"lobby"_s, 3);
    QCOMPARE(numbers(out), (QList<qint64>{1, 2, 3, 4, 5}));
    // Nothing more is asked once it is whole.
    QTest::qWait(int(RoomSequencer::GapWait.count()) * 2);
    QCOMPARE(asked.size(), 1);
}

void TestRoomSequencer::whatTheDatabaseLacksIsSkipped()
{
    RoomSequencer s;
    QSignalSpy out(&s, &RoomSequencer::delivered);
    QSignalSpy asked(&s, &RoomSequencer::gap);
    s.start(u"lobby"_s, 0);
    for (qint64 seq : {1, 4, 5})
        s.offer(u"lobby"_s, seq, text(seq));
    QVERIFY(asked.wait(int(RoomSequencer::GapWait.count()) * 5));
    s.offer(u"lobby"_s, 2, text(2));
    s.filled(u"lobby"_s, 3); // it had 2, not 3
    QCOMPARE(numbers(out), (QList<qint64>{1, 2, 4, 5}));
    QCOMPARE(s.lastDelivered(u"lobby"_s), 5);

    // A hole before what the database has: what it has still goes out, in order.
    RoomSequencer t;
    QSignalSpy tOut(&t, &RoomSequencer::delivered);
    t.start(u"lobby"_s, 0);
    for (qint64 seq : {1, 4, 5})
        t.offer(u"lobby"_s, seq, text(seq));
    t.offer(u"lobby"_s, 3, text(3)); // the answer: it lacks 2, has 3
    t.filled(u"lobby"_s, 3);
    QCOMPARE(numbers(tOut), (QList<qint64>{1, 3, 4, 5}));
}

void TestRoomSequencer::tooMuchWaitingGoesToTheDatabase()
{
    RoomSequencer s;
    QSignalSpy out(&s, &RoomSequencer::delivered);
    QSignalSpy asked(&s, &RoomSequencer::gap);
    s.start(u"lobby"_s, 0);
    const qint64 newest = RoomSequencer::MaxWaiting + 2;
    for (qint64 seq = 2; seq <= newest; ++seq) // 1 never comes on the bus
        s.offer(u"lobby"_s, seq, text(seq));
    QCOMPARE(asked.size(), 1); // at once, not after GapWait
    QCOMPARE(asked.at(0).at(1).toLongLong(), 0);
    QCOMPARE(asked.at(0).at(2).toLongLong(), newest);
    QVERIFY(out.isEmpty());
    for (qint64 seq = 1; seq <= newest; ++seq)
        s.offer(u"lobby"_s, seq, text(seq));
    s.filled(u"lobby"_s, newest);
    QCOMPARE(out.size(), int(newest));
    QCOMPARE(numbers(out).constLast(), newest);
}

void TestRoomSequencer::aResyncAsksForEveryRoomsEnd()
{
    RoomSequencer s;
    QSignalSpy asked(&s, &RoomSequencer::gap);
    s.start(u"lobby"_s, 7);
    s.start(u"design"_s, 0);
    s.resync();
    QCOMPARE(asked.size(), 2);
    for (const QList<QVariant> &args : std::as_const(asked)) {
        QCOMPARE(args.at(1).toLongLong(), s.lastDelivered(args.at(0).toString()));
        QCOMPARE(args.at(2).toLongLong(), -1);
    }
    // An answer for one room; the other's question is asked again once AskAgain has passed.
    s.filled(u"lobby"_s, 7);
    QTRY_VERIFY_WITH_TIMEOUT(asked.size() >= 3, int(RoomSequencer::AskAgain.count()) * 3);
    QCOMPARE(asked.at(2).at(0).toString(), u"design"_s);
    QCOMPARE(asked.at(2).at(2).toLongLong(), -1);
}

void TestRoomSequencer::forgettingTheRoomMidReleaseIsSafe()
{
    RoomSequencer s;
    s.start(u"lobby"_s, 0);
    for (qint64 seq : {2, 3, 4})
        s.offer(u"lobby"_s, seq, text(seq));
    QList<qint64> seen;
    connect(&s, &RoomSequencer::delivered, this, [&](const QString &room, qint64 seq) {
        seen << seq;
        if (seq == 2)
            s.forget(room); // the last member left: the room goes while its messages are being passed on
    });
    s.offer(u"lobby"_s, 1, text(1));
    QCOMPARE(seen, (QList<qint64>{1, 2}));
    QVERIFY(!s.follows(u"lobby"_s));
}

void TestRoomSequencer::aLossyShuffledStreamComesOutWhole()
{
    // 5,000 messages in 3 rooms; the bus loses 10 %, brings 10 % twice and swaps neighbours; the database
    // (all of them, as stored) answers every gap.
    QRandomGenerator random(20261203);
    const QStringList rooms{u"a"_s, u"b"_s, u"c"_s};
    QHash<QString, QList<qint64>> stored;
    QList<std::pair<QString, qint64>> bus;
    for (int i = 0; i < 5000; ++i) {
        const QString &room = rooms.at(random.bounded(3));
        const qint64 seq = stored[room].size() + 1;
        stored[room] << seq;
        const int fate = random.bounded(10);
        if (fate != 0)
            bus.append({room, seq});
        if (fate == 1)
            bus.append({room, seq});
    }
    for (qsizetype i = 0; i + 1 < bus.size(); i += 7)
        bus.swapItemsAt(i, i + 1);

    RoomSequencer s;
    QHash<QString, QList<qint64>> out;
    connect(&s, &RoomSequencer::delivered, this, [&](const QString &room, qint64 seq, const QByteArray &message) {
        QCOMPARE(message, text(seq));
        out[room] << seq;
    });
    connect(&s, &RoomSequencer::gap, this, [&](const QString &room, qint64 after, qint64 upTo) {
        // The database's answer, from the event loop as a real query's would come.
        QTimer::singleShot(5, &s, [&, room, after, upTo] {
            const qint64 end = upTo < 0 ? stored[room].size() : upTo;
            for (qint64 seq = after + 1; seq <= end; ++seq)
                s.offer(room, seq, text(seq));
            s.filled(room, end);
        });
    });
    for (const QString &room : rooms)
        s.start(room, 0);
    for (const auto &[room, seq] : std::as_const(bus))
        s.offer(room, seq, text(seq));
    s.resync(); // the bus's end: the last messages of a room may have been among the lost
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const QString &room : rooms) {
                if (out.value(room) != stored.value(room))
                    return false;
            }
            return true;
        }(),
        10'000);
}

QTEST_GUILESS_MAIN(TestRoomSequencer)
#include "tst_server_roomsequencer.moc"
