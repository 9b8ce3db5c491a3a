// TLS on the TCP port: a self-signed certificate made once and kept, a given certificate used, TLS 1.3 by
// default and 1.2 at least, plain text refused, and --no-tls saying loudly that it is insecure.
#include "servercertificate.h"
#include "serverprocess.h"
#include "testcertificate.h"
#include "testclient.h"
#include "tlssetup.h"

#include <QDir>
#include <QFile>
#include <QSslSocket>
#include <QTcpSocket>
#include <QtCrypto>

using namespace Qt::Literals::StringLiterals;

class TestServerTls : public QObject
{
    Q_OBJECT
private slots:
    void selfSignedCertificateIsMadeOnceAndKept();
    void tls12IsEnoughAndTls13Preferred();
    void plainTextIsRefused();
    void tls12SuitesWithoutForwardSecrecyAreRefused_data();
    void tls12SuitesWithoutForwardSecrecyAreRefused();
    void givenCertificateIsUsed();
    void badCertificateOptionsStopStartup();
    void halfAnIdentityIsNeverReplaced();
    void noTlsSaysItIsInsecure();
    void heapIsTrimmedOnceTheLastHandshakeEnds();

private:
    static QString peerFingerprint(quint16 port, QSsl::SslProtocol protocol, QSsl::SslProtocol *negotiated = nullptr);
    QCA::Initializer m_qca;
    std::unique_ptr<ServerProcess> m_cipherServer;
};

QString TestServerTls::peerFingerprint(quint16 port, QSsl::SslProtocol protocol, QSsl::SslProtocol *negotiated)
{
    std::unique_ptr<QSslSocket> socket(TestClient::tlsSocket());
    socket->setProtocol(protocol);
    socket->connectToHostEncrypted(u"127.0.0.1"_s, port);
    if (!socket->waitForEncrypted(10000))
        return {};
    if (negotiated)
        *negotiated = socket->sessionProtocol();
    return TlsSetup::fingerprint(socket->peerCertificate());
}

void TestServerTls::selfSignedCertificateIsMadeOnceAndKept()
{
    ServerProcess server;
    QVERIFY(server.start());
    const QDir data(server.dataDir());
    QFile key(data.filePath(ServerCertificate::KeyFileName));
    QVERIFY(key.exists());
    QVERIFY(QFile::exists(data.filePath(ServerCertificate::CertFileName)));
    // The key is its owner's alone (0600).
    QCOMPARE(key.permissions() & ~(QFile::ReadUser | QFile::WriteUser), QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(!(key.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)));

    // What the server prints is what it presents, and what the file holds.
    const QString printed = server.fingerprint();
    QCOMPARE(printed.size(), 32 * 3 - 1);
    QCOMPARE(peerFingerprint(server.tcpPort(), QSsl::SecureProtocols), printed);
    const auto onDisk = QSslCertificate::fromPath(data.filePath(ServerCertificate::CertFileName));
    QCOMPARE(onDisk.size(), 1);
    QCOMPARE(TlsSetup::fingerprint(onDisk.first()), printed);

    // The whole protocol runs over it.
    TestClient c;
    QVERIFY(c.connectTo(server.tcpPort()) && c.registerUser(u"tina"_s));
    server.stop();

    // Restarted, the server keeps its certificate (clients have pinned it).
    QVERIFY(server.start());
    QCOMPARE(server.fingerprint(), printed);
    QCOMPARE(peerFingerprint(server.tcpPort(), QSsl::SecureProtocols), printed);
}

void TestServerTls::tls12IsEnoughAndTls13Preferred()
{
    ServerProcess server;
    QVERIFY(server.start());
    QSsl::SslProtocol negotiated = QSsl::UnknownProtocol;
    QVERIFY(!peerFingerprint(server.tcpPort(), QSsl::SecureProtocols, &negotiated).isEmpty());
    QCOMPARE(negotiated, QSsl::TlsV1_3);
    QVERIFY(!peerFingerprint(server.tcpPort(), QSsl::TlsV1_2, &negotiated).isEmpty());
    QCOMPARE(negotiated, QSsl::TlsV1_2);
}

void TestServerTls::tls12SuitesWithoutForwardSecrecyAreRefused_data()
{
    QTest::addColumn<QString>("cipher");
    QTest::addColumn<bool>("accepted");
    // Static RSA key exchange (no forward secrecy), with GCM and with CBC.
    QTest::newRow("AES256-GCM-SHA384") << u"AES256-GCM-SHA384"_s << false;
    QTest::newRow("AES128-GCM-SHA256") << u"AES128-GCM-SHA256"_s << false;
    QTest::newRow("AES256-SHA256") << u"AES256-SHA256"_s << false;
    QTest::newRow("AES128-SHA256") << u"AES128-SHA256"_s << false;
    QTest::newRow("AES256-SHA") << u"AES256-SHA"_s << false;
    QTest::newRow("AES128-SHA") << u"AES128-SHA"_s << false;
    // ECDHE, but CBC rather than AEAD.
    QTest::newRow("ECDHE-RSA-AES256-SHA384") << u"ECDHE-RSA-AES256-SHA384"_s << false;
    QTest::newRow("ECDHE-RSA-AES128-SHA") << u"ECDHE-RSA-AES128-SHA"_s << false;
    // What is kept.
    QTest::newRow("ECDHE-RSA-AES256-GCM-SHA384") << u"ECDHE-RSA-AES256-GCM-SHA384"_s << true;
    QTest::newRow("ECDHE-RSA-AES128-GCM-SHA256") << u"ECDHE-RSA-AES128-GCM-SHA256"_s << true;
    QTest::newRow("ECDHE-RSA-CHACHA20-POLY1305") << u"ECDHE-RSA-CHACHA20-POLY1305"_s << true;
}

void TestServerTls::tls12SuitesWithoutForwardSecrecyAreRefused()
{
    QFETCH(QString, cipher);
    QFETCH(bool, accepted);
    if (!m_cipherServer) { // one server for every row
        m_cipherServer = std::make_unique<ServerProcess>();
        QVERIFY(m_cipherServer->start());
    }
    ServerProcess *server = m_cipherServer.get();
    const QSslCipher offered(cipher, QSsl::TlsV1_2);
    if (offered.isNull())
        QSKIP("this OpenSSL build does not have the suite at all");
    std::unique_ptr<QSslSocket> socket(TestClient::tlsSocket());
    socket->setProtocol(QSsl::TlsV1_2);
    QSslConfiguration config = socket->sslConfiguration();
    config.setCiphers({offered});
    socket->setSslConfiguration(config);
    socket->connectToHostEncrypted(u"127.0.0.1"_s, server->tcpPort());
    const bool encrypted = socket->waitForEncrypted(10000);
    QCOMPARE(encrypted, accepted);
    if (accepted)
        QCOMPARE(socket->sessionCipher().name(), cipher);
}

void TestServerTls::plainTextIsRefused()
{
    ServerProcess server;
    QVERIFY(server.start());
    // A client that speaks the protocol without TLS is told why, in plain text, and closed.
    TestClient plain;
    QVERIFY(plain.connectTo(server.tcpPort(), TestClient::Transport::Plain));
    plain.send(Msg::Hello{Protocol::Version, u"plain"_s});
    const auto refusal = plain.waitFor<Msg::ErrorReply>();
    QVERIFY(refusal);
    QCOMPARE(refusal->code, u"tls_required"_s);
    QVERIFY(refusal->message.contains(u"TLS"_s));
    QVERIFY(plain.waitForDisconnect(5000));
    QVERIFY(!plain.has<Msg::Welcome>());
    QVERIFY(server.statsShow("1 plain-text clients refused"));
    // A client that does not accept the certificate ends the handshake: counted.
    QSslSocket distrustful;
    distrustful.connectToHostEncrypted(u"127.0.0.1"_s, server.tcpPort());
    QVERIFY(!distrustful.waitForEncrypted(10000));
    QVERIFY(server.statsShow("tls               1 failed handshakes"));
    // A silent connection is closed after the handshake timeout; meanwhile everyone else gets in.
    // Everyone else is served as before.
    TestClient c;
    QVERIFY(c.connectTo(server.tcpPort()) && c.registerUser(u"ursula"_s));
}

void TestServerTls::givenCertificateIsUsed()
{
    QTemporaryDir dir;
    const QCA::PrivateKey key = QCA::KeyGenerator().createRSA(2048);
    const QCA::Certificate cert = TestCertificate::forKey(key);
    QVERIFY(!cert.isNull());
    const QString certPath = dir.filePath(u"chat.crt"_s);
    const QString keyPath = dir.filePath(u"chat.key"_s);
    // The file holds the chain, as a CA's "fullchain.pem" does: the certificate, then an intermediate
    // (any certificate will do here: the chain is sent as it is, and this client checks no signature).
    const QCA::Certificate intermediate =
        TestCertificate::forKey(QCA::KeyGenerator().createRSA(2048), u"Intermediate CA"_s);
    QVERIFY(key.toPEMFile(keyPath));
    {
        QFile file(certPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(cert.toPEM().toLatin1() + intermediate.toPEM().toLatin1());
    }

    ServerProcess server;
    QVERIFY(server.start({u"--tls-cert"_s, certPath, u"--tls-key"_s, keyPath}));
    const QString expected = TlsSetup::fingerprint(QSslCertificate(cert.toDER(), QSsl::Der));
    QCOMPARE(server.fingerprint(), expected);
    QCOMPARE(peerFingerprint(server.tcpPort(), QSsl::SecureProtocols), expected);
    // The intermediate is sent after it, so that clients can verify a certificate from a CA.
    std::unique_ptr<QSslSocket> socket(TestClient::tlsSocket());
    socket->connectToHostEncrypted(u"127.0.0.1"_s, server.tcpPort());
    QVERIFY(socket->waitForEncrypted(10000));
    const QList<QSslCertificate> sent = socket->peerCertificateChain();
    QCOMPARE(sent.size(), 2);
    QCOMPARE(TlsSetup::fingerprint(sent.at(1)),
             TlsSetup::fingerprint(QSslCertificate(intermediate.toDER(), QSsl::Der)));
    // Nothing was made in the data directory.
    QVERIFY(!QFile::exists(QDir(server.dataDir()).filePath(ServerCertificate::KeyFileName)));
}

void TestServerTls::badCertificateOptionsStopStartup()
{
    QTemporaryDir dir;
    const QString certPath = dir.filePath(u"a.crt"_s);
    const QString keyPath = dir.filePath(u"b.key"_s);
    QVERIFY(TestCertificate::forKey(QCA::KeyGenerator().createRSA(2048)).toPEMFile(certPath));
    QVERIFY(QCA::KeyGenerator().createRSA(2048).toPEMFile(keyPath)); // another key

    ServerProcess server;
    QVERIFY(!server.start({u"--tls-cert"_s, certPath, u"--tls-key"_s, keyPath}));
    QCOMPARE(server.process().exitCode(), 1);
    QVERIFY2(server.errors().contains("does not belong to the certificate"), server.errors().constData());

    QVERIFY(!server.start({u"--tls-cert"_s, certPath}));
    QCOMPARE(server.process().exitCode(), 2);
    QVERIFY2(server.errors().contains("--tls-cert and --tls-key go together"), server.errors().constData());

    QVERIFY(!server.start({u"--tls-cert"_s, dir.filePath(u"missing.crt"_s), u"--tls-key"_s, keyPath}));
    QVERIFY2(server.errors().contains("Cannot read"), server.errors().constData());
}

void TestServerTls::halfAnIdentityIsNeverReplaced()
{
    ServerProcess server;
    QVERIFY(server.start());
    server.stop();
    const QString certPath = QDir(server.dataDir()).filePath(ServerCertificate::CertFileName);
    QVERIFY(QFile::remove(certPath));
    QVERIFY(!server.start());
    QVERIFY2(server.errors().contains("but not"), server.errors().constData());
    QVERIFY(!QFile::exists(certPath)); // the key that is left was not overwritten by a new pair either
}

void TestServerTls::noTlsSaysItIsInsecure()
{
    ServerProcess server;
    QVERIFY(server.start({u"--no-tls"_s}));
    QVERIFY(server.errors().contains("WARNING: TLS is off"));
    QVERIFY(server.output().contains("tls=off"));
    QVERIFY(server.fingerprint().isEmpty());
    TestClient c;
    QVERIFY(c.connectTo(server.tcpPort(), TestClient::Transport::Plain) && c.registerUser(u"victor"_s));
}

void TestServerTls::heapIsTrimmedOnceTheLastHandshakeEnds()
{
    // After a storm of logins the server gives its free memory back, but not while a connection is still
    // in its handshake (for up to 10 s): here the storm's last login comes while one is, and it then fails.
    ServerProcess server;
    QVERIFY(server.start({u"--max-connections-per-address"_s, u"0"_s, u"--connection-rate"_s, u"0"_s}));
    constexpr int Storm = 256; // SettledTrim::TrimAfterConnections
    std::vector<std::unique_ptr<TestClient>> clients;
    const auto logIn = [&](int i) {
        auto c = std::make_unique<TestClient>();
        const bool ok = c->connectTo(server.tcpPort()) && c->registerUser(u"storm%1"_s.arg(i));
        clients.push_back(std::move(c));
        return ok;
    };
    for (int i = 0; i < Storm - 1; ++i)
        QVERIFY(logIn(i));
    // The start of a ClientHello and no more: its handshake waits for the rest. Accepted before the last
    // client, so it is in its handshake when that one logs in.
    QTcpSocket halfway;
    halfway.connectToHost(QHostAddress::LocalHost, server.tcpPort());
    QVERIFY(halfway.waitForConnected(5000));
    halfway.write(QByteArray("\x16\x03\x01", 3));
    QVERIFY(halfway.waitForBytesWritten(5000));
    QVERIFY(logIn(Storm - 1));
    QVERIFY(server.statsShow(u"%1 registrations"_s.arg(Storm).toUtf8()));
    // The trims a new `stats` report counts.
    const auto trimsNow = [&] {
        const qsizetype reports = server.output().count(" heap trims");
        server.writeStdin("stats\n");
        if (!QTest::qWaitFor([&] { return server.output().count(" heap trims") > reports; }, 5000))
            return QByteArray("(no report)");
        const QByteArray out = server.output();
        const qsizetype end = out.lastIndexOf(" heap trims");
        const qsizetype start = out.lastIndexOf(' ', end - 1) + 1;
        return out.mid(start, end - start);
    };
    QCOMPARE(trimsNow(), QByteArray("0"));
    // Several looks for a quiet moment (SettledTrim::QuietInterval) go by, well within the handshake's 10 s.
    QTest::qWait(1500);
    QCOMPARE(trimsNow(), QByteArray("0"));
    halfway.abort(); // its handshake fails
    QVERIFY(server.statsShow("1 failed handshakes"));
    QVERIFY(server.statsShow(", 1 heap trims"));
}

QTEST_GUILESS_MAIN(TestServerTls)
#include "tst_server_tls.moc"
