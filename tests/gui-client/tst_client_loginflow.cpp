// The real start of the client against a real server: the login dialog, the server's answer, then the chat
// window, which must show the lobby and its people at once, and send the first line typed.
#include "chatinput.h"
#include "loginflow.h"
#include "serverprocess.h"
#include "testclient.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
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
    QTest::newRow("register") << true;
    QTest::newRow("login") << false;
}

void TestLoginFlow::windowShowsTheLobbyAfterLogin()
{
    QFETCH(bool, registering);
    const QString name = registering ? u"newcomer"_s : u"regular"_s;
    if (!registering) {
        TestClient earlier;
        QVERIFY(earlier.connectTo(m_server.tcpPort()));
        QVERIFY2(earlier.registerUser(name), qPrintable(earlier.lastError()));
    }
    // Someone already in the lobby, to receive the first line.
    TestClient witness;
    QVERIFY(witness.connectTo(m_server.tcpPort()));
    QVERIFY2(witness.registerUser(registering ? u"witness1"_s : u"witness2"_s), qPrintable(witness.lastError()));

    ChatClient client;
    connect(
        &client, &ChatClient::certificateNeedsApproval, &client,
        [&client](const QString &, const QString &fingerprint, const QString &) {
            client.trustCertificate(fingerprint);
        },
        Qt::QueuedConnection);
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

QTEST_MAIN(TestLoginFlow)
#include "tst_client_loginflow.moc"
