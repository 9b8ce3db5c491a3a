// A burst of logins at the real work factor must not hold up anyone else's chat: hashing runs off the
// event loop. This checks the order of events, not their timing (timings belong in the benchmark).
#include "serverprocess.h"
#include "testclient.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QtCrypto>
#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

class TestServerLoginBurst : public QObject
{
    Q_OBJECT
private slots:
    void pingIsAnsweredBeforeTheBurstEnds();
    void hashingThreadsYieldToTheEventLoop();
};

namespace {

// The nice value of every thread of a process, by thread id (Linux: field 19 of /proc/PID/task/TID/stat).
QMap<qint64, int> threadNiceValues(qint64 pid)
{
    QMap<qint64, int> nice;
    const QDir tasks(u"/proc/%1/task"_s.arg(pid));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(tasks.filePath(tid + u"/stat"_s));
        if (!stat.open(QIODevice::ReadOnly))
            continue; // the thread ended meanwhile
        const QByteArray line = stat.readAll();
        // The command name in parentheses may hold spaces; the fields after it are space-separated.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 16)
            nice.insert(tid.toLongLong(), fields.at(16).toInt()); // field 19 overall, 17th after the name
    }
    return nice;
}

} // namespace

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

void TestServerLoginBurst::hashingThreadsYieldToTheEventLoop()
{
#ifndef Q_OS_LINUX
    QSKIP("per-thread nice values are a Linux feature");
#endif
    ServerProcess server;
    QVERIFY(server.start());
    const qint64 pid = server.process().processId();
    TestClient client;
    QVERIFY(client.connectTo(server.tcpPort()) && client.registerUser(u"alice"_s));
    // The pool keeps its thread for a while after the hash; it runs at a lower priority, the loop does not.
    const QMap<qint64, int> nice = threadNiceValues(pid);
    QVERIFY2(nice.contains(pid), "no /proc entry for the server's main thread");
    QCOMPARE(nice.value(pid), 0);
    QVERIFY2(std::count(nice.cbegin(), nice.cend(), 10) >= 1,
             qPrintable(u"no thread with nice 10 among %1"_s.arg(nice.size())));
}

QTEST_GUILESS_MAIN(TestServerLoginBurst)
#include "tst_server_loginburst.moc"
