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
    void aVersionOneClientIsServedAsBefore();
    void aResumeRefusedForTooManyDevicesKeepsItsToken();
    void replacingTheOnlyDeviceIsNoNewsToTheRoom();
    void roomsAreSizedInAccountsNotDevices();

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
    QVERIFY2(m_server.start({u"--max-sessions-per-user"_s, u"3"_s, u"--quiet-room-size"_s, u"4"_s}),
             m_server.errors().constData());
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
    return TestClient::open(m_server.tcpPort(), name, device, create);
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
    // Once the server has seen the device go, there is room for another. (A list sent while "three" was
    // being replaced also has two online: "two" must be the one gone.)
    QVERIFY(one->waitFor<Msg::SessionList>(5000, [](const Msg::SessionList &l) {
        const auto online = [](const auto &s) { return s.online; };
        const auto twoOnline = [](const auto &s) { return s.online && s.device == u"two"_s; };
        return std::count_if(l.sessions.cbegin(), l.sessions.cend(), online) == 2 &&
               std::none_of(l.sessions.cbegin(), l.sessions.cend(), twoOnline);
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
    old.send(Msg::Login{m_a, u"password123"_s, u"a name it cannot have"_s});
    const auto oldAuth = old.waitFor<Msg::AuthOk>(20000);
    QVERIFY(oldAuth);
    QVERIFY(!oldAuth->device.has_value());
    QVERIFY(old.waitFor<Msg::Joined>());
    // What version 2 added is unknown to it, even if it asks.
    old.send(Msg::ListSessions{}, 61);
    const auto unknown = old.waitFor<Msg::ErrorReply>();
    QVERIFY(unknown);
    QCOMPARE(unknown->code, u"unknown_type"_s);
    QCOMPARE(unknown->ref, std::optional<qint64>(61));
    old.send(Msg::EndSession{u"desk"_s}, 62);
    QCOMPARE(old.waitFor<Msg::ErrorReply>()->code, u"unknown_type"_s);
    QVERIFY(modern->isConnected());
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

void TestServerDevices::aResumeRefusedForTooManyDevicesKeepsItsToken()
{
    // The server runs with --max-sessions-per-user 3.
    QString token;
    {
        auto phone = device(m_a, u"phone"_s, true);
        QVERIFY(phone);
        token = phone->auth().resumeToken;
    }
    auto one = device(m_a, u"one"_s), two = device(m_a, u"two"_s), three = device(m_a, u"three"_s);
    QVERIFY(one && two && three);
    QCOMPARE(resumeError(token), u"too_many_sessions"_s);
    three.reset();
    QVERIFY(one->waitFor<Msg::SessionList>(5000, [](const Msg::SessionList &l) {
        return std::count_if(l.sessions.cbegin(), l.sessions.cend(), [](const auto &s) { return s.online; }) == 2;
    }));
    QCOMPARE(resumeError(token), QString()); // it still works, once there is room
}

void TestServerDevices::replacingTheOnlyDeviceIsNoNewsToTheRoom()
{
    auto desk = device(m_a, u"desk"_s, true);
    auto other = device(m_b, std::nullopt, true);
    QVERIFY(desk && other);
    other->send(Msg::Ping{1});
    QVERIFY(other->waitFor<Msg::Pong>());
    other->received().clear();
    auto deskAgain = device(m_a, u"desk"_s); // a new connection of the same device, as after a network change
    QVERIFY(deskAgain);
    QVERIFY(desk->waitForDisconnect());
    other->send(Msg::Ping{2});
    QVERIFY(other->waitFor<Msg::Pong>());
    QTest::qWait(100);
    QVERIFY2(!other->has<Msg::PresenceUpdate>(), "the account flapped offline and online");
    QVERIFY2(!other->has<Msg::Notice>(), "the account left and joined the room again");
}

void TestServerDevices::roomsAreSizedInAccountsNotDevices()
{
    // The server runs with --quiet-room-size 4: rooms of more than 4 accounts are not told of arrivals.
    const QString room = u"small%1"_s.arg(m_round);
    std::vector<std::unique_ptr<TestClient>> devices;
    for (const QString &name : {m_a, m_b}) {
        for (const QString &where : {u"desk"_s, u"phone"_s}) {
            devices.push_back(device(name, where, where == "desk"_L1));
            QVERIFY(devices.back());
            devices.back()->send(Msg::Join{room});
            QVERIFY(devices.back()->waitFor<Msg::Joined>(5000, [&](const Msg::Joined &j) { return j.room == room; }));
        }
    }
    // Four sessions, two accounts: the room is small, and a third account's arrival is news.
    auto c = device(m_c, u"desk"_s, true);
    QVERIFY(c);
    c->send(Msg::Join{room});
    const auto joined = c->waitFor<Msg::Joined>(5000, [&](const Msg::Joined &j) { return j.room == room; });
    QVERIFY(joined);
    QCOMPARE(joined->members.size(), 3);
    QVERIFY(!joined->total.has_value());
    QVERIFY(devices.front()->waitFor<Msg::Notice>(5000, [&](const Msg::Notice &n) {
        return n.event == Msg::NoticeEvent::Join && n.user == m_c && n.room == room;
    }));
}

QTEST_GUILESS_MAIN(TestServerDevices)
#include "tst_server_devices.moc"
