// Trust on first use against a real TLS server: the first certificate is asked about and pinned, a changed
// one is refused until accepted explicitly (the question defaults to not connecting), and a server without
// TLS is explained.
#include "certificateprompt.h"
#include "certificatetrust.h"
#include "chatclient.h"
#include "logindialog.h"
#include "serverprocess.h"
#include "servertext.h"

#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QtCrypto>

using namespace Qt::Literals::StringLiterals;

class TestClientTls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void firstUseAsksThenPins();
    void changedCertificateIsRefusedUntilAccepted();
    void changedCertificateQuestionDefaultsToNo();
    void serverWithoutTlsIsExplained();
    void clientWithoutTlsIsTold();

private:
    // Replaces the server's certificate, as a reinstall (or an attacker in the middle) would.
    void restartWithNewCertificate();
    QString server() const { return u"127.0.0.1:%1"_s.arg(m_server->tcpPort()); }

    QCA::Initializer m_qca;
    QTemporaryDir m_data;
    std::unique_ptr<ServerProcess> m_server;
    quint16 m_port = 0;
};

void TestClientTls::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_server = std::make_unique<ServerProcess>(m_data.path());
    QVERIFY(m_server->start());
    m_port = m_server->tcpPort();
    QVERIFY(!m_server->fingerprint().isEmpty());
}

void TestClientTls::restartWithNewCertificate()
{
    m_server->stop();
    QVERIFY(QFile::remove(QDir(m_data.path()).filePath(u"server-cert.pem"_s)));
    QVERIFY(QFile::remove(QDir(m_data.path()).filePath(u"server-key.pem"_s)));
    QVERIFY(m_server->start({u"--port"_s, QString::number(m_port)}));
}

void TestClientTls::firstUseAsksThenPins()
{
    ChatClient client;
    QSignalSpy asked(&client, &ChatClient::certificateNeedsApproval);
    QSignalSpy ok(&client, &ChatClient::authenticated);
    client.start(u"127.0.0.1"_s, m_port, ChatClient::AuthMode::Register, u"wendy"_s, u"password123"_s);
    QVERIFY(asked.wait(10000));
    QCOMPARE(asked.first().at(0).toString(), server());
    QCOMPARE(asked.first().at(1).toString(), m_server->fingerprint());
    QVERIFY(asked.first().at(2).toString().isEmpty()); // first use: nothing pinned before
    QCOMPARE(client.state(), ChatClient::State::Disconnected);
    QTest::qWait(300);
    QCOMPARE(ok.size(), 0); // nothing goes on until the user answers
    QVERIFY(CertificateTrust::pinned(server()).isEmpty());

    client.trustCertificate(u"AA:BB"_s); // not the certificate the user was shown: ignored
    QTest::qWait(100);
    QCOMPARE(ok.size(), 0);
    client.trustCertificate(m_server->fingerprint());
    QVERIFY(ok.wait(10000));
    QCOMPARE(CertificateTrust::pinned(server()), m_server->fingerprint());
    client.stop();

    // Pinned: the next connection asks nothing.
    ChatClient again;
    QSignalSpy askedAgain(&again, &ChatClient::certificateNeedsApproval);
    QSignalSpy okAgain(&again, &ChatClient::authenticated);
    again.start(u"127.0.0.1"_s, m_port, ChatClient::AuthMode::Login, u"wendy"_s, u"password123"_s);
    QVERIFY(okAgain.wait(10000));
    QCOMPARE(askedAgain.size(), 0);
    again.stop();
}

void TestClientTls::changedCertificateIsRefusedUntilAccepted()
{
    const QString before = CertificateTrust::pinned(server());
    QVERIFY(!before.isEmpty());
    restartWithNewCertificate();
    QVERIFY(m_server->fingerprint() != before);

    ChatClient client;
    QSignalSpy asked(&client, &ChatClient::certificateNeedsApproval);
    QSignalSpy ok(&client, &ChatClient::authenticated);
    QSignalSpy failed(&client, &ChatClient::authFailed);
    client.start(u"127.0.0.1"_s, m_port, ChatClient::AuthMode::Login, u"wendy"_s, u"password123"_s);
    QVERIFY(asked.wait(10000));
    QCOMPARE(asked.first().at(1).toString(), m_server->fingerprint());
    QCOMPARE(asked.first().at(2).toString(), before); // a change, with what was pinned
    QTest::qWait(300);
    QCOMPARE(ok.size(), 0);

    client.rejectCertificate();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toString(), u"certificate"_s);
    QCOMPARE(client.state(), ChatClient::State::Disconnected);
    QCOMPARE(CertificateTrust::pinned(server()), before); // refusing changes nothing

    client.start(u"127.0.0.1"_s, m_port, ChatClient::AuthMode::Login, u"wendy"_s, u"password123"_s);
    QVERIFY(asked.wait(10000));
    client.trustCertificate(m_server->fingerprint());
    QVERIFY(ok.wait(10000));
    QCOMPARE(CertificateTrust::pinned(server()), m_server->fingerprint());
    client.stop();
}

void TestClientTls::changedCertificateQuestionDefaultsToNo()
{
    const QString before = CertificateTrust::pinned(server());
    restartWithNewCertificate();
    ChatClient client;
    CertificatePrompt prompt(client);
    QSignalSpy failed(&client, &ChatClient::authFailed);
    client.start(u"127.0.0.1"_s, m_port, ChatClient::AuthMode::Login, u"wendy"_s, u"password123"_s);
    QTRY_VERIFY_WITH_TIMEOUT(prompt.box() && prompt.box()->isVisible(), 10000);
    QMessageBox *box = prompt.box();
    QCOMPARE(box->icon(), QMessageBox::Warning);
    QVERIFY(box->text().contains(u"not the one it showed before"_s));
    QVERIFY(QString(box->informativeText()).replace(u'\n', u':').contains(m_server->fingerprint()));
    QVERIFY(QString(box->informativeText()).replace(u'\n', u':').contains(before));
    QVERIFY(box->defaultButton() != prompt.trustButton());
    // Enter, the reflex, takes the safe way.
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
    QCOMPARE(CertificateTrust::pinned(server()), before);
}

void TestClientTls::serverWithoutTlsIsExplained()
{
    ServerProcess plain;
    QVERIFY(plain.start({u"--no-tls"_s}));
    ChatClient client;
    QSignalSpy failed(&client, &ChatClient::authFailed);
    client.start(u"127.0.0.1"_s, plain.tcpPort(), ChatClient::AuthMode::Register, u"xena"_s, u"password123"_s);
    QVERIFY(failed.wait(15000));
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.contains(u"--no-tls"_s), qPrintable(message));
    qInfo().noquote() << "shown:" << message;

    ChatClient insecure;
    insecure.setTlsEnabled(false);
    QSignalSpy ok(&insecure, &ChatClient::authenticated);
    insecure.start(u"127.0.0.1"_s, plain.tcpPort(), ChatClient::AuthMode::Register, u"xena"_s, u"password123"_s);
    QVERIFY(ok.wait(10000));
    insecure.stop();
}

void TestClientTls::clientWithoutTlsIsTold()
{
    ChatClient insecure;
    insecure.setTlsEnabled(false);
    QSignalSpy failed(&insecure, &ChatClient::authFailed);
    insecure.start(u"127.0.0.1"_s, m_port, ChatClient::AuthMode::Login, u"wendy"_s, u"password123"_s);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().at(0).toString(), u"tls_required"_s);
    const QString shown = ServerText::error(u"tls_required"_s, failed.first().at(1).toString());
    QVERIFY2(shown.contains(u"--no-tls"_s), qPrintable(shown));
}

QTEST_MAIN(TestClientTls)
#include "tst_client_tls.moc"
