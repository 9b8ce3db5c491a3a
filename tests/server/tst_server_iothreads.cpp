// Connections served by I/O threads (IoThreads, RemoteStream) on real loopback sockets, with and without
// TLS: frames both ways in order, input held back once the main thread stops reading, large output with
// progress reported, closing after the last byte, a peer's last bytes before its close, connections given
// up before or after they reach their thread, a frame for many members as one command per thread, members
// leaving while such a frame waits, and the threads stopping under open connections. Then the
// whole server with 0, 1 and 3 I/O threads: a room's messages reach every member, once and in order.
#include "connection.h"
#include "epolleventdispatcher.h"
#include "iothreads.h"
#include "leansocket.h"
#include "listener.h"
#include "remotestream.h"
#include "serverprocess.h"
#include "testcertificate.h"
#include "testclient.h"
#include "tlssetup.h"

#include <QCryptographicHash>
#include <QPointer>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>
#include <QtCrypto>
#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

QSslConfiguration makeTlsConfiguration()
{
    const QCA::PrivateKey key = QCA::KeyGenerator().createRSA(2048);
    const QSslCertificate certificate(TestCertificate::forKey(key, u"io.example.org"_s).toPEM().toLatin1(), QSsl::Pem);
    return TlsSetup::serverConfiguration(certificate, QSslKey(key.toPEM().toLatin1(), QSsl::Rsa));
}

QByteArray pattern(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char((i * 7 + i / 4096) & 0xff);
    return bytes;
}

QByteArray frameOf(int i)
{
    return Msg::encode(Msg::Ping{i});
}

} // namespace

class TestIoThreads : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void framesGoBothWaysInOrder_data();
    void framesGoBothWaysInOrder();
    void unreadInputIsHeldBackNotBuffered_data();
    void unreadInputIsHeldBackNotBuffered();
    void inputReadSlowlyStaysWithinTheLimit();
    void aBacklogGoesOverInBatchesNotFrameByFrame();
    void aFrameForManyIsOneCommandPerThread();
    void membersLeavingWhileTheirFrameWaitsAreSafe();
    void largeOutputArrivesWholeAndReportsProgress_data();
    void largeOutputArrivesWholeAndReportsProgress();
    void closeSendsEverythingFirst_data();
    void closeSendsEverythingFirst();
    void whatThePeerSentBeforeClosingCanBeRead_data();
    void whatThePeerSentBeforeClosingCanBeRead();
    void aConnectionGivenUpAtOnceIsClosed();
    void connectionsAreSpreadOverTheThreads();
    void stoppingWithOpenConnectionsIsClean();
    void roomMessagesReachEveryoneInOrder_data();
    void roomMessagesReachEveryoneInOrder();

private:
    void addModes();
    // A client connected to the listener, and the server's end handed to the I/O threads.
    bool connectPair(bool tls, QTcpSocket **client, RemoteStream **server);

    QCA::Initializer m_qca;
    QSslConfiguration m_tls;
    Listener *m_plainListener = nullptr;
    Listener *m_tlsListener = nullptr;
    IoThreads *m_threads = nullptr;
    QList<LeanSocket *> m_ready;
};

void TestIoThreads::initTestCase()
{
    m_tls = makeTlsConfiguration();
}

void TestIoThreads::init()
{
    QString error;
    m_plainListener = new Listener(5s, 64, this);
    m_tlsListener = new Listener(5s, 64, this);
    QVERIFY2(m_tlsListener->setTlsConfiguration(m_tls, &error), qPrintable(error));
    for (Listener *listener : {m_plainListener, m_tlsListener}) {
        connect(listener, &Listener::connectionReady, this, [this](LeanSocket *socket) { m_ready.append(socket); });
        QVERIFY(listener->listen(QHostAddress::LocalHost, 0));
    }
    m_threads = new IoThreads(3, this);
}

void TestIoThreads::cleanup()
{
    delete m_threads;
    m_threads = nullptr;
    delete m_plainListener;
    delete m_tlsListener;
    m_ready.clear();
}

void TestIoThreads::addModes()
{
    QTest::addColumn<bool>("tls");
    QTest::newRow("plain") << false;
    QTest::newRow("tls") << true;
}

bool TestIoThreads::connectPair(bool tls, QTcpSocket **client, RemoteStream **server)
{
    const qsizetype before = m_ready.size();
    if (tls) {
        auto *socket = new QSslSocket(this);
        socket->setPeerVerifyMode(QSslSocket::VerifyNone);
        socket->connectToHostEncrypted(u"127.0.0.1"_s, m_tlsListener->serverPort());
        *client = socket;
        if (!QTest::qWaitFor([socket] { return socket->isEncrypted(); }, 10'000))
            return false;
    } else {
        *client = new QTcpSocket(this);
        (*client)->connectToHost(QHostAddress::LocalHost, m_plainListener->serverPort());
    }
    if (!QTest::qWaitFor([&] { return m_ready.size() > before; }, 10'000))
        return false;
    *server = qobject_cast<RemoteStream *>(m_threads->adopt(m_ready.last()));
    (*server)->setParent(this);
    return *server != nullptr;
}

void TestIoThreads::framesGoBothWaysInOrder_data()
{
    addModes();
}

void TestIoThreads::framesGoBothWaysInOrder()
{
    QFETCH(bool, tls);
    QTcpSocket *client = nullptr;
    RemoteStream *stream = nullptr;
    QVERIFY(connectPair(tls, &client, &stream));
    auto *server = new Connection(stream, this);
    server->setFairInput(true);
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
    QCOMPARE(server->pendingOutput(), 0);
}

void TestIoThreads::unreadInputIsHeldBackNotBuffered_data()
{
    addModes();
}

void TestIoThreads::unreadInputIsHeldBackNotBuffered()
{
    QFETCH(bool, tls);
    QTcpSocket *client = nullptr;
    RemoteStream *stream = nullptr;
    QVERIFY(connectPair(tls, &client, &stream));
    constexpr qint64 Limit = 64 * 1024;
    stream->setReadBufferSize(Limit);
    const QByteArray sent = pattern(4 * 1024 * 1024);
    client->write(sent);
    // The I/O thread reads up to the limit and no further while nothing is read here: the rest waits in
    // the kernels' buffers, and then in the client's.
    QTRY_COMPARE_WITH_TIMEOUT(stream->bytesAvailable(), Limit, 10'000);
    QTest::qWait(300);
    QCOMPARE(stream->bytesAvailable(), Limit);
    // Read here, and the rest comes, whole and in order.
    QByteArray got;
    QByteArray chunk(10'000, Qt::Uninitialized);
    qint64 mostHeld = 0;
    QVERIFY(QTest::qWaitFor(
        [&] {
            qint64 n;
            while ((n = stream->read(chunk.data(), chunk.size())) > 0) {
                got.append(chunk.constData(), n);
                mostHeld = std::max(mostHeld, stream->bytesAvailable());
            }
            return got.size() >= sent.size();
        },
        20'000));
    QVERIFY(mostHeld <= Limit);
    QCOMPARE(got.size(), sent.size());
    QVERIFY(got == sent);
}

void TestIoThreads::inputReadSlowlyStaysWithinTheLimit()
{
    // Read as fast as it comes but never all: the part already read must not pile up in front of the rest.
    QTcpSocket *client = nullptr;
    RemoteStream *stream = nullptr;
    QVERIFY(connectPair(false, &client, &stream));
    constexpr qint64 Limit = 64 * 1024;
    constexpr qsizetype Step = 4'000;
    constexpr qsizetype Lag = 16'000;
    stream->setReadBufferSize(Limit);
    const QByteArray sent = pattern(Lag + 300 * Step);
    client->write(sent.first(Lag));
    QByteArray got;
    QByteArray chunk(Step, Qt::Uninitialized);
    qint64 largestBuffer = 0;
    for (qsizetype at = Lag; at < sent.size(); at += Step) {
        client->write(sent.mid(at, Step));
        QTRY_VERIFY_WITH_TIMEOUT(stream->bytesAvailable() >= Lag + Step, 10'000);
        QCOMPARE(stream->read(chunk.data(), Step), Step);
        got += chunk;
        largestBuffer = std::max(largestBuffer, stream->inputBufferBytes());
    }
    QVERIFY2(largestBuffer <= Limit, qPrintable(QString::number(largestBuffer)));
    QCOMPARE(got, sent.first(got.size()));
}

void TestIoThreads::aBacklogGoesOverInBatchesNotFrameByFrame()
{
    // A connection with more than its eager-flush size on the way asks for a flush at every frame (as each
    // member of a busy room does in a burst); the frames still go over in batches of EagerSendBytes.
    QTcpSocket *client = nullptr;
    RemoteStream *stream = nullptr;
    QVERIFY(connectPair(false, &client, &stream));
    auto *server = new Connection(stream, this);
    QTest::qWait(20); // the socket reaches its thread in the next pass; until then its commands are held
    constexpr int Count = 300;
    const QString text(1000, u'x');
    QByteArray expected;
    const qint64 before = m_threads->batchesSent();
    for (int i = 0; i < Count; ++i) {
        const QByteArray frame =
            Msg::encode(Msg::Notice{Msg::NoticeEvent::Broadcast, std::nullopt, std::nullopt, text, i});
        expected += frame;
        server->send(frame);
    }
    const qint64 sent = m_threads->batchesSent() - before;
    QVERIFY2(sent <= expected.size() / IoThreads::EagerSendBytes + 1, qPrintable(QString::number(sent)));
    QVERIFY(sent >= 1); // and not all left for the end of the pass
    QByteArray got;
    QVERIFY(QTest::qWaitFor(
        [&] {
            got += client->readAll();
            return got.size() >= expected.size();
        },
        10'000));
    QCOMPARE(got, expected);
}

void TestIoThreads::aFrameForManyIsOneCommandPerThread()
{
    // A room's frame, encoded once, written to two connections on each of the three threads.
    QList<QTcpSocket *> clients;
    QList<RemoteStream *> streams;
    for (int i = 0; i < 6; ++i) {
        QTcpSocket *client = nullptr;
        RemoteStream *stream = nullptr;
        QVERIFY(connectPair(i % 2 == 1, &client, &stream));
        clients << client;
        streams << stream;
    }
    QTest::qWait(20); // handed over: from now on their commands go through the threads' outboxes
    const QByteArray frame = frameOf(7);
    const QByteArray other = frameOf(8);
    const qint64 before = m_threads->commandsSent();
    for (RemoteStream *stream : std::as_const(streams))
        stream->write(frame);
    QCOMPARE(m_threads->commandsSent() - before, 3);
    // Equal bytes from another buffer are another frame; and a member's own next frame is its own command.
    for (RemoteStream *stream : std::as_const(streams))
        stream->write(QByteArray(other.constData(), other.size()));
    QCOMPARE(m_threads->commandsSent() - before, 9);
    for (QTcpSocket *client : std::as_const(clients)) {
        QByteArray got;
        QVERIFY(QTest::qWaitFor(
            [&] {
                got += client->readAll();
                return got.size() >= frame.size() + other.size();
            },
            10'000));
        QCOMPARE(got, frame + other);
    }
    // Each member's output is counted as gone, the joined ones' too (else they would look like slow readers).
    for (RemoteStream *stream : std::as_const(streams))
        QTRY_COMPARE(stream->bytesToWrite(), 0);
}

void TestIoThreads::membersLeavingWhileTheirFrameWaitsAreSafe()
{
    // The first member on each thread stays and carries each round's frame (its command holds its pipe); the
    // others hang up one after another, each learning of its end in the same pass as a frame that names it
    // (without holding it) goes to its thread, and deleted right after, while that thread is still busy
    // with the stayer's large write. (Under ASan, a frame that outlived its member's pipe is a use after free.)
    constexpr int Threads = 3;
    constexpr int Members = 24;
    QList<QTcpSocket *> clients;
    QList<QPointer<RemoteStream>> streams;
    for (int i = 0; i < Members; ++i) {
        QTcpSocket *client = nullptr;
        RemoteStream *stream = nullptr;
        QVERIFY(connectPair(false, &client, &stream));
        connect(stream, &ByteStream::disconnected, stream, &QObject::deleteLater);
        clients << client;
        streams << stream;
    }
    QCOMPARE(m_threads->connectionsPerThread(), std::vector<int>(Threads, Members / Threads));
    QTest::qWait(20); // handed over
    const QByteArray bulk = pattern(64 * 1024);
    QByteArray sentToStayers;
    QList<QByteArray> received(Threads);
    for (int leaving = Threads; leaving < Members; ++leaving) {
        clients[leaving]->abort();
        QThread::msleep(5); // its thread notes the end and queues the news, which this thread has not taken
        const QByteArray frame = frameOf(leaving);
        for (int i = 0; i < Threads; ++i)
            streams[i]->write(bulk); // a command of its own, ahead of the frame
        for (const QPointer<RemoteStream> &stream : std::as_const(streams)) {
            if (stream && !stream->isClosed())
                stream->write(frame);
        }
        sentToStayers += bulk + frame;
        QCoreApplication::processEvents(); // the news (the leaver closed), then the pass's commands go over
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the leaver is deleted
        for (int i = 0; i < Threads; ++i)
            received[i] += clients[i]->readAll();
    }
    QVERIFY(QTest::qWaitFor(
        [&] {
            return std::count_if(streams.cbegin(), streams.cend(), [](const auto &s) { return !s; }) ==
                   Members - Threads;
        },
        10'000));
    for (int i = 0; i < Threads; ++i) {
        QVERIFY(QTest::qWaitFor(
            [&] {
                received[i] += clients[i]->readAll();
                return received[i].size() >= sentToStayers.size();
            },
            10'000));
        QCOMPARE(received[i], sentToStayers);
    }
}

void TestIoThreads::largeOutputArrivesWholeAndReportsProgress_data()
{
    addModes();
}

void TestIoThreads::largeOutputArrivesWholeAndReportsProgress()
{
    QFETCH(bool, tls);
    QTcpSocket *client = nullptr;
    RemoteStream *stream = nullptr;
    QVERIFY(connectPair(tls, &client, &stream));
    QSignalSpy progress(stream, &ByteStream::bytesWritten);
    client->setReadBufferSize(64 * 1024); // it reads no further until we take what it has
    // More than the kernels' buffers on loopback take while the client does not read.
    const QByteArray sent = pattern(24 * 1024 * 1024);
    for (qsizetype at = 0; at < sent.size(); at += 64 * 1024)
        stream->write(sent.mid(at, 64 * 1024));
    QVERIFY(stream->bytesToWrite() > 0);
    QTest::qWait(200);
    QVERIFY(stream->bytesToWrite() > 0); // still on its way: the client has read nothing
    QByteArray got;
    QVERIFY(QTest::qWaitFor(
        [&] {
            got += client->readAll();
            return got.size() >= sent.size();
        },
        30'000));
    QVERIFY(got == sent);
    QTRY_COMPARE_WITH_TIMEOUT(stream->bytesToWrite(), 0, 5'000);
    QVERIFY(progress.size() > 0);
}

void TestIoThreads::closeSendsEverythingFirst_data()
{
    addModes();
}

void TestIoThreads::closeSendsEverythingFirst()
{
    QFETCH(bool, tls);
    QTcpSocket *client = nullptr;
    RemoteStream *stream = nullptr;
    QVERIFY(connectPair(tls, &client, &stream));
    QSignalSpy ended(stream, &ByteStream::disconnected);
    const QByteArray sent = pattern(2 * 1024 * 1024);
    stream->write(sent);
    stream->disconnectFromHost();
    stream->write("after the close"); // dropped
    QByteArray got;
    QVERIFY(QTest::qWaitFor(
        [&] {
            got += client->readAll();
            return client->state() == QAbstractSocket::UnconnectedState;
        },
        20'000));
    got += client->readAll();
    QCOMPARE(got.size(), sent.size());
    QVERIFY(got == sent);
    QTRY_VERIFY_WITH_TIMEOUT(stream->isClosed(), 10'000);
    QCOMPARE(ended.size(), 1);
    QCOMPARE(stream->bytesToWrite(), 0);
}

void TestIoThreads::whatThePeerSentBeforeClosingCanBeRead_data()
{
    addModes();
}

void TestIoThreads::whatThePeerSentBeforeClosingCanBeRead()
{
    QFETCH(bool, tls);
    QTcpSocket *client = nullptr;
    RemoteStream *stream = nullptr;
    QVERIFY(connectPair(tls, &client, &stream));
    stream->setReadBufferSize(32 * 1024);
    const QByteArray sent = pattern(300 * 1024);
    client->write(sent);
    client->disconnectFromHost(); // after the bytes
    // Held back at 32 KiB, so the end comes only as the main thread reads: nothing may be lost on the way.
    QByteArray got;
    QByteArray chunk(5'000, Qt::Uninitialized);
    QVERIFY(QTest::qWaitFor(
        [&] {
            qint64 n;
            while ((n = stream->read(chunk.data(), chunk.size())) > 0)
                got.append(chunk.constData(), n);
            return stream->isClosed();
        },
        20'000));
    qint64 n;
    while ((n = stream->read(chunk.data(), chunk.size())) > 0)
        got.append(chunk.constData(), n);
    QCOMPARE(got.size(), sent.size());
    QVERIFY(got == sent);
}

void TestIoThreads::aConnectionGivenUpAtOnceIsClosed()
{
    // Deleted in the same pass it was adopted in, before its socket reached its thread.
    QTcpSocket *client = nullptr;
    RemoteStream *stream = nullptr;
    QVERIFY(connectPair(true, &client, &stream));
    stream->write("never sent");
    delete stream;
    QVERIFY(QTest::qWaitFor([client] { return client->state() == QAbstractSocket::UnconnectedState; }, 10'000));
    QVERIFY(!client->readAll().contains("never sent"));
    // And one that got there: aborted from here.
    QVERIFY(connectPair(false, &client, &stream));
    QTest::qWait(50);
    QSignalSpy ended(stream, &ByteStream::disconnected);
    stream->abort();
    QCOMPARE(ended.size(), 1);
    QVERIFY(stream->isClosed());
    QVERIFY(QTest::qWaitFor([client] { return client->state() == QAbstractSocket::UnconnectedState; }, 10'000));
    QTest::qWait(50);
    QCOMPARE(ended.size(), 1); // once, though the I/O thread reports the end too
}

void TestIoThreads::connectionsAreSpreadOverTheThreads()
{
    QList<RemoteStream *> streams;
    for (int i = 0; i < 6; ++i) {
        QTcpSocket *client = nullptr;
        RemoteStream *stream = nullptr;
        QVERIFY(connectPair(false, &client, &stream));
        streams << stream;
    }
    QCOMPARE(m_threads->connectionsPerThread(), (std::vector<int>{2, 2, 2}));
    delete streams.takeFirst(); // the first thread's
    delete streams.takeFirst(); // the second's
    QCOMPARE(m_threads->connectionsPerThread(), (std::vector<int>{1, 1, 2}));
    // The next goes to the first of those with the fewest.
    QTcpSocket *client = nullptr;
    RemoteStream *stream = nullptr;
    QVERIFY(connectPair(false, &client, &stream));
    QCOMPARE(m_threads->connectionsPerThread(), (std::vector<int>{2, 1, 2}));
}

void TestIoThreads::stoppingWithOpenConnectionsIsClean()
{
    QList<QTcpSocket *> clients;
    QList<QPointer<RemoteStream>> streams;
    for (bool tls : {false, true, false, true}) {
        QTcpSocket *client = nullptr;
        RemoteStream *stream = nullptr;
        QVERIFY(connectPair(tls, &client, &stream));
        stream->write(pattern(1024 * 1024)); // some of it still on its way
        clients << client;
        streams << stream;
    }
    QTest::qWait(20);
    delete m_threads;
    m_threads = nullptr;
    for (QTcpSocket *client : std::as_const(clients))
        QVERIFY(QTest::qWaitFor([client] { return client->state() == QAbstractSocket::UnconnectedState; }, 10'000));
    for (const QPointer<RemoteStream> &stream : std::as_const(streams)) {
        QVERIFY(stream);
        stream->write("after the end"); // goes nowhere, and costs nothing
        delete stream;
    }
}

void TestIoThreads::roomMessagesReachEveryoneInOrder_data()
{
    QTest::addColumn<int>("threads");
    QTest::newRow("no I/O threads") << 0;
    QTest::newRow("1 I/O thread") << 1;
    QTest::newRow("3 I/O threads") << 3;
}

void TestIoThreads::roomMessagesReachEveryoneInOrder()
{
    QFETCH(int, threads);
    ServerProcess server;
    QVERIFY2(server.start({u"--io-threads"_s, QString::number(threads)}), server.errors().constData());
    constexpr int Members = 7;
    constexpr int PerMember = 30;
    std::vector<std::unique_ptr<TestClient>> members;
    for (int i = 0; i < Members; ++i) {
        auto c = std::make_unique<TestClient>();
        QVERIFY(c->connectTo(server.tcpPort()));
        QVERIFY(c->registerUser(u"member%1"_s.arg(i)));
        QVERIFY(c->waitFor<Msg::Joined>());
        c->send(Msg::Join{u"hall"_s});
        QVERIFY(c->waitFor<Msg::Joined>(5000, [](const Msg::Joined &j) { return j.room == "hall"_L1; }));
        members.push_back(std::move(c));
    }
    // Everyone at once, large enough that some output waits for the kernel on the way.
    for (int n = 0; n < PerMember; ++n) {
        for (int i = 0; i < Members; ++i)
            members[i]->send(Msg::Say{u"hall"_s, u"%1:%2 "_s.arg(i).arg(n).repeated(60), n, false});
    }
    const auto chatIds = [](TestClient &c) {
        QList<qint64> ids;
        for (const Msg::Message &m : std::as_const(c.received())) {
            if (const auto *chat = std::get_if<Msg::ChatMessage>(&m); chat && chat->room == "hall"_L1)
                ids << chat->id;
        }
        return ids;
    };
    for (auto &member : members)
        QTRY_COMPARE_WITH_TIMEOUT(chatIds(*member).size(), Members * PerMember, 20'000);
    const QList<qint64> first = chatIds(*members.front());
    QVERIFY(std::is_sorted(first.cbegin(), first.cend()));
    QCOMPARE(QSet<qint64>(first.cbegin(), first.cend()).size(), first.size());
    for (auto &member : members)
        QCOMPARE(chatIds(*member), first); // everyone saw the same messages in the same order
}

int main(int argc, char *argv[])
{
    if (qgetenv("CHATROOM_EVENT_DISPATCHER") != "qt")
        QCoreApplication::setEventDispatcher(new EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    TestIoThreads test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_server_iothreads.moc"
