// While the server is away, against a real server stopped and started again: one status for the whole outage,
// updated in place (no line per retry, the shutdown reason said once), a "Reconnect now" button that tries at
// once, and the people list greyed until the connection is back.
#include "serverprocess.h"
#include "windowsession.h"

#include <QDir>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtCrypto>

using namespace Qt::Literals::StringLiterals;

class TestReconnectBanner : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void oneStatusForTheWholeOutage();
    void reconnectNowTriesAtOnce();
    void peopleAreGreyedWhileDisconnected();

private:
    QCA::Initializer m_qca;
};

void TestReconnectBanner::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestReconnectBanner::oneStatusForTheWholeOutage()
{
    QTemporaryDir data;
    auto server = std::make_unique<ServerProcess>(data.path());
    QVERIFY(server->start());
    const quint16 port = server->tcpPort();
    auto kim = WindowSession::open(u"kim"_s, port);
    QVERIFY(kim);
    MessageModel *lobby = kim->window->model(u"lobby"_s);
    const int rowsBefore = lobby->rowCount();
    QSignalSpy retries(kim->client.get(), &ChatClient::reconnectScheduled);

    server->stop(); // a clean shutdown: the server says so first
    QTRY_VERIFY_WITH_TIMEOUT(retries.size() >= 4, 10000);
    const QString status = kim->window->reconnectText();
    QVERIFY2(status.contains(u"Reconnecting"_s), qPrintable(status));
    QCOMPARE(status.count(u"shutting down"_s), 1);
    // The room got the server's notice, once; no line per retry.
    QCOMPARE(rowsWith(lobby, u"shutting down"_s).size(), 1);
    QVERIFY(rowsWith(lobby, u"Reconnecting"_s).isEmpty());
    QCOMPARE(lobby->rowCount(), rowsBefore + 1);
    QVERIFY(!kim->window->statusBar()->currentMessage().contains(u"shutting down: The server is shutting down"_s));
    QVERIFY(rowsWith(lobby, u"shutting down: The server is shutting down"_s).isEmpty());

    server = std::make_unique<ServerProcess>(data.path());
    QVERIFY(server->start({u"--port"_s, QString::number(port)}));
    QTRY_COMPARE_WITH_TIMEOUT(kim->client->state(), ChatClient::State::Connected, 15000);
    QCOMPARE(kim->window->reconnectText(), QString()); // gone
    QCOMPARE(rowsWith(lobby, u"Reconnected"_s).size(), 1);
}

void TestReconnectBanner::reconnectNowTriesAtOnce()
{
    QTemporaryDir data;
    auto server = std::make_unique<ServerProcess>(data.path());
    QVERIFY(server->start());
    const quint16 port = server->tcpPort();
    // Retries at least 15 s apart: only the button can bring it back within the test's few seconds.
    auto lou = WindowSession::open(u"lou"_s, port, true, std::chrono::seconds(20), std::chrono::seconds(30));
    QVERIFY(lou);
    server->kill();
    QTRY_VERIFY_WITH_TIMEOUT(lou->client->reconnectPending(), 5000);
    auto *now = lou->window->findChild<QPushButton *>(u"reconnectNow"_s);
    QVERIFY(now);
    QVERIFY(now->isVisible());
    QVERIFY(now->isEnabled());
    QVERIFY2(lou->window->reconnectText().contains(u"Reconnecting in"_s), qPrintable(lou->window->reconnectText()));

    server = std::make_unique<ServerProcess>(data.path());
    QVERIFY(server->start({u"--port"_s, QString::number(port)}));
    QTest::mouseClick(now, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(lou->client->state(), ChatClient::State::Connected, 5000);
    QVERIFY(!now->isVisible());
}

void TestReconnectBanner::peopleAreGreyedWhileDisconnected()
{
    QTemporaryDir data;
    auto server = std::make_unique<ServerProcess>(data.path());
    QVERIFY(server->start());
    const quint16 port = server->tcpPort();
    auto max = WindowSession::open(u"max"_s, port);
    auto ned = WindowSession::open(u"ned"_s, port);
    QVERIFY(max && ned);
    auto *users = max->window->findChild<QListWidget *>(u"users"_s);
    const auto allEnabled = [users](bool enabled) {
        for (int i = 0; i < users->count(); ++i) {
            if (bool(users->item(i)->flags() & Qt::ItemIsEnabled) != enabled)
                return false;
        }
        return users->count() > 0;
    };
    QTRY_COMPARE_WITH_TIMEOUT(users->count(), 2, 5000);
    QVERIFY(allEnabled(true));

    ned.reset();
    server->kill();
    QTRY_COMPARE_WITH_TIMEOUT(max->client->state(), ChatClient::State::Reconnecting, 5000);
    QVERIFY(allEnabled(false));
    if (const QByteArray dir = qgetenv("CHATROOM_SCREENSHOT_DIR"); !dir.isEmpty())
        max->window->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(u"screenshot-reconnecting.png"_s));

    server = std::make_unique<ServerProcess>(data.path());
    QVERIFY(server->start({u"--port"_s, QString::number(port)}));
    QTRY_COMPARE_WITH_TIMEOUT(max->client->state(), ChatClient::State::Connected, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(allEnabled(true), 5000);
}

QTEST_MAIN(TestReconnectBanner)
#include "tst_client_reconnectbanner.moc"
