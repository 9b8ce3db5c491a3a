// The login dialog: inline validation, registering and logging in against a real server, errors in words.
#include "certificateprompt.h"
#include "logindialog.h"
#include "serverprocess.h"
#include "trusttestserver.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QtCrypto>

using namespace Qt::Literals::StringLiterals;

namespace {

// Accepts the test server's certificate whenever asked (registerThenLogin clicks through the real question).
void trustWhenAsked(ChatClient &client)
{
    trustTestServer(client);
}

} // namespace

class TestLoginDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void validation_data();
    void validation();
    void registerThenLogin();
    void focusStartsInTheFirstEmptyField_data();
    void focusStartsInTheFirstEmptyField();
    void wrongPasswordIsShownInWords();
    void unreachableServerIsShownInWords();

private:
    struct Fields
    {
        QLineEdit *host, *user, *password, *confirm;
        QCheckBox *registering;
        QPushButton *ok;
    };
    static Fields fields(LoginDialog &d);
    static void fill(LoginDialog &d, const QString &user, const QString &password, const QString &confirm, bool reg);

    QCA::Initializer m_qca;
    ServerProcess m_server;
};

void TestLoginDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_server.start());
}

TestLoginDialog::Fields TestLoginDialog::fields(LoginDialog &d)
{
    return {d.findChild<QLineEdit *>(u"host"_s),     d.findChild<QLineEdit *>(u"username"_s),
            d.findChild<QLineEdit *>(u"password"_s), d.findChild<QLineEdit *>(u"confirm"_s),
            d.findChild<QCheckBox *>(u"register"_s), d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)};
}

void TestLoginDialog::fill(LoginDialog &d, const QString &user, const QString &password, const QString &confirm,
                           bool reg)
{
    Fields f = fields(d);
    f.registering->setChecked(reg);
    f.user->clear();
    QTest::keyClicks(f.user, user);
    f.password->clear();
    QTest::keyClicks(f.password, password);
    f.confirm->clear();
    QTest::keyClicks(f.confirm, confirm);
}

void TestLoginDialog::validation_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("confirm");
    QTest::addColumn<bool>("registering");
    QTest::addColumn<QString>("problem"); // a fragment of the message; empty: valid
    QTest::newRow("login-ok") << u"alice"_s << u"x"_s << QString() << false << QString();
    QTest::newRow("empty-user") << QString() << u"secret123"_s << QString() << false << u"username"_s;
    QTest::newRow("empty-password") << u"alice"_s << QString() << QString() << false << u"password"_s;
    QTest::newRow("register-ok") << u"alice"_s << u"secret123"_s << u"secret123"_s << true << QString();
    QTest::newRow("register-bad-name") << u"9lives"_s << u"secret123"_s << u"secret123"_s << true
                                       << u"starting with a letter"_s;
    QTest::newRow("register-short-password") << u"alice"_s << u"short"_s << u"short"_s << true << u"at least 8"_s;
    QTest::newRow("register-mismatch") << u"alice"_s << u"secret123"_s << u"secret124"_s << true << u"differ"_s;
}

void TestLoginDialog::validation()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, confirm);
    QFETCH(bool, registering);
    QFETCH(QString, problem);
    ChatClient client;
    LoginDialog d(client);
    fill(d, user, password, confirm, registering);
    const Fields f = fields(d);
    QCOMPARE(f.ok->isEnabled(), problem.isEmpty());
    if (problem.isEmpty()) {
        QVERIFY(d.validationProblem().isEmpty());
    } else {
        QVERIFY2(d.validationProblem().contains(problem), qPrintable(d.validationProblem()));
        QVERIFY(d.errorText().contains(problem)); // shown inline, not only when submitting
    }
    QCOMPARE(f.confirm->isVisibleTo(&d), registering);
}

void TestLoginDialog::focusStartsInTheFirstEmptyField_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("focused");
    QTest::newRow("nothing known") << QString() << QString() << u"host"_s;
    QTest::newRow("server known") << u"127.0.0.1"_s << QString() << u"username"_s;
    // As with `chatroom-client --user carol`, or a remembered name: what is typed first is the password.
    QTest::newRow("server and name known") << u"127.0.0.1"_s << u"carol"_s << u"password"_s;
}

void TestLoginDialog::focusStartsInTheFirstEmptyField()
{
    QFETCH(QString, host);
    QFETCH(QString, user);
    QFETCH(QString, focused);
    QSettings().remove(u"login"_s);
    ChatClient client;
    LoginDialog d(client);
    d.setServer(host, 5000);
    d.setUsername(user);
    d.show();
    QVERIFY(QTest::qWaitForWindowActive(&d));
    QTRY_VERIFY(QApplication::focusWidget());
    QCOMPARE(QApplication::focusWidget()->objectName(), focused);
}

void TestLoginDialog::registerThenLogin()
{
    {
        ChatClient client;
        LoginDialog d(client);
        CertificatePrompt prompt(client);
        prompt.setParentWidget(&d);
        d.setServer(u"127.0.0.1"_s, m_server.tcpPort());
        fill(d, u"dialogue"_s, u"secret123"_s, u"secret123"_s, true);
        if (const QByteArray dir = qgetenv("CHATROOM_SCREENSHOT_DIR"); !dir.isEmpty()) {
            d.show();
            QVERIFY(QTest::qWaitForWindowExposed(&d));
            d.grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(u"screenshot-login.png"_s));
        }
        QSignalSpy accepted(&d, &QDialog::accepted);
        QTest::mouseClick(fields(d).ok, Qt::LeftButton);
        QVERIFY(d.isBusy());
        QVERIFY(!fields(d).user->isEnabled());
        // The first connection asks about the server's self-signed certificate, showing its fingerprint.
        QTRY_VERIFY_WITH_TIMEOUT(prompt.box() && prompt.box()->isVisible(), 10000);
        QVERIFY(prompt.box()->text().contains(u"127.0.0.1:%1"_s.arg(m_server.tcpPort())));
        QVERIFY(!m_server.fingerprint().isEmpty());
        QVERIFY(QString(prompt.box()->informativeText()).replace(u'\n', u':').contains(m_server.fingerprint()));
        QVERIFY(d.isBusy());
        if (const QByteArray dir = qgetenv("CHATROOM_SCREENSHOT_DIR"); !dir.isEmpty())
            prompt.box()->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(u"screenshot-certificate.png"_s));
        QTest::mouseClick(prompt.trustButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 10000);
        QCOMPARE(client.state(), ChatClient::State::Connected);
        client.stop();
    }
    ChatClient client;
    QSignalSpy asked(&client, &ChatClient::certificateNeedsApproval);
    LoginDialog d(client);
    QCOMPARE(fields(d).user->text(), u"dialogue"_s); // remembered
    QCOMPARE(fields(d).host->text(), u"127.0.0.1"_s);
    QVERIFY(fields(d).password->text().isEmpty());
    QVERIFY(!QSettings().allKeys().join(u' ').contains(u"password"_s)); // never stored
    fill(d, u"dialogue"_s, u"secret123"_s, QString(), false);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QSignalSpy accepted(&d, &QDialog::accepted);
    QTest::keyClick(fields(d).password, Qt::Key_Return); // Enter submits, as people expect
    QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 10000);
    QCOMPARE(asked.size(), 0); // the certificate is pinned now
    client.stop();
}

void TestLoginDialog::wrongPasswordIsShownInWords()
{
    ChatClient client;
    trustWhenAsked(client);
    LoginDialog d(client);
    d.setServer(u"127.0.0.1"_s, m_server.tcpPort());
    fill(d, u"dialogue"_s, u"not-the-password"_s, QString(), false);
    QTest::mouseClick(fields(d).ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!d.isBusy(), 10000);
    QCOMPARE(d.errorText(), u"Wrong username or password."_s);
    QVERIFY(fields(d).user->isEnabled());
    QCOMPARE(d.result(), int(QDialog::Rejected));
}

void TestLoginDialog::unreachableServerIsShownInWords()
{
    ChatClient client;
    LoginDialog d(client);
    d.setServer(u"127.0.0.1"_s, 1); // nothing listens on port 1
    fill(d, u"dialogue"_s, u"secret123"_s, QString(), false);
    QTest::mouseClick(fields(d).ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!d.isBusy(), 10000);
    QVERIFY2(d.errorText().contains(u"Cannot reach the server"_s), qPrintable(d.errorText()));
}

QTEST_MAIN(TestLoginDialog)
#include "tst_client_logindialog.moc"
