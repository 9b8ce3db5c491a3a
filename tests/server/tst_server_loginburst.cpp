// A burst of logins at the real work factor must not hold up anyone else's chat: hashing runs off the
// event loop. This checks the order of events, not their timing (timings belong in the benchmark).
#include "serverprocess.h"
#include "testclient.h"

#include <QtCrypto>
#include <memory>

using namespace Qt::Literals::StringLiterals;

class TestServerLoginBurst : public QObject
{
    Q_OBJECT
private slots:
    void pingIsAnsweredBeforeTheBurstEnds();
};

void TestServerLoginBurst::pingIsAnsweredBeforeTheBurstEnds()
{
    constexpr int Burst = 20;
    ServerProcess server;
    // The production cost (19 MiB, 2 passes) and two hashes at a time.
    QVERIFY(server.start({u"--hash-memory-kib"_s, u"19456"_s, u"--hash-ops"_s, u"2"_s, u"--hash-threads"_s, u"2"_s}));
    TestClient observer;
    QVERIFY(observer.connectTo(server.tcpPort()) && observer.registerUser(u"observer"_s));

    std::vector<std::unique_ptr<TestClient>> burst;
    for (int i = 0; i < Burst; ++i) {
        auto c = std::make_unique<TestClient>();
        QVERIFY(c->connectTo(server.tcpPort()));
        QVERIFY(c->hello());
        burst.push_back(std::move(c));
    }
    int order = 0;
    int pongAt = -1;
    QList<int> authAt;
    for (auto &c : burst) {
        connect(c->connection(), &Connection::messageReceived, this, [&](const Msg::Message &m) {
            if (std::holds_alternative<Msg::AuthOk>(m))
                authAt << ++order;
        });
        c->send(Msg::Register{u"burst%1"_s.arg(&c - &burst[0]), u"password123"_s});
    }
    connect(observer.connection(), &Connection::messageReceived, this, [&](const Msg::Message &m) {
        if (std::holds_alternative<Msg::Pong>(m) && pongAt < 0)
            pongAt = ++order;
    });
    observer.send(Msg::Ping{1}); // sent after every registration of the burst
    QTRY_COMPARE_WITH_TIMEOUT(authAt.size(), Burst, 60000);
    QVERIFY(pongAt > 0);
    QVERIFY2(pongAt < authAt.last(),
             qPrintable(u"the pong came after the last login (%1 of %2)"_s.arg(pongAt).arg(order)));
    // Stronger: it came before most of them, since at most two hashes run at a time.
    QVERIFY(pongAt <= 3);
}

QTEST_GUILESS_MAIN(TestServerLoginBurst)
#include "tst_server_loginburst.moc"
