// Private conversations against a real server, with real widgets: each has its own entry beside the rooms with
// an unread count, keeps its messages, waits for someone offline, works with no room open, shows a refusal on
// the message itself; and one account's devices side by side.
#include "chatinput.h"
#include "devicesdialog.h"
#include "searchdialog.h"
#include "serverprocess.h"
#include "testclient.h"
#include "translations.h"
#include "windowsession.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
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
    void whisperToNobodyIsMarkedFailed();
    void aMessageToSomeoneOfflineArrivesAtTheirLogin();
    void readOnOneDeviceClearsTheCountOnTheOther();
    void aDeviceIsEndedFromTheDevicesDialog();
    void aConversationOpenedAfterANewMessageShowsItsHistory();
    void aRoomTopicAndAPrivateRoom();
    void openingAConversationDoesNotReadWhatIsNotOnScreen();
    void aMentionStandsOutCountsApartAndNotifiesInAMutedRoom();
    void privateMessageArrivesWithNoRoomOpen();
    void exportWritesWhatYouSentAndNothingElse();

private:
    QCA::Initializer m_qca;
    ServerProcess m_server;
};

void TestConversations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(Translations::install(QLocale(u"ja"_s)), u"en"_s); // no Japanese: English, with its plurals
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

void TestConversations::whisperToNobodyIsMarkedFailed()
{
    auto hal = WindowSession::open(u"hal"_s, m_server.tcpPort());
    QVERIFY(hal);
    type(*hal->window, u"/msg ghost are you there?"_s); // there is no account called ghost
    QCOMPARE(hal->window->currentConversation(), u"ghost"_s);
    MessageModel *model = hal->window->conversationModel(u"ghost"_s);
    const QList<int> rows = rowsWith(model, u"are you there?"_s, MessageEntry::Kind::Private);
    QCOMPARE(rows.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(model->at(rows.first()).status, MessageEntry::Status::Failed, 5000);
    QCOMPARE(model->index(rows.first()).data(MessageModel::StatusRole).toInt(), int(MessageEntry::Status::Failed));
    // The reason is shown in the conversation, not in some room.
    QCOMPARE(rowsWith(model, u"There is no user called ghost"_s, MessageEntry::Kind::Error).size(), 1);
    QVERIFY(rowsWith(hal->window->model(u"lobby"_s), u"no user called"_s).isEmpty());
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

void TestConversations::aMessageToSomeoneOfflineArrivesAtTheirLogin()
{
    {
        TestClient kim; // has an account, is not online
        QVERIFY(kim.connectTo(m_server.tcpPort()));
        QVERIFY(kim.registerUser(u"kim"_s));
    }
    auto leo = WindowSession::open(u"leo"_s, m_server.tcpPort());
    QVERIFY(leo);
    type(*leo->window, u"/msg kim see this when you are back"_s);
    MessageModel *sent = leo->window->conversationModel(u"kim"_s);
    QTRY_COMPARE_WITH_TIMEOUT(sent->at(rowsWith(sent, u"see this"_s).first()).status, MessageEntry::Status::Done, 5000);
    type(*leo->window, u"and this"_s);

    // Kim starts the program: the conversation is listed, in bold with its count, and said in a notification.
    auto kim = std::make_unique<WindowSession>();
    kim->client->setDevice(u"desk"_s);
    kim->window = std::make_unique<MainWindow>(*kim->client);
    trustTestServer(*kim->client);
    QSignalSpy notified(kim->window.get(), &MainWindow::notified);
    kim->window->show();
    QWidget elsewhere; // Kim is looking at another window: a notification says it (in front, the window does)
    elsewhere.show();
    elsewhere.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&elsewhere));
    kim->client->start(u"127.0.0.1"_s, m_server.tcpPort(), ChatClient::AuthMode::Login, u"kim"_s, u"password123"_s);
    QTRY_COMPARE_WITH_TIMEOUT(kim->window->conversationUnread(u"leo"_s), 2, 10000);
    auto *rooms = kim->window->findChild<QListWidget *>(u"rooms"_s);
    const QList<QListWidgetItem *> items = rooms->findItems(u"leo (2)"_s, Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    QVERIFY(items.first()->font().bold());
    QTRY_VERIFY_WITH_TIMEOUT(!notified.isEmpty(), 5000);
    QCOMPARE(notified.first().at(1).toString(), u"New messages from leo"_s);

    // Opened, it loads its history: each message once, the first of them under the "new messages" line.
    kim->window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(kim->window.get()));
    kim->window->showConversation(u"leo"_s);
    MessageModel *model = kim->window->conversationModel(u"leo"_s);
    QTRY_COMPARE_WITH_TIMEOUT(rowsWith(model, u"see this when you are back"_s).size(), 1, 5000);
    QCOMPARE(rowsWith(model, u"and this"_s).size(), 1);
    QCOMPARE(model->firstUnreadRow(), rowsWith(model, u"see this when you are back"_s).first());
    QVERIFY(model->index(model->firstUnreadRow()).data(MessageModel::FirstUnreadRole).toBool());
    QCOMPARE(kim->window->conversationUnread(u"leo"_s), 0);
    if (const QByteArray dir = qgetenv("CHATROOM_SCREENSHOT_DIR"); !dir.isEmpty())
        kim->window->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(u"screenshot-dm-waiting.png"_s));

    // Seen in an active window: the server keeps it read, for every device and the next login.
    TestClient phone;
    phone.setDevice(u"phone"_s);
    QVERIFY(phone.connectTo(m_server.tcpPort()) && phone.login(u"kim"_s));
    std::optional<Msg::ConversationList> list;
    QTRY_VERIFY_WITH_TIMEOUT(
        (phone.send(Msg::ListConversations{}),
         (list = phone.waitFor<Msg::ConversationList>(1000)) && list->conversations.value(0).unread == 0),
        10000);
}

void TestConversations::readOnOneDeviceClearsTheCountOnTheOther()
{
    {
        TestClient mia;
        QVERIFY(mia.connectTo(m_server.tcpPort()) && mia.registerUser(u"mia"_s));
    }
    auto desk = WindowSession::device(u"mia"_s, m_server.tcpPort(), u"desk"_s);
    auto phone = WindowSession::device(u"mia"_s, m_server.tcpPort(), u"phone"_s);
    auto ned = WindowSession::open(u"ned"_s, m_server.tcpPort());
    QVERIFY(desk && phone && ned);
    QVERIFY(desk->client->state() == ChatClient::State::Connected); // not replaced by the phone
    // Both devices hear ned; the desk has the lobby on screen, the phone another room.
    type(*phone->window, u"/join elsewhere"_s);
    QTRY_COMPARE_WITH_TIMEOUT(phone->window->currentRoom(), u"elsewhere"_s, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(desk->window->model(u"elsewhere"_s) != nullptr, true, 5000); // joined there too
    desk->window->showRoom(u"elsewhere"_s);
    desk->window->showRoom(u"lobby"_s);
    ned->client->whisper(u"mia"_s, u"hello on every device"_s);
    QTRY_COMPARE_WITH_TIMEOUT(phone->window->conversationUnread(u"ned"_s), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(desk->window->conversationUnread(u"ned"_s), 1, 5000);
    // Read on the desk: the phone's count follows.
    desk->window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(desk->window.get()));
    desk->window->showConversation(u"ned"_s);
    QTRY_COMPARE_WITH_TIMEOUT(phone->window->conversationUnread(u"ned"_s), 0, 5000);
    // A reply from the phone shows on the desk, in the same conversation.
    phone->window->showConversation(u"ned"_s);
    type(*phone->window, u"answered from the phone"_s);
    QTRY_COMPARE_WITH_TIMEOUT(rowsWith(desk->window->conversationModel(u"ned"_s), u"answered from the phone"_s).size(),
                              1, 5000);
}

void TestConversations::aDeviceIsEndedFromTheDevicesDialog()
{
    {
        TestClient olga;
        QVERIFY(olga.connectTo(m_server.tcpPort()) && olga.registerUser(u"olga"_s));
    }
    auto desk = WindowSession::device(u"olga"_s, m_server.tcpPort(), u"desk"_s);
    auto phone = WindowSession::device(u"olga"_s, m_server.tcpPort(), u"phone"_s);
    QVERIFY(desk && phone);
    type(*desk->window, u"/devices"_s);
    auto *dialog = desk->window->findChild<DevicesDialog *>(u"devicesDialog"_s);
    QVERIFY(dialog);
    // Both windows, and the registration's unnamed session, which could still resume.
    QTRY_COMPARE_WITH_TIMEOUT(dialog->deviceCount(), 3, 5000);
    QCOMPARE(dialog->deviceName(0), u"desk"_s);
    QCOMPARE(dialog->deviceName(1), u"phone"_s);
    QCOMPARE(dialog->deviceName(2), u"(unnamed device)"_s);
    auto *end = dialog->findChild<QPushButton *>(u"endSession"_s);
    auto *list = dialog->findChild<QTreeWidget *>(u"devices"_s);
    list->setCurrentItem(list->topLevelItem(0));
    QVERIFY(!end->isEnabled()); // not this device: that is what "Log out" is for
    list->setCurrentItem(list->topLevelItem(1));
    QVERIFY(end->isEnabled());
    if (const QByteArray dir = qgetenv("CHATROOM_SCREENSHOT_DIR"); !dir.isEmpty())
        dialog->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(u"screenshot-devices.png"_s));
    QTest::mouseClick(end, Qt::LeftButton);
    // The phone is told, in words, and does not come back by itself.
    QTRY_VERIFY_WITH_TIMEOUT(
        !rowsWith(phone->window->model(u"lobby"_s), u"logged out from another of your devices"_s).isEmpty(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(phone->client->state(), ChatClient::State::Disconnected, 5000);
    QTest::qWait(600); // longer than its reconnect delay
    QCOMPARE(phone->client->state(), ChatClient::State::Disconnected);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->deviceCount(), 2, 5000);
    QCOMPARE(dialog->deviceName(1), u"(unnamed device)"_s);
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

void TestConversations::aConversationOpenedAfterANewMessageShowsItsHistory()
{
    auto pam = WindowSession::open(u"pam"_s, m_server.tcpPort());
    auto quinn = WindowSession::open(u"quinn"_s, m_server.tcpPort());
    QVERIFY(pam && quinn);
    for (const QString &text : {u"first"_s, u"second"_s}) {
        pam->client->whisper(u"quinn"_s, text);
        QTRY_COMPARE_WITH_TIMEOUT(rowsWith(quinn->window->conversationModel(u"pam"_s), text).size(), 1, 5000);
    }
    // Read, then Quinn starts the program again; while the conversation is closed, one more message arrives.
    quinn->window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(quinn->window.get()));
    quinn->window->showConversation(u"pam"_s);
    TestClient check;
    QVERIFY(check.connectTo(m_server.tcpPort()) && check.login(u"quinn"_s));
    std::optional<Msg::ConversationList> list;
    QTRY_VERIFY_WITH_TIMEOUT((check.send(Msg::ListConversations{}),
                              (list = check.waitFor<Msg::ConversationList>(1000)) && !list->conversations.isEmpty() &&
                                  list->conversations[0].unread == 0),
                             10000);
    quinn.reset();
    quinn = WindowSession::open(u"quinn"_s, m_server.tcpPort(), false);
    QVERIFY(quinn);
    pam->client->whisper(u"quinn"_s, u"third"_s);
    QTRY_COMPARE_WITH_TIMEOUT(quinn->window->conversationUnread(u"pam"_s), 1, 5000);
    quinn->window->showConversation(u"pam"_s);
    MessageModel *model = quinn->window->conversationModel(u"pam"_s);
    QTRY_COMPARE_WITH_TIMEOUT(rowsWith(model, u"first"_s).size(), 1, 5000); // not only what came last
    QCOMPARE(rowsWith(model, u"second"_s).size(), 1);
    QCOMPARE(rowsWith(model, u"third"_s).size(), 1);
    QCOMPARE(model->firstUnreadRow(), rowsWith(model, u"third"_s).first());
}

void TestConversations::aRoomTopicAndAPrivateRoom()
{
    auto rae = WindowSession::open(u"rae"_s, m_server.tcpPort());
    auto sam = WindowSession::open(u"sam"_s, m_server.tcpPort());
    QVERIFY(rae && sam);
    type(*rae->window, u"/private hideout"_s);
    QTRY_COMPARE_WITH_TIMEOUT(rae->window->currentRoom(), u"hideout"_s, 5000);
    QTRY_COMPARE(rae->window->headerText(), u"hideout (private) · 1 member"_s);
    type(*rae->window, u"/topic Plans for <b>Friday</b>"_s);
    QTRY_COMPARE_WITH_TIMEOUT(rae->window->headerText(),
                              u"hideout (private) · 1 member — \u2068Plans for <b>Friday</b>\u2069"_s, 5000);
    QCOMPARE(rowsWith(rae->window->model(u"hideout"_s), u"rae set the topic: Plans for <b>Friday</b>"_s).size(), 1);

    // Sam cannot come in until invited; then the room opens with its topic.
    type(*sam->window, u"/join hideout"_s);
    QTRY_COMPARE_WITH_TIMEOUT(
        rowsWith(sam->window->model(u"lobby"_s), u"ask one of its members to invite you"_s).size(), 1, 5000);
    QVERIFY(!sam->window->model(u"hideout"_s));
    type(*rae->window, u"/invite sam"_s);
    QTRY_COMPARE_WITH_TIMEOUT(rowsWith(rae->window->model(u"hideout"_s), u"sam may now join hideout"_s).size(), 1,
                              5000);
    QTRY_COMPARE_WITH_TIMEOUT(
        rowsWith(sam->window->model(u"lobby"_s), u"rae invited you to the private room hideout"_s).size(), 1, 5000);
    type(*sam->window, u"/join hideout"_s);
    QTRY_COMPARE_WITH_TIMEOUT(sam->window->currentRoom(), u"hideout"_s, 5000);
    QTRY_COMPARE(sam->window->headerText(), u"hideout (private) · 2 members — \u2068Plans for <b>Friday</b>\u2069"_s);
    QTRY_COMPARE(rae->window->headerText(), u"hideout (private) · 2 members — \u2068Plans for <b>Friday</b>\u2069"_s);
    if (const QByteArray dir = qgetenv("CHATROOM_SCREENSHOT_DIR"); !dir.isEmpty())
        sam->window->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(u"screenshot-private-room.png"_s));
}

void TestConversations::openingAConversationDoesNotReadWhatIsNotOnScreen()
{
    {
        TestClient tia;
        QVERIFY(tia.connectTo(m_server.tcpPort()) && tia.registerUser(u"tia"_s));
    }
    TestClient ulf;
    QVERIFY(ulf.connectTo(m_server.tcpPort()) && ulf.registerUser(u"ulf"_s));
    for (int i = 0; i < 40; ++i) { // more than a window shows
        ulf.send(Msg::Whisper{u"tia"_s, u"line %1"_s.arg(i), i + 1, false});
        QVERIFY(ulf.waitFor<Msg::Ack>(5000));
    }
    auto tia = WindowSession::device(u"tia"_s, m_server.tcpPort(), u"desk"_s);
    QVERIFY(tia);
    tia->window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(tia->window.get()));
    QTRY_COMPARE_WITH_TIMEOUT(tia->window->conversationUnread(u"ulf"_s), 40, 5000);
    tia->window->showConversation(u"ulf"_s);
    MessageModel *model = tia->window->conversationModel(u"ulf"_s);
    QTRY_COMPARE_WITH_TIMEOUT(rowsWith(model, u"line 39"_s).size(), 1, 5000);
    QCOMPARE(model->firstUnreadRow(), rowsWith(model, u"line 0"_s).first());
    QTest::qWait(ReadTracker::ThrottleMs + 500);
    // Opened at the first of them: the server still counts the ones below the window's edge.
    TestClient phone;
    phone.setDevice(u"phone"_s);
    QVERIFY(phone.connectTo(m_server.tcpPort()) && phone.login(u"tia"_s));
    auto unread = [&] {
        phone.send(Msg::ListConversations{});
        const auto list = phone.waitFor<Msg::ConversationList>(2000);
        return list && !list->conversations.isEmpty() ? list->conversations[0].unread : -1;
    };
    const qint64 before = unread();
    QVERIFY2(before > 0, "opening the conversation marked everything read");
    // Scrolled to the end, it is all read.
    tia->window->findChild<QListView *>(u"messages"_s)->scrollToBottom();
    QTRY_COMPARE_WITH_TIMEOUT(unread(), 0, 10000);
}

void TestConversations::aMentionStandsOutCountsApartAndNotifiesInAMutedRoom()
{
    auto vic = WindowSession::open(u"vic"_s, m_server.tcpPort());
    auto wes = WindowSession::open(u"wes"_s, m_server.tcpPort());
    QVERIFY(vic && wes);
    // Tab completes the name of someone in the room.
    auto *input = wes->window->findChild<ChatInput *>(u"input"_s);
    QTRY_VERIFY_WITH_TIMEOUT(wes->window->members(u"lobby"_s).contains(u"vic"_s), 5000);
    QTest::keyClicks(input, u"look @v"_s);
    QTest::keyClick(input, Qt::Key_Tab);
    QCOMPARE(input->text(), u"look @vic "_s);
    QVERIFY(input->hasFocus() || !wes->window->isActiveWindow()); // Tab did not move the focus away
    input->clear();

    // Vic mutes the lobby to mentions only, and looks at another room.
    type(*vic->window, u"/notify mentions"_s);
    QTRY_COMPARE_WITH_TIMEOUT(rowsWith(vic->window->model(u"lobby"_s), u"only when you are mentioned"_s).size(), 1,
                              5000);
    type(*vic->window, u"/join side"_s);
    QTRY_COMPARE_WITH_TIMEOUT(vic->window->currentRoom(), u"side"_s, 5000);
    QSignalSpy notified(vic->window.get(), &MainWindow::notified);
    wes->client->say(u"lobby"_s, u"just chatting"_s);
    wes->client->say(u"lobby"_s, u"@vic can you look?"_s);
    MessageModel *lobby = vic->window->model(u"lobby"_s);
    QTRY_COMPARE_WITH_TIMEOUT(rowsWith(lobby, u"can you look"_s).size(), 1, 5000);
    const int row = rowsWith(lobby, u"can you look"_s).first();
    QVERIFY(lobby->index(row).data(MessageModel::MentionsMeRole).toBool());
    QVERIFY(!lobby->index(rowsWith(lobby, u"just chatting"_s).first()).data(MessageModel::MentionsMeRole).toBool());
    QCOMPARE(vic->window->unread(u"lobby"_s), 2);
    auto *rooms = vic->window->findChild<QListWidget *>(u"rooms"_s);
    QCOMPARE(rooms->findItems(u"lobby (2) @1"_s, Qt::MatchExactly).size(), 1);
    // Only the mention notified (the window is not active in this test, as on a desktop behind others).
    if (!vic->window->isActiveWindow()) {
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 5000);
        QCOMPARE(notified.first().at(1).toString(), u"@vic can you look?"_s);
    }
    // And it is listed among the mentions, in the search window.
    type(*vic->window, u"/mentions"_s);
    auto *mentions = vic->window->findChild<SearchDialog *>(u"searchDialog"_s);
    QVERIFY(mentions && mentions->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(mentions->resultCount(), 1, 5000);
    QCOMPARE(mentions->findChild<QListWidget *>(u"searchResults"_s)
                 ->item(0)
                 ->data(SearchHitDelegate::SnippetRole)
                 .toString(),
             u"@vic can you look?"_s);
}

void TestConversations::exportWritesWhatYouSentAndNothingElse()
{
    auto xena = WindowSession::open(u"xena"_s, m_server.tcpPort());
    auto yuri = WindowSession::open(u"yuri"_s, m_server.tcpPort());
    QVERIFY(xena && yuri);
    MessageModel *lobby = xena->window->model(u"lobby"_s);
    type(*xena->window, u"xena in the lobby"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!rowsWith(yuri->window->model(u"lobby"_s), u"xena in the lobby"_s).isEmpty(), 5000);
    type(*yuri->window, u"yuri's own words"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!rowsWith(lobby, u"yuri's own words"_s).isEmpty(), 5000);
    type(*xena->window, u"/msg yuri just for yuri"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!rowsWith(yuri->window->conversationModel(u"xena"_s), u"just for yuri"_s).isEmpty(), 5000);

    QTemporaryDir dir;
    const QString json = dir.filePath(u"xena.json"_s);
    xena->window->showRoom(u"lobby"_s);
    type(*xena->window, u"/export "_s + json);
    QTRY_VERIFY_WITH_TIMEOUT(!rowsWith(lobby, u"Exported 2 messages you sent to "_s).isEmpty(), 10'000);
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(doc.value("account"_L1).toString(), u"xena"_s);
    const QJsonArray messages = doc.value("messages"_L1).toArray();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages[0].toObject().value("text"_L1).toString(), u"xena in the lobby"_s);
    QCOMPARE(messages[1].toObject().value("to"_L1).toString(), u"yuri"_s);

    // Text by its name; a file that exists is not overwritten.
    const QString text = dir.filePath(u"xena.txt"_s);
    type(*xena->window, u"/export "_s + text);
    QTRY_VERIFY_WITH_TIMEOUT(rowsWith(lobby, u"Exported 2 messages you sent to "_s).size() == 2, 10'000);
    QFile textFile(text);
    QVERIFY(textFile.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(textFile.readAll());
    QVERIFY2(content.contains(u"#lobby <xena> xena in the lobby\n"_s) &&
                 content.contains(u"@yuri <xena> just for yuri"_s),
             qPrintable(content));
    QVERIFY(!content.contains(u"yuri's own words"_s));
    type(*xena->window, u"/export "_s + text);
    QTRY_VERIFY_WITH_TIMEOUT(!rowsWith(lobby, u"exists already"_s, MessageEntry::Kind::Error).isEmpty(), 5000);

    // A lost connection leaves no half file behind.
    const QString lost = dir.filePath(u"lost.json"_s);
    const qsizetype exportedBefore = rowsWith(lobby, u"Exported 2 messages"_s).size();
    type(*xena->window, u"/export "_s + lost);
    xena->client->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!rowsWith(lobby, u"nothing was saved"_s, MessageEntry::Kind::Error).isEmpty() ||
                                 rowsWith(lobby, u"Exported 2 messages"_s).size() > exportedBefore,
                             5000);
    QCOMPARE(QFileInfo::exists(lost), rowsWith(lobby, u"nothing was saved"_s).isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), QFileInfo::exists(lost) ? 3 : 2);
}

QTEST_MAIN(TestConversations)
#include "tst_client_conversations.moc"
