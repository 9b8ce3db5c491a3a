// The server's clocks: intervals (heartbeat, limits, expiry of typing) run on a monotonic clock, so a step of
// the wall clock (NTP, a resumed virtual machine) drops no one and stops no timeout; resume tokens expire by
// the wall clock, since they outlive restarts. The wall clock is stepped for real, for the server process
// alone, with libfaketime (Debian's faketime package).
#include "serverprocess.h"
#include "testclient.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtCrypto>

using namespace Qt::Literals::StringLiterals;

class TestServerClock : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void wallClockStepsDropNoOneAndStopNoTimeout_data();
    void wallClockStepsDropNoOneAndStopNoTimeout();
    void aLongSessionStillResumes();
    void resumeTokensExpireByTheWallClock_data();
    void resumeTokensExpireByTheWallClock();

private:
    // Starts the server with its wall clock where setWallClockOffset() puts it; the monotonic clock is real.
    bool startWithFakeWallClock(ServerProcess &server, const QStringList &args);
    // "+1d", "-1d", "+0": read by the server's libfaketime at every clock read.
    void setWallClockOffset(const QByteArray &offset);

    QCA::Initializer m_qca;
    QTemporaryDir m_dir;
    QString m_library;
};

void TestServerClock::initTestCase()
{
    for (const QString &path :
         {u"/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1"_s,
          u"/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1"_s, u"/usr/lib/faketime/libfaketime.so.1"_s}) {
        if (QFile::exists(path))
            m_library = path;
    }
    QVERIFY2(!m_library.isEmpty(), "libfaketime is missing: install Debian's faketime package (README.md)");
    QVERIFY(m_dir.isValid());
}

void TestServerClock::setWallClockOffset(const QByteArray &offset)
{
    QFile file(m_dir.filePath(u"faketime"_s));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(offset + '\n');
}

bool TestServerClock::startWithFakeWallClock(ServerProcess &server, const QStringList &args)
{
    setWallClockOffset("+0");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LD_PRELOAD"_s, m_library);
    env.insert(u"FAKETIME_TIMESTAMP_FILE"_s, m_dir.filePath(u"faketime"_s));
    env.insert(u"FAKETIME_NO_CACHE"_s, u"1"_s);
    env.insert(u"FAKETIME_DONT_FAKE_MONOTONIC"_s, u"1"_s);
    env.insert(u"FAKETIME_DONT_RESET"_s, u"1"_s);
    // Under AddressSanitizer, a preloaded library comes before the sanitizer's runtime; that is fine here.
    const QString asan = env.value(u"ASAN_OPTIONS"_s);
    env.insert(u"ASAN_OPTIONS"_s, (asan.isEmpty() ? QString() : asan + u':') + u"verify_asan_link_order=0"_s);
    server.process().setProcessEnvironment(env);
    return server.start(args);
}

void TestServerClock::wallClockStepsDropNoOneAndStopNoTimeout_data()
{
    QTest::addColumn<QByteArray>("step");
    QTest::newRow("a day forward") << QByteArray("+1d");
    QTest::newRow("a day back") << QByteArray("-1d");
}

void TestServerClock::wallClockStepsDropNoOneAndStopNoTimeout()
{
    QFETCH(QByteArray, step);
    ServerProcess server;
    QVERIFY2(startWithFakeWallClock(server,
                                    {u"--heartbeat-interval-ms"_s, u"200"_s, u"--heartbeat-timeout-ms"_s, u"1500"_s}),
             server.errors().constData());
    TestClient alive, silent;
    QVERIFY(alive.connectTo(server.tcpPort()) && alive.registerUser(u"alive"_s));
    QVERIFY(silent.connectTo(server.tcpPort()) && silent.registerUser(u"silent"_s));
    setWallClockOffset(step);
    silent.setAutoPong(false); // from now on it neither pings nor answers
    // Forward, a wall-clock heartbeat thinks everyone was silent for a day; back, that no one ever is.
    QVERIFY2(silent.waitForDisconnect(8000), "a silent client was never dropped after the clock step");
    QTest::qWait(1500); // another timeout's worth
    QVERIFY2(alive.isConnected(), "a client answering every ping was dropped after the clock step");
    alive.send(Msg::Ping{1});
    QVERIFY(alive.waitFor<Msg::Pong>());
    // The wall clock still gives the timestamps people see.
    alive.send(Msg::Say{u"lobby"_s, u"what day is it?"_s, 1, false});
    const auto ack = alive.waitFor<Msg::Ack>();
    QVERIFY(ack);
    const qint64 shift = step.startsWith('+') ? 86'400'000 : -86'400'000;
    QVERIFY(qAbs(ack->ts - (QDateTime::currentMSecsSinceEpoch() + shift)) < 60'000);
}

void TestServerClock::aLongSessionStillResumes()
{
    ServerProcess server;
    QVERIFY(startWithFakeWallClock(server, {}));
    TestClient c;
    QVERIFY(c.connectTo(server.tcpPort()) && c.registerUser(u"stayer"_s));
    const QString token = c.auth().resumeToken;
    setWallClockOffset("+8d"); // a desktop left logged in for eight days; then the connection drops
    TestClient other;          // someone logs in meanwhile (which clears expired tokens)
    QVERIFY(other.connectTo(server.tcpPort()) && other.registerUser(u"passerby"_s));
    c.connection()->abort();
    QTest::qWait(200);
    TestClient back;
    QVERIFY(back.connectTo(server.tcpPort()) && back.hello());
    back.send(Msg::Resume{token});
    QVERIFY2(back.waitFor<Msg::AuthOk>(), "a token expired while its session was still going on");
}

void TestServerClock::resumeTokensExpireByTheWallClock_data()
{
    QTest::addColumn<QByteArray>("later");
    QTest::addColumn<bool>("resumes");
    QTest::newRow("six days later") << QByteArray("+6d") << true;
    QTest::newRow("eight days later") << QByteArray("+8d") << false;
}

void TestServerClock::resumeTokensExpireByTheWallClock()
{
    QFETCH(QByteArray, later);
    QFETCH(bool, resumes);
    ServerProcess server;
    QVERIFY(startWithFakeWallClock(server, {}));
    QString token;
    {
        TestClient c;
        QVERIFY(c.connectTo(server.tcpPort()) && c.registerUser(u"traveller"_s));
        token = c.auth().resumeToken;
    }
    QTest::qWait(200); // the session has ended: its token now runs for 7 days
    setWallClockOffset(later);
    TestClient back;
    QVERIFY(back.connectTo(server.tcpPort()) && back.hello());
    back.send(Msg::Resume{token});
    QTRY_VERIFY(!back.received().isEmpty());
    if (resumes) {
        QVERIFY(back.waitFor<Msg::AuthOk>(100));
    } else {
        const auto e = back.waitFor<Msg::ErrorReply>(100);
        QVERIFY(e);
        QCOMPARE(e->code, u"invalid_token"_s);
    }
}

QTEST_GUILESS_MAIN(TestServerClock)
#include "tst_server_clock.moc"
