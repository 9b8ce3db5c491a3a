// The chat window against a real server: sending with the keyboard, typing indicators, private messages,
// the user list, reconnecting after a server restart, and plain-text rendering.
#include "chatinput.h"
#include "mainwindow.h"
#include "messagedelegate.h"
#include "messagetext.h"
#include "protocol.h"
#include "serverprocess.h"
#include "trusttestserver.h"
#include "windowsession.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QtCrypto>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Person
{
    std::unique_ptr<ChatClient> client = std::make_unique<ChatClient>();
    std::unique_ptr<MainWindow> window;
};

bool modelHas(const MessageModel *model, const QString &text, MessageEntry::Kind kind)
{
    if (!model)
        return false;
    for (int i = 0; i < model->rowCount(); ++i) {
        if (model->at(i).text.contains(text) && model->at(i).kind == kind)
            return true;
    }
    return false;
}

bool modelHasText(const MessageModel *model, const QString &text)
{
    if (!model)
        return false;
    for (int i = 0; i < model->rowCount(); ++i) {
        if (model->at(i).text.contains(text))
            return true;
    }
    return false;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void typedMessageAppearsForTheOther();
    void typingLabelAppearsAndClears();
    void privateMessageReachesOnlyItsTarget();
    void userListFollowsJoinsAndLeaves();
    void largeRoomSaysHowManyItLeavesOut();
    void unknownCommandIsExplainedNotSent();
    void refusedMessageComesBackToTheInput();
    void aLineThatCannotGoComesBack();
    void viewFollowsNewMessagesUnlessScrolledUp();
    void htmlIsShownAsText();
    void anEmptyConversationSaysSo();
    void scrollingToTheTopLoadsOlderMessages();
    void whatWasReadStaysReadAfterALogin();
    void aRoomLeftUnreadCountsAgain_data();
    void aRoomLeftUnreadCountsAgain();
    void onlySafeLinksOpen();
    void unsafeCharactersAreShownSafely();
    void unreadCountsAndNotifications();
    void reconnectsAfterRestartAndShowsWhatWasMissed();

private:
    std::unique_ptr<Person> person(const QString &name, quint16 port, bool registering = true);
    // A server of the test's own, with no message rate (the test sends fast); null if it did not start.
    static std::unique_ptr<ServerProcess> fastServer();

    QCA::Initializer m_qca;
    QTemporaryDir m_data;
    std::unique_ptr<ServerProcess> m_server;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_server = std::make_unique<ServerProcess>(m_data.path());
    QVERIFY(m_server->start());
}

std::unique_ptr<ServerProcess> TestMainWindow::fastServer()
{
    auto server = std::make_unique<ServerProcess>();
    return server->start({u"--message-rate"_s, u"0"_s}) ? std::move(server) : nullptr;
}

std::unique_ptr<Person> TestMainWindow::person(const QString &name, quint16 port, bool registering)
{
    auto p = std::make_unique<Person>();
    p->client->setReconnectDelays(std::chrono::milliseconds(100), std::chrono::milliseconds(400));
    p->window = std::make_unique<MainWindow>(*p->client);
    // The certificate question has its own tests (tst_client_tls, tst_client_logindialog).
    trustTestServer(*p->client);
    QSignalSpy ok(p->client.get(), &ChatClient::authenticated);
    QSignalSpy history(p->client.get(), &ChatClient::historyReceived);
    p->client->start(u"127.0.0.1"_s, port, registering ? ChatClient::AuthMode::Register : ChatClient::AuthMode::Login,
                     name, u"password123"_s);
    if (!ok.wait(10000))
        return nullptr;
    p->window->show();
    // Ready once the lobby is shown and its recent history has arrived.
    if (!QTest::qWaitFor([&] { return p->window->currentRoom() == u"lobby"_s && !history.isEmpty(); }, 5000))
        return nullptr;
    return p;
}

void TestMainWindow::typedMessageAppearsForTheOther()
{
    auto alice = person(u"alice"_s, m_server->tcpPort());
    auto bob = person(u"bob"_s, m_server->tcpPort());
    QVERIFY(alice && bob);
    auto *input = alice->window->findChild<ChatInput *>(u"input"_s);
    QTest::keyClicks(input, u"Hello from Alice"_s);
    QTest::keyClick(input, Qt::Key_Return);
    QVERIFY(input->text().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(modelHas(bob->window->model(u"lobby"_s), u"Hello from Alice"_s, MessageEntry::Kind::Chat),
                             5000);
    QTRY_VERIFY_WITH_TIMEOUT(modelHas(alice->window->model(u"lobby"_s), u"Hello from Alice"_s, MessageEntry::Kind::Own),
                             5000);
    // Up recalls what was sent.
    QTest::keyClick(input, Qt::Key_Up);
    QCOMPARE(input->text(), u"Hello from Alice"_s);
    // Going to the room already on screen (Alt+1 there) leaves its messages selectable.
    auto *view = alice->window->findChild<QListView *>(u"messages"_s);
    alice->window->showRoom(u"lobby"_s);
    QVERIFY(view->selectionModel());
    view->selectAll();
    QVERIFY(!view->selectionModel()->selectedRows().isEmpty());

    if (const QByteArray dir = qgetenv("CHATROOM_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QTest::keyClicks(bob->window->findChild<ChatInput *>(u"input"_s), u"/me waves back"_s);
        QTest::keyClick(bob->window->findChild<ChatInput *>(u"input"_s), Qt::Key_Return);
        QTest::keyClicks(bob->window->findChild<ChatInput *>(u"input"_s),
                         u"Docs are at https://example.org/docs, see you at 3."_s);
        QTest::keyClick(bob->window->findChild<ChatInput *>(u"input"_s), Qt::Key_Return);
        bob->client->whisper(u"alice"_s, u"Lunch later?"_s);
        QTRY_VERIFY_WITH_TIMEOUT(modelHasText(alice->window->conversationModel(u"bob"_s), u"Lunch later?"_s) &&
                                     modelHasText(alice->window->model(u"lobby"_s), u"Docs are at"_s),
                                 5000);
        input->clear();
        QTest::keyClicks(input, u"Sounds good"_s);
        QTest::keyClicks(bob->window->findChild<ChatInput *>(u"input"_s), u"typing"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!alice->window->typingText().isEmpty() && alice->client->rttMs() >= 0, 5000);
        alice->window->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(u"screenshot-main.png"_s));
    }
}

void TestMainWindow::typingLabelAppearsAndClears()
{
    auto carol = person(u"carol"_s, m_server->tcpPort());
    auto dave = person(u"dave"_s, m_server->tcpPort());
    QVERIFY(carol && dave);
    auto *input = carol->window->findChild<ChatInput *>(u"input"_s);
    QTest::keyClicks(input, u"I am wri"_s);
    QTRY_COMPARE_WITH_TIMEOUT(dave->window->typingText(), u"carol is typing…"_s, 5000);
    QCOMPARE(dave->window->findChild<QLabel *>(u"typing"_s)->text(), u"carol is typing…"_s);
    QTest::keyClicks(input, u"ting"_s);
    QTest::keyClick(input, Qt::Key_Return); // sending ends it
    QTRY_VERIFY_WITH_TIMEOUT(dave->window->typingText().isEmpty(), 5000);
}

void TestMainWindow::privateMessageReachesOnlyItsTarget()
{
    auto erin = person(u"erin"_s, m_server->tcpPort());
    auto frank = person(u"frank"_s, m_server->tcpPort());
    auto grace = person(u"grace"_s, m_server->tcpPort());
    QVERIFY(erin && frank && grace);
    auto *input = erin->window->findChild<ChatInput *>(u"input"_s);
    QTest::keyClicks(input, u"/msg frank the secret is 42"_s);
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(
        modelHas(frank->window->conversationModel(u"erin"_s), u"the secret is 42"_s, MessageEntry::Kind::Private),
        5000);
    QVERIFY(!modelHasText(frank->window->model(u"lobby"_s), u"the secret is 42"_s)); // its own place, not the room
    // A public message after it reaches grace; by then the private one would have too.
    erin->window->showRoom(u"lobby"_s); // /msg opened the conversation with frank
    QTest::keyClicks(input, u"public marker"_s);
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(modelHasText(grace->window->model(u"lobby"_s), u"public marker"_s), 5000);
    QVERIFY(!modelHasText(grace->window->model(u"lobby"_s), u"the secret is 42"_s));
}

void TestMainWindow::userListFollowsJoinsAndLeaves()
{
    auto heidi = person(u"heidi"_s, m_server->tcpPort());
    QVERIFY(heidi);
    auto *users = heidi->window->findChild<QListWidget *>(u"users"_s);
    auto names = [users] {
        QStringList out;
        for (int i = 0; i < users->count(); ++i)
            out << users->item(i)->text();
        return out;
    };
    auto ivan = person(u"ivan"_s, m_server->tcpPort());
    QVERIFY(ivan);
    QTRY_VERIFY_WITH_TIMEOUT(names().contains(u"ivan"_s), 5000);
    auto *input = ivan->window->findChild<ChatInput *>(u"input"_s);
    QTest::keyClicks(input, u"/leave"_s);
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!names().contains(u"ivan"_s), 5000);
    QVERIFY(names().contains(u"heidi"_s));
}

void TestMainWindow::largeRoomSaysHowManyItLeavesOut()
{
    // Rooms of more than two are large here: the joiner is sent the first two members and the total.
    ServerProcess server;
    QVERIFY(server.start({u"--quiet-room-size"_s, u"2"_s}));
    auto first = person(u"first"_s, server.tcpPort());
    auto second = person(u"second"_s, server.tcpPort());
    auto third = person(u"third"_s, server.tcpPort());
    QVERIFY(first && second && third);
    auto *users = third->window->findChild<QListWidget *>(u"users"_s);
    QCOMPARE(users->count(), 3);
    QCOMPARE(users->item(0)->text(), u"first"_s);
    QCOMPARE(users->item(1)->text(), u"second"_s);
    QCOMPARE(users->item(2)->text(), u"…and 1 more"_s);
    QVERIFY(!(users->item(2)->flags() & Qt::ItemIsSelectable));
    QCOMPARE(third->window->findChild<QLabel *>(u"usersHeader"_s)->text(), u"People here (3)"_s);
    // A room that is not large lists everyone and says so.
    QTRY_COMPARE_WITH_TIMEOUT(first->window->findChild<QLabel *>(u"usersHeader"_s)->text(), u"People here (2)"_s, 5000);
}

void TestMainWindow::unknownCommandIsExplainedNotSent()
{
    auto judy = person(u"judy"_s, m_server->tcpPort());
    auto kim = person(u"kim"_s, m_server->tcpPort());
    QVERIFY(judy && kim);
    auto *input = judy->window->findChild<ChatInput *>(u"input"_s);
    QTest::keyClicks(input, u"/fly to the moon"_s);
    QTest::keyClick(input, Qt::Key_Return);
    QVERIFY(modelHas(judy->window->model(u"lobby"_s), u"There is no command /fly"_s, MessageEntry::Kind::Error));
    QTest::keyClicks(input, u"after"_s);
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(modelHasText(kim->window->model(u"lobby"_s), u"after"_s), 5000);
    QVERIFY(!modelHasText(kim->window->model(u"lobby"_s), u"fly to the moon"_s));
}

void TestMainWindow::refusedMessageComesBackToTheInput()
{
    ServerProcess server;
    QVERIFY(server.start({u"--message-burst"_s, u"1"_s, u"--message-rate"_s, u"1"_s}));
    auto nina = person(u"nina"_s, server.tcpPort());
    QVERIFY(nina);
    auto *input = nina->window->findChild<ChatInput *>(u"input"_s);
    QTest::keyClicks(input, u"first"_s);
    QTest::keyClick(input, Qt::Key_Return);
    QTest::keyClicks(input, u"/me second, too soon"_s);
    QTest::keyClick(input, Qt::Key_Return);
    QVERIFY(input->text().isEmpty());
    // The second is over the rate: the user is told to wait, and the line is back, ready to send again.
    QTRY_VERIFY_WITH_TIMEOUT(
        modelHas(nina->window->model(u"lobby"_s), u"You are sending too fast"_s, MessageEntry::Kind::Error), 5000);
    QCOMPARE(input->text(), u"/me second, too soon"_s);
    QVERIFY(modelHas(nina->window->model(u"lobby"_s), u"first"_s, MessageEntry::Kind::Own));
    // A line the user already started is not overwritten by one that comes back.
    QTest::qWait(1100);
    input->clear();
    QTest::keyClicks(input, u"third"_s);
    QTest::keyClick(input, Qt::Key_Return);
    QTest::keyClicks(input, u"fourth"_s);
    QTest::keyClick(input, Qt::Key_Return);
    QTest::keyClicks(input, u"draft"_s);
    const auto refusals = [model = nina->window->model(u"lobby"_s)] {
        int n = 0;
        for (int i = 0; i < model->rowCount(); ++i)
            n += model->at(i).text.contains(u"You are sending too fast"_s);
        return n;
    };
    QTRY_COMPARE_WITH_TIMEOUT(refusals(), 2, 5000); // "fourth" was refused too...
    QCOMPARE(input->text(), u"draft"_s);            // ...and left the draft alone

    // "fourth" is sent again from its menu, once the rate allows: a new message goes out.
    QTest::qWait(1100);
    MessageModel *lobby = nina->window->model(u"lobby"_s);
    const QList<int> fourth = rowsWith(lobby, u"fourth"_s, MessageEntry::Kind::Own);
    QCOMPARE(fourth.size(), 1);
    QCOMPARE(lobby->at(fourth.first()).status, MessageEntry::Status::Failed);
    auto *view = nina->window->findChild<QListView *>(u"messages"_s);
    bool offered = false;
    QTimer::singleShot(200, [&] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            for (QAction *a : menu->actions()) {
                if (a->text() == "Send Again"_L1) {
                    offered = true;
                    a->trigger();
                }
            }
            menu->close();
        }
    });
    emit view->customContextMenuRequested(view->visualRect(lobby->index(fourth.first())).center());
    QVERIFY(offered);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QList<int> rows = rowsWith(lobby, u"fourth"_s, MessageEntry::Kind::Own);
            return rows.size() == 2 && lobby->at(rows.last()).status == MessageEntry::Status::Done;
        }(),
        5000);
}

void TestMainWindow::aLineThatCannotGoComesBack()
{
    auto quill = person(u"quill"_s, m_server->tcpPort());
    QVERIFY(quill);
    auto *input = quill->window->findChild<ChatInput *>(u"input"_s);
    MessageModel *lobby = quill->window->model(u"lobby"_s);
    // An unknown command: said, and the line is back to be corrected.
    QTest::keyClicks(input, u"/frobnicate now"_s);
    QTest::keyClick(input, Qt::Key_Return);
    QVERIFY(modelHas(lobby, u"There is no command /frobnicate"_s, MessageEntry::Kind::Error));
    QCOMPARE(input->text(), u"/frobnicate now"_s);
    // A message past the limit: refused with both lengths, not cut; nothing is sent.
    const QString tooLong = QString(Protocol::MaxTextLength, u'a') + u"end"_s;
    input->setText(tooLong);
    QCOMPARE(input->text(), tooLong);
    QTest::keyClick(input, Qt::Key_Return);
    QVERIFY(modelHas(lobby, u"at most 4,000 characters; this one has 4,003"_s, MessageEntry::Kind::Error));
    QCOMPARE(input->text(), tooLong);
    QVERIFY(rowsWith(lobby, tooLong, MessageEntry::Kind::Own).isEmpty());
}

void TestMainWindow::viewFollowsNewMessagesUnlessScrolledUp()
{
    const auto server = fastServer();
    QVERIFY(server);
    auto reader = person(u"reader"_s, server->tcpPort());
    auto writer = person(u"writer"_s, server->tcpPort());
    QVERIFY(reader && writer);
    auto *view = reader->window->findChild<QListView *>(u"messages"_s);
    QScrollBar *bar = view->verticalScrollBar();
    int sent = 0;
    const auto send = [&](int n) {
        for (int i = 0; i < n; ++i)
            writer->client->say(u"lobby"_s, u"line %1"_s.arg(++sent));
        const QString last = u"line %1"_s.arg(sent);
        return QTest::qWaitFor([&] { return modelHasText(reader->window->model(u"lobby"_s), last); }, 5000);
    };
    QVERIFY(send(60)); // far more than the view shows
    QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > 0 && bar->value() == bar->maximum(), 5000);

    // Scrolled up to read: new messages do not pull the view away.
    bar->setValue(0);
    QVERIFY(send(20));
    QTest::qWait(100);
    QCOMPARE(bar->value(), 0);

    // In the middle of a long room (rows laid out in several passes, old ones estimated until seen):
    // neither new messages nor rows measured as they come on screen move what is being read.
    QVERIFY(send(300));
    QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > 8 * view->viewport()->height(), 5000);
    QCOMPARE(bar->value(), 0);
    bar->setValue(bar->maximum() / 2);
    const int middle = bar->value();
    (void)view->grab(); // painted: the rows on screen are measured
    QVERIFY(send(5));
    QTest::qWait(200);
    (void)view->grab();
    QTest::qWait(200);
    QCOMPARE(bar->value(), middle);
    bar->setValue(middle - view->viewport()->height()); // up, into rows not seen yet
    const int higher = bar->value();
    (void)view->grab();
    QTest::qWait(200);
    QCOMPARE(bar->value(), higher);

    // Back at the bottom: it follows again.
    bar->setValue(bar->maximum());
    const int before = bar->maximum();
    QVERIFY(send(20));
    QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > before && bar->value() == bar->maximum(), 5000);

    // A message far taller than the view, and a narrower window (taller messages): still at the newest.
    writer->client->say(u"lobby"_s, QString(Protocol::MaxTextLength, u'x'));
    QTRY_VERIFY_WITH_TIMEOUT(modelHasText(reader->window->model(u"lobby"_s), QString(Protocol::MaxTextLength, u'x')),
                             5000);
    QTRY_VERIFY_WITH_TIMEOUT(bar->value() == bar->maximum(), 5000);
    const int wide = bar->maximum();
    reader->window->resize(reader->window->width() - 300, reader->window->height());
    QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > wide && bar->value() == bar->maximum(), 5000);
}

void TestMainWindow::anEmptyConversationSaysSo()
{
    // A conversation with no message yet says so, instead of a blank view; the first message takes it away.
    auto nia = person(u"nia"_s, m_server->tcpPort());
    auto oto = person(u"oto"_s, m_server->tcpPort());
    QVERIFY(nia && oto);
    auto *hint = nia->window->findChild<QLabel *>(u"emptyHint"_s);
    QVERIFY(hint);
    nia->window->showConversation(u"oto"_s);
    QTRY_VERIFY(hint->isVisible());
    QVERIFY(!hint->text().isEmpty());
    oto->client->whisper(u"nia"_s, u"hi nia"_s);
    QTRY_VERIFY(modelHasText(nia->window->conversationModel(u"oto"_s), u"hi nia"_s));
    QTRY_VERIFY(!hint->isVisible());
    nia->window->showRoom(u"lobby"_s); // a room with lines in it
    QTRY_VERIFY(nia->window->model(u"lobby"_s)->rowCount() > 0);
    QVERIFY(!hint->isVisible());
}

void TestMainWindow::scrollingToTheTopLoadsOlderMessages()
{
    // A room of 300 messages opens with its newest page; reading up to the top brings the older ones in
    // above, page by page, and what was at the top stays in view.
    const auto server = fastServer();
    QVERIFY(server);
    auto writer = person(u"writer"_s, server->tcpPort());
    QVERIFY(writer);
    for (int i = 1; i <= 300; ++i)
        writer->client->say(u"lobby"_s, u"old line %1"_s.arg(i));
    QTRY_VERIFY_WITH_TIMEOUT(modelHasText(writer->window->model(u"lobby"_s), u"old line 300"_s), 10000);
    auto reader = person(u"reader"_s, server->tcpPort());
    QVERIFY(reader);
    MessageModel *lobby = reader->window->model(u"lobby"_s);
    QTRY_VERIFY(modelHasText(lobby, u"old line 300"_s));
    auto *view = reader->window->findChild<QListView *>(u"messages"_s);
    QScrollBar *bar = view->verticalScrollBar();
    bar->setValue(bar->maximum() / 2); // reading somewhere in the middle: nothing more is asked for
    QTest::qWait(300);
    QVERIFY(!modelHasText(lobby, u"old line 1"_s)); // not everything at once
    const int rowsBefore = lobby->rowCount();
    const QString topText = lobby->at(0).text;
    bar->setValue(0);
    QTRY_VERIFY_WITH_TIMEOUT(lobby->rowCount() > rowsBefore, 5000);
    // The line that was at the top is still in view, with the older ones above it.
    QTRY_VERIFY(view->indexAt(QPoint(10, 10)).row() > 0);
    int wasTopRow = -1;
    for (int row = 0; row < lobby->rowCount() && wasTopRow < 0; ++row)
        wasTopRow = lobby->at(row).text == topText ? row : -1;
    const QModelIndex wasTop = lobby->index(wasTopRow);
    QVERIFY(wasTop.isValid());
    QVERIFY2(view->visualRect(wasTop).intersects(view->viewport()->rect()),
             qPrintable(u"row %1 of %2 at %3; the top shows row %4"_s.arg(wasTopRow)
                            .arg(lobby->rowCount())
                            .arg(view->visualRect(wasTop).top())
                            .arg(view->indexAt(QPoint(10, 10)).row())));
    // Up to the top again, until the first message is there.
    QTRY_VERIFY_WITH_TIMEOUT(((void)bar->setValue(0), modelHasText(lobby, u"old line 1"_s)), 10000);
}

void TestMainWindow::whatWasReadStaysReadAfterALogin()
{
    // Read to the newest in the window, then quit: logged in again, the room has nothing new in it.
    const auto server = fastServer();
    QVERIFY(server);
    auto writer = person(u"writer"_s, server->tcpPort());
    auto reader = person(u"reader"_s, server->tcpPort());
    QVERIFY(writer && reader);
    for (int i = 1; i <= 30; ++i)
        writer->client->say(u"lobby"_s, u"read line %1"_s.arg(i));
    QTRY_VERIFY_WITH_TIMEOUT(modelHasText(reader->window->model(u"lobby"_s), u"read line 30"_s), 5000);
    reader->window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(reader->window.get()));
    auto *view = reader->window->findChild<QListView *>(u"messages"_s);
    view->scrollToBottom();
    QTest::qWait(200);
    reader->window->flushReadPositions();
    QTest::qWait(200);
    reader->client->stop();
    reader.reset();
    writer->window->activateWindow(); // the reader's next window is not the active one at first

    auto again = person(u"reader"_s, server->tcpPort(), false);
    QVERIFY(again);
    MessageModel *lobby = again->window->model(u"lobby"_s);
    QTRY_VERIFY(modelHasText(lobby, u"read line 30"_s));
    QCOMPARE(lobby->firstUnreadRow(), -1);
    QCOMPARE(again->window->unread(u"lobby"_s), 0);
}

void TestMainWindow::aRoomLeftUnreadCountsAgain_data()
{
    QTest::addColumn<bool>("readBefore");
    QTest::newRow("read before") << true;
    QTest::newRow("never read") << false; // a read position of 0
}

void TestMainWindow::aRoomLeftUnreadCountsAgain()
{
    // Opened while the window is in the background and left again without reading: the room counts its
    // unread messages again, as the server has them.
    QFETCH(bool, readBefore);
    const auto server = fastServer();
    QVERIFY(server);
    auto writer = person(u"writer"_s, server->tcpPort());
    auto reader = person(u"reader"_s, server->tcpPort());
    QVERIFY(writer && reader);
    for (Person *p : {writer.get(), reader.get()}) {
        p->client->join(u"side"_s);
        QTRY_VERIFY(p->window->model(u"side"_s));
    }
    if (readBefore) {
        // Something read there first (in front, at the newest): the room has a read position.
        reader->window->showRoom(u"side"_s);
        reader->window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(reader->window.get()));
        writer->client->say(u"side"_s, u"seen line"_s);
        QTRY_VERIFY(modelHasText(reader->window->model(u"side"_s), u"seen line"_s));
        reader->window->flushReadPositions();
    }
    reader->window->showRoom(u"lobby"_s); // (a room joined comes on screen)
    writer->window->activateWindow();     // the reader's window is behind: nothing there is read
    QVERIFY(QTest::qWaitForWindowActive(writer->window.get()));
    for (int i = 1; i <= 40; ++i)
        writer->client->say(u"side"_s, u"unread line %1"_s.arg(i));
    QTRY_COMPARE_WITH_TIMEOUT(reader->window->unread(u"side"_s), 40, 5000);
    reader->window->showRoom(u"side"_s);
    QTRY_VERIFY(reader->window->model(u"side"_s)->firstUnreadRow() >= 0);
    reader->window->showRoom(u"lobby"_s);
    QTRY_COMPARE_WITH_TIMEOUT(reader->window->unread(u"side"_s), 40, 5000);
}

void TestMainWindow::htmlIsShownAsText()
{
    auto lee = person(u"lee"_s, m_server->tcpPort());
    auto mia = person(u"mia"_s, m_server->tcpPort());
    QVERIFY(lee && mia);
    const QString markup = u"<b>bold</b> <img src=\"http://evil.example/x.png\"> &amp;"_s;
    lee->client->say(u"lobby"_s, markup);
    MessageModel *model = mia->window->model(u"lobby"_s);
    QTRY_VERIFY_WITH_TIMEOUT(modelHasText(model, u"<b>bold</b>"_s), 5000);
    // What the delegate draws holds the characters as typed: no tag was interpreted, no image loaded.
    int row = model->rowCount() - 1;
    while (row >= 0 && !model->at(row).text.contains(u"<b>"_s))
        --row;
    QTextDocument doc;
    QStyleOptionViewItem option;
    option.rect = QRect(0, 0, 600, 100);
    option.font = mia->window->font();
    auto *delegate =
        qobject_cast<MessageDelegate *>(mia->window->findChild<QListView *>(u"messages"_s)->itemDelegate());
    QVERIFY(delegate);
    const QSize size = delegate->sizeHint(option, model->index(row));
    QVERIFY(size.height() > 0 && size.height() < 200);
    QVERIFY(model->index(row).data(MessageModel::TextRole).toString() == markup);
    QVERIFY(model->index(row).data(Qt::DisplayRole).toString().contains(u"&amp;"_s));
}

void TestMainWindow::onlySafeLinksOpen()
{
    QVERIFY(MessageText::isSafeLink(QUrl(u"https://example.org/a"_s)));
    QVERIFY(MessageText::isSafeLink(QUrl(u"http://example.org"_s)));
    QVERIFY(MessageText::isSafeLink(QUrl(u"mailto:someone@example.org"_s)));
    QVERIFY(!MessageText::isSafeLink(QUrl(u"file:///etc/passwd"_s)));
    QVERIFY(!MessageText::isSafeLink(QUrl(u"javascript:alert(1)"_s)));
    QVERIFY(!MessageText::isSafeLink(QUrl(u"smb://host/share"_s)));
    QVERIFY(!MessageText::isSafeLink(QUrl(u"x-custom-handler:run"_s)));
}

void TestMainWindow::unsafeCharactersAreShownSafely()
{
    // Control characters show as U+FFFD, a line break stays inside the message, tabs and the rest stay.
    QCOMPARE(MessageText::displayText(u"bell\x07 esc\x1b[31m\tred\nnext \u202Egnp.exe"_s),
             u"bell\uFFFD esc\uFFFD[31m\tred\u2028next \u202Egnp.exe"_s);

    auto olga = person(u"olga"_s, m_server->tcpPort());
    auto pete = person(u"pete"_s, m_server->tcpPort());
    QVERIFY(olga && pete);
    const QString override = u"look: \u202Efdp.exe and https://example.org/a"_s;
    const QString longWord = QString(Protocol::MaxTextLength, u'x');
    olga->client->say(u"lobby"_s, override);
    olga->client->say(u"lobby"_s, longWord);
    MessageModel *model = pete->window->model(u"lobby"_s);
    QTRY_VERIFY_WITH_TIMEOUT(modelHasText(model, longWord), 5000);
    auto *view = pete->window->findChild<QListView *>(u"messages"_s);
    auto *delegate = qobject_cast<MessageDelegate *>(view->itemDelegate());
    QVERIFY(delegate);
    QStyleOptionViewItem option;
    option.rect = QRect(0, 0, 400, 20);
    option.font = pete->window->font();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString text = model->at(row).text;
        if (text != override && text != longWord)
            continue;
        // 4,000 characters without a space wrap within the view instead of widening it.
        const QSize size = delegate->sizeHint(option, model->index(row));
        QVERIFY2(size.width() <= 400, qPrintable(u"%1 px wide"_s.arg(size.width())));
        if (text == longWord)
            QVERIFY(size.height() > 10 * QFontMetrics(option.font).height());
    }
}

void TestMainWindow::unreadCountsAndNotifications()
{
    auto lena = person(u"lena"_s, m_server->tcpPort());
    auto mike = person(u"mike"_s, m_server->tcpPort());
    QVERIFY(lena && mike);
    lena->client->join(u"games"_s);
    mike->client->join(u"games"_s);
    QTRY_VERIFY_WITH_TIMEOUT(lena->window->currentRoom() == u"games"_s && mike->window->currentRoom() == u"games"_s &&
                                 lena->window->members(u"games"_s).contains(u"mike"_s),
                             5000);
    auto *rooms = lena->window->findChild<QListWidget *>(u"rooms"_s);
    rooms->setCurrentRow(0); // lena looks at the lobby
    QCOMPARE(lena->window->currentRoom(), u"lobby"_s);
    mike->window->activateWindow();
    QTRY_VERIFY_WITH_TIMEOUT(!lena->window->isActiveWindow(), 5000);
    QSignalSpy notified(lena->window.get(), &MainWindow::notified);

    mike->client->say(u"games"_s, u"anyone for chess?"_s);
    mike->client->say(u"games"_s, u"or go?"_s);
    QTRY_COMPARE_WITH_TIMEOUT(lena->window->unread(u"games"_s), 2, 5000);
    QCOMPARE(rooms->item(1)->text(), u"games (2)"_s);
    QCOMPARE(notified.size(), 2);
    QCOMPARE(notified.at(0).at(0).toString(), u"mike"_s);
    QCOMPARE(notified.at(0).at(1).toString(), u"anyone for chess?"_s);
    QCOMPARE(lena->window->unread(u"lobby"_s), 0);
    // Notification services read the body as markup: no tag can reach them.
    mike->client->say(u"games"_s, u"<img src=\"http://evil.example/x.png\"><b>hi</b> & bye"_s);
    QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 3, 5000);
    const QString body = notified.at(2).at(1).toString();
    QVERIFY2(!body.contains(u'<') && !body.contains(u'&'), qPrintable(body)); // no tag, no entity
    QVERIFY(body.contains(u"img src=\"http://evil.example/x.png\">"_s) && body.contains(u"bye"_s));

    rooms->setCurrentRow(1); // reading the room clears its count
    QCOMPARE(lena->window->currentRoom(), u"games"_s);
    QCOMPARE(lena->window->unread(u"games"_s), 0);
    QCOMPARE(rooms->item(1)->text(), u"games"_s);
}

void TestMainWindow::reconnectsAfterRestartAndShowsWhatWasMissed()
{
    auto nina = person(u"nina"_s, m_server->tcpPort());
    QVERIFY(nina);
    const quint16 port = m_server->tcpPort();
    QSignalSpy reconnected(nina->client.get(), &ChatClient::authenticated);
    auto *input = nina->window->findChild<ChatInput *>(u"input"_s);
    QTest::keyClicks(input, u"half-typed"_s);

    m_server->stop();
    QTRY_COMPARE_WITH_TIMEOUT(nina->client->state(), ChatClient::State::Reconnecting, 5000);
    QVERIFY(
        modelHas(nina->window->model(u"lobby"_s), u"The server is shutting down"_s, MessageEntry::Kind::Announcement) ||
        modelHas(nina->window->model(u"lobby"_s), u"Reconnecting"_s, MessageEntry::Kind::Error));
    QCOMPARE(input->text(), u"half-typed"_s); // input is kept

    // While nina is away, someone says something.
    m_server = std::make_unique<ServerProcess>(m_data.path());
    QVERIFY(m_server->start({u"--port"_s, QString::number(port)}));
    {
        Person other;
        QSignalSpy ok(other.client.get(), &ChatClient::authenticated);
        other.client->start(u"127.0.0.1"_s, port, ChatClient::AuthMode::Register, u"oscar"_s, u"password123"_s);
        QVERIFY(ok.wait(10000));
        other.client->say(u"lobby"_s, u"said while nina was away"_s);
        QSignalSpy acked(other.client.get(), &ChatClient::acknowledged);
        QVERIFY(acked.wait(5000));
        other.client->stop();
    }
    QTRY_VERIFY_WITH_TIMEOUT(reconnected.size() >= 1, 15000); // resumed with the token: no password prompt
    QCOMPARE(nina->client->state(), ChatClient::State::Connected);
    QTRY_VERIFY_WITH_TIMEOUT(modelHasText(nina->window->model(u"lobby"_s), u"said while nina was away"_s), 5000);
}

QTEST_MAIN(TestMainWindow)
#include "tst_client_mainwindow.moc"
