// Private conversations against a real server, with real widgets: each has its own entry beside the rooms with
// an unread count, keeps its messages for the session, works with no room open, and shows a refusal (the other
// person is offline) on the message itself.
#include "chatinput.h"
#include "serverprocess.h"
#include "testclient.h"
#include "windowsession.h"

#include <QDir>
#include <QListWidget>
#include <QStandardPaths>
#include <QtCrypto>

using namespace Qt::Literals::StringLiterals;

namespace {

QStringList entries(MainWindow &window)
{
    auto *rooms = window.findChild<QListWidget *>(u"rooms"_s);
    QStringList out;
    for (int i = 0; i < rooms->count(); ++i)
        out << rooms->item(i)->text();
    return out;
}

void type(MainWindow &window, const QString &line)
{
    auto *input = window.findChild<ChatInput *>(u"input"_s);
    QTest::keyClicks(input, line);
    QTest::keyClick(input, Qt::Key_Return);
}

} // namespace

class TestConversations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void conversationHasItsOwnEntry();
    void whisperToSomeoneOfflineIsMarkedFailed();
    void privateMessageArrivesWithNoRoomOpen();

private:
    QCA::Initializer m_qca;
    ServerProcess m_server;
};

void TestConversations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.start());
}

void TestConversations::conversationHasItsOwnEntry()
{
    auto erin = WindowSession::open(u"erin"_s, m_server.tcpPort());
    auto frank = WindowSession::open(u"frank"_s, m_server.tcpPort());
    auto grace = WindowSession::open(u"grace"_s, m_server.tcpPort());
    QVERIFY(erin && frank && grace);

    type(*erin->window, u"/msg frank the secret is 42"_s);
    // The sender is taken to the conversation, listed under the rooms.
    QCOMPARE(erin->window->currentConversation(), u"frank"_s);
    QCOMPARE(erin->window->currentRoom(), QString());
    QCOMPARE(entries(*erin->window), (QStringList{u"lobby"_s, u"Private messages"_s, u"frank"_s}));
    MessageModel *sent = erin->window->conversationModel(u"frank"_s);
    const QList<int> rows = rowsWith(sent, u"the secret is 42"_s, MessageEntry::Kind::Private);
    QCOMPARE(rows.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(sent->at(rows.first()).status, MessageEntry::Status::Done, 5000);
    QVERIFY(rowsWith(erin->window->model(u"lobby"_s), u"the secret is 42"_s).isEmpty());

    // The recipient gets an entry with an unread count, not a line in the room on screen.
    QTRY_COMPARE_WITH_TIMEOUT(frank->window->conversationUnread(u"erin"_s), 1, 5000);
    QCOMPARE(entries(*frank->window), (QStringList{u"lobby"_s, u"Private messages"_s, u"erin (1)"_s}));
    QCOMPARE(frank->window->currentRoom(), u"lobby"_s);
    QCOMPARE(rowsWith(frank->window->conversationModel(u"erin"_s), u"the secret is 42"_s).size(), 1);
    QVERIFY(rowsWith(frank->window->model(u"lobby"_s), u"the secret is 42"_s).isEmpty());
    type(*erin->window, u"and a second one"_s); // typed in the conversation: goes to frank too
    QTRY_COMPARE_WITH_TIMEOUT(frank->window->conversationUnread(u"erin"_s), 2, 5000);

    // Opening it clears the count; a reply typed there goes back privately.
    auto *rooms = frank->window->findChild<QListWidget *>(u"rooms"_s);
    rooms->setCurrentRow(2);
    QCOMPARE(frank->window->currentConversation(), u"erin"_s);
    QCOMPARE(frank->window->conversationUnread(u"erin"_s), 0);
    QCOMPARE(rooms->item(2)->text(), u"erin"_s);
    type(*frank->window, u"got it"_s);
    QTRY_COMPARE_WITH_TIMEOUT(
        rowsWith(erin->window->conversationModel(u"frank"_s), u"got it"_s, MessageEntry::Kind::Private).size(), 1,
        5000);

    // Kept for the session: back to the lobby and to the conversation again.
    rooms->setCurrentRow(0);
    QCOMPARE(frank->window->currentRoom(), u"lobby"_s);
    rooms->setCurrentRow(2);
    QCOMPARE(rowsWith(frank->window->conversationModel(u"erin"_s), u"the secret is 42"_s).size(), 1);
    QCOMPARE(rowsWith(frank->window->conversationModel(u"erin"_s), u"got it"_s).size(), 1);

    // Nobody else sees any of it.
    erin->client->say(u"lobby"_s, u"public marker"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!rowsWith(grace->window->model(u"lobby"_s), u"public marker"_s).isEmpty(), 5000);
    QVERIFY(rowsWith(grace->window->model(u"lobby"_s), u"secret"_s).isEmpty());
    QVERIFY(!grace->window->conversationModel(u"erin"_s));
    QCOMPARE(entries(*grace->window), QStringList{u"lobby"_s});

    if (const QByteArray dir = qgetenv("CHATROOM_SCREENSHOT_DIR"); !dir.isEmpty()) {
        frank->window->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(u"screenshot-conversation.png"_s));
        erin->window->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(u"screenshot-conversation-erin.png"_s));
    }
}

void TestConversations::whisperToSomeoneOfflineIsMarkedFailed()
{
    {
        TestClient ghost; // has an account, is not online
        QVERIFY(ghost.connectTo(m_server.tcpPort()));
        QVERIFY(ghost.registerUser(u"ghost"_s));
    }
    auto hal = WindowSession::open(u"hal"_s, m_server.tcpPort());
    QVERIFY(hal);
    type(*hal->window, u"/msg ghost are you there?"_s);
    QCOMPARE(hal->window->currentConversation(), u"ghost"_s);
    MessageModel *model = hal->window->conversationModel(u"ghost"_s);
    const QList<int> rows = rowsWith(model, u"are you there?"_s, MessageEntry::Kind::Private);
    QCOMPARE(rows.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(model->at(rows.first()).status, MessageEntry::Status::Failed, 5000);
    QCOMPARE(model->index(rows.first()).data(MessageModel::StatusRole).toInt(), int(MessageEntry::Status::Failed));
    // The reason is shown in the conversation, not in some room.
    QCOMPARE(rowsWith(model, u"ghost is not online"_s, MessageEntry::Kind::Error).size(), 1);
    QVERIFY(rowsWith(hal->window->model(u"lobby"_s), u"not online"_s).isEmpty());
    // The line comes back to be sent again, to ghost and no one else: switching to the lobby takes it
    // off the input line, and coming back brings it again.
    auto *input = hal->window->findChild<ChatInput *>(u"input"_s);
    QTRY_COMPARE(input->text(), u"are you there?"_s);
    hal->window->showRoom(u"lobby"_s);
    QCOMPARE(input->text(), QString());
    QTest::keyClicks(input, u"for the lobby"_s);
    hal->window->showConversation(u"ghost"_s);
    QCOMPARE(input->text(), u"are you there?"_s);
    hal->window->showRoom(u"lobby"_s);
    QCOMPARE(input->text(), u"for the lobby"_s);
    if (const QByteArray dir = qgetenv("CHATROOM_SCREENSHOT_DIR"); !dir.isEmpty())
        hal->window->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(u"screenshot-conversation-failed.png"_s));
}

void TestConversations::privateMessageArrivesWithNoRoomOpen()
{
    auto ida = WindowSession::open(u"ida"_s, m_server.tcpPort());
    auto jon = WindowSession::open(u"jon"_s, m_server.tcpPort());
    QVERIFY(ida && jon);
    type(*jon->window, u"/leave"_s);
    QTRY_VERIFY_WITH_TIMEOUT(jon->window->currentRoom().isEmpty() && entries(*jon->window).isEmpty(), 5000);
    ida->client->whisper(u"jon"_s, u"are you still around?"_s);
    QTRY_COMPARE_WITH_TIMEOUT(rowsWith(jon->window->conversationModel(u"ida"_s), u"are you still around?"_s).size(), 1,
                              5000);
    QCOMPARE(entries(*jon->window), (QStringList{u"Private messages"_s, u"ida (1)"_s}));
}

QTEST_MAIN(TestConversations)
#include "tst_client_conversations.moc"
