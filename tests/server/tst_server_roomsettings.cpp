// Room topics and private (invite-only) rooms against the real server: who may set and see what, and that
// both outlast the members and a restart.
#include "serverprocess.h"
#include "testclient.h"

#include <QTemporaryDir>
#include <QtCrypto>
#include <memory>

using namespace Qt::Literals::StringLiterals;

class TestServerRoomSettings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void aTopicReachesEveryMemberAndLastsARestart();
    void topicsAreCheckedLikeEverythingElse_data();
    void topicsAreCheckedLikeEverythingElse();
    void aPrivateRoomAdmitsOnlyTheInvited();
    void aPrivateRoomIsNotListedToOthers();
    void invitationsAreCheckedLikeEverythingElse();
    void nobodyMakesTheLobbyPrivate();
    void anInvitationIsToldOnceAndNotToMembers();
    void topicsAndInvitationsAreLimitedLikeMessages();

private:
    std::unique_ptr<TestClient> user(const QString &name, bool create = true, quint16 port = 0);
    static bool joinRoom(TestClient &c, const QString &room, bool isPrivate = false);

    QCA::Initializer m_qca;
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    int m_round = 0;
    QString m_a, m_b, m_c;
};

void TestServerRoomSettings::initTestCase()
{
    m_server = std::make_unique<ServerProcess>(m_dir.path());
    QVERIFY2(m_server->start(), m_server->errors().constData());
}

void TestServerRoomSettings::init()
{
    ++m_round;
    m_a = u"ann%1"_s.arg(m_round);
    m_b = u"ben%1"_s.arg(m_round);
    m_c = u"cat%1"_s.arg(m_round);
}

std::unique_ptr<TestClient> TestServerRoomSettings::user(const QString &name, bool create, quint16 port)
{
    auto c = std::make_unique<TestClient>();
    if (!c->connectTo(port ? port : m_server->tcpPort()) || !(create ? c->registerUser(name) : c->login(name)))
        return nullptr;
    return c;
}

bool TestServerRoomSettings::joinRoom(TestClient &c, const QString &room, bool isPrivate)
{
    Msg::Join join{room};
    join.isPrivate = isPrivate;
    c.send(join);
    return c.waitFor<Msg::Joined>(5000, [&](const Msg::Joined &j) { return j.room == room; }).has_value();
}

void TestServerRoomSettings::aTopicReachesEveryMemberAndLastsARestart()
{
    const QString room = u"plans%1"_s.arg(m_round);
    auto a = user(m_a), b = user(m_b);
    QVERIFY(a && b);
    QVERIFY(joinRoom(*a, room) && joinRoom(*b, room));
    a->send(Msg::Topic{room, u"  Friday: <b>release</b>  "_s, std::nullopt, std::nullopt});
    for (TestClient *c : {a.get(), b.get()}) {
        const auto topic = c->waitFor<Msg::Topic>();
        QVERIFY(topic);
        QCOMPARE(topic->room, room);
        QCOMPARE(topic->text, u"Friday: <b>release</b>"_s); // trimmed, and never interpreted
        QCOMPARE(topic->by, std::optional<QString>(m_a));
        QVERIFY(topic->ts.has_value());
    }
    // Whoever joins later is told in its joined; so is everyone after the server restarts.
    auto c = user(m_c);
    QVERIFY(c);
    c->send(Msg::Join{room});
    auto joined = c->waitFor<Msg::Joined>(5000, [&](const Msg::Joined &j) { return j.room == room; });
    QVERIFY(joined);
    QCOMPARE(joined->topic, std::optional<QString>(u"Friday: <b>release</b>"_s));
    a.reset();
    b.reset();
    c.reset();
    m_server->stop();
    QVERIFY(m_server->start());
    auto again = user(m_c, false);
    QVERIFY(again);
    joined = again->waitFor<Msg::Joined>(5000, [&](const Msg::Joined &j) { return j.room == room; });
    QVERIFY(joined);
    QCOMPARE(joined->topic, std::optional<QString>(u"Friday: <b>release</b>"_s));
    // Cleared with an empty text.
    again->send(Msg::Topic{room, QString(), std::nullopt, std::nullopt});
    QCOMPARE(again->waitFor<Msg::Topic>()->text, QString());
    again->send(Msg::Join{room});
    joined = again->waitFor<Msg::Joined>(5000, [&](const Msg::Joined &j) { return j.room == room; });
    QVERIFY(joined && !joined->topic);
}

void TestServerRoomSettings::topicsAreCheckedLikeEverythingElse_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QString>("code");
    QTest::newRow("too long") << (R"({"type":"topic","room":"lobby","ref":7,"text":")" + QByteArray(301, 'x') + R"("})")
                              << u"out_of_range"_s;
    QTest::newRow("not a string") << QByteArray(R"({"type":"topic","room":"lobby","ref":7,"text":5})")
                                  << u"wrong_type"_s;
    QTest::newRow("a room one is not in")
        << QByteArray(R"({"type":"topic","room":"elsewhere","ref":7,"text":"x"})") << u"not_in_room"_s;
}

void TestServerRoomSettings::topicsAreCheckedLikeEverythingElse()
{
    QFETCH(QByteArray, frame);
    QFETCH(QString, code);
    auto a = user(m_a);
    QVERIFY(a);
    a->sendRaw(frame + '\n');
    const auto e = a->waitFor<Msg::ErrorReply>();
    QVERIFY(e);
    QCOMPARE(e->code, code);
    QCOMPARE(e->ref, std::optional<qint64>(7));
    QVERIFY(!a->has<Msg::Topic>());
}

void TestServerRoomSettings::aPrivateRoomAdmitsOnlyTheInvited()
{
    const QString room = u"secret%1"_s.arg(m_round);
    auto a = user(m_a), b = user(m_b), c = user(m_c);
    QVERIFY(a && b && c);
    a->send(Msg::Join{room, true});
    const auto created = a->waitFor<Msg::Joined>(5000, [&](const Msg::Joined &j) { return j.room == room; });
    QVERIFY(created);
    QVERIFY(created->isPrivate);
    b->send(Msg::Join{room}, 3);
    const auto refused = b->waitFor<Msg::ErrorReply>();
    QVERIFY(refused);
    QCOMPARE(refused->code, u"not_invited"_s);
    QCOMPARE(refused->ref, std::optional<qint64>(3));
    // Nothing of the room reaches the uninvited: not its messages, not its history.
    a->send(Msg::Say{room, u"for members only"_s, 1, false});
    QVERIFY(a->waitFor<Msg::Ack>());
    b->send(Msg::HistoryRequest{room, std::nullopt, std::nullopt, 50, std::nullopt});
    QCOMPARE(b->waitFor<Msg::ErrorReply>()->code, u"not_in_room"_s);
    QVERIFY(!b->has<Msg::ChatMessage>([](const Msg::ChatMessage &m) { return m.text == "for members only"_L1; }));

    a->send(Msg::Invite{room, m_b.toUpper()});
    for (TestClient *x : {a.get(), b.get()}) {
        const auto invited = x->waitFor<Msg::Invited>();
        QVERIFY(invited);
        QCOMPARE(invited->room, room);
        QCOMPARE(invited->user, m_b);
        QCOMPARE(invited->by, m_a);
    }
    QVERIFY(!c->has<Msg::Invited>());
    QVERIFY(joinRoom(*b, room));
    b->send(Msg::HistoryRequest{room, std::nullopt, std::nullopt, 50, std::nullopt});
    const auto page = b->waitFor<Msg::HistoryReply>();
    QVERIFY(page);
    QCOMPARE(page->messages.size(), 1);
    // Cat was not invited; Ben's invitation was used, and leaving means being invited again.
    c->send(Msg::Join{room});
    QCOMPARE(c->waitFor<Msg::ErrorReply>()->code, u"not_invited"_s);
    b->send(Msg::Leave{room});
    QVERIFY(b->waitFor<Msg::Left>());
    b->send(Msg::Join{room});
    QCOMPARE(b->waitFor<Msg::ErrorReply>()->code, u"not_invited"_s);
    // The creator may always come back; a member stays a member across logins.
    a->send(Msg::Leave{room});
    QVERIFY(a->waitFor<Msg::Left>());
    QVERIFY(joinRoom(*a, room));
}

void TestServerRoomSettings::aPrivateRoomIsNotListedToOthers()
{
    const QString room = u"hidden%1"_s.arg(m_round);
    const QString open = u"open%1"_s.arg(m_round);
    auto a = user(m_a), b = user(m_b);
    QVERIFY(a && b);
    QVERIFY(joinRoom(*a, room, true));
    QVERIFY(joinRoom(*a, open));
    auto listed = [](TestClient &c, const QString &name) {
        c.send(Msg::ListRooms{});
        const auto list = c.waitFor<Msg::RoomList>();
        return list && std::any_of(list->rooms.cbegin(), list->rooms.cend(),
                                   [&](const Msg::RoomInfo &r) { return r.name == name; });
    };
    QVERIFY(listed(*a, room));
    QVERIFY(!listed(*b, room));
    QVERIFY(listed(*b, open));
}

void TestServerRoomSettings::invitationsAreCheckedLikeEverythingElse()
{
    const QString room = u"club%1"_s.arg(m_round);
    const QString open = u"square%1"_s.arg(m_round);
    auto a = user(m_a), b = user(m_b);
    QVERIFY(a && b);
    QVERIFY(joinRoom(*a, room, true));
    QVERIFY(joinRoom(*a, open));
    a->send(Msg::Invite{room, u"nobody"_s});
    QCOMPARE(a->waitFor<Msg::ErrorReply>()->code, u"no_such_user"_s);
    a->send(Msg::Invite{open, m_b});
    QCOMPARE(a->waitFor<Msg::ErrorReply>()->code, u"out_of_range"_s); // anyone may join it anyway
    b->send(Msg::Invite{room, m_b}); // not a member: cannot let anyone in, itself included
    QCOMPARE(b->waitFor<Msg::ErrorReply>()->code, u"not_in_room"_s);
    b->send(Msg::Join{room});
    QCOMPARE(b->waitFor<Msg::ErrorReply>()->code, u"not_invited"_s);
    // A version 1 client cannot ask for what it does not know.
    TestClient old;
    old.setProtocolVersion(1);
    QVERIFY(old.connectTo(m_server->tcpPort()) && old.login(m_a));
    old.send(Msg::Join{u"v1room"_s, true}, 4);
    QCOMPARE(old.waitFor<Msg::ErrorReply>()->code, u"unknown_type"_s);
}

void TestServerRoomSettings::nobodyMakesTheLobbyPrivate()
{
    auto a = user(m_a), b = user(m_b);
    QVERIFY(a && b);
    a->send(Msg::Leave{u"lobby"_s});
    QVERIFY(a->waitFor<Msg::Left>());
    a->send(Msg::Join{u"lobby"_s, true});
    const auto joined = a->waitFor<Msg::Joined>(5000, [](const Msg::Joined &j) { return j.room == "lobby"_L1; });
    QVERIFY(joined);
    QVERIFY(!joined->isPrivate);
    b->send(Msg::Leave{u"lobby"_s});
    QVERIFY(b->waitFor<Msg::Left>());
    QVERIFY(joinRoom(*b, u"lobby"_s)); // still open to everyone
}

void TestServerRoomSettings::anInvitationIsToldOnceAndNotToMembers()
{
    const QString room = u"den%1"_s.arg(m_round);
    auto a = user(m_a), b = user(m_b);
    QVERIFY(a && b);
    QVERIFY(joinRoom(*a, room, true));
    a->send(Msg::Invite{room, m_b});
    QVERIFY(b->waitFor<Msg::Invited>());
    QVERIFY(a->waitFor<Msg::Invited>());
    a->send(Msg::Invite{room, m_b}); // again: the inviter hears it stands; the invited is not told twice
    QVERIFY(a->waitFor<Msg::Invited>());
    b->send(Msg::Ping{1});
    QVERIFY(b->waitFor<Msg::Pong>());
    QVERIFY(!b->has<Msg::Invited>());
    QVERIFY(joinRoom(*b, room));
    a->send(Msg::Invite{room, m_b}, 9);
    const auto member = a->waitFor<Msg::ErrorReply>();
    QVERIFY(member);
    QCOMPARE(member->code, u"out_of_range"_s); // a member needs no invitation, and gets none to keep
    QCOMPARE(member->ref, std::optional<qint64>(9));
    b->send(Msg::Leave{room});
    QVERIFY(b->waitFor<Msg::Left>());
    b->send(Msg::Join{room});
    QCOMPARE(b->waitFor<Msg::ErrorReply>()->code, u"not_invited"_s);
}

void TestServerRoomSettings::topicsAndInvitationsAreLimitedLikeMessages()
{
    QTemporaryDir dir;
    ServerProcess limited(dir.path());
    QVERIFY(limited.start({u"--message-rate"_s, u"5"_s, u"--message-burst"_s, u"10"_s}));
    const QString room = u"busy%1"_s.arg(m_round);
    auto a = user(m_a, true, limited.tcpPort());
    QVERIFY(a);
    QVERIFY(joinRoom(*a, room, true));
    for (int i = 0; i < 15; ++i)
        a->send(Msg::Topic{room, u"topic %1"_s.arg(i), std::nullopt, std::nullopt}, 100 + i);
    QVERIFY(a->waitFor<Msg::ErrorReply>(5000, [](const Msg::ErrorReply &e) { return e.code == "rate_limited"_L1; }));
}

QTEST_GUILESS_MAIN(TestServerRoomSettings)
#include "tst_server_roomsettings.moc"
