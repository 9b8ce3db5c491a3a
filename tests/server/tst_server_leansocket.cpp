// The server's own socket layer (LeanSocket, Listener) on real loopback sockets, with and without TLS,
// against Qt's client sockets: bytes both ways in order, output larger than the kernel takes at once,
// closing after the last byte, what a peer sent before closing, peers that never read, plain text on
// the TLS port, stalled handshakes, and a renewed certificate beside connections made before it. Runs
// on the server's epoll dispatcher (CHATROOM_EVENT_DISPATCHER=qt: on Qt's).
#include "connection.h"
#include "epolleventdispatcher.h"
#include "leansocket.h"
#include "listener.h"
#include "testcertificate.h"
#include "tlssetup.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>
#include <QThread>
#include <QtCrypto>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

struct Identity
{
    QSslConfiguration config;
    QString fingerprint;
};

Identity makeIdentity(const QString &name)
{
    const QCA::PrivateKey key = QCA::KeyGenerator().createRSA(2048);
    const QSslCertificate certificate(TestCertificate::forKey(key, name).toPEM().toLatin1(), QSsl::Pem);
    const QSslKey sslKey(key.toPEM().toLatin1(), QSsl::Rsa);
    return {TlsSetup::serverConfiguration(certificate, sslKey), TlsSetup::fingerprint(certificate)};
}

// Everything the socket receives until the server has closed it (empty if it stays open for 20 s).
QByteArray readUntilClosed(QTcpSocket *socket)
{
    QByteArray got;
    const bool closed = QTest::qWaitFor(
        [&] {
            got += socket->readAll();
            return socket->state() == QAbstractSocket::UnconnectedState;
        },
        20'000);
    return closed ? got + socket->readAll() : QByteArray();
}

QByteArray frameOf(int i, int padding = 0)
{
    return Msg::encode(Msg::Ping{i}).chopped(1) + QByteArray(padding, ' ') + '\n';
}

} // namespace

class TestLeanSocket : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void framesGoBothWaysInOrder_data();
    void framesGoBothWaysInOrder();
    void moreThanTheKernelTakesArrivesWhole_data();
    void moreThanTheKernelTakesArrivesWhole();
    void closeSendsEverythingFirst_data();
    void closeSendsEverythingFirst();
    void aLateByteFromThePeerDoesNotCutTheLastOutput_data();
    void aLateByteFromThePeerDoesNotCutTheLastOutput();
    void whatThePeerSentBeforeClosingIsHandled_data();
    void whatThePeerSentBeforeClosingIsHandled();
    void whatThePeerSentIsHeardAfterAFailedWrite_data();
    void whatThePeerSentIsHeardAfterAFailedWrite();
    void aPeerThatNeverReadsIsCutOff_data();
    void aPeerThatNeverReadsIsCutOff();
    void aPeerThatVanishesMidStreamCostsNothing_data();
    void aPeerThatVanishesMidStreamCostsNothing();
    void plainTextOnTheTlsPortIsToldWhy();
    void stalledAndBrokenHandshakesAreDropped();
    void aRenewedCertificateLeavesOpenConnectionsAlone();
    void tlsSettingsAreTheSharedOnes();

private:
    bool listen(std::chrono::milliseconds handshakeTimeout);
    void addModes();
    // A client socket connected to the listener, and the server's end wrapped in a Connection.
    bool connectPair(bool tls, QTcpSocket **client, Connection **server);

    QCA::Initializer m_qca;
    Identity m_identity;
    Listener *m_listener = nullptr;
    QList<LeanSocket *> m_ready;
};

void TestLeanSocket::initTestCase()
{
    m_identity = makeIdentity(u"one.example.org"_s);
}

void TestLeanSocket::init()
{
    QVERIFY(listen(2s));
}

bool TestLeanSocket::listen(std::chrono::milliseconds handshakeTimeout)
{
    delete m_listener;
    m_listener = new Listener(handshakeTimeout, 64, this);
    connect(m_listener, &Listener::connectionReady, this, [this](LeanSocket *socket) {
        socket->setParent(m_listener);
        m_ready.append(socket);
    });
    return m_listener->listen(QHostAddress::LocalHost, 0);
}

void TestLeanSocket::cleanup()
{
    delete m_listener;
    m_listener = nullptr;
    m_ready.clear();
}

void TestLeanSocket::addModes()
{
    QTest::addColumn<bool>("tls");
    QTest::newRow("plain") << false;
    QTest::newRow("tls") << true;
}

bool TestLeanSocket::connectPair(bool tls, QTcpSocket **client, Connection **server)
{
    QString error;
    if (tls && !m_listener->usesTls() && !m_listener->setTlsConfiguration(m_identity.config, &error)) {
        qWarning() << error;
        return false;
    }
    const qsizetype before = m_ready.size();
    if (tls) {
        auto *socket = new QSslSocket(this);
        socket->setPeerVerifyMode(QSslSocket::VerifyNone);
        socket->connectToHostEncrypted(u"127.0.0.1"_s, m_listener->serverPort());
        *client = socket;
        if (!QTest::qWaitFor([socket] { return socket->isEncrypted(); }, 10'000))
            return false;
    } else {
        *client = new QTcpSocket(this);
        (*client)->connectToHost(QHostAddress::LocalHost, m_listener->serverPort());
    }
    if (!QTest::qWaitFor([&] { return m_ready.size() > before; }, 10'000))
        return false;
    *server = new Connection(m_ready.last(), this);
    return true;
}

void TestLeanSocket::framesGoBothWaysInOrder_data()
{
    addModes();
}

void TestLeanSocket::framesGoBothWaysInOrder()
{
    QFETCH(bool, tls);
    QTcpSocket *client = nullptr;
    Connection *server = nullptr;
    QVERIFY(connectPair(tls, &client, &server));
    server->setFairInput(true);
    // The server echoes every ping as a pong with the same number.
    QList<qint64> heard;
    connect(server, &Connection::messageReceived, this, [&](const Msg::Message &m) {
        const qint64 ts = std::get<Msg::Ping>(m).ts;
        heard.append(ts);
        server->sendMessage(Msg::Pong{ts});
    });
    constexpr int Count = 3000;
    QByteArray all;
    for (int i = 0; i < Count; ++i)
        all += frameOf(i);
    // Cut anywhere, not at frame ends.
    for (qsizetype at = 0; at < all.size(); at += 977)
        client->write(all.mid(at, 977));
    QByteArray back;
    QVERIFY(QTest::qWaitFor(
        [&] {
            back += client->readAll();
            return back.count('\n') >= Count;
        },
        20'000));
    QCOMPARE(heard.size(), Count);
    const QList<QByteArray> lines = back.split('\n');
    for (int i = 0; i < Count; ++i) {
        QCOMPARE(heard.at(i), i);
        const auto pong = Msg::parse(lines.at(i));
        QVERIFY(pong && std::holds_alternative<Msg::Pong>(*pong));
        QCOMPARE(std::get<Msg::Pong>(*pong).ts, i);
    }
    QCOMPARE(server->stream()->bytesToWrite(), 0);
    if (tls)
        QVERIFY2(qobject_cast<LeanSocket *>(server->stream())->cipherDescription().startsWith(u"TLSv1.3 "_s),
                 qPrintable(qobject_cast<LeanSocket *>(server->stream())->cipherDescription()));
}

void TestLeanSocket::moreThanTheKernelTakesArrivesWhole_data()
{
    addModes();
}

void TestLeanSocket::moreThanTheKernelTakesArrivesWhole()
{
    QFETCH(bool, tls);
    QTcpSocket *client = nullptr;
    Connection *server = nullptr;
    QVERIFY(connectPair(tls, &client, &server));
    // 24 MiB in frames of every size, sent in one go: far more than the socket takes at once, so the
    // server's end fills up, waits until writable, and goes on where it stopped.
    QByteArray sent;
    for (int i = 0; sent.size() < 24 * 1024 * 1024; ++i) {
        const QByteArray frame = frameOf(i, (i * 7919) % 60'000);
        sent += frame;
        server->send(frame);
    }
    QVERIFY(server->pendingOutput() > 0);
    QSignalSpy written(server, &Connection::written);
    QByteArray got;
    got.reserve(sent.size());
    QVERIFY(QTest::qWaitFor(
        [&] {
            got += client->readAll();
            return got.size() >= sent.size();
        },
        60'000));
    QCOMPARE(got.size(), sent.size());
    QVERIFY(got == sent);
    QCOMPARE(server->pendingOutput(), 0);
    QVERIFY(written.count() > 0);
}

void TestLeanSocket::closeSendsEverythingFirst_data()
{
    addModes();
}

void TestLeanSocket::closeSendsEverythingFirst()
{
    QFETCH(bool, tls);
    QTcpSocket *client = nullptr;
    Connection *server = nullptr;
    QVERIFY(connectPair(tls, &client, &server));
    QSignalSpy closed(server, &Connection::closed);
    QByteArray sent;
    for (int i = 0; i < 2000; ++i) {
        sent += frameOf(i, 1000);
        server->send(frameOf(i, 1000));
    }
    server->closeWithError({ErrorCode::NotAuthenticated, u"goodbye"_s});
    const QByteArray got = readUntilClosed(client);
    QVERIFY(got.startsWith(sent));
    QVERIFY2(got.mid(sent.size()).contains("goodbye"), got.mid(sent.size()).constData());
    QTRY_COMPARE(closed.count(), 1);
}

void TestLeanSocket::aLateByteFromThePeerDoesNotCutTheLastOutput_data()
{
    addModes();
}

void TestLeanSocket::aLateByteFromThePeerDoesNotCutTheLastOutput()
{
    QFETCH(bool, tls);
    QTcpSocket *client = nullptr;
    Connection *server = nullptr;
    QVERIFY(connectPair(tls, &client, &server));
    client->setReadBufferSize(16 * 1024); // a slow reader: most of the output waits in the kernels
    QSignalSpy closed(server, &Connection::closed);
    QByteArray sent;
    for (int i = 0; sent.size() < 3 * 1024 * 1024; ++i) {
        sent += frameOf(i, 2000);
        server->send(frameOf(i, 2000));
    }
    server->closeWithError({ErrorCode::NotAuthenticated, u"goodbye"_s});
    QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 10'000); // all of it handed to the kernel
    // The client says something after the server is done (a ping in flight): it must not cost the client
    // the end of what the server sent.
    client->write(frameOf(1));
    client->flush();
    QTest::qWait(200);
    client->setReadBufferSize(0);
    const QByteArray got = readUntilClosed(client);
    QCOMPARE(got.size() > sent.size(), true);
    QVERIFY(got.startsWith(sent));
    QVERIFY2(got.mid(sent.size()).contains("goodbye"), got.mid(sent.size(), 200).constData());
}

void TestLeanSocket::whatThePeerSentBeforeClosingIsHandled_data()
{
    addModes();
}

void TestLeanSocket::whatThePeerSentBeforeClosingIsHandled()
{
    QFETCH(bool, tls);
    QTcpSocket *client = nullptr;
    Connection *server = nullptr;
    QVERIFY(connectPair(tls, &client, &server));
    server->setFairInput(true); // a few frames a turn: most are still unread when the close is seen
    int handled = 0;
    bool closedFirst = false;
    connect(server, &Connection::messageReceived, this, [&] { ++handled; });
    connect(server, &Connection::closed, this, [&] { closedFirst = handled < 500; });
    QSignalSpy closed(server, &Connection::closed);
    for (int i = 0; i < 500; ++i)
        client->write(frameOf(i));
    client->flush();
    client->disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 20'000);
    QCOMPARE(handled, 500);
    QVERIFY(!closedFirst);
}

void TestLeanSocket::whatThePeerSentIsHeardAfterAFailedWrite_data()
{
    addModes();
}

void TestLeanSocket::whatThePeerSentIsHeardAfterAFailedWrite()
{
    QFETCH(bool, tls);
    QTcpSocket *client = nullptr;
    Connection *server = nullptr;
    QVERIFY(connectPair(tls, &client, &server));
    server->setFairInput(true);
    int handled = 0;
    connect(server, &Connection::messageReceived, this, [&] { ++handled; });
    QSignalSpy closed(server, &Connection::closed);
    // The client says its last words and is gone before the server has read them; the server writes to
    // it meanwhile (a room's traffic), and its writes fail. The words are still heard.
    for (int i = 0; i < 300; ++i)
        client->write(frameOf(i));
    client->flush();
    client->abort();
    for (int i = 0; i < 20; ++i) {
        server->send(frameOf(i, 20'000));
        server->stream()->flush();
        QThread::msleep(1);
    }
    QCOMPARE(handled, 0);
    QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 20'000);
    QCOMPARE(handled, 300);
}

void TestLeanSocket::aPeerThatNeverReadsIsCutOff_data()
{
    addModes();
}

void TestLeanSocket::aPeerThatNeverReadsIsCutOff()
{
    QFETCH(bool, tls);
    QTcpSocket *client = nullptr;
    Connection *server = nullptr;
    QVERIFY(connectPair(tls, &client, &server));
    client->setReadBufferSize(16 * 1024); // Qt stops reading the kernel: TCP's window closes
    server->setMaxPendingOutput(1024 * 1024);
    QList<int> fatal;
    connect(server, &Connection::fatalError, this, [&](const ProtocolError &e) { fatal.append(int(e.code)); });
    QSignalSpy closed(server, &Connection::closed);
    const QByteArray frame = frameOf(1, 8000);
    for (int i = 0; i < 4000 && server->isOpen(); ++i) {
        server->send(frame);
        if (i % 100 == 0)
            QTest::qWait(1); // the socket takes what the kernel can
    }
    QVERIFY(!server->isOpen());
    QTRY_COMPARE(fatal, QList<int>{int(ErrorCode::RateLimited)});
    QTRY_COMPARE(closed.count(), 1);
    QVERIFY(server->stream()->isClosed());
}

void TestLeanSocket::aPeerThatVanishesMidStreamCostsNothing_data()
{
    addModes();
}

void TestLeanSocket::aPeerThatVanishesMidStreamCostsNothing()
{
    QFETCH(bool, tls);
    QTcpSocket *client = nullptr;
    Connection *server = nullptr;
    QVERIFY(connectPair(tls, &client, &server));
    QSignalSpy closed(server, &Connection::closed);
    const QByteArray frame = frameOf(1, 30'000);
    for (int i = 0; i < 200; ++i)
        server->send(frame);
    client->abort(); // a reset while the server writes: an error to handle, not SIGPIPE
    for (int i = 0; i < 200 && server->isOpen(); ++i) {
        server->send(frame);
        QTest::qWait(1);
    }
    QTRY_COMPARE(closed.count(), 1);
    QVERIFY(server->stream()->isClosed());
    QCOMPARE(server->pendingOutput(), 0);
}

void TestLeanSocket::plainTextOnTheTlsPortIsToldWhy()
{
    QString error;
    QVERIFY2(m_listener->setTlsConfiguration(m_identity.config, &error), qPrintable(error));
    QSignalSpy refused(m_listener, &Listener::plainTextRefused);
    QTcpSocket plain;
    plain.connectToHost(QHostAddress::LocalHost, m_listener->serverPort());
    plain.write(frameOf(1));
    const QByteArray got = readUntilClosed(&plain);
    const auto reply = Msg::parse(got.trimmed());
    QVERIFY2(reply && std::holds_alternative<Msg::ErrorReply>(*reply), got.constData());
    QCOMPARE(std::get<Msg::ErrorReply>(*reply).code, errorCodeName(ErrorCode::TlsRequired));
    QCOMPARE(refused.count(), 1);
    QVERIFY(m_ready.isEmpty());
}

void TestLeanSocket::stalledAndBrokenHandshakesAreDropped()
{
    QVERIFY(listen(300ms));
    QString error;
    QVERIFY2(m_listener->setTlsConfiguration(m_identity.config, &error), qPrintable(error));
    QSignalSpy failed(m_listener, &Listener::handshakeFailed);
    QStringList reasons;
    connect(m_listener, &Listener::handshakeFailed, this,
            [&](const QHostAddress &, const QString &why) { reasons.append(why); });
    // One says nothing at all; one starts a ClientHello and stops; one sends a record of garbage.
    QTcpSocket silent;
    silent.connectToHost(QHostAddress::LocalHost, m_listener->serverPort());
    QTcpSocket halfway;
    halfway.connectToHost(QHostAddress::LocalHost, m_listener->serverPort());
    halfway.write(QByteArray::fromHex("160301"));
    QTcpSocket garbage;
    garbage.connectToHost(QHostAddress::LocalHost, m_listener->serverPort());
    garbage.write(QByteArray::fromHex("1603010010") + QByteArray(16, 'x'));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 3, 10'000);
    // Each for its own reason: OpenSSL's for the garbage (first), the clock for the two that stalled.
    QVERIFY2(reasons.at(0).startsWith(u"the TLS handshake failed ("_s), qPrintable(reasons.join(u" | "_s)));
    QCOMPARE(reasons.count(u"the TLS handshake did not finish in time"_s), 2);
    QTRY_COMPARE(m_listener->handshakesInProgress(), 0);
    for (QTcpSocket *s : {&silent, &halfway, &garbage})
        QTRY_COMPARE(s->state(), QAbstractSocket::UnconnectedState);
    QVERIFY(m_ready.isEmpty());
    // The port still serves.
    QTcpSocket *client = nullptr;
    Connection *server = nullptr;
    QVERIFY(connectPair(true, &client, &server));
}

void TestLeanSocket::aRenewedCertificateLeavesOpenConnectionsAlone()
{
    QTcpSocket *first = nullptr;
    Connection *firstServer = nullptr;
    QVERIFY(connectPair(true, &first, &firstServer));
    const Identity renewed = makeIdentity(u"two.example.org"_s);
    QString error;
    QVERIFY2(m_listener->setTlsConfiguration(renewed.config, &error), qPrintable(error));
    QTcpSocket *second = nullptr;
    Connection *secondServer = nullptr;
    QVERIFY(connectPair(true, &second, &secondServer));
    QCOMPARE(TlsSetup::fingerprint(static_cast<QSslSocket *>(first)->peerCertificate()), m_identity.fingerprint);
    QCOMPARE(TlsSetup::fingerprint(static_cast<QSslSocket *>(second)->peerCertificate()), renewed.fingerprint);
    // The connection made before goes on, both ways.
    QSignalSpy heard(firstServer, &Connection::messageReceived);
    first->write(frameOf(5));
    QTRY_COMPARE(heard.count(), 1);
    firstServer->sendMessage(Msg::Pong{5});
    QTRY_VERIFY(first->canReadLine());
    QVERIFY(first->readLine().contains("pong"));
    // A key that is not the certificate's is refused, and the last good one stays.
    QSslConfiguration mismatched = renewed.config;
    mismatched.setPrivateKey(m_identity.config.privateKey());
    QVERIFY(!m_listener->setTlsConfiguration(mismatched, &error));
    QVERIFY2(error.contains(u"does not belong"_s), qPrintable(error));
    QTcpSocket *third = nullptr;
    Connection *thirdServer = nullptr;
    QVERIFY(connectPair(true, &third, &thirdServer));
    QCOMPARE(TlsSetup::fingerprint(static_cast<QSslSocket *>(third)->peerCertificate()), renewed.fingerprint);
}

void TestLeanSocket::tlsSettingsAreTheSharedOnes()
{
    QString error;
    QVERIFY2(m_listener->setTlsConfiguration(m_identity.config, &error), qPrintable(error));
    // TLS 1.2 gets an ECDHE suite with AEAD, and nothing else (the suites TlsSetup chose).
    auto *tls12 = new QSslSocket(this);
    tls12->setPeerVerifyMode(QSslSocket::VerifyNone);
    tls12->setProtocol(QSsl::TlsV1_2);
    QList<QSslCipher> weak;
    for (const QSslCipher &c : QSslConfiguration::supportedCiphers()) {
        if (c.protocol() != QSsl::TlsV1_3 && !c.name().startsWith(u"ECDHE-"_s))
            weak.append(c);
    }
    QVERIFY(!weak.isEmpty());
    QSslConfiguration weakOnly = tls12->sslConfiguration();
    weakOnly.setCiphers(weak);
    tls12->setSslConfiguration(weakOnly);
    tls12->connectToHostEncrypted(u"127.0.0.1"_s, m_listener->serverPort());
    QTRY_COMPARE_WITH_TIMEOUT(tls12->state(), QAbstractSocket::UnconnectedState, 10'000);
    QVERIFY(!tls12->isEncrypted());

    auto *good12 = new QSslSocket(this);
    good12->setPeerVerifyMode(QSslSocket::VerifyNone);
    good12->setProtocol(QSsl::TlsV1_2);
    good12->connectToHostEncrypted(u"127.0.0.1"_s, m_listener->serverPort());
    QTRY_VERIFY_WITH_TIMEOUT(good12->isEncrypted(), 10'000);
    const QString suite = good12->sessionCipher().name();
    QVERIFY2(suite.startsWith(u"ECDHE-"_s) && (suite.contains(u"GCM"_s) || suite.contains(u"CHACHA20"_s)),
             qPrintable(suite));
}

int main(int argc, char *argv[])
{
    if (qgetenv("CHATROOM_EVENT_DISPATCHER") != "qt")
        QCoreApplication::setEventDispatcher(new EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    TestLeanSocket test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_server_leansocket.moc"
