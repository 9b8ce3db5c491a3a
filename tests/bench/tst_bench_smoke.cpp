// chatroom-bench against a real server: a burst and a steady rate, with every message delivered exactly once;
// and with a flooder beside them, which the server's request budget closes while the others lose nothing.
#include "serverprocess.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestBenchSmoke : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void shapes_data();
    void shapes();
    void flooderIsClosed_data();
    void flooderIsClosed();
    void badOptionsAreNamed_data();
    void badOptionsAreNamed();

private:
    ServerProcess m_server;
    ServerProcess m_budgeted; // the request budget at its defaults, as the flood scenario runs it
    QTemporaryDir m_out;
};

void TestBenchSmoke::initTestCase()
{
    QVERIFY(m_server.start()); // TLS, as in production
    QVERIFY(m_budgeted.start({u"--request-rate"_s, u"20"_s}));
}

void TestBenchSmoke::shapes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("expected");
    QTest::newRow("burst-one-room") << QStringList{u"--clients"_s, u"20"_s, u"--messages"_s, u"5"_s} << 20 * 5 * 19;
    QTest::newRow("rate-small-rooms") << QStringList{u"--clients"_s, u"24"_s, u"--rooms"_s,    u"6"_s,
                                                     u"--rate"_s,    u"10"_s, u"--duration"_s, u"1"_s}
                                      << 24 * 10 * 3;
    // Random times: as many as the schedule drew (-1: the JSON's own expectation, checked to be near 240).
    QTest::newRow("poisson") << QStringList{u"--clients"_s, u"24"_s,         u"--rooms"_s, u"6"_s,        u"--rate"_s,
                                            u"10"_s,        u"--duration"_s, u"1"_s,       u"--poisson"_s}
                             << -1;
    QTest::newRow("idle") << QStringList{u"--clients"_s, u"30"_s, u"--idle"_s} << 0;
}

void TestBenchSmoke::shapes()
{
    QFETCH(QStringList, args);
    QFETCH(int, expected);
    const QString json = m_out.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".json"_s);
    QProcess bench;
    bench.start(QStringLiteral(CHATROOM_BENCH_BINARY),
                args + QStringList{u"--port"_s, QString::number(m_server.tcpPort()), u"--server-pid"_s,
                                   QString::number(m_server.process().processId()), u"--json"_s, json, u"--quiet"_s,
                                   u"--timeout"_s, u"30"_s});
    QVERIFY(bench.waitForFinished(60'000));
    const QByteArray out = bench.readAllStandardOutput();
    QVERIFY2(bench.exitCode() == 0, out.constData());
    QVERIFY(out.contains("result                       OK"));
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject r = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(r.value(u"ok"_s).toBool(), true);
    QCOMPARE(r.value(u"lost"_s).toInteger(), 0);
    QCOMPARE(r.value(u"duplicates"_s).toInteger(), 0);
    if (expected < 0) {
        QCOMPARE(r.value(u"arrivals"_s).toString(), u"poisson"_s);
        const qint64 drawn = r.value(u"sent"_s).toInteger();
        QVERIFY2(drawn > 150 && drawn < 350, qPrintable(QString::number(drawn))); // 240 on average
        expected = int(r.value(u"expectedDeliveries"_s).toInteger());
        QCOMPARE(expected, drawn * 3);
    }
    QCOMPARE(r.value(u"delivered"_s).toInteger(), expected);
    QVERIFY(r.value(u"serverRssKib"_s).toInteger() > 0 || expected > 0);
}

void TestBenchSmoke::flooderIsClosed_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("before hello") << u"ping-before-hello"_s;
    QTest::newRow("logged in") << u"typing"_s;
}

void TestBenchSmoke::flooderIsClosed()
{
    QFETCH(QString, kind);
    const QString json = m_out.filePath(u"flood-"_s + kind + u".json"_s);
    QProcess bench;
    bench.start(QStringLiteral(CHATROOM_BENCH_BINARY),
                {u"--clients"_s, u"10"_s, u"--senders"_s, u"4"_s, u"--rate"_s, u"5"_s, u"--duration"_s, u"2"_s,
                 u"--flood"_s, kind, u"--port"_s, QString::number(m_budgeted.tcpPort()), u"--json"_s, json,
                 u"--quiet"_s, u"--timeout"_s, u"30"_s});
    // Wait in the event loop, not in waitForFinished(): the server logs every connection it closes for
    // flooding, and a server whose stderr pipe nobody empties stops when the pipe is full.
    QVERIFY(QTest::qWaitFor([&] { return bench.state() == QProcess::NotRunning; }, 60'000));
    const QByteArray out = bench.readAllStandardOutput();
    QVERIFY2(bench.exitCode() == 0, out.constData());
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject r = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(r.value(u"flood"_s).toString(), kind);
    QCOMPARE(r.value(u"lost"_s).toInteger(), 0);
    QCOMPARE(r.value(u"duplicates"_s).toInteger(), 0);
    QCOMPARE(r.value(u"delivered"_s).toInteger(), 4 * 10 * 9);
    QVERIFY2(r.value(u"floodCloses"_s).toInteger() > 0, out.constData());
    QVERIFY2(r.value(u"floodRefusals"_s).toInteger() > 0, out.constData());
}

void TestBenchSmoke::badOptionsAreNamed_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("clients not a number")
        << QStringList{u"--clients"_s, u"many"_s} << u"--clients must be a whole number from 1 to 1000000"_s;
    QTest::newRow("port out of range") << QStringList{u"--port"_s, u"70000"_s}
                                       << u"--port takes ports from 1 to 65535"_s;
    QTest::newRow("negative rate") << QStringList{u"--rate"_s, u"-1"_s} << u"--rate must be a number from 0"_s;
    QTest::newRow("more rooms than clients")
        << QStringList{u"--clients"_s, u"2"_s, u"--rooms"_s, u"3"_s} << u"--rooms must be a whole number from 1 to 2"_s;
    QTest::newRow("unknown flood") << QStringList{u"--flood"_s, u"everything"_s}
                                   << u"--flood must be one of ping-before-hello, ping, list-users"_s;
    QTest::newRow("flood while idle") << QStringList{u"--flood"_s, u"ping"_s, u"--idle"_s}
                                      << u"--flood needs the Chat Room protocol and a load"_s;
}

void TestBenchSmoke::badOptionsAreNamed()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    QProcess bench;
    bench.start(QStringLiteral(CHATROOM_BENCH_BINARY), args);
    QVERIFY(bench.waitForFinished(30'000));
    QCOMPARE(bench.exitCode(), 2);
    const QString err = QString::fromUtf8(bench.readAllStandardError());
    QVERIFY2(err.contains(expected), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestBenchSmoke)
#include "tst_bench_smoke.moc"
