// A message written while the server is away: shown as waiting, sent with its ref once the client has logged
// in again, received by the others, and then no longer waiting. Against a real server, killed and restarted.
#include "chatinput.h"
#include "serverprocess.h"
#include "testclient.h"
#include "windowsession.h"

#include <QStandardPaths>
#include <QtCrypto>

using namespace Qt::Literals::StringLiterals;

class TestPendingMessages : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void writtenOfflineIsSentOnReconnect();
    void sentMessageWaitsForTheServer();
    void catchUpCountsOnlyWhatWasMissed();

private:
    QCA::Initializer m_qca;
};

void TestPendingMessages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPendingMessages::writtenOfflineIsSentOnReconnect()
{
    QTemporaryDir data;
    auto server = std::make_unique<ServerProcess>(data.path());
    QVERIFY(server->start());
    const quint16 port = server->tcpPort();
    {
        TestClient bob; // an account to log in with after the restart
        QVERIFY(bob.connectTo(port));
        QVERIFY(bob.registerUser(u"bob"_s));
    }
    // Alice comes back a second or so after the server does, so that bob is there to hear her.
    auto alice =
        WindowSession::open(u"alice"_s, port, true, std::chrono::milliseconds(1500), std::chrono::milliseconds(1500));
    QVERIFY(alice);
    MessageModel *lobby = alice->window->model(u"lobby"_s);

    server->kill();
    QTRY_COMPARE_WITH_TIMEOUT(alice->client->state(), ChatClient::State::Reconnecting, 5000);
    auto *input = alice->window->findChild<ChatInput *>(u"input"_s);
    QTest::keyClicks(input, u"written while the server was away"_s);
    QTest::keyClick(input, Qt::Key_Return);
    QVERIFY(input->text().isEmpty());
    // It is on screen, marked as waiting.
    QList<int> rows = rowsWith(lobby, u"written while the server was away"_s, MessageEntry::Kind::Own);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(lobby->at(rows.first()).status, MessageEntry::Status::Pending);
    QCOMPARE(lobby->index(rows.first()).data(MessageModel::StatusRole).toInt(), int(MessageEntry::Status::Pending));
    QCOMPARE(alice->client->queuedCount(), 1);

    // Still waiting after a failed attempt or two.
    QTest::qWait(2000);
    QCOMPARE(lobby->at(rows.first()).status, MessageEntry::Status::Pending);

    server = std::make_unique<ServerProcess>(data.path());
    QVERIFY(server->start({u"--port"_s, QString::number(port)}));
    TestClient bob;
    QVERIFY(bob.connectTo(port));
    QVERIFY(bob.login(u"bob"_s));
    QVERIFY(bob.waitFor<Msg::Joined>());

    QTRY_COMPARE_WITH_TIMEOUT(alice->client->state(), ChatClient::State::Connected, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(lobby->at(rows.first()).status, MessageEntry::Status::Done, 5000);
    QVERIFY(lobby->at(rows.first()).id > 0); // confirmed by the server under its ref
    QCOMPARE(alice->client->queuedCount(), 0);
    // Bob hears it live, or (if alice got back in before bob did) finds it in the room's history.
    const auto isIt = [](const Msg::ChatMessage &m) {
        return m.from == u"alice"_s && m.text == u"written while the server was away"_s;
    };
    if (!bob.waitFor<Msg::ChatMessage>(2000, isIt)) {
        bob.send(Msg::HistoryRequest{u"lobby"_s, std::nullopt, std::nullopt, 50, std::nullopt});
        const auto history = bob.waitFor<Msg::HistoryReply>();
        QVERIFY(history);
        QVERIFY(std::any_of(history->messages.cbegin(), history->messages.cend(), isIt));
    }
    // Shown once: the server's copy of it is recognised as the line already there.
    QTest::qWait(200);
    QCOMPARE(rowsWith(lobby, u"written while the server was away"_s).size(), 1);
}

void TestPendingMessages::sentMessageWaitsForTheServer()
{
    // Connected: a line shows at once as waiting, and as sent when the server has stored it.
    ServerProcess server;
    QVERIFY(server.start());
    auto carol = WindowSession::open(u"carol"_s, server.tcpPort());
    QVERIFY(carol);
    MessageModel *lobby = carol->window->model(u"lobby"_s);
    auto *input = carol->window->findChild<ChatInput *>(u"input"_s);
    QTest::keyClicks(input, u"hello there"_s);
    QTest::keyClick(input, Qt::Key_Return);
    const QList<int> rows = rowsWith(lobby, u"hello there"_s, MessageEntry::Kind::Own);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(lobby->at(rows.first()).status, MessageEntry::Status::Pending);
    QTRY_COMPARE_WITH_TIMEOUT(lobby->at(rows.first()).status, MessageEntry::Status::Done, 5000);
    QTest::qWait(200);
    QCOMPARE(rowsWith(lobby, u"hello there"_s).size(), 1);
}

QTEST_MAIN(TestPendingMessages)
void TestPendingMessages::catchUpCountsOnlyWhatWasMissed()
{
    // A message heard live after the last page of history comes again in the catch-up after a reconnect:
    // "n messages arrived while you were away" counts only the ones the window had not shown.
    QTemporaryDir data;
    auto server = std::make_unique<ServerProcess>(data.path());
    QVERIFY(server->start());
    const quint16 port = server->tcpPort();
    TestClient ann;
    QVERIFY(ann.connectTo(port) && ann.registerUser(u"ann"_s));
    auto bob =
        WindowSession::open(u"bob"_s, port, true, std::chrono::milliseconds(1000), std::chrono::milliseconds(1000));
    QVERIFY(bob);
    MessageModel *lobby = bob->window->model(u"lobby"_s);
    ann.send(Msg::Say{u"lobby"_s, u"heard live"_s, 1, false});
    QTRY_COMPARE(rowsWith(lobby, u"heard live"_s).size(), 1);

    server->kill();
    QTRY_COMPARE_WITH_TIMEOUT(bob->client->state(), ChatClient::State::Reconnecting, 5000);
    server = std::make_unique<ServerProcess>(data.path());
    QVERIFY(server->start({u"--port"_s, QString::number(port)}));
    TestClient again;
    QVERIFY(again.connectTo(port) && again.login(u"ann"_s));
    again.send(Msg::Say{u"lobby"_s, u"said while bob was away"_s, 1, false});
    QVERIFY(again.waitFor<Msg::Ack>());
    QTRY_COMPARE_WITH_TIMEOUT(bob->client->state(), ChatClient::State::Connected, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(rowsWith(lobby, u"said while bob was away"_s).size(), 1, 5000);
    QTest::qWait(300); // the catch-up's last page, if the reply was cut in pages

    QCOMPARE(rowsWith(lobby, u"heard live"_s).size(), 1);
    // Whichever came first (bob's reconnect or ann's message), a notice counts the messages under it.
    for (const int row : rowsWith(lobby, u"arrived while you were away"_s, MessageEntry::Kind::Notice)) {
        int below = 0;
        while (row + below + 1 < lobby->rowCount() && lobby->at(row + below + 1).kind == MessageEntry::Kind::Chat)
            ++below;
        const QString notice = lobby->at(row).text;
        QVERIFY2(below > 0 && notice.startsWith(QString::number(below) + u' '),
                 qPrintable(u"\"%1\" above %2 messages"_s.arg(notice).arg(below)));
    }
}

#include "tst_client_pendingmessages.moc"
