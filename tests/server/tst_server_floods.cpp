// A client that floods any request gets rate_limited (with its ref and the delay to wait), then is closed,
// and costs no one else their service: the request budget of RequestBudget, against the real server.
#include "serverprocess.h"
#include "testclient.h"

#include <QElapsedTimer>
#include <QtCrypto>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

class TestServerFloods : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void overBudgetIsAnsweredWithTheDelay_data();
    void overBudgetIsAnsweredWithTheDelay();
    void floodIsClosedAndCostsOthersNothing_data();
    void floodIsClosedAndCostsOthersNothing();
    void typingIsLimitedToAPersonsPace();
    void typingDatagramsAreLimitedToo();
    void aClientThatWaitsAsToldIsNeverClosed();
    void slippingAllowedRequestsBetweenRefusedOnesIsClosed();
    void oneAtATimeWaitingAsToldIsNeverClosed();
    void comingBackDoesNotRefillTheBudget();

private:
    // Registers both, and has both join the room.
    bool loggedInTogether(TestClient &a, const QString &aName, TestClient &b, const QString &bName,
                          const QString &room);

    QCA::Initializer m_qca;
    ServerProcess m_server;
    // The same burst, refilled slowly: what a burst answers must not depend on how long the server (under
    // the sanitizers, on a busy machine) takes to store 200 messages while the budget refills.
    ServerProcess m_slowRefill;
    int m_round = 0;
    int m_floodsClosed = 0;
    static constexpr int RefusalsAtOnce = 50; // docs/SECURITY.md
};

void TestServerFloods::initTestCase()
{
    // The defaults of docs/SECURITY.md (ServerProcess turns the budget off for other tests).
    QVERIFY(m_server.start({u"--request-rate"_s, u"20"_s, u"--request-burst"_s, u"200"_s}));
    QVERIFY(m_slowRefill.start({u"--request-rate"_s, u"2"_s, u"--request-burst"_s, u"200"_s}));
}

bool TestServerFloods::loggedInTogether(TestClient &a, const QString &aName, TestClient &b, const QString &bName,
                                        const QString &room)
{
    if (!a.connectTo(m_server.tcpPort()) || !a.registerUser(aName) || !b.connectTo(m_server.tcpPort()) ||
        !b.registerUser(bName))
        return false;
    for (TestClient *c : {&a, &b}) {
        c->send(Msg::Join{room});
        if (!c->waitFor<Msg::Joined>(5000, [&](const Msg::Joined &j) { return j.room == room; }))
            return false;
    }
    return true;
}

// Each request kind, with what the budget allows of it at once (docs/PROTOCOL.md, section 4).
static void requestKinds()
{
    QTest::addColumn<bool>("loggedIn");
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("allowedAtOnce");
    QTest::newRow("ping before hello") << false << QByteArray(R"({"type":"ping","ts":1)") << 20;
    QTest::newRow("hello again and again") << false << QByteArray(R"({"type":"hello","version":1,"client":"x")") << 20;
    QTest::newRow("invalid frames before login") << false << QByteArray(R"({"type":"nonsense")") << 20;
    QTest::newRow("ping") << true << QByteArray(R"({"type":"ping","ts":1)") << 200;
    QTest::newRow("big pings") << true << QByteArray(R"({"type":"ping","ts":1,"pad":")" + QByteArray(60'000, 'p') + '"')
                               << 20; // a unit per 4 KiB, at most 10
    QTest::newRow("list_users") << true << QByteArray(R"({"type":"list_users")") << 20;
    QTest::newRow("list_rooms") << true << QByteArray(R"({"type":"list_rooms")") << 40;
    QTest::newRow("history") << true << QByteArray(R"({"type":"history","room":"lobby","limit":100)") << 40;
    QTest::newRow("join") << true << QByteArray(R"({"type":"join","room":"lobby")") << 100;
    QTest::newRow("say") << true << QByteArray(R"({"type":"say","room":"lobby","text":"spam")") << 200;
    QTest::newRow("typing") << true << QByteArray(R"({"type":"typing","room":"lobby","active":true)") << 6;
    QTest::newRow("invalid frames") << true << QByteArray(R"({"type":"say","room":"lobby","text":"")") << 200;
}

static QByteArray copies(const QByteArray &request, int count)
{
    QByteArray out;
    for (int ref = 1; ref <= count; ++ref)
        out += request + ",\"ref\":" + QByteArray::number(ref) + "}\n";
    return out;
}

void TestServerFloods::overBudgetIsAnsweredWithTheDelay_data()
{
    requestKinds();
}

void TestServerFloods::overBudgetIsAnsweredWithTheDelay()
{
    QFETCH(bool, loggedIn);
    QFETCH(QByteArray, request);
    QFETCH(int, allowedAtOnce);
    ++m_round;
    TestClient eager;
    QVERIFY(eager.connectTo(m_slowRefill.tcpPort()));
    if (loggedIn)
        QVERIFY(eager.registerUser(u"eager%1"_s.arg(m_round)));
    // The budget's burst, then 20 more: fewer than the refusals that close a connection.
    constexpr int Extra = 20;
    eager.sendRaw(copies(request, allowedAtOnce + Extra));
    const auto isRefusal = [](const Msg::Message &m) {
        const auto *e = std::get_if<Msg::ErrorReply>(&m);
        return e && e->code == "rate_limited"_L1;
    };
    QTRY_VERIFY(std::count_if(eager.received().cbegin(), eager.received().cend(), isRefusal) >= Extra - 2);
    QSet<qint64> refs;
    for (const Msg::Message &m : std::as_const(eager.received())) {
        if (!isRefusal(m))
            continue;
        const auto &e = std::get<Msg::ErrorReply>(m);
        QVERIFY(e.retryAfterMs.value_or(0) > 0 && *e.retryAfterMs <= 10'000);
        QVERIFY(e.ref && *e.ref > allowedAtOnce - 3 && *e.ref <= allowedAtOnce + Extra);
        refs.insert(*e.ref);
    }
    QVERIFY(refs.size() >= Extra - 2); // one answer for each request refused
    QVERIFY(eager.isConnected());
}

void TestServerFloods::floodIsClosedAndCostsOthersNothing_data()
{
    requestKinds();
}

void TestServerFloods::floodIsClosedAndCostsOthersNothing()
{
    QFETCH(bool, loggedIn);
    QFETCH(QByteArray, request);
    ++m_round;
    // Someone in another room goes on chatting with a friend the whole time.
    const QString quietRoom = u"quiet%1"_s.arg(m_round);
    TestClient speaker, listener;
    QVERIFY(loggedInTogether(speaker, u"speaker%1"_s.arg(m_round), listener, u"listener%1"_s.arg(m_round), quietRoom));

    TestClient hostile;
    QVERIFY(hostile.connectTo(m_server.tcpPort()));
    if (loggedIn)
        QVERIFY(hostile.registerUser(u"hostile%1"_s.arg(m_round)));
    // 5,000 requests, or 32 MiB of big ones: far past the budget and the refusals that close it either way.
    // (5,000 big pings would be 300 MB for this process to copy and write while the speaker waits.)
    hostile.sendRaw(copies(request, int(std::min<qsizetype>(5000, 32 * 1024 * 1024 / request.size()))));

    int delivered = 0;
    QElapsedTimer sinceStart;
    sinceStart.start();
    for (int i = 0; i < 20; ++i) {
        speaker.send(Msg::Say{quietRoom, u"still here %1"_s.arg(i), i, false});
        QVERIFY(speaker.waitFor<Msg::Ack>(5000, [i](const Msg::Ack &a) { return a.ref == i; }));
        if (listener.waitFor<Msg::ChatMessage>(5000, [&](const Msg::ChatMessage &m) { return m.room == quietRoom; }))
            ++delivered;
        QTest::qWait(20);
    }
    QCOMPARE(delivered, 20);

    // The flooder was closed. (What it was told on the way may not reach it: closing a connection whose
    // peer is still sending makes the kernel reset it, and the peer's kernel drops what it had not read.)
    QVERIFY(hostile.waitForDisconnect(10000));
    const auto refusals = std::count_if(hostile.received().cbegin(), hostile.received().cend(), [](const auto &m) {
        const auto *e = std::get_if<Msg::ErrorReply>(&m);
        return e && e->code == "rate_limited"_L1;
    });
    // Answers stop at the close: the first refusal (held against no one: nothing was asked of the client
    // yet), the 50 it may run up, and the last; and a few free ones if the server, busy, let delays pass.
    QVERIFY2(refusals <= RefusalsAtOnce + 10, qPrintable(u"%1 refusals"_s.arg(refusals)));
    QVERIFY(speaker.isConnected() && listener.isConnected());
    ++m_floodsClosed;
    QVERIFY(m_server.statsShow(QByteArray::number(m_floodsClosed) + " closed for flooding"));
}

void TestServerFloods::typingIsLimitedToAPersonsPace()
{
    ++m_round;
    const QString room = u"typists%1"_s.arg(m_round);
    TestClient typist, watcher;
    QVERIFY(loggedInTogether(typist, u"typist%1"_s.arg(m_round), watcher, u"watcher%1"_s.arg(m_round), room));
    // Start and stop as fast as the socket takes them: 1,000 events in one write.
    QByteArray burst;
    for (int i = 0; i < 500; ++i)
        burst += Msg::encode(Msg::Typing{room, true, {}, {}}) + Msg::encode(Msg::Typing{room, false, {}, {}});
    typist.sendRaw(burst);
    QVERIFY(typist.waitForDisconnect(10000)); // it kept going after being told to wait
    watcher.send(Msg::Ping{1});
    QVERIFY(watcher.waitFor<Msg::Pong>());
    QTest::qWait(200);
    const auto relayed = std::count_if(watcher.received().cbegin(), watcher.received().cend(),
                                       [](const auto &m) { return std::holds_alternative<Msg::Typing>(m); });
    // The typing budget's burst, plus what its rate refills while the burst is read; never the 1,000.
    QVERIFY2(relayed >= 1 && relayed <= 10, qPrintable(u"%1 typing events relayed"_s.arg(relayed)));
}

void TestServerFloods::typingDatagramsAreLimitedToo()
{
    ++m_round;
    const QString room = u"udptypists%1"_s.arg(m_round);
    TestClient typist, watcher;
    QVERIFY(loggedInTogether(typist, u"udptypist%1"_s.arg(m_round), watcher, u"udpwatcher%1"_s.arg(m_round), room));
    for (int i = 0; i < 200; ++i)
        QVERIFY(typist.sendUdp(m_server.udpPort(), Msg::Typing{room, i % 2 == 0, {}, {}}));
    watcher.send(Msg::Ping{1});
    QVERIFY(watcher.waitFor<Msg::Pong>());
    QTest::qWait(300);
    const auto relayed = std::count_if(watcher.received().cbegin(), watcher.received().cend(),
                                       [](const auto &m) { return std::holds_alternative<Msg::Typing>(m); });
    QVERIFY2(relayed >= 1 && relayed <= 10, qPrintable(u"%1 typing events relayed"_s.arg(relayed)));
    QVERIFY(typist.isConnected()); // UDP has no answer to give: the datagrams are dropped, nothing more
}

void TestServerFloods::aClientThatWaitsAsToldIsNeverClosed()
{
    ++m_round;
    TestClient patient;
    QVERIFY(patient.connectTo(m_server.tcpPort()) && patient.registerUser(u"patient%1"_s.arg(m_round)));
    // Twice the burst of history pages at once, then each refused one again after the delay it was given.
    constexpr int Pages = 30; // full pages of 200, 10 units each: 300 units against a burst of 200
    for (qint64 ref = 1; ref <= Pages; ++ref)
        patient.send(Msg::HistoryRequest{u"lobby"_s, std::nullopt, std::nullopt, 200, std::nullopt}, ref);
    int replies = 0, refusals = 0;
    QElapsedTimer time;
    time.start();
    while (replies < Pages && time.elapsed() < 60'000) {
        QTRY_VERIFY(!patient.received().isEmpty());
        const Msg::Message m = patient.received().takeFirst();
        if (std::holds_alternative<Msg::HistoryReply>(m)) {
            ++replies;
        } else if (const auto *e = std::get_if<Msg::ErrorReply>(&m)) {
            QCOMPARE(e->code, u"rate_limited"_s);
            QVERIFY(e->ref && *e->ref >= 1 && *e->ref <= Pages);
            QVERIFY(e->retryAfterMs.value_or(0) > 0);
            ++refusals;
            QTest::qWait(int(*e->retryAfterMs));
            patient.send(Msg::HistoryRequest{u"lobby"_s, std::nullopt, std::nullopt, 200, std::nullopt}, *e->ref);
        }
    }
    QCOMPARE(replies, Pages);
    QVERIFY(refusals > 0); // the budget was reached: otherwise this proves nothing
    QVERIFY(patient.isConnected());
}

void TestServerFloods::slippingAllowedRequestsBetweenRefusedOnesIsClosed()
{
    ++m_round;
    TestClient sly;
    QVERIFY(sly.connectTo(m_server.tcpPort()) && sly.registerUser(u"sly%1"_s.arg(m_round)));
    // Spend the budget, then each time a unit has come back: one allowed ping and 40 refused full user
    // lists. Refusals are never "in a row", yet they go on far faster than a client that waits would see.
    sly.sendRaw(copies(R"({"type":"list_users")", 20));
    QElapsedTimer time;
    time.start();
    while (sly.isConnected() && time.elapsed() < 10'000) {
        QTest::qWait(60);
        sly.sendRaw(copies(R"({"type":"ping","ts":1)", 1) + copies(R"({"type":"list_users")", 40));
    }
    QVERIFY2(!sly.isConnected(), "a client slipping allowed requests between refused ones was never closed");
    ++m_floodsClosed;
}

void TestServerFloods::oneAtATimeWaitingAsToldIsNeverClosed()
{
    // The simplest client that obeys PROTOCOL.md: one request at a time; when refused, wait retryAfterMs and
    // send it again; when answered, send the next at once. Past its burst nearly every request is refused
    // once (the budget is still empty when the next one goes), far more than the 50 refusals a flooder
    // gets, and it must still never be closed.
    ++m_round;
    TestClient polite;
    QVERIFY(polite.connectTo(m_server.tcpPort()) && polite.registerUser(u"polite%1"_s.arg(m_round)));
    constexpr int Pings = 400; // the burst of 200 units, then 200 more at 20 a second
    int answered = 0, refusals = 0;
    qint64 ref = 1;
    polite.send(Msg::Ping{1}, ref);
    QElapsedTimer time;
    time.start();
    while (answered < Pings && polite.isConnected() && time.elapsed() < 60'000) {
        // Polled every 5 ms (QTRY_VERIFY's 50 would let the budget refill between requests).
        QTRY_VERIFY_WITH_TIMEOUT_NOFAIL(!polite.received().isEmpty() || !polite.isConnected(), 10'000);
        if (polite.received().isEmpty())
            break;
        const Msg::Message m = polite.received().takeFirst();
        if (std::holds_alternative<Msg::Pong>(m)) {
            ++answered;
            polite.send(Msg::Ping{1}, ++ref);
        } else if (const auto *e = std::get_if<Msg::ErrorReply>(&m)) {
            QCOMPARE(e->code, u"rate_limited"_s);
            QCOMPARE(e->ref, std::optional<qint64>(ref));
            QVERIFY(e->retryAfterMs.value_or(0) > 0);
            ++refusals;
            QTest::qWait(int(*e->retryAfterMs));
            polite.send(Msg::Ping{1}, ref);
        }
    }
    QVERIFY2(polite.isConnected(),
             qPrintable(u"closed after %1 answers and %2 refusals"_s.arg(answered).arg(refusals)));
    QCOMPARE(answered, Pings);
    QVERIFY2(refusals > RefusalsAtOnce, qPrintable(u"%1 refusals"_s.arg(refusals))); // else this proves nothing
}

void TestServerFloods::comingBackDoesNotRefillTheBudget()
{
    // A client that spends its budget, leaves and logs in again goes on with what it left: otherwise one
    // closed for flooding would come back with a fresh burst every time the connection rate lets it in.
    ++m_round;
    const QString name = u"returning%1"_s.arg(m_round);
    {
        TestClient spender;
        QVERIFY(spender.connectTo(m_server.tcpPort()) && spender.registerUser(name));
        spender.sendRaw(copies(R"({"type":"ping","ts":1)", 200)); // the whole burst
        QTRY_VERIFY(std::count_if(spender.received().cbegin(), spender.received().cend(),
                                  [](const auto &m) { return std::holds_alternative<Msg::Pong>(m); }) == 200);
        spender.connection()->abort();
    }
    TestClient again;
    QVERIFY(again.connectTo(m_server.tcpPort()) && again.login(name));
    // One at a time until the first refusal: a fresh budget would allow 200; what was left allows what
    // the seconds between the sessions refilled (20 a second).
    int allowed = 0;
    for (qint64 ref = 1; ref <= 200; ++ref) {
        again.send(Msg::Ping{1}, ref);
        bool pong = false, refused = false;
        QTRY_VERIFY_WITH_TIMEOUT_NOFAIL((pong = again.has<Msg::Pong>()) || (refused = again.has<Msg::ErrorReply>()),
                                        10'000);
        if (!pong) {
            QVERIFY(refused);
            break;
        }
        ++allowed;
    }
    QVERIFY2(allowed < 100, qPrintable(u"%1 pings allowed at once after coming back"_s.arg(allowed)));
}

QTEST_GUILESS_MAIN(TestServerFloods)
#include "tst_server_floods.moc"
