// Several devices per account, direct messages that wait for their reader, and read positions, against the
// real server: what one device does shows on the others, and nobody reaches another's conversations.
#include "serverprocess.h"
#include "testclient.h"

#include <QtCrypto>
#include <memory>

using namespace Qt::Literals::StringLiterals;

class TestServerDevices : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void twoDevicesSeeEachOthersActions();
    void aSecondDeviceIsNoNewsToTheRoom();
    void theSameDeviceLoggingInAgainReplacesOnlyItself();
    void aSessionIsListedAndEndedFromAnotherDevice();
    void endingAnOfflineDeviceRevokesItsToken();
    void tooManyDevicesIsAClearError();
    void badDeviceNamesAreRefused_data();
    void badDeviceNamesAreRefused();
    void aDirectMessageToSomeoneOfflineWaitsForThem();
    void theSendersOtherDevicesSeeItsDirectMessages();
    void readPositionsSyncAcrossDevicesAndLogins();
    void roomUnreadCountsComeWithJoined();
    void nobodyReadsAnotherPairsConversation();
    void aVersionOneClientIsServedAsBefore();

private:
    // What resuming with the token gets: "" when it works, else the error's code.
    QString resumeError(const QString &token);
    std::unique_ptr<TestClient> device(const QString &name, const std::optional<QString> &device, bool create = false);

    QCA::Initializer m_qca;
    ServerProcess m_server;
    int m_round = 0;
    QString m_a, m_b, m_c;
};

void TestServerDevices::initTestCase()
{
    QVERIFY2(m_server.start({u"--max-sessions-per-user"_s, u"3"_s}), m_server.errors().constData());
}

void TestServerDevices::init()
{
    ++m_round;
    m_a = u"ann%1"_s.arg(m_round);
    m_b = u"ben%1"_s.arg(m_round);
    m_c = u"cat%1"_s.arg(m_round);
}

std::unique_ptr<TestClient> TestServerDevices::device(const QString &name, const std::optional<QString> &device,
                                                      bool create)
{
    auto c = std::make_unique<TestClient>();
    c->setDevice(device);
    if (!c->connectTo(m_server.tcpPort()) || !(create ? c->registerUser(name) : c->login(name)))
        return nullptr;
    return c;
}

QString TestServerDevices::resumeError(const QString &token)
{
    TestClient c;
    if (!c.connectTo(m_server.tcpPort()) || !c.hello())
        return u"no connection"_s;
    c.send(Msg::Resume{token});
    std::optional<Msg::AuthOk> ok;
    std::optional<Msg::ErrorReply> error;
    QTRY_VERIFY_WITH_TIMEOUT_NOFAIL((ok = c.waitFor<Msg::AuthOk>(0)) || (error = c.waitFor<Msg::ErrorReply>(0)), 5000);
    return ok ? QString() : error ? error->code : u"timeout"_s;
}

void TestServerDevices::twoDevicesSeeEachOthersActions()
{
    auto desk = device(m_a, u"desk"_s, true);
    QVERIFY(desk);
    QCOMPARE(desk->auth().device, std::optional<QString>(u"desk"_s));
    auto phone = device(m_a, u"phone"_s);
    QVERIFY(phone);
    QVERIFY(desk->isConnected()); // not replaced: another device
    QVERIFY(phone->waitFor<Msg::Joined>(5000, [](const Msg::Joined &j) { return j.room == "lobby"_L1; }));

    const QString room = u"dev%1"_s.arg(m_round);
    desk->send(Msg::Join{room});
    QVERIFY(desk->waitFor<Msg::Joined>(5000, [&](const Msg::Joined &j) { return j.room == room; }));
    QVERIFY2(phone->waitFor<Msg::Joined>(5000, [&](const Msg::Joined &j) { return j.room == room; }),
             "a room joined on one device is joined on the other");
    phone->send(Msg::Say{room, u"from the phone"_s, 1, false});
    QVERIFY(phone->waitFor<Msg::Ack>());
    QVERIFY(
        desk->waitFor<Msg::ChatMessage>(5000, [](const Msg::ChatMessage &m) { return m.text == "from the phone"_L1; }));
    desk->send(Msg::Leave{room});
    QVERIFY(desk->waitFor<Msg::Left>(5000, [&](const Msg::Left &l) { return l.room == room; }));
    QVERIFY2(phone->waitFor<Msg::Left>(5000, [&](const Msg::Left &l) { return l.room == room; }),
             "a room left on one device is left on the other");
    // And it stays left at the next login on a third device.
    auto laptop = device(m_a, u"laptop"_s);
    QVERIFY(laptop);
    QVERIFY(!laptop->auth().rooms.contains(room));
}

void TestServerDevices::aSecondDeviceIsNoNewsToTheRoom()
{
    auto desk = device(m_a, u"desk"_s, true);
    auto other = device(m_b, std::nullopt, true);
    QVERIFY(desk && other);
    other->received().clear();
    auto phone = device(m_a, u"phone"_s);
    QVERIFY(phone);
    QVERIFY(phone->waitFor<Msg::Joined>());
    // Only the phone's own traffic moved; the other account heard nothing of it.
    other->send(Msg::Ping{7});
    QVERIFY(other->waitFor<Msg::Pong>());
    QVERIFY2(!other->has<Msg::Notice>(), "a second device announced a join");
    QVERIFY2(!other->has<Msg::PresenceUpdate>(), "a second device announced presence");
    phone.reset(); // the phone goes away; the account is still online on the desk
    other->send(Msg::Ping{8});
    QVERIFY(other->waitFor<Msg::Pong>());
    QTest::qWait(200);
    QVERIFY2(!other->has<Msg::PresenceUpdate>(), "one device leaving made the account look offline");
    QVERIFY2(!other->has<Msg::Notice>(), "one device leaving was announced as a leave");
    // The members list names the account once.
    other->send(Msg::ListUsers{u"lobby"_s});
    const auto users = other->waitFor<Msg::UserList>();
    QVERIFY(users);
    QCOMPARE(std::count_if(users->users.cbegin(), users->users.cend(),
                           [&](const Msg::UserInfo &u) { return u.name == m_a; }),
             1);
    desk.reset();
    QVERIFY(other->waitFor<Msg::PresenceUpdate>(
        5000, [&](const Msg::PresenceUpdate &p) { return p.user == m_a && p.presence == Msg::Presence::Offline; }));
}

void TestServerDevices::theSameDeviceLoggingInAgainReplacesOnlyItself()
{
    auto desk = device(m_a, u"Desk"_s, true);
    auto phone = device(m_a, u"phone"_s);
    QVERIFY(desk && phone);
    auto deskAgain = device(m_a, u"desk"_s); // device names ignore case
    QVERIFY(deskAgain);
    const auto replaced =
        desk->waitFor<Msg::Notice>(5000, [](const Msg::Notice &n) { return n.event == Msg::NoticeEvent::Replaced; });
    QVERIFY(replaced);
    QVERIFY(desk->waitForDisconnect());
    phone->send(Msg::Ping{1});
    QVERIFY(phone->waitFor<Msg::Pong>());
    QVERIFY(phone->isConnected());
}

void TestServerDevices::aSessionIsListedAndEndedFromAnotherDevice()
{
    auto desk = device(m_a, u"desk"_s, true);
    auto phone = device(m_a, u"phone"_s);
    QVERIFY(desk && phone);
    const QString phoneToken = phone->auth().resumeToken;
    // Every device is told when another logs in.
    const auto list =
        desk->waitFor<Msg::SessionList>(5000, [](const Msg::SessionList &l) { return l.sessions.size() == 2; });
    QVERIFY(list);
    QCOMPARE(list->sessions[0].device, u"desk"_s);
    QVERIFY(list->sessions[0].current && list->sessions[0].online);
    QCOMPARE(list->sessions[1].device, u"phone"_s);
    QVERIFY(!list->sessions[1].current && list->sessions[1].online);
    QCOMPARE(list->sessions[1].address, std::optional<QString>(u"127.0.0.1"_s));

    desk->send(Msg::EndSession{u"nowhere"_s}, 5);
    const auto unknown = desk->waitFor<Msg::ErrorReply>();
    QVERIFY(unknown);
    QCOMPARE(unknown->code, u"no_such_session"_s);
    QCOMPARE(unknown->ref, std::optional<qint64>(5));

    desk->send(Msg::EndSession{u"PHONE"_s});
    const auto ended = phone->waitFor<Msg::Notice>(
        5000, [](const Msg::Notice &n) { return n.event == Msg::NoticeEvent::SessionEnded; });
    QVERIFY(ended);
    QVERIFY(ended->text.contains(u"desk"_s));
    QVERIFY(phone->waitForDisconnect());
    QVERIFY(desk->waitFor<Msg::SessionList>(5000, [](const Msg::SessionList &l) { return l.sessions.size() == 1; }));
    // Its token is revoked: the phone must log in with the password again.
    QCOMPARE(resumeError(phoneToken), u"invalid_token"_s);
}

void TestServerDevices::endingAnOfflineDeviceRevokesItsToken()
{
    QString phoneToken;
    {
        auto phone = device(m_a, u"phone"_s, true);
        QVERIFY(phone);
        phoneToken = phone->auth().resumeToken;
    }
    auto desk = device(m_a, u"desk"_s);
    QVERIFY(desk);
    // The phone's connection is gone, but it could still resume: listed as offline.
    auto list = desk->waitFor<Msg::SessionList>(
        5000, [](const Msg::SessionList &l) { return l.sessions.size() == 2 && !l.sessions[1].online; });
    QTRY_VERIFY_WITH_TIMEOUT_NOFAIL(list.has_value(), 100);
    if (!list) {
        desk->send(Msg::ListSessions{});
        list = desk->waitFor<Msg::SessionList>();
    }
    QVERIFY(list);
    QCOMPARE(list->sessions.size(), 2);
    QCOMPARE(list->sessions[1].device, u"phone"_s);
    QVERIFY(!list->sessions[1].online);
    QVERIFY(list->sessions[1].since.has_value());
    desk->send(Msg::EndSession{u"phone"_s});
    QVERIFY(desk->waitFor<Msg::SessionList>(5000, [](const Msg::SessionList &l) { return l.sessions.size() == 1; }));
    QCOMPARE(resumeError(phoneToken), u"invalid_token"_s);
}

void TestServerDevices::tooManyDevicesIsAClearError()
{
    // The server runs with --max-sessions-per-user 3.
    auto one = device(m_a, u"one"_s, true), two = device(m_a, u"two"_s), three = device(m_a, u"three"_s);
    QVERIFY(one && two && three);
    TestClient four;
    four.setDevice(u"four"_s);
    QVERIFY(four.connectTo(m_server.tcpPort()));
    QVERIFY(!four.login(m_a));
    QCOMPARE(four.lastError(), u"too_many_sessions"_s);
    QVERIFY(four.isConnected()); // it may try again, once another device is gone
    // A device already logged in may still log in again (it replaces itself).
    auto threeAgain = device(m_a, u"three"_s);
    QVERIFY(threeAgain);
    two.reset();
    // Once the server has seen the device go, there is room for another.
    QVERIFY(one->waitFor<Msg::SessionList>(5000, [](const Msg::SessionList &l) {
        return std::count_if(l.sessions.cbegin(), l.sessions.cend(), [](const auto &s) { return s.online; }) == 2;
    }));
    four.send(Msg::Login{m_a, u"password123"_s, u"four"_s});
    QVERIFY(four.waitFor<Msg::AuthOk>(20000));
}

void TestServerDevices::badDeviceNamesAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << u"   "_s;
    QTest::newRow("line break") << u"desk\nphone"_s;
    QTest::newRow("too long") << QString(65, u'x');
}

void TestServerDevices::badDeviceNamesAreRefused()
{
    QFETCH(QString, name);
    TestClient c;
    QVERIFY(c.connectTo(m_server.tcpPort()) && c.hello());
    QJsonObject login = Msg::Login{m_a, u"password123"_s}.toJson();
    login.insert("device"_L1, name);
    login.insert("ref"_L1, 3);
    c.sendRaw(Msg::encodeObject(login));
    const auto e = c.waitFor<Msg::ErrorReply>();
    QVERIFY(e);
    QCOMPARE(e->code, u"out_of_range"_s);
    QCOMPARE(e->ref, std::optional<qint64>(3));
    QVERIFY(c.isConnected());
}

void TestServerDevices::aDirectMessageToSomeoneOfflineWaitsForThem()
{
    {
        auto b = device(m_b, u"desk"_s, true);
        QVERIFY(b);
    } // ben exists, then goes offline
    auto a = device(m_a, u"desk"_s, true);
    QVERIFY(a);
    a->send(Msg::Whisper{m_b, u"see this when you are back"_s, 11, false});
    const auto ack = a->waitFor<Msg::Ack>();
    QVERIFY2(ack, "a message to someone offline is stored, not refused");
    QCOMPARE(ack->ref, 11);

    auto b = device(m_b, u"desk"_s);
    QVERIFY(b);
    const auto list = b->waitFor<Msg::ConversationList>();
    QVERIFY2(list, "the conversation list comes unasked after login");
    QCOMPARE(list->conversations.size(), 1);
    const Msg::ConversationInfo &c = list->conversations.first();
    QCOMPARE(c.with, m_a);
    QCOMPARE(c.lastId, ack->id);
    QCOMPARE(c.unread, 1);
    b->send(Msg::HistoryRequest{QString(), std::nullopt, std::nullopt, 50, std::nullopt, m_a.toUpper()});
    const auto page = b->waitFor<Msg::HistoryReply>();
    QVERIFY(page);
    QVERIFY(page->with.has_value());
    QCOMPARE(page->direct.size(), 1); // exactly once
    QCOMPARE(page->direct[0].id, ack->id);
    QCOMPARE(page->direct[0].from, m_a);
    QCOMPARE(page->direct[0].to, m_b);
    QCOMPARE(page->direct[0].text, u"see this when you are back"_s);
    QVERIFY(!b->has<Msg::PrivateMessage>()); // not pushed again as well: history is where it waits

    // Someone who does not exist at all is still an error.
    a->send(Msg::Whisper{u"ghost"_s, u"hello?"_s, 12, false});
    const auto e = a->waitFor<Msg::ErrorReply>();
    QVERIFY(e);
    QCOMPARE(e->code, u"no_such_user"_s);
    a->send(Msg::Whisper{m_a, u"me"_s, 13, false});
    QCOMPARE(a->waitFor<Msg::ErrorReply>()->code, u"out_of_range"_s);
}

void TestServerDevices::theSendersOtherDevicesSeeItsDirectMessages()
{
    auto b1 = device(m_b, u"desk"_s, true);
    auto b2 = device(m_b, u"phone"_s);
    auto a1 = device(m_a, u"desk"_s, true);
    auto a2 = device(m_a, u"phone"_s);
    QVERIFY(a1 && a2 && b1 && b2);
    a1->send(Msg::Whisper{m_b, u"to both of your devices"_s, 1, false});
    QVERIFY(a1->waitFor<Msg::Ack>());
    auto isIt = [](const Msg::PrivateMessage &m) { return m.text == "to both of your devices"_L1; };
    QVERIFY(b1->waitFor<Msg::PrivateMessage>(5000, isIt));
    QVERIFY(b2->waitFor<Msg::PrivateMessage>(5000, isIt));
    const auto echo = a2->waitFor<Msg::PrivateMessage>(5000, isIt);
    QVERIFY2(echo, "the sender's other device sees what it sent");
    QCOMPARE(echo->from, m_a);
    QCOMPARE(echo->to, m_b);
    QTest::qWait(100);
    QVERIFY2(!a1->has<Msg::PrivateMessage>(), "the sending device gets its ack, not a copy");
}

void TestServerDevices::readPositionsSyncAcrossDevicesAndLogins()
{
    auto b1 = device(m_b, u"desk"_s, true);
    auto b2 = device(m_b, u"phone"_s);
    auto a = device(m_a, u"desk"_s, true);
    QVERIFY(a && b1 && b2);
    qint64 lastId = 0;
    for (int i = 0; i < 3; ++i) {
        a->send(Msg::Whisper{m_b, u"number %1"_s.arg(i), i + 1, false});
        const auto ack = a->waitFor<Msg::Ack>();
        QVERIFY(ack);
        lastId = ack->id;
    }
    b1->send(Msg::ListConversations{});
    auto list = b1->waitFor<Msg::ConversationList>(5000, [](const Msg::ConversationList &l) {
        return !l.conversations.isEmpty() && l.conversations[0].unread == 3;
    });
    QVERIFY(list);
    // Read up to the second message on the desk: both devices hear it.
    b1->send(Msg::MarkRead{std::nullopt, m_a, lastId - 1});
    for (TestClient *b : {b1.get(), b2.get()}) {
        const auto marker = b->waitFor<Msg::ReadMarker>();
        QVERIFY(marker);
        QCOMPARE(marker->with, std::optional<QString>(m_a));
        QCOMPARE(marker->id, lastId - 1);
        QCOMPARE(marker->unread, 1);
    }
    // Backwards is ignored; past the newest message stops at it.
    b2->send(Msg::MarkRead{std::nullopt, m_a, 1});
    QCOMPARE(b2->waitFor<Msg::ReadMarker>()->id, lastId - 1);
    b2->send(Msg::MarkRead{std::nullopt, m_a, Protocol::MaxId});
    const auto all = b2->waitFor<Msg::ReadMarker>();
    QCOMPARE(all->id, lastId);
    QCOMPARE(all->unread, 0);
    // A later login starts where the devices left off.
    b1.reset();
    b2.reset();
    auto b3 = device(m_b, u"laptop"_s);
    QVERIFY(b3);
    list = b3->waitFor<Msg::ConversationList>();
    QVERIFY(list);
    QCOMPARE(list->conversations[0].lastRead, lastId);
    QCOMPARE(list->conversations[0].unread, 0);
}

void TestServerDevices::roomUnreadCountsComeWithJoined()
{
    const QString room = u"news%1"_s.arg(m_round);
    auto a = device(m_a, u"desk"_s, true);
    QVERIFY(a);
    a->send(Msg::Say{u"lobby"_s, u"said before ben came"_s, 1, false});
    QVERIFY(a->waitFor<Msg::Ack>());
    a->send(Msg::Join{room});
    QVERIFY(a->waitFor<Msg::Joined>(5000, [&](const Msg::Joined &j) { return j.room == room; }));
    a->send(Msg::Say{room, u"old news"_s, 2, false});
    QVERIFY(a->waitFor<Msg::Ack>());
    {
        auto b = device(m_b, u"desk"_s, true);
        QVERIFY(b);
        const auto lobby = b->waitFor<Msg::Joined>();
        QVERIFY(lobby);
        QCOMPARE(lobby->unread, std::optional<qint64>(0)); // what was said before joining is not news
        b->send(Msg::Join{room});
        const auto joined = b->waitFor<Msg::Joined>(5000, [&](const Msg::Joined &j) { return j.room == room; });
        QVERIFY(joined);
        QCOMPARE(joined->unread, std::optional<qint64>(0));
    }
    qint64 last = 0;
    for (int i = 0; i < 4; ++i) {
        a->send(Msg::Say{room, u"while you were away %1"_s.arg(i), 10 + i, false});
        last = a->waitFor<Msg::Ack>()->id;
    }
    auto b = device(m_b, u"desk"_s);
    QVERIFY(b);
    const auto joined = b->waitFor<Msg::Joined>(5000, [&](const Msg::Joined &j) { return j.room == room; });
    QVERIFY(joined);
    QCOMPARE(joined->unread, std::optional<qint64>(4));
    QVERIFY(joined->lastRead.has_value() && *joined->lastRead < last);
    b->send(Msg::MarkRead{room, std::nullopt, last});
    const auto marker = b->waitFor<Msg::ReadMarker>();
    QVERIFY(marker);
    QCOMPARE(marker->room, std::optional<QString>(room));
    QCOMPARE(marker->unread, 0);
    // Its own messages never count as unread.
    b->send(Msg::Say{room, u"my own"_s, 20, false});
    QVERIFY(b->waitFor<Msg::Ack>());
    b->send(Msg::Join{room});
    QCOMPARE(b->waitFor<Msg::Joined>(5000, [&](const Msg::Joined &j) { return j.room == room; })->unread,
             std::optional<qint64>(0));
    // A room the account is not in has no read position to move.
    b->send(Msg::MarkRead{u"elsewhere"_s, std::nullopt, last}, 21);
    const auto e = b->waitFor<Msg::ErrorReply>();
    QVERIFY(e);
    QCOMPARE(e->code, u"not_in_room"_s);
}

void TestServerDevices::nobodyReadsAnotherPairsConversation()
{
    auto a = device(m_a, u"desk"_s, true), b = device(m_b, u"desk"_s, true), c = device(m_c, u"desk"_s, true);
    QVERIFY(a && b && c);
    a->send(Msg::Whisper{m_b, u"between ann and ben"_s, 1, false});
    const auto ack = a->waitFor<Msg::Ack>();
    QVERIFY(ack);
    c->received().clear();
    // Cat asks for "the conversation with ben" and "with ann": cat's own (empty), never theirs.
    for (const QString &who : {m_a, m_b}) {
        c->send(Msg::HistoryRequest{QString(), std::nullopt, std::nullopt, 50, std::nullopt, who});
        const auto page = c->waitFor<Msg::HistoryReply>();
        QVERIFY(page);
        QVERIFY(page->direct.isEmpty());
        c->send(Msg::HistoryRequest{QString(), std::nullopt, std::nullopt, 50, ack->id, who});
        const auto around = c->waitFor<Msg::HistoryReply>();
        QVERIFY(around);
        QVERIFY(around->direct.isEmpty());
    }
    c->send(Msg::ListConversations{});
    const auto list = c->waitFor<Msg::ConversationList>();
    QVERIFY(list);
    QVERIFY(list->conversations.isEmpty());
    QVERIFY(!c->has<Msg::PrivateMessage>());
}

void TestServerDevices::aVersionOneClientIsServedAsBefore()
{
    auto modern = device(m_a, u"desk"_s, true);
    QVERIFY(modern);
    TestClient old;
    old.setProtocolVersion(1);
    QVERIFY(old.connectTo(m_server.tcpPort()));
    old.send(Msg::Hello{1, u"old"_s});
    const auto welcome = old.waitFor<Msg::Welcome>();
    QVERIFY(welcome);
    QCOMPARE(welcome->version, 1);
    old.send(Msg::Login{m_a, u"password123"_s});
    QVERIFY(old.waitFor<Msg::AuthOk>(20000));
    QVERIFY(old.waitFor<Msg::Joined>());
    QVERIFY(modern->isConnected()); // the unnamed device is a device of its own
    // Nothing of version 2 reaches it, even when the account's other device reads.
    modern->send(Msg::Say{u"lobby"_s, u"hello"_s, 1, false});
    const auto ack = modern->waitFor<Msg::Ack>();
    QVERIFY(ack);
    modern->send(Msg::MarkRead{u"lobby"_s, std::nullopt, ack->id});
    QVERIFY(modern->waitFor<Msg::ReadMarker>());
    modern->send(Msg::ListSessions{});
    QVERIFY(modern->waitFor<Msg::SessionList>(
        5000, [](const Msg::SessionList &l) { return l.sessions.size() == 2 && l.sessions[1].device.isEmpty(); }));
    old.send(Msg::Ping{1});
    QVERIFY(old.waitFor<Msg::Pong>());
    for (const Msg::Message &m : old.received()) {
        const QLatin1StringView type = Msg::typeOf(m);
        QVERIFY2(type != Msg::SessionList::Type && type != Msg::ConversationList::Type && type != Msg::ReadMarker::Type,
                 qPrintable(u"a version 1 client got %1"_s.arg(type)));
    }
    // A second version 1 login replaces the first, as it always did.
    TestClient old2;
    QVERIFY(old2.connectTo(m_server.tcpPort()));
    old2.setProtocolVersion(1);
    QVERIFY(old2.login(m_a));
    QVERIFY(old.waitFor<Msg::Notice>(5000, [](const Msg::Notice &n) { return n.event == Msg::NoticeEvent::Replaced; }));
    QVERIFY(modern->isConnected());
}

QTEST_GUILESS_MAIN(TestServerDevices)
#include "tst_server_devices.moc"
