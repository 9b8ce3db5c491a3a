// The real start of the client against a real server: the login dialog, the server's answer, then the chat
// window, which must show the lobby and its people at once, and send the first line typed.
#include "chatinput.h"
#include "loginflow.h"
#include "serverprocess.h"
#include "testclient.h"
#include "trusttestserver.h"
#include "windowmenus.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QtCrypto>

using namespace Qt::Literals::StringLiterals;

class TestLoginFlow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void windowShowsTheLobbyAfterLogin_data();
    void windowShowsTheLobbyAfterLogin();
    void logOutBringsTheDialogBackAndEndsTheSession();

private:
    QCA::Initializer m_qca;
    ServerProcess m_server;
};

void TestLoginFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_server.start());
}

void TestLoginFlow::windowShowsTheLobbyAfterLogin_data()
{
    QTest::addColumn<bool>("registering");
    QTest::addColumn<QStringList>("keptRooms"); // joined by the account before this login
    QTest::newRow("register") << true << QStringList();
    QTest::newRow("login") << false << QStringList();
    // The server joins the rooms the account is in, one joined frame each: the first stays on screen.
    QTest::newRow("login with rooms kept") << false << QStringList{u"alpha"_s, u"beta"_s};
}

void TestLoginFlow::windowShowsTheLobbyAfterLogin()
{
    QFETCH(bool, registering);
    QFETCH(QStringList, keptRooms);
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).remove(u' ');
    const QString name = registering ? u"newcomer"_s : tag;
    if (!registering) {
        TestClient earlier;
        QVERIFY(earlier.connectTo(m_server.tcpPort()));
        QVERIFY2(earlier.registerUser(name), qPrintable(earlier.lastError()));
        for (const QString &room : std::as_const(keptRooms)) {
            earlier.send(Msg::Join{room});
            QVERIFY(earlier.waitFor<Msg::Joined>(5000, [&](const Msg::Joined &j) { return j.room == room; }));
        }
        earlier.send(Msg::Logout{});
        QVERIFY(earlier.waitForDisconnect());
    }
    // Someone already in the lobby, to receive the first line.
    TestClient witness;
    QVERIFY(witness.connectTo(m_server.tcpPort()));
    QVERIFY2(witness.registerUser(u"witness"_s + tag), qPrintable(witness.lastError()));

    ChatClient client;
    trustTestServer(client);
    LoginFlow flow(client);
    flow.start();
    LoginDialog &dialog = flow.dialog();
    QVERIFY(dialog.isVisible());
    dialog.setServer(u"127.0.0.1"_s, m_server.tcpPort());
    dialog.setRegisterMode(registering);
    for (const auto &[field, text] : {std::pair(u"username"_s, name), std::pair(u"password"_s, u"password123"_s),
                                      std::pair(u"confirm"_s, u"password123"_s)}) {
        auto *edit = dialog.findChild<QLineEdit *>(field);
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(flow.window().isVisible(), 10000);
    QVERIFY(!dialog.isVisible());
    MainWindow *window = &flow.window();
    // The lobby is on screen with its people, without waiting for anything else to happen.
    QTRY_COMPARE_WITH_TIMEOUT(window->currentRoom(), u"lobby"_s, 3000);
    auto *rooms = window->findChild<QListWidget *>(u"rooms"_s);
    QVERIFY(rooms->count() >= 1);
    QCOMPARE(rooms->item(0)->text(), u"lobby"_s);
    QTRY_COMPARE_WITH_TIMEOUT(rooms->count(), 1 + keptRooms.size(), 3000);
    QCOMPARE(window->currentRoom(), u"lobby"_s);
    QTRY_VERIFY_WITH_TIMEOUT(window->members(u"lobby"_s).contains(name), 3000);
    QVERIFY(window->members(u"lobby"_s).contains(witness.auth().username));
    if (const QByteArray dir = qgetenv("CHATROOM_SCREENSHOT_DIR"); !dir.isEmpty())
        window->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(u"screenshot-after-login-%1.png"_s.arg(name)));

    // The first line typed reaches the room, typed wherever the keyboard focus is.
    auto *input = window->findChild<ChatInput *>(u"input"_s);
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTRY_COMPARE(QApplication::focusWidget(), input);
    QTest::keyClicks(input, u"my very first line"_s);
    QTest::keyClick(input, Qt::Key_Return);
    QVERIFY(witness.waitFor<Msg::ChatMessage>(
        5000, [&](const Msg::ChatMessage &m) { return m.from == name && m.text == u"my very first line"_s; }));
    client.stop();
}

void TestLoginFlow::logOutBringsTheDialogBackAndEndsTheSession()
{
    TestClient witness;
    QVERIFY(witness.connectTo(m_server.tcpPort()));
    QVERIFY2(witness.registerUser(u"onlooker"_s), qPrintable(witness.lastError()));

    ChatClient client;
    trustTestServer(client);
    LoginFlow flow(client);
    QSignalSpy loggedOut(&flow, &LoginFlow::loggedOut);
    flow.start();
    const auto logIn = [&](bool registering) {
        LoginDialog &dialog = flow.dialog();
        dialog.setServer(u"127.0.0.1"_s, m_server.tcpPort());
        dialog.setRegisterMode(registering);
        for (const auto &[field, text] :
             {std::pair(u"username"_s, u"leaver"_s), std::pair(u"password"_s, u"password123"_s),
              std::pair(u"confirm"_s, u"password123"_s)}) {
            auto *edit = dialog.findChild<QLineEdit *>(field);
            edit->clear();
            QTest::keyClicks(edit, text);
        }
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        return QTest::qWaitFor([&] { return flow.window().isVisible() && flow.window().currentRoom() == u"lobby"_s; },
                               10000);
    };
    QVERIFY(logIn(true));
    QPointer<MainWindow> first = &flow.window();
    QVERIFY(witness.waitFor<Msg::Notice>(
        5000, [](const Msg::Notice &n) { return n.event == Msg::NoticeEvent::Join && n.user == u"leaver"_s; }));

    // Chat > Log Out: the dialog is back, the old window gone, and the others see the account leave.
    first->menus()->logOut->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(flow.dialog().isVisible(), 5000);
    QCOMPARE(loggedOut.size(), 1);
    QTRY_VERIFY(first.isNull());
    QVERIFY(!flow.window().isVisible());
    QCOMPARE(client.state(), ChatClient::State::Disconnected);
    QVERIFY(flow.dialog().findChild<QLineEdit *>(u"password"_s)->text().isEmpty());
    QVERIFY2(flow.dialog().errorText().isEmpty(), qPrintable(flow.dialog().errorText())); // nothing typed yet
    QVERIFY(!flow.dialog().findChild<QCheckBox *>(u"register"_s)->isChecked());           // the account exists now
    QVERIFY(witness.waitFor<Msg::Notice>(
        5000, [](const Msg::Notice &n) { return n.event == Msg::NoticeEvent::Leave && n.user == u"leaver"_s; }));

    // And in again, to a fresh window that works.
    QVERIFY(logIn(false));
    QVERIFY(QTest::qWaitForWindowActive(&flow.window()));
    auto *input = flow.window().findChild<ChatInput *>(u"input"_s);
    QTest::keyClicks(input, u"back again"_s);
    QTest::keyClick(input, Qt::Key_Return);
    QVERIFY(witness.waitFor<Msg::ChatMessage>(
        5000, [](const Msg::ChatMessage &m) { return m.from == u"leaver"_s && m.text == u"back again"_s; }));
    client.stop();
}

QTEST_MAIN(TestLoginFlow)
#include "tst_client_loginflow.moc"
