// Three chatroom-server nodes on one PostgreSQL and one Valkey, all started by the test on loopback
// (issue 17, docs/SCALING.md), and the nodes themselves: who is online and in a room, typing, and the
// console's users, broadcast and kick reach across nodes; nodes on one machine share a port; a client whose
// node was killed resumes on another one and the others hear that those who did not come back are offline;
// a node held up for a while is given up and then taken back; files uploaded through one node are fetched
// through another (one folder every node mounts, keys in the database). Messages: tst_server_cluster.
#include "testfiles.h"
#include "threenodes.h"

#include <QFileInfo>
#include <QTest>
#include <QUrl>
#include <QtCrypto>
#include <csignal>
#include <vector>

using namespace Qt::Literals::StringLiterals;

class TestClusterNodes : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void presenceTypingAndTheConsoleCrossNodes();
    void nodesOnOneMachineShareTheTcpPort();
    void aClientResumesOnAnotherNodeAfterItsNodeIsKilled();
    void aNodeHeldUpIsGivenUpThenTakenBack();
    void filesCrossNodes();
    void cleanupTestCase();

private:
    QCA::Initializer m_qca;
    ThreeNodes m_cluster;
};

void TestClusterNodes::initTestCase()
{
    if (ServerProcess::onPostgres())
        QSKIP("this test starts its own PostgreSQL");
    QByteArray why;
    QVERIFY2(m_cluster.start(&why), why.constData());
}

void TestClusterNodes::cleanupTestCase()
{
    m_cluster.stop();
}

void TestClusterNodes::presenceTypingAndTheConsoleCrossNodes()
{
    auto dana = m_cluster.client(0, u"dana"_s);
    auto erin = m_cluster.client(1, u"erin"_s);
    QVERIFY(dana && erin);
    // Who is online, and who is in a room, whichever node they are on.
    QTRY_VERIFY_WITH_TIMEOUT(ThreeNodes::listed(*erin, std::nullopt).contains(u"dana"_s), 5000);
    QVERIFY(ThreeNodes::listed(*dana, u"lobby"_s).contains(u"erin"_s));
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
    m_cluster.node(2).process().readAllStandardOutput();
    m_cluster.node(2).writeStdin("users\n");
    QTRY_VERIFY_WITH_TIMEOUT(m_cluster.node(2).output().contains("dana") && m_cluster.node(2).output().contains("erin"),
                             5000);
    m_cluster.node(2).writeStdin("broadcast tea in the garden\n");
    for (TestClient *c : {dana.get(), erin.get()})
        QVERIFY(c->waitFor<Msg::Notice>(5000, [](const Msg::Notice &n) {
            return n.event == Msg::NoticeEvent::Broadcast && n.text == "tea in the garden"_L1;
        }));
    m_cluster.node(2).writeStdin("kick dana enough\n");
    QVERIFY(dana->waitFor<Msg::Notice>(5000, [](const Msg::Notice &n) { return n.event == Msg::NoticeEvent::Kicked; }));
    QVERIFY(dana->waitForDisconnect());
    QTRY_VERIFY_WITH_TIMEOUT(m_cluster.node(2).output().contains("dana was removed."), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!ThreeNodes::listed(*erin, std::nullopt).contains(u"dana"_s), 5000);
    // Erin shares two rooms with dana, and hears she went offline once.
    QTest::qWait(300);
    int offline = 0;
    while (erin->has<Msg::PresenceUpdate>(
        [](const Msg::PresenceUpdate &p) { return p.user == "dana"_L1 && p.presence == Msg::Presence::Offline; }))
        ++offline;
    QCOMPARE(offline, 1);

    // Another cluster on the same Valkey (another database) hears nothing of this one, and this one nothing
    // of it.
    QVERIFY(m_cluster.postgres().admin({u"CREATE DATABASE staging"_s}));
    QUrl staging(m_cluster.databaseUrl());
    staging.setPath(u"/staging"_s);
    ServerProcess stranger;
    QVERIFY2(stranger.start({u"--database"_s, staging.toString(), u"--bus"_s, m_cluster.bus().url(),
                             u"--max-file-size-mib"_s, u"0"_s}),
             stranger.errors().constData());
    auto mallory = TestClient::open(stranger.tcpPort(), u"mallory"_s, std::nullopt, true);
    QVERIFY(mallory);
    QTest::qWait(500);
    QVERIFY(!ThreeNodes::listed(*erin, std::nullopt).contains(u"mallory"_s));
    QVERIFY(!ThreeNodes::listed(*mallory, std::nullopt).contains(u"erin"_s));
}

void TestClusterNodes::nodesOnOneMachineShareTheTcpPort()
{
    const quint16 port = ServiceProcess::freePort();
    QVERIFY(port != 0);
    std::array<std::unique_ptr<ServerProcess>, 2> shared{std::make_unique<ServerProcess>(),
                                                         std::make_unique<ServerProcess>()};
    for (auto &node : shared) {
        QVERIFY2(node->start(m_cluster.options() << u"--reuse-port"_s << u"--port"_s << QString::number(port)),
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
    QVERIFY(!other.start({u"--database"_s, m_cluster.databaseUrl(), u"--port"_s, QString::number(port)}));
    QVERIFY2(other.errors().contains("Cannot listen on TCP"), other.errors().constData());
}

void TestClusterNodes::aClientResumesOnAnotherNodeAfterItsNodeIsKilled()
{
    auto traveller = m_cluster.client(2, u"traveller"_s);
    auto vanisher = m_cluster.client(2, u"vanisher"_s);
    auto stayer = m_cluster.client(1, u"stayer"_s);
    QVERIFY(traveller && vanisher && stayer);
    const QString token = traveller->auth().resumeToken;
    QVERIFY(!token.isEmpty());
    traveller->send(Msg::Say{u"lobby"_s, u"before the crash"_s, 1, false});
    const auto before = traveller->waitFor<Msg::Ack>();
    QVERIFY(before);
    m_cluster.node(2).kill();
    QVERIFY(traveller->waitForDisconnect());
    stayer->send(Msg::Say{u"lobby"_s, u"while you were away"_s, 2, false});
    QVERIFY(stayer->waitFor<Msg::Ack>());

    // Any node serves any client: the token is in the shared database.
    TestClient back;
    QVERIFY(back.connectTo(m_cluster.node(0).tcpPort()) && back.hello());
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
    QTest::qWait(500); // the same announcement would have said so
    QVERIFY(!stayer->has<Msg::PresenceUpdate>(offline("traveller")));
    QVERIFY(!ThreeNodes::listed(*stayer, std::nullopt).contains(u"vanisher"_s));
    back.send(Msg::Logout{});
    QVERIFY(back.waitForDisconnect());
    QTRY_VERIFY_WITH_TIMEOUT(!ThreeNodes::listed(*stayer, std::nullopt).contains(u"traveller"_s), 15'000);
    QVERIFY2(m_cluster.startNode(2), m_cluster.node(2).errors().constData());
}

void TestClusterNodes::aNodeHeldUpIsGivenUpThenTakenBack()
{
    auto sleeper = m_cluster.client(0, u"sleeper"_s);
    auto watcher = m_cluster.client(1, u"watcher"_s);
    QVERIFY(sleeper && watcher);
    QTRY_VERIFY_WITH_TIMEOUT(ThreeNodes::listed(*watcher, u"lobby"_s).contains(u"sleeper"_s), 5000);
    // Stopped (a machine swapping, a VM paused): silent long enough, it is given up with its people...
    const auto said = [](Msg::Presence presence) {
        return [presence](const Msg::PresenceUpdate &p) { return p.user == "sleeper"_L1 && p.presence == presence; };
    };
    QVERIFY(::kill(pid_t(m_cluster.node(0).process().processId()), SIGSTOP) == 0);
    const bool givenUp = watcher->waitFor<Msg::PresenceUpdate>(15'000, said(Msg::Presence::Offline)).has_value();
    QVERIFY(::kill(pid_t(m_cluster.node(0).process().processId()), SIGCONT) == 0);
    QVERIFY(givenUp);
    // ...and when it goes on, they are online again, and the node itself gave up on nobody meanwhile.
    QVERIFY(watcher->waitFor<Msg::PresenceUpdate>(15'000, said(Msg::Presence::Online)));
    QTRY_VERIFY_WITH_TIMEOUT(ThreeNodes::listed(*watcher, u"lobby"_s).contains(u"sleeper"_s), 5000);
    QVERIFY(!sleeper->has<Msg::PresenceUpdate>(
        [](const Msg::PresenceUpdate &p) { return p.user == "watcher"_L1 && p.presence == Msg::Presence::Offline; }));
    QVERIFY(ThreeNodes::listed(*sleeper, u"lobby"_s).contains(u"watcher"_s));
}

void TestClusterNodes::filesCrossNodes()
{
    using namespace TestFiles;
    auto alice = m_cluster.client(0, u"alice"_s);
    auto bob = m_cluster.client(1, u"bob"_s);
    QVERIFY(alice && bob);
    const QByteArray bytes = content(1'500'000, 21);
    const QString stored = m_cluster.filesDir() + u"/"_s + sha256(bytes).left(2) + u"/"_s + sha256(bytes).mid(2, 2) +
                           u"/"_s + sha256(bytes);
    // Announced on alice's node; its bytes start through node 0 and, broken off, go on through node 2 (a load
    // balancer spreads connections, not sessions).
    const auto ready = begin(*alice, announce(bytes));
    QVERIFY(ready);
    qint64 offset = -1;
    auto first = transfer(m_cluster.node(0).tcpPort(), ready->upload, &offset);
    QVERIFY(first);
    first->sendRaw(bytes.first(600'000));
    const QString partial = m_cluster.filesDir() + u"/partial/"_s + ready->upload;
    QTRY_VERIFY(QFileInfo(partial).size() >= 300'000);
    first->connection()->abort();
    first.reset();
    // A node starting meanwhile keeps it: its clean-up removes only what no upload claims.
    m_cluster.node(2).stop();
    QVERIFY2(m_cluster.startNode(2), m_cluster.node(2).errors().constData());
    QVERIFY(QFileInfo::exists(partial));
    auto second = transfer(m_cluster.node(2).tcpPort(), ready->upload, &offset);
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
    QCOMPARE(fetch(*bob, m_cluster.node(1).tcpPort(), id), bytes);
    QCOMPARE(fetch(*alice, m_cluster.node(2).tcpPort(), id), bytes);
    // Deleted, its file goes from the shared folder.
    alice->send(Msg::Delete{id});
    QVERIFY(alice->waitFor<Msg::Deleted>());
    QTRY_VERIFY(!QFileInfo::exists(stored));

    // The same file announced at once by two devices on two nodes is one upload, as on one node.
    auto phone = m_cluster.client(2, u"alice"_s, u"phone"_s);
    QVERIFY(phone);
    const QByteArray twice = content(300'000, 22);
    alice->send(announce(twice), 1);
    phone->send(announce(twice), 2);
    const auto here = alice->waitFor<Msg::UploadReady>(5000);
    const auto there = phone->waitFor<Msg::UploadReady>(5000);
    QVERIFY(here && there);
    QCOMPARE(there->upload, here->upload);
}

QTEST_GUILESS_MAIN(TestClusterNodes)
#include "tst_server_clusternodes.moc"
