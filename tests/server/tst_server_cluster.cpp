// Three chatroom-server nodes on one PostgreSQL and one Valkey, all started by the test on loopback
// (issue 17, docs/SCALING.md), and the messages between them: room messages reach the members on every node,
// each once, in one order for everyone, also for a node that joins a room mid-traffic; direct messages, edits
// and notices cross nodes; a restart of the bus mid-traffic loses and doubles nothing (the gaps are filled
// from the database); one of the database fails requests clearly and loses nothing acknowledged; a node
// that cannot reach the bus does not start. The nodes themselves: tst_server_clusternodes.
#include "threenodes.h"

#include <QTest>
#include <QtCrypto>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

class TestCluster : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void roomMessagesReachEveryNodeInOneOrder();
    void directMessagesEditsAndNoticesCrossNodes();
    void aBusRestartLosesAndDoublesNothing();
    void aDatabaseRestartFailsClearlyAndLosesNothing();
    void aNodeJoiningARoomMidTrafficMissesNothing();
    void aNodeThatCannotReachTheBusDoesNotStart();
    void cleanupTestCase();

private:
    QCA::Initializer m_qca;
    ThreeNodes m_cluster;
};

void TestCluster::initTestCase()
{
    if (ServerProcess::onPostgres())
        QSKIP("this test starts its own PostgreSQL");
    QByteArray why;
    QVERIFY2(m_cluster.start(&why), why.constData());
}

void TestCluster::cleanupTestCase()
{
    m_cluster.stop();
}

void TestCluster::roomMessagesReachEveryNodeInOneOrder()
{
    std::array<std::unique_ptr<TestClient>, 3> people{m_cluster.client(0, u"alice"_s), m_cluster.client(1, u"bob"_s),
                                                      m_cluster.client(2, u"carol"_s)};
    for (auto &p : people)
        QVERIFY(p);
    QTest::qWait(300); // every node listens to the lobby's channel
    constexpr int Each = 40;
    for (int i = 0; i < Each; ++i) {
        for (int n = 0; n < 3; ++n)
            people[n]->send(Msg::Say{u"lobby"_s, u"m %1 %2"_s.arg(n).arg(i), i, false});
    }
    std::array<QList<Msg::ChatMessage>, 3> seen;
    QDeadlineTimer deadline(30'000);
    while (!deadline.hasExpired() &&
           std::any_of(seen.cbegin(), seen.cend(), [](const auto &s) { return s.size() < 3 * Each; })) {
        QTest::qWait(20);
        for (int n = 0; n < 3; ++n)
            seen[n] += ThreeNodes::taken(*people[n], u"lobby"_s);
    }
    QTest::qWait(300); // and nothing more (no doubles) comes
    for (int n = 0; n < 3; ++n) {
        seen[n] += ThreeNodes::taken(*people[n], u"lobby"_s);
        QCOMPARE(seen[n].size(), 3 * Each);
    }
    QList<qint64> order;
    for (const Msg::ChatMessage &m : std::as_const(seen[0]))
        order << m.id;
    QVERIFY(std::is_sorted(order.cbegin(), order.cend()));
    for (int n = 1; n < 3; ++n) {
        QList<qint64> other;
        for (const Msg::ChatMessage &m : std::as_const(seen[n]))
            other << m.id;
        QCOMPARE(other, order); // one order for everyone, whichever node they are on
    }
}

void TestCluster::directMessagesEditsAndNoticesCrossNodes()
{
    auto alice = m_cluster.client(0, u"alice"_s, u"desk"_s);
    auto bob = m_cluster.client(1, u"bob"_s, u"desk"_s);
    auto alicePhone = m_cluster.client(2, u"alice"_s, u"phone"_s);
    QVERIFY(alice && bob && alicePhone);
    QTest::qWait(300);
    alice->send(Msg::Whisper{u"bob"_s, u"across the cluster"_s, 1, false});
    QVERIFY(alice->waitFor<Msg::Ack>());
    const auto got = bob->waitFor<Msg::PrivateMessage>(5000);
    QVERIFY(got);
    QCOMPARE(got->text, u"across the cluster"_s);
    QVERIFY(alicePhone->waitFor<Msg::PrivateMessage>(5000)); // the sender's other device, on a third node

    // Bob joins a room alice is in: she hears of it, on her node.
    alice->send(Msg::Join{u"dev"_s});
    QVERIFY(alice->waitFor<Msg::Joined>(5000, [](const Msg::Joined &j) { return j.room == "dev"_L1; }));
    QTest::qWait(300);
    bob->send(Msg::Join{u"dev"_s});
    QVERIFY(bob->waitFor<Msg::Joined>(5000, [](const Msg::Joined &j) { return j.room == "dev"_L1; }));
    QVERIFY(alice->waitFor<Msg::Notice>(5000, [](const Msg::Notice &n) {
        return n.event == Msg::NoticeEvent::Join && n.user == std::optional<QString>(u"bob"_s);
    }));
    // An edit reaches the readers on the other nodes.
    bob->send(Msg::Say{u"dev"_s, u"tpyo"_s, 2, false});
    const auto ack = bob->waitFor<Msg::Ack>();
    QVERIFY(ack);
    QVERIFY(alice->waitFor<Msg::ChatMessage>(5000, [](const Msg::ChatMessage &m) { return m.text == "tpyo"_L1; }));
    bob->send(Msg::Edit{ack->id, u"typo"_s});
    QVERIFY(alice->waitFor<Msg::Edited>(
        5000, [&](const Msg::Edited &e) { return e.place.id == ack->id && e.text == "typo"_L1; }));
}

void TestCluster::aBusRestartLosesAndDoublesNothing()
{
    auto writer = m_cluster.client(0, u"writer"_s);
    auto reader = m_cluster.client(1, u"reader"_s);
    QVERIFY(writer && reader);
    writer->send(Msg::Join{u"busy"_s});
    reader->send(Msg::Join{u"busy"_s});
    QVERIFY(writer->waitFor<Msg::Joined>(5000, [](const Msg::Joined &j) { return j.room == "busy"_L1; }));
    QVERIFY(reader->waitFor<Msg::Joined>(5000, [](const Msg::Joined &j) { return j.room == "busy"_L1; }));
    QTest::qWait(300);
    QSet<qint64> acked;
    for (int i = 0; i < 150; ++i) {
        writer->send(Msg::Say{u"busy"_s, u"b %1"_s.arg(i), i, false});
        if (i == 50)
            m_cluster.bus().kill(); // everything in flight on the bus is gone, and so is every subscription
        if (i == 100)
            QVERIFY(m_cluster.bus().start());
        QTest::qWait(10);
        while (const auto a = writer->waitFor<Msg::Ack>(0))
            acked.insert(a->id);
    }
    while (const auto a = writer->waitFor<Msg::Ack>(500))
        acked.insert(a->id);
    QCOMPARE(acked.size(), 150); // the database was there all along
    QList<qint64> seen;
    QDeadlineTimer deadline(20'000);
    while (seen.size() < 150 && !deadline.hasExpired()) {
        QTest::qWait(50);
        for (const Msg::ChatMessage &m : ThreeNodes::taken(*reader, u"busy"_s))
            seen << m.id;
    }
    QTest::qWait(500);
    for (const Msg::ChatMessage &m : ThreeNodes::taken(*reader, u"busy"_s))
        seen << m.id;
    QCOMPARE(seen.size(), 150);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QCOMPARE(QSet<qint64>(seen.cbegin(), seen.cend()), acked);
}

void TestCluster::aDatabaseRestartFailsClearlyAndLosesNothing()
{
    auto alice = m_cluster.client(0, u"alice"_s);
    auto bob = m_cluster.client(1, u"bob"_s);
    auto reader = m_cluster.client(2, u"reader"_s);
    QVERIFY(alice && bob && reader);
    for (TestClient *c : {alice.get(), bob.get(), reader.get()}) {
        c->send(Msg::Join{u"outage"_s});
        QVERIFY(c->waitFor<Msg::Joined>(5000, [](const Msg::Joined &j) { return j.room == "outage"_L1; }));
    }
    QSet<qint64> acked;
    alice->send(Msg::Say{u"outage"_s, u"before"_s, 1, false});
    const auto before = alice->waitFor<Msg::Ack>();
    QVERIFY(before);
    acked << before->id;

    m_cluster.postgres().kill();
    // Refused with a clear error on every node, and the sessions go on.
    for (TestClient *c : {alice.get(), bob.get()}) {
        c->send(Msg::Say{u"outage"_s, u"during"_s, 2, false});
        const auto refused = c->waitFor<Msg::ErrorReply>(10'000, [](const Msg::ErrorReply &e) { return e.ref == 2; });
        QVERIFY(refused && refused->code == "server_error"_L1);
        QVERIFY(c->isConnected());
    }
    QVERIFY(m_cluster.postgres().start());
    // Each node connects again within its back-off (Database::MaxRetryMs); then all of it is stored again.
    qint64 ref = 10;
    for (TestClient *c : {alice.get(), bob.get(), alice.get(), bob.get()}) {
        std::optional<Msg::Ack> ack;
        for (QDeadlineTimer deadline(20'000); !ack && !deadline.hasExpired();) {
            c->send(Msg::Say{u"outage"_s, u"after %1"_s.arg(++ref), ref, false});
            QTRY_VERIFY_WITH_TIMEOUT_NOFAIL(
                (ack = c->waitFor<Msg::Ack>(0, [&](const Msg::Ack &a) { return a.ref == ref; })) ||
                    c->has<Msg::ErrorReply>([&](const Msg::ErrorReply &e) { return e.ref == ref; }),
                5000);
            if (!ack)
                QTest::qWait(250);
        }
        QVERIFY2(ack, m_cluster.node(0).errors().right(2000).constData());
        acked << ack->id;
    }
    // The reader on the third node got every acknowledged message once, in the room's order, and nothing else.
    QList<qint64> seen;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const Msg::ChatMessage &m : ThreeNodes::taken(*reader, u"outage"_s))
                seen << m.id;
            return seen.size() >= acked.size();
        }(),
        10'000);
    QTest::qWait(300);
    for (const Msg::ChatMessage &m : ThreeNodes::taken(*reader, u"outage"_s))
        seen << m.id;
    QCOMPARE(seen.size(), acked.size());
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QCOMPARE(QSet<qint64>(seen.cbegin(), seen.cend()), acked);
}

void TestCluster::aNodeJoiningARoomMidTrafficMissesNothing()
{
    // The reader's node has nobody in the room until the reader joins, in the middle of the writer's burst:
    // from the first message it gets live, it gets every later one, in order, once.
    auto writer = m_cluster.client(0, u"streamer"_s);
    auto reader = m_cluster.client(1, u"latecomer"_s);
    QVERIFY(writer && reader);
    writer->send(Msg::Join{u"stream"_s});
    QVERIFY(writer->waitFor<Msg::Joined>(5000, [](const Msg::Joined &j) { return j.room == "stream"_L1; }));
    QList<qint64> acked;
    for (int i = 0; i < 120; ++i) {
        writer->send(Msg::Say{u"stream"_s, u"s %1"_s.arg(i), i, false});
        if (i == 40)
            reader->send(Msg::Join{u"stream"_s}); // no pause: the bus and the database race the join
        QTest::qWait(3);
        while (const auto a = writer->waitFor<Msg::Ack>(0))
            acked << a->id;
    }
    while (acked.size() < 120) {
        const auto a = writer->waitFor<Msg::Ack>(5000);
        QVERIFY(a);
        acked << a->id;
    }
    QList<qint64> live;
    QDeadlineTimer deadline(10'000);
    while (!deadline.hasExpired() && (live.isEmpty() || live.constLast() != acked.constLast())) {
        QTest::qWait(20);
        for (const Msg::ChatMessage &m : ThreeNodes::taken(*reader, u"stream"_s))
            live << m.id;
    }
    QTest::qWait(300);
    for (const Msg::ChatMessage &m : ThreeNodes::taken(*reader, u"stream"_s))
        live << m.id;
    QVERIFY(!live.isEmpty());
    const QList<qint64> expected = acked.mid(acked.indexOf(live.constFirst()));
    QCOMPARE(live, expected);
}

void TestCluster::aNodeThatCannotReachTheBusDoesNotStart()
{
    const quint16 closed = ServiceProcess::freePort();
    QVERIFY(closed != 0);
    ServerProcess cutOff;
    QVERIFY(!cutOff.start({u"--database"_s, m_cluster.databaseUrl(), u"--bus"_s, u"valkey://127.0.0.1:%1"_s.arg(closed),
                           u"--files-dir"_s, m_cluster.filesDir()}));
    QTRY_COMPARE_WITH_TIMEOUT(cutOff.process().state(), QProcess::NotRunning, 15'000);
    QCOMPARE(cutOff.process().exitCode(), 1);
    QVERIFY2(cutOff.errors().contains("Cannot reach the bus valkey://127.0.0.1:"), cutOff.errors().constData());
    QVERIFY(!cutOff.output().contains("ready"));
}

QTEST_GUILESS_MAIN(TestCluster)
#include "tst_server_cluster.moc"
