// chatroom-bench against a real server: a burst and a steady rate, with every message delivered exactly once.
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
    void badOptionsAreNamed_data();
    void badOptionsAreNamed();

private:
    ServerProcess m_server;
    QTemporaryDir m_out;
};

void TestBenchSmoke::initTestCase()
{
    QVERIFY(m_server.start()); // TLS, as in production
}

void TestBenchSmoke::shapes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("expected");
    QTest::newRow("burst-one-room") << QStringList{u"--clients"_s, u"20"_s, u"--messages"_s, u"5"_s} << 20 * 5 * 19;
    QTest::newRow("rate-small-rooms") << QStringList{u"--clients"_s, u"24"_s, u"--rooms"_s,    u"6"_s,
                                                     u"--rate"_s,    u"10"_s, u"--duration"_s, u"1"_s}
                                      << 24 * 10 * 3;
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
    QCOMPARE(r.value(u"delivered"_s).toInteger(), expected);
    QVERIFY(r.value(u"serverRssKib"_s).toInteger() > 0 || expected > 0);
}

void TestBenchSmoke::badOptionsAreNamed_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("clients not a number")
        << QStringList{u"--clients"_s, u"many"_s} << u"--clients must be a whole number from 1 to 1000000"_s;
    QTest::newRow("port out of range") << QStringList{u"--port"_s, u"70000"_s}
                                       << u"--port must be a whole number from 1 to 65535"_s;
    QTest::newRow("negative rate") << QStringList{u"--rate"_s, u"-1"_s} << u"--rate must be a number from 0"_s;
    QTest::newRow("more rooms than clients")
        << QStringList{u"--clients"_s, u"2"_s, u"--rooms"_s, u"3"_s} << u"--rooms must be a whole number from 1 to 2"_s;
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
