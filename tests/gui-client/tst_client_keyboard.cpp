// The chat window by keyboard alone, against a real server: focus where typing goes, the menus and their
// shortcuts, moving between rooms, the quick switcher, Escape, and a walk through every focusable widget,
// each with an accessible name.
#include "chatinput.h"
#include "emojipicker.h"
#include "mainwindow.h"
#include "messageactions.h"
#include "narrowlayout.h"
#include "quickswitcher.h"
#include "serverprocess.h"
#include "testclient.h"
#include "windowmenus.h"
#include "windowsession.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QWheelEvent>
#include <QtCrypto>

using namespace Qt::Literals::StringLiterals;

class TestKeyboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyActionIsInTheMenusWithAName();
    void menusOpenFromTheKeyboard();
    void roomsAreReachedByNumberAndInTurn();
    void quickSwitcherFindsRoomsAndPeople();
    void escapeReturnsToTheInput();
    void joinAndLeaveFromTheMenu();
    void tabWalksEveryWidgetWithAName();
    void aNarrowWindowKeepsTheMessagesWide();
    void emojiFromTheKeyboard();
    void theWheelScrollsWithJoinsAndLeavesHidden();
    void altAndALetterTypesNothing();
    void pageKeysScrollTheMessagesFromTheInput();

private:
    // Joins rooms with the window's own /join, and waits until each is in the room list.
    bool join(const QStringList &rooms);
    QWidget *focus() const { return QApplication::focusWidget(); }

    QCA::Initializer m_qca;
    ServerProcess m_server;
    std::unique_ptr<WindowSession> m_ann;
    int m_round = 0;
};

void TestKeyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.start());
}

void TestKeyboard::init()
{
    // A new account each time: every test starts in the lobby alone.
    m_ann = WindowSession::open(u"ann%1"_s.arg(++m_round), m_server.tcpPort());
    QVERIFY(m_ann);
    m_ann->window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_ann->window.get()));
}

void TestKeyboard::cleanup()
{
    if (m_ann)
        m_ann->client->stop();
    m_ann.reset();
}

bool TestKeyboard::join(const QStringList &rooms)
{
    auto *input = m_ann->window->findChild<ChatInput *>(u"input"_s);
    for (const QString &room : rooms) {
        QTest::keyClicks(input, u"/join "_s + room);
        QTest::keyClick(input, Qt::Key_Return);
        if (!QTest::qWaitFor([&] { return m_ann->window->currentRoom() == room; }, 5000))
            return false;
    }
    return true;
}

void TestKeyboard::everyActionIsInTheMenusWithAName()
{
    QMenuBar *bar = m_ann->window->menuBar();
    QStringList titles;
    for (QAction *a : bar->actions())
        titles << a->text();
    QCOMPARE(titles, (QStringList{u"&Chat"_s, u"&Edit"_s, u"&Go"_s, u"&View"_s, u"&Help"_s}));
    // Each menu entry has a name with an access key, and the ones named in the issue are there.
    QStringList names;
    const std::function<void(QMenu *)> walk = [&](QMenu *menu) {
        for (QAction *a : menu->actions()) {
            if (a->isSeparator())
                continue;
            QVERIFY2(a->text().contains(u'&') || menu->title() == u"&Room by Number"_s, qPrintable(a->text()));
            names << a->objectName();
            if (a->menu())
                walk(a->menu());
        }
    };
    for (QAction *a : bar->actions())
        walk(a->menu());
    for (const QString &wanted : {u"actionLogOut"_s, u"actionSettings"_s, u"actionQuit"_s, u"actionJoin"_s,
                                  u"actionLeave"_s, u"actionShortcuts"_s, u"actionAbout"_s, u"actionQuickSwitch"_s,
                                  u"actionSearch"_s, u"actionNextRoom"_s, u"actionPreviousRoom"_s, u"actionRoom9"_s})
        QVERIFY2(names.contains(wanted), qPrintable(wanted));
    // The keyboard help lists every shortcut.
    QWidget *help = WindowMenus::shortcutsDialog(m_ann->window->menus()->all(), m_ann->window.get());
    auto *table = help->findChild<QTreeWidget *>(u"shortcutsTable"_s);
    QVERIFY(table);
    QStringList keys;
    for (int i = 0; i < table->topLevelItemCount(); ++i)
        keys << table->topLevelItem(i)->text(1);
    QVERIFY2(keys.contains(QKeySequence(u"Ctrl+K"_s).toString(QKeySequence::NativeText)), qPrintable(keys.join(u'|')));
    QVERIFY(keys.contains(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    help->close();
}

void TestKeyboard::menusOpenFromTheKeyboard()
{
    auto *input = m_ann->window->findChild<ChatInput *>(u"input"_s);
    QCOMPARE(focus(), input); // typing goes to the input from the start
    QTest::keyClick(input, Qt::Key_F10);
    QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QCOMPARE(menu->title(), u"&Chat"_s);
    // Right moves to the next menu; Escape closes them and the input has the keyboard again.
    QTest::keyClick(menu, Qt::Key_Right);
    QTRY_COMPARE(qobject_cast<QMenu *>(QApplication::activePopupWidget())->title(), u"&Edit"_s);
    while (QWidget *popup = QApplication::activePopupWidget())
        QTest::keyClick(popup, Qt::Key_Escape);
    // The menu bar keeps the keyboard until one more Escape, as on every desktop.
    QCOMPARE(focus(), m_ann->window->menuBar());
    QTest::keyClick(m_ann->window->menuBar(), Qt::Key_Escape);
    QTRY_COMPARE(focus(), input);
}

void TestKeyboard::roomsAreReachedByNumberAndInTurn()
{
    QVERIFY(join({u"alpha"_s, u"beta"_s, u"gamma"_s}));
    auto *input = m_ann->window->findChild<ChatInput *>(u"input"_s);
    QTest::keyClick(input, Qt::Key_2, Qt::AltModifier);
    QCOMPARE(m_ann->window->currentRoom(), u"alpha"_s);
    QCOMPARE(focus(), input);
    QTest::keyClick(input, Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(m_ann->window->currentRoom(), u"beta"_s);
    QTest::keyClick(input, Qt::Key_PageUp, Qt::ControlModifier);
    QTest::keyClick(input, Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(m_ann->window->currentRoom(), u"lobby"_s);
    QTest::keyClick(input, Qt::Key_PageUp, Qt::ControlModifier); // wraps to the last
    QCOMPARE(m_ann->window->currentRoom(), u"gamma"_s);
    QTest::keyClick(input, Qt::Key_9, Qt::AltModifier); // no ninth room: stays
    QCOMPARE(m_ann->window->currentRoom(), u"gamma"_s);
    // From the room list too, and the input has the keyboard after the switch.
    auto *rooms = m_ann->window->findChild<QListWidget *>(u"rooms"_s);
    rooms->setFocus();
    QTest::keyClick(rooms, Qt::Key_1, Qt::AltModifier);
    QCOMPARE(m_ann->window->currentRoom(), u"lobby"_s);
    QCOMPARE(focus(), input);
}

void TestKeyboard::quickSwitcherFindsRoomsAndPeople()
{
    QVERIFY(join({u"design"_s, u"devops"_s}));
    auto bob = WindowSession::open(u"bobby%1"_s.arg(m_round), m_server.tcpPort());
    QVERIFY(bob);
    QTRY_VERIFY(m_ann->window->members(u"lobby"_s).contains(u"bobby%1"_s.arg(m_round)));
    m_ann->window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_ann->window.get()));
    auto *input = m_ann->window->findChild<ChatInput *>(u"input"_s);
    QTest::keyClick(input, Qt::Key_K, Qt::ControlModifier);
    auto *switcher = m_ann->window->findChild<QuickSwitcher *>(u"quickSwitcher"_s);
    QVERIFY(switcher);
    QVERIFY(QTest::qWaitForWindowActive(switcher));
    QTRY_COMPARE(focus(), switcher->filter());
    QTRY_COMPARE(focus(), switcher->filter());
    QVERIFY(switcher->shown().size() >= 4); // three rooms and a person
    if (const QByteArray dir = qgetenv("CHATROOM_SCREENSHOT_DIR"); !dir.isEmpty())
        m_ann->window->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(u"screenshot-switcher.png"_s));
    QTest::keyClicks(switcher->filter(), u"de"_s);
    QCOMPARE(switcher->shown().size(), 2);
    QTest::keyClick(switcher->filter(), Qt::Key_Down);
    QTest::keyClick(switcher->filter(), Qt::Key_Return);
    QTRY_VERIFY(!switcher->isVisible());
    QCOMPARE(m_ann->window->currentRoom(), u"devops"_s);
    QTRY_COMPARE(focus(), input);

    // A person: their conversation opens.
    QTest::keyClick(input, Qt::Key_K, Qt::ControlModifier);
    QVERIFY(QTest::qWaitForWindowActive(switcher));
    QTRY_COMPARE(focus(), switcher->filter());
    QTest::keyClicks(switcher->filter(), u"BOBBY"_s);
    QVERIFY2(switcher->shown().value(0).contains(u"bobby"_s), qPrintable(switcher->shown().join(u'|')));
    QTest::keyClick(switcher->filter(), Qt::Key_Return);
    QTRY_COMPARE(m_ann->window->currentConversation(), u"bobby%1"_s.arg(m_round));
    QTRY_VERIFY(m_ann->window->isActiveWindow()); // back from the switcher before the next key
    // Nothing matches: Enter does nothing; Escape goes back to the input.
    QTest::keyClick(input, Qt::Key_K, Qt::ControlModifier);
    QVERIFY(QTest::qWaitForWindowActive(switcher));
    QTRY_COMPARE(focus(), switcher->filter());
    QTest::keyClicks(switcher->filter(), u"zzz"_s);
    QVERIFY(switcher->shown().isEmpty());
    QTest::keyClick(switcher->filter(), Qt::Key_Return);
    QVERIFY(switcher->isVisible());
    QTest::keyClick(switcher->filter(), Qt::Key_Escape);
    QTRY_VERIFY(!switcher->isVisible());
    QTRY_COMPARE(focus(), input);
    bob->client->stop();
}

void TestKeyboard::escapeReturnsToTheInput()
{
    auto *input = m_ann->window->findChild<ChatInput *>(u"input"_s);
    QTest::keyClicks(input, u"something to reply to"_s);
    QTest::keyClick(input, Qt::Key_Return);
    MessageModel *lobby = m_ann->window->model(u"lobby"_s);
    QTRY_VERIFY(lobby->rowCount() > 0 && lobby->at(lobby->rowCount() - 1).id > 0);
    auto *view = m_ann->window->findChild<QListView *>(u"messages"_s);
    view->setFocus();
    m_ann->window->messageActions()->startReply(lobby->index(lobby->rowCount() - 1));
    QVERIFY(m_ann->window->messageActions()->replyingTo());
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Escape);
    QVERIFY(!m_ann->window->messageActions()->replyingTo());
    QCOMPARE(focus(), input);
    // Ctrl+L from anywhere puts the keyboard in the input.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(focus(), input);
}

void TestKeyboard::joinAndLeaveFromTheMenu()
{
    auto *input = m_ann->window->findChild<ChatInput *>(u"input"_s);
    QTest::keyClick(input, Qt::Key_J, Qt::ControlModifier);
    QInputDialog *ask = nullptr;
    QTRY_VERIFY((ask = m_ann->window->findChild<QInputDialog *>(u"joinDialog"_s)) && ask->isVisible());
    auto *name = ask->findChild<QLineEdit *>();
    QVERIFY(name);
    QTest::keyClicks(name, u"kitchen"_s);
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_COMPARE(m_ann->window->currentRoom(), u"kitchen"_s);
    QTRY_COMPARE(focus(), input);
    // Leaving has no key of its own (too easy to hit): the menu, by keyboard.
    QTest::keyClick(input, Qt::Key_C, Qt::AltModifier);
    QMenu *chat = nullptr;
    QTRY_VERIFY((chat = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
    QTest::keyClick(chat, Qt::Key_L);
    QTRY_COMPARE(m_ann->window->currentRoom(), u"lobby"_s);
}

void TestKeyboard::tabWalksEveryWidgetWithAName()
{
    auto *input = m_ann->window->findChild<ChatInput *>(u"input"_s);
    input->setFocus();
    QStringList visited;
    QSet<QWidget *> seen;
    for (int i = 0; i < 30; ++i) {
        QWidget *w = focus();
        QVERIFY(w);
        QVERIFY2(!w->accessibleName().isEmpty(),
                 qPrintable(u"%1 (%2) has no accessible name"_s.arg(
                     w->objectName(), QString::fromLatin1(w->metaObject()->className()))));
        if (seen.contains(w))
            break;
        seen.insert(w);
        visited << w->objectName();
        QTest::keyClick(w, Qt::Key_Tab);
    }
    QCOMPARE(focus(), input); // around and back
    // The order follows the layout: the rooms on the left, then the messages, the input, the people.
    QCOMPARE(visited, (QStringList{u"input"_s, u"users"_s, u"rooms"_s, u"messages"_s}));
}

void TestKeyboard::aNarrowWindowKeepsTheMessagesWide()
{
    QVERIFY(join({u"narrowroom"_s}));
    MainWindow &w = *m_ann->window;
    auto *rooms = w.findChild<QListWidget *>(u"rooms"_s);
    auto *people = w.findChild<QListWidget *>(u"users"_s);
    auto *messages = w.findChild<QListView *>(u"messages"_s);
    auto *roomsButton = w.findChild<QToolButton *>(u"roomsButton"_s);
    auto *peopleButton = w.findChild<QToolButton *>(u"peopleButton"_s);
    QVERIFY(rooms->isVisible() && people->isVisible() && !roomsButton->isVisible());

    w.resize(520, 600);
    QTRY_VERIFY(!rooms->isVisible());
    QVERIFY(!people->isVisible());
    QVERIFY(roomsButton->isVisible() && peopleButton->isVisible());
    // View > People says what is on screen, and opens the people's drawer.
    QAction *showPeople = w.menus()->showPeople;
    QVERIFY(!showPeople->isChecked());
    showPeople->trigger();
    QVERIFY(people->isVisible() && peopleButton->isChecked() && showPeople->isChecked());
    QTest::mouseClick(peopleButton, Qt::LeftButton);
    QVERIFY(!people->isVisible() && !showPeople->isChecked());
    QTRY_VERIFY2(messages->width() >= 480, qPrintable(QString::number(messages->width())));
    if (const QByteArray dir = qgetenv("CHATROOM_SCREENSHOT_DIR"); !dir.isEmpty())
        w.grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(u"screenshot-narrow.png"_s));

    // The drawer: opened by its button, over the messages (which keep their width), closed by choosing a room.
    const int messagesWidth = messages->width();
    QTest::mouseClick(roomsButton, Qt::LeftButton);
    QVERIFY(rooms->isVisible());
    QTRY_COMPARE(focus(), rooms);
    QTest::qWait(50);
    QCOMPARE(messages->width(), messagesWidth);
    QVERIFY(rooms->width() >= NarrowLayout::DrawerMinWidth);
    QVERIFY(rooms->geometry().intersects(messages->rect().translated(messages->mapTo(&w, QPoint(0, 0)))));
    if (const QByteArray dir = qgetenv("CHATROOM_SCREENSHOT_DIR"); !dir.isEmpty())
        w.grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(u"narrow-drawer.png"_s));
    QTest::keyClick(rooms, Qt::Key_Up);
    QTRY_COMPARE(w.currentRoom(), u"lobby"_s);
    QTRY_VERIFY(!rooms->isVisible());
    QTest::mouseClick(peopleButton, Qt::LeftButton);
    QVERIFY(people->isVisible());
    QTest::mouseClick(peopleButton, Qt::LeftButton);
    QVERIFY(!people->isVisible());
    // Escape closes an open pane and gives the keyboard back to the input.
    QTest::mouseClick(roomsButton, Qt::LeftButton);
    QTRY_COMPARE(focus(), rooms);
    QTest::keyClick(rooms, Qt::Key_Escape);
    QTRY_VERIFY(!rooms->isVisible());
    QVERIFY(!roomsButton->isChecked());
    QTRY_COMPARE(focus(), w.findChild<ChatInput *>(u"input"_s));
    QTest::mouseClick(peopleButton, Qt::LeftButton);
    QVERIFY(people->isVisible());
    people->setFocus();
    QTest::keyClick(people, Qt::Key_Escape);
    QTRY_VERIFY(!people->isVisible());
    // One drawer at a time: together they would cover the messages.
    QTest::mouseClick(roomsButton, Qt::LeftButton);
    QTest::mouseClick(peopleButton, Qt::LeftButton);
    QVERIFY(!rooms->isVisible() && !roomsButton->isChecked() && people->isVisible());
    QTest::mouseClick(roomsButton, Qt::LeftButton);
    QVERIFY(rooms->isVisible() && !people->isVisible() && !peopleButton->isChecked());
    // Also with the keyboard elsewhere (back in the input): Escape closes what is open.
    auto *input = w.findChild<ChatInput *>(u"input"_s);
    input->setFocus();
    QTest::keyClick(input, Qt::Key_Escape);
    QTRY_VERIFY(!rooms->isVisible() && !people->isVisible());
    // The status bar keeps the connection's state whole; its details wait for a wide window (and the tooltip).
    auto *details = w.findChild<QLabel *>(u"connectionDetails"_s);
    QVERIFY(details && !details->isVisible());

    // Wide again: both panes are back, the buttons gone; View > People still hides the people.
    w.resize(1000, 600);
    QTRY_VERIFY(rooms->isVisible() && people->isVisible());
    QVERIFY(!roomsButton->isVisible());
    QVERIFY(showPeople->isChecked());
    QVERIFY(details->isVisible());
    QTRY_VERIFY2(rooms->width() >= 100 && people->width() >= 100,
                 qPrintable(u"%1 and %2"_s.arg(rooms->width()).arg(people->width()))); // their widths back
    showPeople->trigger();
    QVERIFY(!people->isVisible());
    showPeople->trigger();
    QVERIFY(people->isVisible());

    // A drawer open when the window widens: the pane is back in its place, and still wanted there.
    w.resize(520, 600);
    QTRY_VERIFY(peopleButton->isVisible());
    QTest::mouseClick(peopleButton, Qt::LeftButton);
    QVERIFY(people->isVisible() && showPeople->isChecked());
    w.resize(1000, 600);
    QTRY_VERIFY(!peopleButton->isVisible());
    QTRY_VERIFY(people->isVisible() && showPeople->isChecked());
    // Hidden on a wide window, through narrow and wide again: the choice is kept.
    showPeople->trigger();
    QVERIFY(!people->isVisible());
    w.resize(520, 600);
    QTRY_VERIFY(peopleButton->isVisible());
    w.resize(1000, 600);
    QTRY_VERIFY(!peopleButton->isVisible());
    QTest::qWait(50);
    QVERIFY(!people->isVisible() && !showPeople->isChecked());
}

void TestKeyboard::emojiFromTheKeyboard()
{
    auto *input = m_ann->window->findChild<ChatInput *>(u"input"_s);
    QTest::keyClicks(input, u"nice "_s);
    QTest::keyClick(input, Qt::Key_Semicolon, Qt::ControlModifier);
    EmojiPicker *picker = nullptr;
    QTRY_VERIFY((picker = m_ann->window->findChild<EmojiPicker *>(u"emojiPicker"_s)) && picker->isVisible());
    QVERIFY(QTest::qWaitForWindowActive(picker));
    QTRY_COMPARE(focus(), picker->search());
    QTest::keyClicks(picker->search(), u"thumbs up"_s);
    QTest::keyClick(picker->search(), Qt::Key_Return);
    QTRY_COMPARE(input->text(), u"nice 👍"_s);
    QTRY_COMPARE(focus(), input);
}

void TestKeyboard::theWheelScrollsWithJoinsAndLeavesHidden()
{
    QVERIFY(join({u"wheelroom"_s}));
    auto bob = TestClient::open(m_server.tcpPort(), u"wheelbob%1"_s.arg(m_round), std::nullopt, true);
    QVERIFY(bob);
    bob->send(Msg::Join{u"wheelroom"_s});
    QVERIFY(bob->waitFor<Msg::Joined>());
    for (int i = 0; i < 60; ++i)
        bob->send(Msg::Say{u"wheelroom"_s, u"line %1"_s.arg(i), 10 + i});
    QVERIFY(bob->waitFor<Msg::Ack>(10000, [](const Msg::Ack &a) { return a.ref == 69; }));
    MessageModel *room = m_ann->window->model(u"wheelroom"_s);
    QTRY_VERIFY(!rowsWith(room, u"line 59"_s).isEmpty());
    QCOMPARE(room->at(0).kind, MessageEntry::Kind::Presence); // the first row: bob joined
    ClientSettings hidden = m_ann->window->settings();
    hidden.showPresence = false;
    m_ann->window->applySettings(hidden);
    auto *view = m_ann->window->findChild<QListView *>(u"messages"_s);
    view->scrollToBottom();
    QTRY_VERIFY(view->verticalScrollBar()->value() > 0);
    const int before = view->verticalScrollBar()->value();
    const QPoint at = view->viewport()->rect().center();
    QWheelEvent wheel(at, view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &wheel);
    QTRY_VERIFY2(view->verticalScrollBar()->value() < before,
                 qPrintable(u"%1 -> %2"_s.arg(before).arg(view->verticalScrollBar()->value())));
    hidden.showPresence = true;
    m_ann->window->applySettings(hidden);
    bob->send(Msg::Logout{});
}

void TestKeyboard::altAndALetterTypesNothing()
{
    // Alt and a letter that opens no menu does nothing: it is not typed into the message.
    auto *input = m_ann->window->findChild<ChatInput *>(u"input"_s);
    m_ann->window->activateWindow();
    input->setFocus();
    QTest::keyClick(input, Qt::Key_Q, Qt::AltModifier);
    QTest::keyClick(input, Qt::Key_Z, Qt::AltModifier);
    QCOMPARE(input->text(), QString());
    QTest::keyClicks(input, u"qz"_s); // without Alt, letters are typed
    QCOMPARE(input->text(), u"qz"_s);
    input->clear();
}

void TestKeyboard::pageKeysScrollTheMessagesFromTheInput()
{
    // Typing, Page Up reads back and Page Down comes forward: the input keeps the keys.
    for (int i = 0; i < 80; ++i)
        m_ann->window->addInfo(u"line %1 to scroll through"_s.arg(i));
    auto *view = m_ann->window->findChild<QListView *>(u"messages"_s);
    QScrollBar *bar = view->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    view->scrollToBottom();
    QTRY_COMPARE(bar->value(), bar->maximum());
    auto *input = m_ann->window->findChild<ChatInput *>(u"input"_s);
    m_ann->window->activateWindow();
    input->setFocus();
    const int bottom = bar->value();
    QTest::keyClick(input, Qt::Key_PageUp);
    QVERIFY(bar->value() < bottom);
    QTest::keyClick(input, Qt::Key_PageDown);
    QCOMPARE(bar->value(), bottom);
    QCOMPARE(QApplication::focusWidget(), input);
}

QTEST_MAIN(TestKeyboard)
#include "tst_client_keyboard.moc"
