// Three chatroom-server nodes on one PostgreSQL and one Valkey, all started by the test on loopback
// (issue 17, docs/SCALING.md): room messages reach the members on every node, each once, in one order for
// everyone; direct messages, edits and notices cross nodes; a restart of the bus mid-traffic loses and
// doubles nothing (the gaps are filled from the database); one of the database fails requests clearly and
// loses nothing acknowledged; who is online and in a room, typing, and the
// console's users, broadcast and kick reach across nodes; a client whose node was killed resumes on
// another one with its token and catches up, and the others hear that those who did not come back are
// offline; files uploaded through one
// node are fetched through another (one folder every node mounts, keys in the database).
#include "serverprocess.h"
#include "serviceprocess.h"
#include "testclient.h"
#include "testfiles.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QtCrypto>
#include <array>
#include <vector>

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
    void presenceTypingAndTheConsoleCrossNodes();
    void nodesOnOneMachineShareTheTcpPort();
    void aNodeThatCannotReachTheBusDoesNotStart();
    void aClientResumesOnAnotherNodeAfterItsNodeIsKilled();
    void filesCrossNodes();
    void cleanupTestCase();

private:
    // Who a client is told is online (in a room, or anywhere).
    static QStringList listed(TestClient &c, const std::optional<QString> &room);
    // A client on node n (0-2), registered the first time.
    std::unique_ptr<TestClient> client(int n, const QString &name, const std::optional<QString> &device = {});
    // The room's chat messages a client has received so far, in the order they came.
    static QList<Msg::ChatMessage> taken(TestClient &c, const QString &room);
    bool startNode(int n);
    // What every node of this cluster is started with.
    QStringList clusterOptions() const;

    QCA::Initializer m_qca;
    PostgresProcess m_pg;
    ValkeyProcess m_bus;
    QString m_database;
    QTemporaryDir m_filesDir; // the folder every node mounts
    std::array<std::unique_ptr<ServerProcess>, 3> m_nodes;
    QSet<QString> m_registered;
};

void TestCluster::initTestCase()
{
    if (ServerProcess::onPostgres())
        QSKIP("this test starts its own PostgreSQL");
    QVERIFY2(m_pg.start(), m_pg.errors().right(2000).constData());
    QVERIFY2(m_bus.start(), m_bus.errors().right(2000).constData());
    QVERIFY(m_pg.admin({u"CREATE DATABASE cluster"_s}));
    const QUrl url(m_pg.url());
    QUrl database(url);
    database.setPath(u"/cluster"_s);
    m_database = database.toString();
    for (int n = 0; n < 3; ++n) {
        m_nodes[n] = std::make_unique<ServerProcess>();
        QVERIFY2(startNode(n), m_nodes[n]->errors().constData());
    }
}

QStringList TestCluster::clusterOptions() const
{
    return {u"--database"_s, m_database, u"--bus"_s, m_bus.url(), u"--files-dir"_s, m_filesDir.path()};
}

bool TestCluster::startNode(int n)
{
    return m_nodes[n]->start(clusterOptions());
}

void TestCluster::cleanupTestCase()
{
    for (auto &node : m_nodes) {
        if (node)
            node->stop();
    }
}

std::unique_ptr<TestClient> TestCluster::client(int n, const QString &name, const std::optional<QString> &device)
{
    const bool create = !m_registered.contains(name);
    auto c = TestClient::open(m_nodes[n]->tcpPort(), name, device, create);
    if (c && create)
        m_registered.insert(name);
    return c;
}

QList<Msg::ChatMessage> TestCluster::taken(TestClient &c, const QString &room)
{
    QList<Msg::ChatMessage> out;
    while (const auto m = c.waitFor<Msg::ChatMessage>(0, [&](const Msg::ChatMessage &x) { return x.room == room; }))
        out.append(*m);
    return out;
}

void TestCluster::roomMessagesReachEveryNodeInOneOrder()
{
    std::array<std::unique_ptr<TestClient>, 3> people{client(0, u"alice"_s), client(1, u"bob"_s),
                                                      client(2, u"carol"_s)};
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
            seen[n] += taken(*people[n], u"lobby"_s);
    }
    QTest::qWait(300); // and nothing more (no doubles) comes
    for (int n = 0; n < 3; ++n) {
        seen[n] += taken(*people[n], u"lobby"_s);
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
    auto alice = client(0, u"alice"_s, u"desk"_s);
    auto bob = client(1, u"bob"_s, u"desk"_s);
    auto alicePhone = client(2, u"alice"_s, u"phone"_s);
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
    auto writer = client(0, u"writer"_s);
    auto reader = client(1, u"reader"_s);
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
            m_bus.kill(); // everything in flight on the bus is gone, and so is every subscription
        if (i == 100)
            QVERIFY(m_bus.start());
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
        for (const Msg::ChatMessage &m : taken(*reader, u"busy"_s))
            seen << m.id;
    }
    QTest::qWait(500);
    for (const Msg::ChatMessage &m : taken(*reader, u"busy"_s))
        seen << m.id;
    QCOMPARE(seen.size(), 150);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QCOMPARE(QSet<qint64>(seen.cbegin(), seen.cend()), acked);
}

void TestCluster::aDatabaseRestartFailsClearlyAndLosesNothing()
{
    auto alice = client(0, u"alice"_s);
    auto bob = client(1, u"bob"_s);
    auto reader = client(2, u"reader"_s);
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

    m_pg.kill();
    // Refused with a clear error on every node, and the sessions go on.
    for (TestClient *c : {alice.get(), bob.get()}) {
        c->send(Msg::Say{u"outage"_s, u"during"_s, 2, false});
        const auto refused = c->waitFor<Msg::ErrorReply>(10'000, [](const Msg::ErrorReply &e) { return e.ref == 2; });
        QVERIFY(refused && refused->code == "server_error"_L1);
        QVERIFY(c->isConnected());
    }
    QVERIFY(m_pg.start());
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
        QVERIFY2(ack, m_nodes[0]->errors().right(2000).constData());
        acked << ack->id;
    }
    // The reader on the third node got every acknowledged message once, in the room's order, and nothing else.
    QList<qint64> seen;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const Msg::ChatMessage &m : taken(*reader, u"outage"_s))
                seen << m.id;
            return seen.size() >= acked.size();
        }(),
        10'000);
    QTest::qWait(300);
    for (const Msg::ChatMessage &m : taken(*reader, u"outage"_s))
        seen << m.id;
    QCOMPARE(seen.size(), acked.size());
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QCOMPARE(QSet<qint64>(seen.cbegin(), seen.cend()), acked);
}

void TestCluster::nodesOnOneMachineShareTheTcpPort()
{
    const quint16 port = ServiceProcess::freePort();
    QVERIFY(port != 0);
    std::array<std::unique_ptr<ServerProcess>, 2> shared{std::make_unique<ServerProcess>(),
                                                         std::make_unique<ServerProcess>()};
    for (auto &node : shared) {
        QVERIFY2(node->start(clusterOptions() << u"--reuse-port"_s << u"--port"_s << QString::number(port)),
                 node->errors().constData());
        QCOMPARE(node->tcpPort(), port);
        QVERIFY(node->udpPort() != 0);
    }
    QVERIFY(shared[0]->udpPort() != shared[1]->udpPort()); // each tells its clients its own
    // The kernel spreads new connections over both: with 16, one node getting none is a 1 in 32,768 chance.
    std::vector<std::unique_ptr<TestClient>> people;
    for (int i = 0; i < 16; ++i) {
        people.push_back(std::make_unique<TestClient>());
        QVERIFY(people.back()->connectTo(port) && people.back()->registerUser(u"spread%1"_s.arg(i)));
    }
    for (auto &node : shared)
        node->writeStdin("users\n");
    for (auto &node : shared)
        QTRY_VERIFY_WITH_TIMEOUT(node->output().contains("online:\nspread"), 5000);
    // And a node alone on a port keeps it to itself.
    ServerProcess other;
    QVERIFY(!other.start({u"--database"_s, m_database, u"--port"_s, QString::number(port)}));
    QVERIFY2(other.errors().contains("Cannot listen on TCP"), other.errors().constData());
}

void TestCluster::aNodeThatCannotReachTheBusDoesNotStart()
{
    const quint16 closed = ServiceProcess::freePort();
    QVERIFY(closed != 0);
    ServerProcess cutOff;
    QVERIFY(!cutOff.start({u"--database"_s, m_database, u"--bus"_s, u"valkey://127.0.0.1:%1"_s.arg(closed),
                           u"--files-dir"_s, m_filesDir.path()}));
    QTRY_COMPARE_WITH_TIMEOUT(cutOff.process().state(), QProcess::NotRunning, 15'000);
    QCOMPARE(cutOff.process().exitCode(), 1);
    QVERIFY2(cutOff.errors().contains("Cannot reach the bus valkey://127.0.0.1:"), cutOff.errors().constData());
    QVERIFY(!cutOff.output().contains("ready"));
}

QStringList TestCluster::listed(TestClient &c, const std::optional<QString> &room)
{
    c.send(Msg::ListUsers{room});
    const auto list = c.waitFor<Msg::UserList>(5000, [&](const Msg::UserList &l) { return l.room == room; });
    QStringList names;
    if (list) {
        for (const Msg::UserInfo &u : list->users)
            names << u.name;
    }
    return names;
}

void TestCluster::aNodeJoiningARoomMidTrafficMissesNothing()
{
    // The reader's node has nobody in the room until the reader joins, in the middle of the writer's burst:
    // from the first message it gets live, it gets every later one, in order, once.
    auto writer = client(0, u"streamer"_s);
    auto reader = client(1, u"latecomer"_s);
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
        for (const Msg::ChatMessage &m : taken(*reader, u"stream"_s))
            live << m.id;
    }
    QTest::qWait(300);
    for (const Msg::ChatMessage &m : taken(*reader, u"stream"_s))
        live << m.id;
    QVERIFY(!live.isEmpty());
    const QList<qint64> expected = acked.mid(acked.indexOf(live.constFirst()));
    QCOMPARE(live, expected);
}

void TestCluster::presenceTypingAndTheConsoleCrossNodes()
{
    auto dana = client(0, u"dana"_s);
    auto erin = client(1, u"erin"_s);
    QVERIFY(dana && erin);
    // Who is online, and who is in a room, whichever node they are on.
    QTRY_VERIFY_WITH_TIMEOUT(listed(*erin, std::nullopt).contains(u"dana"_s), 5000);
    QVERIFY(listed(*dana, u"lobby"_s).contains(u"erin"_s));
    dana->send(Msg::Join{u"garden"_s});
    QVERIFY(dana->waitFor<Msg::Joined>(5000, [](const Msg::Joined &j) { return j.room == "garden"_L1; }));
    QTest::qWait(300);
    erin->send(Msg::Join{u"garden"_s});
    const auto joined = erin->waitFor<Msg::Joined>(5000, [](const Msg::Joined &j) { return j.room == "garden"_L1; });
    QVERIFY(joined);
    QVERIFY(std::any_of(joined->members.cbegin(), joined->members.cend(),
                        [](const Msg::UserInfo &u) { return u.name == "dana"_L1; }));
    // Typing on one node shows on the other.
    QTest::qWait(300);
    dana->send(Msg::Typing{u"garden"_s, true, std::nullopt, std::nullopt});
    QVERIFY(erin->waitFor<Msg::Typing>(5000, [](const Msg::Typing &t) {
        return t.room == "garden"_L1 && t.active && t.user == std::optional<QString>(u"dana"_s);
    }));

    // The console of a third node sees them, tells them, and removes one of them.
    m_nodes[2]->process().readAllStandardOutput();
    m_nodes[2]->writeStdin("users\n");
    QTRY_VERIFY_WITH_TIMEOUT(m_nodes[2]->output().contains("dana") && m_nodes[2]->output().contains("erin"), 5000);
    m_nodes[2]->writeStdin("broadcast tea in the garden\n");
    for (TestClient *c : {dana.get(), erin.get()})
        QVERIFY(c->waitFor<Msg::Notice>(5000, [](const Msg::Notice &n) {
            return n.event == Msg::NoticeEvent::Broadcast && n.text == "tea in the garden"_L1;
        }));
    m_nodes[2]->writeStdin("kick dana enough\n");
    QVERIFY(dana->waitFor<Msg::Notice>(5000, [](const Msg::Notice &n) { return n.event == Msg::NoticeEvent::Kicked; }));
    QVERIFY(dana->waitForDisconnect());
    QTRY_VERIFY_WITH_TIMEOUT(m_nodes[2]->output().contains("dana was removed."), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!listed(*erin, std::nullopt).contains(u"dana"_s), 5000);
    // Erin shares two rooms with dana, and hears she went offline once.
    QTest::qWait(300);
    int offline = 0;
    while (erin->has<Msg::PresenceUpdate>(
        [](const Msg::PresenceUpdate &p) { return p.user == "dana"_L1 && p.presence == Msg::Presence::Offline; }))
        ++offline;
    QCOMPARE(offline, 1);

    // Another cluster on the same Valkey (another database) hears nothing of this one, and this one nothing
    // of it.
    QVERIFY(m_pg.admin({u"CREATE DATABASE staging"_s}));
    QUrl staging(m_database);
    staging.setPath(u"/staging"_s);
    ServerProcess stranger;
    QVERIFY2(stranger.start(
                 {u"--database"_s, staging.toString(), u"--bus"_s, m_bus.url(), u"--max-file-size-mib"_s, u"0"_s}),
             stranger.errors().constData());
    auto mallory = TestClient::open(stranger.tcpPort(), u"mallory"_s, std::nullopt, true);
    QVERIFY(mallory);
    QTest::qWait(500);
    QVERIFY(!listed(*erin, std::nullopt).contains(u"mallory"_s));
    QVERIFY(!listed(*mallory, std::nullopt).contains(u"erin"_s));
}

void TestCluster::aClientResumesOnAnotherNodeAfterItsNodeIsKilled()
{
    auto traveller = client(2, u"traveller"_s);
    auto vanisher = client(2, u"vanisher"_s);
    auto stayer = client(1, u"stayer"_s);
    QVERIFY(traveller && vanisher && stayer);
    const QString token = traveller->auth().resumeToken;
    QVERIFY(!token.isEmpty());
    traveller->send(Msg::Say{u"lobby"_s, u"before the crash"_s, 1, false});
    const auto before = traveller->waitFor<Msg::Ack>();
    QVERIFY(before);
    m_nodes[2]->kill();
    QVERIFY(traveller->waitForDisconnect());
    stayer->send(Msg::Say{u"lobby"_s, u"while you were away"_s, 2, false});
    QVERIFY(stayer->waitFor<Msg::Ack>());

    // Any node serves any client: the token is in the shared database.
    TestClient back;
    QVERIFY(back.connectTo(m_nodes[0]->tcpPort()) && back.hello());
    back.send(Msg::Resume{token});
    QVERIFY(back.waitFor<Msg::AuthOk>(5000));
    back.send(Msg::HistoryRequest{u"lobby"_s, std::nullopt, before->id, 50, std::nullopt});
    const auto page = back.waitFor<Msg::HistoryReply>();
    QVERIFY(page);
    QVERIFY(std::any_of(page->messages.cbegin(), page->messages.cend(),
                        [](const Msg::ChatMessage &m) { return m.text == "while you were away"_L1; }));
    // The killed node said no goodbye: once it has been silent a while, its people who did not come back are
    // offline to the others' rooms, and those who did are not.
    const auto offline = [&](const char *name) {
        return [name](const Msg::PresenceUpdate &p) {
            return p.user == QLatin1StringView(name) && p.presence == Msg::Presence::Offline;
        };
    };
    QVERIFY(stayer->waitFor<Msg::PresenceUpdate>(15'000, offline("vanisher")));
    QVERIFY(!stayer->has<Msg::PresenceUpdate>(offline("traveller")));
    QVERIFY(!listed(*stayer, std::nullopt).contains(u"vanisher"_s));
    back.send(Msg::Logout{});
    QVERIFY(back.waitForDisconnect());
    QTRY_VERIFY_WITH_TIMEOUT(!listed(*stayer, std::nullopt).contains(u"traveller"_s), 15'000);
    QVERIFY2(startNode(2), m_nodes[2]->errors().constData());
}

void TestCluster::filesCrossNodes()
{
    using namespace TestFiles;
    auto alice = client(0, u"alice"_s);
    auto bob = client(1, u"bob"_s);
    QVERIFY(alice && bob);
    const QByteArray bytes = content(1'500'000, 21);
    const QString stored =
        m_filesDir.path() + u"/"_s + sha256(bytes).left(2) + u"/"_s + sha256(bytes).mid(2, 2) + u"/"_s + sha256(bytes);
    // Announced on alice's node; its bytes start through node 0 and, broken off, go on through node 2 (a load
    // balancer spreads connections, not sessions).
    const auto ready = begin(*alice, announce(bytes));
    QVERIFY(ready);
    qint64 offset = -1;
    auto first = transfer(m_nodes[0]->tcpPort(), ready->upload, &offset);
    QVERIFY(first);
    first->sendRaw(bytes.first(600'000));
    const QString partial = m_filesDir.path() + u"/partial/"_s + ready->upload;
    QTRY_VERIFY(QFileInfo(partial).size() >= 300'000);
    first->connection()->abort();
    first.reset();
    // A node starting meanwhile keeps it: its clean-up removes only what no upload claims.
    m_nodes[2]->stop();
    QVERIFY2(startNode(2), m_nodes[2]->errors().constData());
    QVERIFY(QFileInfo::exists(partial));
    auto second = transfer(m_nodes[2]->tcpPort(), ready->upload, &offset);
    QVERIFY(second);
    QVERIFY2(offset >= 300'000 && offset <= 600'000, qPrintable(QString::number(offset)));
    second->sendRaw(bytes.sliced(offset));
    // The session on node 0 hears that it is stored.
    const auto done =
        alice->waitFor<Msg::Uploaded>(10'000, [&](const Msg::Uploaded &u) { return u.upload == ready->upload; });
    QVERIFY(done && !done->error);
    QCOMPARE(readAll(stored), bytes);

    // Shared through node 0; fetched by bob through node 1, and by alice with a key node 0 handed out through
    // node 2.
    const qint64 id = share(*alice, u"lobby"_s, Msg::ShareFile{ready->upload});
    QVERIFY(id > 0);
    QVERIFY(bob->waitFor<Msg::ChatMessage>(5000, [&](const Msg::ChatMessage &m) { return m.id == id && m.file; }));
    QCOMPARE(fetch(*bob, m_nodes[1]->tcpPort(), id), bytes);
    QCOMPARE(fetch(*alice, m_nodes[2]->tcpPort(), id), bytes);
    // Deleted, its file goes from the shared folder.
    alice->send(Msg::Delete{id});
    QVERIFY(alice->waitFor<Msg::Deleted>());
    QTRY_VERIFY(!QFileInfo::exists(stored));
}

QTEST_GUILESS_MAIN(TestCluster)
#include "tst_server_cluster.moc"
