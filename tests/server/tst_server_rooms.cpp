// Rooms, broadcasts, private messages, notices, lists and history, against the real server.
#include "serverprocess.h"
#include "testclient.h"

#include <QDeadlineTimer>

#include <QtCrypto>
#include <memory>

using namespace Qt::Literals::StringLiterals;

class TestServerRooms : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void broadcastReachesEveryMemberAndNoOneElse();
    void aBurstArrivesInOrderForEveryone();
    void aRequestAfterAMessageFindsItStored();
    void lastWordsComeBeforeTheLeave();
    void privateMessageReachesExactlyOne();
    void whisperToSomeoneWhoDoesNotExistIsAnError();
    void joinAndLeaveAreAnnounced();
    void offlineIsAnnouncedBeforeTheLeave_data();
    void offlineIsAnnouncedBeforeTheLeave();
    void sayInARoomNotJoinedIsRefused();
    void listsRoomsAndUsers();
    void historyPagesBackAndCatchesUp();
    void historyNeverExceedsAFrame();
    void historyAroundAndBetween();
    void pagingWhileOthersSendHasNoGapOrDuplicate();
    void roomsAreRememberedAcrossLogins();
    void resumingAfterLeavingEveryRoomIsTheLobby();
    void largeRoomsAreQuiet();

private:
    std::unique_ptr<TestClient> client(const QString &name);

    QCA::Initializer m_qca;
    ServerProcess m_server;
    int m_round = 0;
    QString m_a, m_b, m_c;
};

void TestServerRooms::initTestCase()
{
    QVERIFY2(m_server.start(), m_server.errors().constData());
}

void TestServerRooms::init()
{
    ++m_round;
    m_a = u"ann%1"_s.arg(m_round);
    m_b = u"ben%1"_s.arg(m_round);
    m_c = u"cat%1"_s.arg(m_round);
}

void TestServerRooms::cleanup() {}

std::unique_ptr<TestClient> TestServerRooms::client(const QString &name)
{
    auto c = std::make_unique<TestClient>();
    if (!c->connectTo(m_server.tcpPort()) || !c->registerUser(name))
        return nullptr;
    c->waitFor<Msg::Joined>(); // lobby
    return c;
}

void TestServerRooms::broadcastReachesEveryMemberAndNoOneElse()
{
    auto a = client(m_a), b = client(m_b), c = client(m_c);
    QVERIFY(a && b && c);
    const QString room = u"dev%1"_s.arg(m_round);
    a->send(Msg::Join{room});
    QVERIFY(a->waitFor<Msg::Joined>(5000, [&](const Msg::Joined &j) { return j.room == room; }));
    b->send(Msg::Join{room});
    QVERIFY(b->waitFor<Msg::Joined>(5000, [&](const Msg::Joined &j) { return j.room == room; }));
    a->send(Msg::Say{room, u"hello <b>dev</b>"_s, 41, false});
    const auto ack = a->waitFor<Msg::Ack>();
    QVERIFY(ack);
    QCOMPARE(ack->ref, 41);
    for (TestClient *member : {a.get(), b.get()}) {
        const auto chat =
            member->waitFor<Msg::ChatMessage>(5000, [&](const Msg::ChatMessage &m) { return m.room == room; });
        QVERIFY(chat);
        QCOMPARE(chat->id, ack->id);
        QCOMPARE(chat->from, m_a);
        QCOMPARE(chat->text, u"hello <b>dev</b>"_s);
    }
    // c is not in the room: give the server time to have sent it anything, then check nothing came.
    c->send(Msg::Ping{1});
    QVERIFY(c->waitFor<Msg::Pong>());
    QVERIFY(!c->has<Msg::ChatMessage>());
}

void TestServerRooms::aBurstArrivesInOrderForEveryone()
{
    auto a = client(m_a), b = client(m_b), c = client(m_c);
    QVERIFY(a && b && c);
    const QString room = u"burst%1"_s.arg(m_round);
    for (TestClient *member : {a.get(), b.get(), c.get()}) {
        member->send(Msg::Join{room});
        QVERIFY(member->waitFor<Msg::Joined>(5000, [&](const Msg::Joined &j) { return j.room == room; }));
    }
    // Large messages sent at once: the server's output to each member passes the size at which it hands
    // it to the kernel straight away, in the middle of the walk over the room.
    constexpr int Count = 40;
    for (int i = 0; i < Count; ++i)
        a->send(Msg::Say{room, QString(Protocol::MaxTextLength, QChar(u'a' + i % 26)), i, false});
    QList<qint64> acked;
    for (int i = 0; i < Count; ++i) {
        const auto ack = a->waitFor<Msg::Ack>(10000, [i](const Msg::Ack &k) { return k.ref == i; });
        QVERIFY(ack);
        acked << ack->id;
    }
    QVERIFY(std::is_sorted(acked.cbegin(), acked.cend()));
    for (TestClient *member : {a.get(), b.get(), c.get()}) {
        QList<qint64> got;
        QTRY_VERIFY_WITH_TIMEOUT(
            std::count_if(member->received().cbegin(), member->received().cend(),
                          [](const auto &m) { return std::holds_alternative<Msg::ChatMessage>(m); }) >= Count,
            10000);
        for (const Msg::Message &m : std::as_const(member->received())) {
            if (const auto *chat = std::get_if<Msg::ChatMessage>(&m); chat && chat->room == room)
                got << chat->id;
        }
        QCOMPARE(got, acked); // every message once, in the order they were stored
    }
}

void TestServerRooms::aRequestAfterAMessageFindsItStored()
{
    // Room messages are stored at the end of the server's pass; a request read in the same pass, right
    // behind the message, is answered after it is stored.
    auto a = client(m_a);
    QVERIFY(a);
    const QString room = u"lobby"_s;
    a->sendRaw(Msg::encode(Msg::Say{room, u"just now %1"_s.arg(m_round), 1, false}) +
               Msg::encode(Msg::HistoryRequest{room, std::nullopt, std::nullopt, 5, std::nullopt}));
    const auto page = a->waitFor<Msg::HistoryReply>();
    QVERIFY(page);
    QVERIFY(!page->messages.isEmpty());
    QCOMPARE(page->messages.last().text, u"just now %1"_s.arg(m_round));
    const auto ack = a->waitFor<Msg::Ack>();
    QVERIFY(ack);
    QCOMPARE(ack->id, page->messages.last().id);
}

void TestServerRooms::lastWordsComeBeforeTheLeave()
{
    // A message sent right before the connection closes reaches the room before the departure does.
    auto a = client(m_a), b = client(m_b);
    QVERIFY(a && b);
    a->sendRaw(Msg::encode(Msg::Say{u"lobby"_s, u"bye %1"_s.arg(m_round), 1, false}));
    a->connection()->socket()->disconnectFromHost();
    qsizetype said = -1, offline = -1, left = -1;
    const auto look = [&] {
        said = offline = left = -1;
        for (qsizetype i = 0; i < b->received().size(); ++i) {
            const Msg::Message &m = b->received().at(i);
            if (const auto *chat = std::get_if<Msg::ChatMessage>(&m); chat && chat->from == m_a)
                said = i;
            else if (const auto *p = std::get_if<Msg::PresenceUpdate>(&m);
                     p && p->user == m_a && p->presence == Msg::Presence::Offline)
                offline = i;
            else if (const auto *n = std::get_if<Msg::Notice>(&m);
                     n && n->event == Msg::NoticeEvent::Leave && n->user == m_a)
                left = i;
        }
        return left >= 0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(look(), 5000);
    QVERIFY2(
        said >= 0 && said < offline && offline < left,
        qPrintable(u"the message (%1), then offline (%2), then the leave (%3)"_s.arg(said).arg(offline).arg(left)));
}

void TestServerRooms::privateMessageReachesExactlyOne()
{
    auto a = client(m_a), b = client(m_b), c = client(m_c);
    QVERIFY(a && b && c);
    a->send(Msg::Whisper{m_b.toUpper(), u"just for you"_s, 7, false});
    QVERIFY(a->waitFor<Msg::Ack>());
    const auto pm = b->waitFor<Msg::PrivateMessage>();
    QVERIFY(pm);
    QCOMPARE(pm->from, m_a);
    QCOMPARE(pm->to, m_b);
    QCOMPARE(pm->text, u"just for you"_s);
    for (TestClient *other : {a.get(), c.get()}) {
        other->send(Msg::Ping{2});
        QVERIFY(other->waitFor<Msg::Pong>());
        QVERIFY(!other->has<Msg::PrivateMessage>());
        QVERIFY(!other->has<Msg::ChatMessage>([](const Msg::ChatMessage &m) { return m.text == "just for you"_L1; }));
    }
}

void TestServerRooms::whisperToSomeoneWhoDoesNotExistIsAnError()
{
    auto a = client(m_a);
    QVERIFY(a);
    a->send(Msg::Whisper{u"ghost"_s, u"hello?"_s, 9, false});
    const auto e = a->waitFor<Msg::ErrorReply>();
    QVERIFY(e);
    QCOMPARE(e->code, u"no_such_user"_s);
    QCOMPARE(e->ref, std::optional<qint64>(9));
}

void TestServerRooms::joinAndLeaveAreAnnounced()
{
    auto a = client(m_a), b = client(m_b);
    QVERIFY(a && b);
    const QString room = u"club%1"_s.arg(m_round);
    a->send(Msg::Join{room});
    QVERIFY(a->waitFor<Msg::Joined>(5000, [&](const Msg::Joined &j) { return j.room == room; }));
    b->send(Msg::Join{room});
    const auto joined = b->waitFor<Msg::Joined>(5000, [&](const Msg::Joined &j) { return j.room == room; });
    QVERIFY(joined);
    QCOMPARE(joined->members.size(), 2);
    QVERIFY(a->waitFor<Msg::Notice>(5000, [&](const Msg::Notice &n) {
        return n.event == Msg::NoticeEvent::Join && n.room == room && n.user == m_b;
    }));
    b->send(Msg::Leave{room});
    QVERIFY(b->waitFor<Msg::Left>(5000, [&](const Msg::Left &l) { return l.room == room; }));
    QVERIFY(a->waitFor<Msg::Notice>(5000, [&](const Msg::Notice &n) {
        return n.event == Msg::NoticeEvent::Leave && n.room == room && n.user == m_b;
    }));
    b->send(Msg::Leave{room});
    const auto e = b->waitFor<Msg::ErrorReply>();
    QVERIFY(e);
    QCOMPARE(e->code, u"not_in_room"_s);
    // Closing the connection is a departure too.
    b.reset();
    QVERIFY(a->waitFor<Msg::Notice>(5000, [&](const Msg::Notice &n) {
        return n.event == Msg::NoticeEvent::Leave && n.room == u"lobby"_s && n.user == m_b;
    }));
}

void TestServerRooms::offlineIsAnnouncedBeforeTheLeave_data()
{
    QTest::addColumn<bool>("logout");
    QTest::newRow("connection dropped") << false;
    QTest::newRow("logout") << true;
}

void TestServerRooms::offlineIsAnnouncedBeforeTheLeave()
{
    QFETCH(bool, logout);
    auto a = client(m_a), b = client(m_b);
    QVERIFY(a && b);
    const QString room = u"cafe%1"_s.arg(m_round);
    for (TestClient *c : {a.get(), b.get()}) {
        c->send(Msg::Join{room});
        QVERIFY(c->waitFor<Msg::Joined>(5000, [&](const Msg::Joined &j) { return j.room == room; }));
    }
    a->received().clear();
    if (logout)
        b->send(Msg::Logout{});
    else
        b->connection()->abort();
    // One offline update (a shares two rooms with b), and it comes before the rooms' leave notices.
    const auto leaves = [&] {
        return std::count_if(a->received().cbegin(), a->received().cend(), [&](const Msg::Message &m) {
            const auto *n = std::get_if<Msg::Notice>(&m);
            return n && n->event == Msg::NoticeEvent::Leave && n->user == m_b;
        });
    };
    QTRY_COMPARE(leaves(), 2);
    a->send(Msg::Ping{3});
    QVERIFY(a->waitFor<Msg::Pong>());
    QList<int> offlineAt, leaveAt;
    for (int i = 0; i < a->received().size(); ++i) {
        const Msg::Message &m = a->received().at(i);
        if (const auto *p = std::get_if<Msg::PresenceUpdate>(&m); p && p->user == m_b) {
            QCOMPARE(p->presence, Msg::Presence::Offline);
            offlineAt << i;
        } else if (std::holds_alternative<Msg::Notice>(m)) {
            leaveAt << i;
        }
    }
    QCOMPARE(offlineAt.size(), 1);
    QCOMPARE(leaveAt.size(), 2);
    QVERIFY(offlineAt.first() < leaveAt.first());
}

void TestServerRooms::sayInARoomNotJoinedIsRefused()
{
    auto a = client(m_a);
    QVERIFY(a);
    a->send(Msg::Say{u"elsewhere"_s, u"hi"_s, 3, false});
    const auto e = a->waitFor<Msg::ErrorReply>();
    QVERIFY(e);
    QCOMPARE(e->code, u"not_in_room"_s);
    QCOMPARE(e->ref, std::optional<qint64>(3));
}

void TestServerRooms::listsRoomsAndUsers()
{
    auto a = client(m_a), b = client(m_b);
    QVERIFY(a && b);
    const QString room = u"list%1"_s.arg(m_round);
    a->send(Msg::Join{room});
    QVERIFY(a->waitFor<Msg::Joined>(5000, [&](const Msg::Joined &j) { return j.room == room; }));
    b->send(Msg::ListRooms{});
    const auto rooms = b->waitFor<Msg::RoomList>();
    QVERIFY(rooms);
    QVERIFY(std::any_of(rooms->rooms.cbegin(), rooms->rooms.cend(),
                        [&](const Msg::RoomInfo &r) { return r.name == room && r.members == 1; }));
    b->send(Msg::ListUsers{});
    const auto everyone = b->waitFor<Msg::UserList>();
    QVERIFY(everyone);
    QVERIFY(std::any_of(everyone->users.cbegin(), everyone->users.cend(),
                        [&](const Msg::UserInfo &u) { return u.name == m_a; }));
    b->send(Msg::ListUsers{room});
    const auto e = b->waitFor<Msg::ErrorReply>();
    QVERIFY(e);
    QCOMPARE(e->code, u"not_in_room"_s);
    a->send(Msg::ListUsers{room});
    const auto members = a->waitFor<Msg::UserList>();
    QVERIFY(members);
    QCOMPARE(members->users.size(), 1);
}

void TestServerRooms::historyPagesBackAndCatchesUp()
{
    auto a = client(m_a);
    QVERIFY(a);
    const QString room = u"hist%1"_s.arg(m_round);
    a->send(Msg::Join{room});
    QVERIFY(a->waitFor<Msg::Joined>(5000, [&](const Msg::Joined &j) { return j.room == room; }));
    QList<qint64> ids;
    for (int i = 1; i <= 12; ++i) {
        a->send(Msg::Say{room, u"message %1"_s.arg(i), i, false});
        const auto ack = a->waitFor<Msg::Ack>();
        QVERIFY(ack);
        ids << ack->id;
    }
    a->send(Msg::HistoryRequest{room, std::nullopt, std::nullopt, 5, std::nullopt});
    auto page = a->waitFor<Msg::HistoryReply>();
    QVERIFY(page);
    QCOMPARE(page->messages.size(), 5);
    QVERIFY(page->more);
    QCOMPARE(page->messages.last().id, ids.last());
    QCOMPARE(page->messages.first().text, u"message 8"_s);
    a->send(Msg::HistoryRequest{room, page->messages.first().id, std::nullopt, 200, std::nullopt});
    page = a->waitFor<Msg::HistoryReply>();
    QVERIFY(page);
    QCOMPARE(page->messages.size(), 7);
    QVERIFY(!page->more);
    QCOMPARE(page->messages.first().text, u"message 1"_s);
    a->send(Msg::HistoryRequest{room, std::nullopt, ids[9], 50, std::nullopt});
    page = a->waitFor<Msg::HistoryReply>();
    QVERIFY(page);
    QCOMPARE(page->messages.size(), 2);
    QCOMPARE(page->messages.first().id, ids[10]);
}

static QList<qint64> idsOf(const Msg::HistoryReply &page)
{
    QList<qint64> out;
    for (const Msg::ChatMessage &m : page.messages)
        out << m.id;
    return out;
}

void TestServerRooms::historyNeverExceedsAFrame()
{
    auto a = client(m_a);
    QVERIFY(a);
    const QString room = u"big%1"_s.arg(m_round);
    a->send(Msg::Join{room});
    QVERIFY(a->waitFor<Msg::Joined>(5000, [&](const Msg::Joined &j) { return j.room == room; }));
    // 40 messages of 4,000 characters (about 160 KB) cannot fit one 64 KiB frame.
    for (int i = 0; i < 40; ++i)
        a->send(Msg::Say{room, QString(Protocol::MaxTextLength, QChar(u'a' + i % 26)), i, false});
    for (int i = 0; i < 40; ++i)
        QVERIFY(a->waitFor<Msg::Ack>());
    a->send(Msg::HistoryRequest{room, std::nullopt, std::nullopt, 200, std::nullopt});
    const auto page = a->waitFor<Msg::HistoryReply>();
    QVERIFY(page);
    QVERIFY(page->more);
    QVERIFY(page->messages.size() >= 10 && page->messages.size() < 40);
    QVERIFY(Msg::encode(*page).size() <= Protocol::MaxFrameBytes + 1);
    // AROUND cut to a frame keeps the message asked for, whichever end of the room it is at.
    const qint64 newest = page->messages.last().id;
    const qint64 oldest = newest - 39;
    for (const qint64 around : {oldest, oldest + 5, newest - 5, newest}) {
        a->send(Msg::HistoryRequest{room, std::nullopt, std::nullopt, 200, around});
        const auto aroundPage = a->waitFor<Msg::HistoryReply>();
        QVERIFY(aroundPage);
        QVERIFY(Msg::encode(*aroundPage).size() <= Protocol::MaxFrameBytes + 1);
        QVERIFY2(idsOf(*aroundPage).contains(around), qPrintable(u"around %1"_s.arg(around)));
        QVERIFY(aroundPage->more);
    }
}

void TestServerRooms::historyAroundAndBetween()
{
    auto a = client(m_a);
    QVERIFY(a);
    const QString room = u"around%1"_s.arg(m_round);
    a->send(Msg::Join{room});
    QVERIFY(a->waitFor<Msg::Joined>(5000, [&](const Msg::Joined &j) { return j.room == room; }));
    QList<qint64> ids;
    for (int i = 0; i < 12; ++i) {
        a->send(Msg::Say{room, u"message %1"_s.arg(i), i, false});
        const auto ack = a->waitFor<Msg::Ack>();
        QVERIFY(ack);
        ids << ack->id;
    }
    // AROUND: half the page before the message, the message itself and what follows it.
    a->send(Msg::HistoryRequest{room, std::nullopt, std::nullopt, 4, ids[5]});
    auto page = a->waitFor<Msg::HistoryReply>();
    QVERIFY(page);
    QCOMPARE(idsOf(*page), ids.mid(3, 4));
    QVERIFY(page->more);
    // At the start of the room: nothing before it, so the page fills up with what follows.
    a->send(Msg::HistoryRequest{room, std::nullopt, std::nullopt, 4, ids[0]});
    page = a->waitFor<Msg::HistoryReply>();
    QVERIFY(page);
    QCOMPARE(idsOf(*page), ids.mid(0, 4));
    QVERIFY(page->more);
    // At the newest end the page fills up with older ones; beyond it too; a page of one is the message.
    a->send(Msg::HistoryRequest{room, std::nullopt, std::nullopt, 4, ids.last()});
    page = a->waitFor<Msg::HistoryReply>();
    QVERIFY(page);
    QCOMPARE(idsOf(*page), ids.mid(8, 4));
    QVERIFY(page->more);
    a->send(Msg::HistoryRequest{room, std::nullopt, std::nullopt, 4, ids.last() + 1000});
    page = a->waitFor<Msg::HistoryReply>();
    QVERIFY(page);
    QCOMPARE(idsOf(*page), ids.mid(8, 4));
    a->send(Msg::HistoryRequest{room, std::nullopt, std::nullopt, 1, ids[5]});
    page = a->waitFor<Msg::HistoryReply>();
    QVERIFY(page);
    QCOMPARE(idsOf(*page), QList<qint64>{ids[5]});
    QVERIFY(page->more);
    // BETWEEN: both bounds excluded, oldest first.
    a->send(Msg::HistoryRequest{room, ids[8], ids[2], 50, std::nullopt});
    page = a->waitFor<Msg::HistoryReply>();
    QVERIFY(page);
    QCOMPARE(idsOf(*page), ids.mid(3, 5));
    QVERIFY(!page->more);
    a->send(Msg::HistoryRequest{room, ids[8], ids[2], 2, std::nullopt});
    page = a->waitFor<Msg::HistoryReply>();
    QVERIFY(page);
    QCOMPARE(idsOf(*page), ids.mid(3, 2));
    QVERIFY(page->more);
    // AROUND with another bound is refused, with the request's ref.
    a->sendRaw(R"({"type":"history","room":")" + room.toUtf8() + R"(","around":5,"after":1,"limit":5,"ref":77})" +
               '\n');
    const auto error = a->waitFor<Msg::ErrorReply>();
    QVERIFY(error);
    QCOMPARE(error->code, u"out_of_range"_s);
    QCOMPARE(error->ref, std::optional<qint64>(77));
}

void TestServerRooms::pagingWhileOthersSendHasNoGapOrDuplicate()
{
    // One member pages back through the room and then forward to its end while another sends 150
    // messages: every message stored is seen exactly once.
    auto a = client(m_a), b = client(m_b);
    QVERIFY(a && b);
    const QString room = u"paging%1"_s.arg(m_round);
    for (TestClient *c : {a.get(), b.get()}) {
        c->send(Msg::Join{room});
        QVERIFY(c->waitFor<Msg::Joined>(5000, [&](const Msg::Joined &j) { return j.room == room; }));
    }
    for (int i = 0; i < 50; ++i)
        b->send(Msg::Say{room, u"before %1"_s.arg(i), i, false});
    for (int i = 0; i < 50; ++i)
        QVERIFY(b->waitFor<Msg::Ack>());
    QByteArray more;
    for (int i = 50; i < 200; ++i)
        more += Msg::encode(Msg::Say{room, u"during %1"_s.arg(i), i, false}, i);
    b->sendRaw(more);

    QList<qint64> seen;
    a->send(Msg::HistoryRequest{room, std::nullopt, std::nullopt, 20, std::nullopt});
    auto page = a->waitFor<Msg::HistoryReply>();
    QVERIFY(page);
    seen = idsOf(*page);
    const qint64 newestAtStart = seen.isEmpty() ? 0 : seen.last();
    while (page->more) { // back
        a->send(Msg::HistoryRequest{room, seen.first(), std::nullopt, 20, std::nullopt});
        page = a->waitFor<Msg::HistoryReply>();
        QVERIFY(page);
        seen = idsOf(*page) + seen;
    }
    qint64 last = newestAtStart;
    const QDeadlineTimer deadline(30'000);
    for (;;) { // forward, until b's last message has been stored and read
        QVERIFY2(!deadline.hasExpired(), "the last message sent never appeared in the history");
        a->send(Msg::HistoryRequest{room, std::nullopt, last, 20, std::nullopt});
        page = a->waitFor<Msg::HistoryReply>();
        QVERIFY(page);
        seen += idsOf(*page);
        if (!page->messages.isEmpty())
            last = page->messages.last().id;
        if (!page->more && !page->messages.isEmpty() && page->messages.last().text == u"during 199"_s)
            break;
        if (page->messages.isEmpty())
            QTest::qWait(10);
    }
    const auto isAck = [](const Msg::Message &m) { return std::holds_alternative<Msg::Ack>(m); };
    QTRY_COMPARE(std::count_if(b->received().cbegin(), b->received().cend(), isAck), 150);
    QList<qint64> acked;
    for (const Msg::Message &m : std::as_const(b->received()))
        if (const auto *ack = std::get_if<Msg::Ack>(&m))
            acked << ack->id;
    QCOMPARE(seen.size(), 200);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QCOMPARE(QSet<qint64>(seen.cbegin(), seen.cend()).size(), 200);
    for (qint64 id : std::as_const(acked))
        QVERIFY(seen.contains(id));
}

void TestServerRooms::roomsAreRememberedAcrossLogins()
{
    // A login (with the password, not a resume) goes back to the rooms the account is in; leaving one is
    // remembered too; an account in no room at all starts in the lobby again.
    const QString keep = u"keep%1"_s.arg(m_round);
    {
        auto a = client(m_a);
        QVERIFY(a);
        a->send(Msg::Join{keep});
        QVERIFY(a->waitFor<Msg::Joined>(5000, [&](const Msg::Joined &j) { return j.room == keep; }));
        a->send(Msg::Leave{u"lobby"_s});
        QVERIFY(a->waitFor<Msg::Left>());
        a->send(Msg::Logout{});
        QVERIFY(a->waitForDisconnect());
    }
    {
        TestClient a;
        QVERIFY(a.connectTo(m_server.tcpPort()) && a.login(m_a));
        QCOMPARE(a.auth().rooms, QStringList{keep});
        QVERIFY(a.waitFor<Msg::Joined>(5000, [&](const Msg::Joined &j) { return j.room == keep; }));
        a.send(Msg::Leave{keep});
        QVERIFY(a.waitFor<Msg::Left>());
        a.send(Msg::Logout{});
        QVERIFY(a.waitForDisconnect());
    }
    TestClient a;
    QVERIFY(a.connectTo(m_server.tcpPort()) && a.login(m_a));
    QCOMPARE(a.auth().rooms, QStringList{u"lobby"_s});
}

void TestServerRooms::resumingAfterLeavingEveryRoomIsTheLobby()
{
    // The resume token's rooms follow every leave, the last one too (it kept the last room left).
    auto a = client(m_a);
    QVERIFY(a);
    const QString room = u"brief%1"_s.arg(m_round);
    a->send(Msg::Join{room});
    QVERIFY(a->waitFor<Msg::Joined>(5000, [&](const Msg::Joined &j) { return j.room == room; }));
    for (const QString &r : {u"lobby"_s, room}) {
        a->send(Msg::Leave{r});
        QVERIFY(a->waitFor<Msg::Left>(5000, [&](const Msg::Left &l) { return l.room == r; }));
    }
    const QString token = a->auth().resumeToken;
    a->connection()->abort();
    TestClient again;
    QVERIFY(again.connectTo(m_server.tcpPort()) && again.hello());
    again.send(Msg::Resume{token});
    const auto ok = again.waitFor<Msg::AuthOk>();
    QVERIFY(ok);
    QCOMPARE(ok->rooms, QStringList{u"lobby"_s});
}

void TestServerRooms::largeRoomsAreQuiet()
{
    ServerProcess server;
    QVERIFY(server.start({u"--quiet-room-size"_s, u"3"_s}));
    std::vector<std::unique_ptr<TestClient>> people;
    std::optional<Msg::Joined> lastJoined;
    auto arrive = [&](const QString &name) {
        auto c = std::make_unique<TestClient>();
        const bool ok = c->connectTo(server.tcpPort()) && c->registerUser(name);
        lastJoined = ok ? c->waitFor<Msg::Joined>() : std::nullopt;
        people.push_back(std::move(c));
        return lastJoined.has_value();
    };
    auto joinNoticeFor = [](TestClient &c, const QString &who, int timeoutMs) {
        return c
            .waitFor<Msg::Notice>(
                timeoutMs, [&](const Msg::Notice &n) { return n.event == Msg::NoticeEvent::Join && n.user == who; })
            .has_value();
    };
    QVERIFY(arrive(u"q1"_s) && arrive(u"q2"_s) && arrive(u"q3"_s));
    QVERIFY(joinNoticeFor(*people[0], u"q3"_s, 5000)); // a room of 3 still hears of arrivals
    QVERIFY(arrive(u"q4"_s));
    QCOMPARE(lastJoined->members.size(), 3); // a sample as large as the quiet size, and the count
    QCOMPARE(lastJoined->total, 4);
    // The fourth makes the room larger than 3: nobody is told, but the newcomer still gets every member.
    people[3]->send(Msg::ListUsers{u"lobby"_s});
    const auto list = people[3]->waitFor<Msg::UserList>();
    QVERIFY(list);
    QCOMPARE(list->users.size(), 4);
    QVERIFY(!list->total); // nothing was cut
    QVERIFY(!joinNoticeFor(*people[0], u"q4"_s, 300));
    QVERIFY(!people[0]->has<Msg::PresenceUpdate>([](const Msg::PresenceUpdate &p) { return p.user == u"q4"_s; }));
    QVERIFY(people[0]->has<Msg::PresenceUpdate>([](const Msg::PresenceUpdate &p) { return p.user == u"q3"_s; }));
    // Nor of who is typing: the typing goes nowhere, the message sent after it arrives alone.
    people[1]->send(Msg::Typing{u"lobby"_s, true, std::nullopt, std::nullopt});
    people[1]->send(Msg::Say{u"lobby"_s, u"after typing"_s, 1, false});
    QVERIFY(people[0]->waitFor<Msg::ChatMessage>());
    QVERIFY(!people[0]->has<Msg::Typing>());
    // Nor of departures while it stays large; once small again, they are told.
    people[3].reset();
    QVERIFY(!people[0]->waitFor<Msg::Notice>(300, [](const Msg::Notice &n) { return n.user == u"q4"_s; }));
    people[2].reset();
    QVERIFY(people[0]->waitFor<Msg::Notice>(5000, [](const Msg::Notice &n) { return n.user == u"q3"_s; }));
}

QTEST_GUILESS_MAIN(TestServerRooms)
#include "tst_server_rooms.moc"
