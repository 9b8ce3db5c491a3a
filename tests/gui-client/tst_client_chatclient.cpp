// The client's network side against a real server process: when the server dies, each client retries
// with a growing delay, spread at random so that clients dropped together do not come back in lockstep,
// and logs in again once the server is back; its log tells all that, and never a password or token.
#include "chatclient.h"
#include "logfile.h"
#include "serverprocess.h"
#include "serviceprocess.h"
#include "testclient.h"
#include "trusttestserver.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtCrypto>

using namespace Qt::Literals::StringLiterals;

class TestChatClient : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void reconnectBacksOffWithSpread();
    void logoutAtExitRevokesTheToken();
    void aRefusedHistoryPageIsAskedForAgain();
    void aStoppingNodeSendsItsClientsToAnother();

private:
    QCA::Initializer m_qca;
    QTemporaryDir m_logDir;
};

void TestChatClient::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // pinned certificates go to a test location
    QString error;
    QVERIFY2(LogFile::install(m_logDir.filePath(u"client.log"_s), 0, false, &error), qPrintable(error));
}

void TestChatClient::reconnectBacksOffWithSpread()
{
    ServerProcess server; // its data directory lasts as long as it does, across the restart below
    QVERIFY(server.start());
    constexpr int Clients = 2;
    constexpr int Steps = 4;
    std::vector<std::unique_ptr<ChatClient>> clients;
    std::vector<std::unique_ptr<QSignalSpy>> delays;
    QStringList secrets{u"password123"_s};
    for (int i = 0; i < Clients; ++i) {
        auto c = std::make_unique<ChatClient>();
        c->setReconnectDelays(std::chrono::milliseconds(200), std::chrono::milliseconds(800));
        trustTestServer(*c);
        QSignalSpy ok(c.get(), &ChatClient::authenticated);
        c->start(u"127.0.0.1"_s, server.tcpPort(), ChatClient::AuthMode::Register, u"backoff%1"_s.arg(i),
                 u"password123"_s);
        QVERIFY(ok.wait(10'000));
        const auto auth = ok.takeFirst().at(0).value<Msg::AuthOk>();
        secrets << auth.resumeToken << QString::fromLatin1(auth.udpKey.toBase64());
        delays.push_back(std::make_unique<QSignalSpy>(c.get(), &ChatClient::reconnectScheduled));
        clients.push_back(std::move(c));
    }

    server.kill(); // no goodbye: the connections just drop
    for (auto &spy : delays)
        QTRY_VERIFY_WITH_TIMEOUT(spy->size() >= Steps, 10'000);
    QList<int> first;
    for (auto &spy : delays) {
        QList<int> seen;
        for (int step = 0; step < Steps; ++step) {
            const int nominal = std::min(200 << step, 800);
            const int delay = spy->at(step).at(0).toInt();
            QVERIFY2(delay >= nominal * 3 / 4 && delay <= nominal * 5 / 4,
                     qPrintable(u"step %1: %2 ms, nominal %3 ms"_s.arg(step).arg(delay).arg(nominal)));
            seen << delay;
        }
        if (first.isEmpty())
            first = seen;
        else
            QVERIFY2(seen != first, "two clients retried at exactly the same moments: no spread");
    }

    // Back on the same port and data: every client logs in again by itself (resume token, no password).
    QVERIFY(server.start({u"--port"_s, QString::number(server.tcpPort())}));
    for (auto &c : clients)
        QTRY_COMPARE_WITH_TIMEOUT(c->state(), ChatClient::State::Connected, 10'000);

    LogFile::shutdown();
    QFile log(m_logDir.filePath(u"client.log"_s));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(log.readAll());
    for (const char *event : {"logged in", "reconnecting in", "session resumed"})
        QVERIFY2(text.contains(QLatin1StringView(event)), event);
    for (const QString &secret : std::as_const(secrets))
        QVERIFY2(!secret.isEmpty() && !text.contains(secret), "a password or token is in the client's log");
}

void TestChatClient::logoutAtExitRevokesTheToken()
{
    ServerProcess server;
    QVERIFY(server.start());
    auto client = std::make_unique<ChatClient>();
    trustTestServer(*client);
    QSignalSpy ok(client.get(), &ChatClient::authenticated);
    client->start(u"127.0.0.1"_s, server.tcpPort(), ChatClient::AuthMode::Register, u"leaving"_s, u"password123"_s);
    QVERIFY(ok.wait(10'000));
    const QString token = ok.takeFirst().at(0).value<Msg::AuthOk>().resumeToken;
    // As at the end of main(): the event loop has returned, the client stops and is gone at once.
    client->stop();
    client.reset();
    TestClient other;
    QVERIFY(other.connectTo(server.tcpPort()) && other.hello());
    QTest::qWait(300); // the server has read the logout (or the end of the connection) by now
    other.send(Msg::Resume{token});
    const auto e = other.waitFor<Msg::ErrorReply>();
    QVERIFY2(e, "the token of a client that logged out still resumes its session");
    QCOMPARE(e->code, u"invalid_token"_s);
}

void TestChatClient::aRefusedHistoryPageIsAskedForAgain()
{
    // A session that comes back with little budget (it carries over from the last one) may have a catch-up
    // page refused: the client asks again when told, and the page keeps its place (a catch-up stays one).
    ServerProcess server;
    QVERIFY(server.start({u"--request-burst"_s, u"12"_s, u"--request-rate"_s, u"2"_s}));
    ChatClient client;
    trustTestServer(client);
    QSignalSpy ok(&client, &ChatClient::authenticated);
    client.start(u"127.0.0.1"_s, server.tcpPort(), ChatClient::AuthMode::Register, u"reader"_s, u"password123"_s);
    QVERIFY(ok.wait(10'000));
    QSignalSpy pages(&client, &ChatClient::historyReceived);
    QSignalSpy failures(&client, &ChatClient::requestFailed);
    // 5 units each (pages of 100): the third does not fit the burst of 12.
    client.requestHistory(u"lobby"_s, std::nullopt, std::nullopt, 100, false);
    client.requestHistory(u"lobby"_s, std::nullopt, std::nullopt, 100, false);
    client.requestHistory(u"lobby"_s, std::nullopt, std::nullopt, 100, true);
    QTRY_COMPARE_WITH_TIMEOUT(pages.size(), 3, 10'000);
    QCOMPARE(pages.at(0).at(1).toBool(), false);
    QCOMPARE(pages.at(1).at(1).toBool(), false);
    QCOMPARE(pages.at(2).at(1).toBool(), true);
    QCOMPARE(failures.size(), 0);
    client.stop();
}

void TestChatClient::aStoppingNodeSendsItsClientsToAnother()
{
    // Two nodes of a cluster on one port of this machine (--reuse-port), with one certificate between them.
    PostgresProcess pg;
    ValkeyProcess bus;
    QVERIFY(pg.start() && bus.start() && pg.admin({u"CREATE DATABASE moving"_s}));
    QUrl database(pg.url());
    database.setPath(u"/moving"_s);
    const quint16 port = ServiceProcess::freePort();
    QVERIFY(port != 0);
    const QTemporaryDir files;
    const QStringList cluster{u"--database"_s,   database.toString(), u"--bus"_s,
                              bus.url(),         u"--files-dir"_s,    files.path(),
                              u"--reuse-port"_s, u"--port"_s,         QString::number(port)};
    ServerProcess first, second;
    QVERIFY2(first.start(cluster), first.errors().constData());
    const QDir certs(first.dataDir());
    QVERIFY2(second.start(cluster + QStringList{u"--tls-cert"_s, certs.filePath(u"server-cert.pem"_s), u"--tls-key"_s,
                                                certs.filePath(u"server-key.pem"_s)}),
             second.errors().constData());
    QCOMPARE(second.fingerprint(), first.fingerprint());

    ChatClient client;
    client.setReconnectDelays(std::chrono::milliseconds(200), std::chrono::milliseconds(800));
    trustTestServer(client);
    QSignalSpy ok(&client, &ChatClient::authenticated);
    QSignalSpy notices(&client, &ChatClient::noticeReceived);
    client.start(u"127.0.0.1"_s, port, ChatClient::AuthMode::Register, u"mover"_s, u"password123"_s);
    QVERIFY(ok.wait(10'000));
    // Which node the kernel gave it to: that one stops cleanly, as an administrator's restart would.
    for (ServerProcess *node : {&first, &second})
        node->writeStdin("users\n");
    // "mover  ADDRESS" is a session of that node; the other lists it among those on other nodes.
    QTRY_VERIFY_WITH_TIMEOUT(
        first.output().contains("mover  127.0.0.1") || second.output().contains("mover  127.0.0.1"), 5000);
    ServerProcess &holder = first.output().contains("mover  127.0.0.1") ? first : second;
    ServerProcess &other = &holder == &first ? second : first;
    holder.writeStdin("shutdown\n");
    QTRY_VERIFY_WITH_TIMEOUT(!notices.isEmpty(), 5000);
    const auto notice = notices.constFirst().at(0).value<Msg::Notice>();
    QCOMPARE(notice.event, Msg::NoticeEvent::Shutdown);
    QVERIFY2(notice.text.contains(u"moved to another"_s), qPrintable(notice.text));
    QTRY_COMPARE_WITH_TIMEOUT(holder.process().state(), QProcess::NotRunning, 10'000);
    // It comes back by itself, on the node still running, with its session (no password asked).
    QTRY_VERIFY_WITH_TIMEOUT(ok.size() >= 2, 15'000);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), ChatClient::State::Connected, 5000);
    other.process().readAllStandardOutput();
    other.writeStdin("users\n");
    QTRY_VERIFY_WITH_TIMEOUT(other.output().contains("mover  127.0.0.1"), 5000);
    client.stop();
}

QTEST_GUILESS_MAIN(TestChatClient)
#include "tst_client_chatclient.moc"
