// Connection over real loopback sockets: messages arrive whole, bad frames are reported, oversize closes.
#include "connection.h"

#include <QElapsedTimer>
#include <QMap>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <algorithm>
#include <chrono>
#include <functional>

using namespace Qt::Literals::StringLiterals;

class TestConnection : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void messagesArriveWhole();
    void splitWritesAreReassembled();
    void invalidFrameDoesNotBreakTheStream();
    void oversizeFrameClosesWithAReason();
    void closeFlushesQueuedFrames();
    void nothingIsReadAfterClose();
    void pendingOutputCap();
    void aCostlyFrameEndsItsConnectionsTurn_data();
    void aCostlyFrameEndsItsConnectionsTurn();
    void whatThePeerSentBeforeClosingIsHandled();
    void aFastWriterIsHeldBackByTcp();
    void afterSwitchingTheStreamIsBytes();
    void transfersTakeOneChunkAPassBetweenThem_data();
    void transfersTakeOneChunkAPassBetweenThem();

private:
    QTcpServer *m_server = nullptr;
    QTcpSocket *m_raw = nullptr;  // the client end, written to by hand
    Connection *m_conn = nullptr; // the server end under test
};

void TestConnection::init()
{
    m_server = new QTcpServer(this);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_raw = new QTcpSocket(this);
    m_raw->connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    QTRY_VERIFY(m_server->hasPendingConnections());
    m_conn = new Connection(m_server->nextPendingConnection(), this);
    QTRY_COMPARE(m_raw->state(), QAbstractSocket::ConnectedState);
}

void TestConnection::cleanup()
{
    delete m_conn;
    delete m_raw;
    delete m_server;
    m_conn = nullptr;
    m_raw = nullptr;
    m_server = nullptr;
}

void TestConnection::messagesArriveWhole()
{
    QSignalSpy received(m_conn, &Connection::messageReceived);
    m_raw->write(Msg::encode(Msg::Hello{1, u"t"_s}) + Msg::encode(Msg::Ping{5}) + Msg::encode(Msg::Logout{}));
    QTRY_COMPARE(received.size(), 3);
    QCOMPARE(Msg::typeOf(received.at(0).at(0).value<Msg::Message>()), "hello"_L1);
    QCOMPARE(std::get<Msg::Ping>(received.at(1).at(0).value<Msg::Message>()).ts, 5);
    QCOMPARE(Msg::typeOf(received.at(2).at(0).value<Msg::Message>()), "logout"_L1);
    QCOMPARE(m_conn->bytesReceived(), m_raw->bytesToWrite() + m_conn->bytesReceived());
}

void TestConnection::splitWritesAreReassembled()
{
    QSignalSpy received(m_conn, &Connection::messageReceived);
    const QByteArray frame = Msg::encode(Msg::Say{u"lobby"_s, QString(2000, u'y'), 9, false});
    for (qsizetype i = 0; i < frame.size(); i += 333) {
        m_raw->write(frame.mid(i, 333));
        m_raw->flush();
        QTest::qWait(1); // let each piece arrive as its own read
    }
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(std::get<Msg::Say>(received.at(0).at(0).value<Msg::Message>()).text.size(), 2000);
}

void TestConnection::invalidFrameDoesNotBreakTheStream()
{
    QSignalSpy received(m_conn, &Connection::messageReceived);
    QSignalSpy invalid(m_conn, &Connection::invalidMessage);
    m_raw->write("{not json\n" + Msg::encode(Msg::Ping{1}));
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(invalid.size(), 1);
    QCOMPARE(invalid.at(0).at(0).value<ProtocolError>().code, ErrorCode::BadJson);
    QVERIFY(m_conn->isOpen());
}

void TestConnection::oversizeFrameClosesWithAReason()
{
    QSignalSpy fatal(m_conn, &Connection::fatalError);
    QSignalSpy closed(m_conn, &Connection::closed);
    m_raw->write(QByteArray(Protocol::MaxFrameBytes + 10, 'a'));
    QTRY_COMPARE(fatal.size(), 1);
    QCOMPARE(fatal.at(0).at(0).value<ProtocolError>().code, ErrorCode::FrameTooLarge);
    QTRY_COMPARE(closed.size(), 1);
    // The peer is told why before the connection closes.
    QTRY_VERIFY(m_raw->bytesAvailable() > 0 || m_raw->state() == QAbstractSocket::UnconnectedState);
    const QByteArray reply = m_raw->readAll();
    QVERIFY2(reply.contains("frame_too_large"), reply.constData());
}

void TestConnection::closeFlushesQueuedFrames()
{
    for (int i = 0; i < 100; ++i)
        m_conn->sendMessage(Msg::Ping{i});
    m_conn->close();
    QVERIFY(!m_conn->isOpen());
    QTRY_COMPARE(m_raw->state(), QAbstractSocket::UnconnectedState);
    const QByteArray all = m_raw->readAll();
    QCOMPARE(all.count('\n'), 100);
}

void TestConnection::nothingIsReadAfterClose()
{
    QSignalSpy received(m_conn, &Connection::messageReceived);
    connect(m_conn, &Connection::messageReceived, m_conn, [this] { m_conn->close(); });
    m_raw->write(Msg::encode(Msg::Ping{1}) + Msg::encode(Msg::Ping{2}));
    QTRY_COMPARE(received.size(), 1);
    QTest::qWait(50);
    QCOMPARE(received.size(), 1);
}

void TestConnection::pendingOutputCap()
{
    QSignalSpy fatal(m_conn, &Connection::fatalError);
    QSignalSpy closed(m_conn, &Connection::closed);
    m_conn->setMaxPendingOutput(100'000);
    // The peer never reads (this test does not return to the event loop). Output past 32 KiB goes to the
    // kernel at once, so the cap is reached once loopback's socket buffers (a few MB) are full too.
    const QByteArray frame = Msg::encode(Msg::Say{u"lobby"_s, QString(1000, u'q'), 1, false});
    int sent = 0;
    for (; sent < 100'000 && m_conn->isOpen(); ++sent)
        m_conn->send(frame);
    QVERIFY2(sent < 100'000, "100 MB went out to a peer that never reads");
    QVERIFY(!m_conn->isOpen()); // output stops at once...
    // ...but the end is reported from the event loop, never from inside send(): a caller walking a list of
    // connections must not see one of them vanish (and its owner change the list) in the middle of the walk.
    QCOMPARE(closed.size(), 0);
    QCOMPARE(fatal.size(), 0);
    QTRY_COMPARE(fatal.size(), 1);
    QTRY_COMPARE(closed.size(), 1);
}

// Busy for the given time, as a costly request keeps a server busy.
static void spin(std::chrono::microseconds time)
{
    QElapsedTimer busy;
    busy.start();
    while (busy.nsecsElapsed() < std::chrono::nanoseconds(time).count()) {
    }
}

void TestConnection::aCostlyFrameEndsItsConnectionsTurn_data()
{
    QTest::addColumn<bool>("fair");
    QTest::addColumn<int>("framesInTheFirstTurn");
    QTest::newRow("a server's connection (fair input)") << true << 1;
    QTest::newRow("a client's connection") << false << 4;
}

void TestConnection::aCostlyFrameEndsItsConnectionsTurn()
{
    // Each frame takes its handler 3 ms, as a page of history can. With fair input, the connection must give
    // the others their turn after the first (come back through the event loop), and the socket saying
    // readyRead in between must not give it a second turn ahead of the one it queued. A client reads its
    // one server as fast as it can.
    QFETCH(bool, fair);
    QFETCH(int, framesInTheFirstTurn);
    m_conn->setFairInput(fair);
    int handled = 0;
    int seenByTheNextEvent = -1;
    int afterReadyRead = -1;
    connect(m_conn, &Connection::messageReceived, this, [&] {
        spin(std::chrono::milliseconds(3));
        if (++handled == 1) {
            QMetaObject::invokeMethod(
                this,
                [&] {
                    seenByTheNextEvent = handled;
                    emit m_conn->socket()->readyRead();
                    afterReadyRead = handled;
                },
                Qt::QueuedConnection);
        }
    });
    m_raw->write(Msg::encode(Msg::Ping{1}) + Msg::encode(Msg::Ping{2}) + Msg::encode(Msg::Ping{3}) +
                 Msg::encode(Msg::Ping{4}));
    QTRY_COMPARE(handled, 4);
    QCOMPARE(seenByTheNextEvent, framesInTheFirstTurn);
    QCOMPARE(afterReadyRead, framesInTheFirstTurn);
}

void TestConnection::whatThePeerSentBeforeClosingIsHandled()
{
    // A client sends a few costly requests and its logout, and closes at once (as the GUI does at exit):
    // the turns that handle them one by one must not stop at the close, or the logout is never heard.
    m_conn->setFairInput(true);
    QList<qint64> pings;
    int closedAfter = -1;
    connect(m_conn, &Connection::messageReceived, this, [&](const Msg::Message &m) {
        spin(std::chrono::milliseconds(3));
        pings.append(std::get<Msg::Ping>(m).ts);
    });
    connect(m_conn, &Connection::closed, this, [&] { closedAfter = int(pings.size()); });
    for (int i = 1; i <= 8; ++i)
        m_raw->write(Msg::encode(Msg::Ping{i}));
    m_raw->disconnectFromHost();
    QTRY_VERIFY(closedAfter >= 0);
    QCOMPARE(pings, (QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8}));
    QCOMPARE(closedAfter, 8);
}

void TestConnection::aFastWriterIsHeldBackByTcp()
{
    // The peer writes 32 MB of requests at once, far faster than they are handled (20 us each here). With
    // fair input, what waits must wait in the kernel, where TCP holds the writer back, not in our memory;
    // and reading must go on as the backlog is handled, well past the first socket buffer's worth.
    m_conn->setFairInput(true);
    int handled = 0;
    connect(m_conn, &Connection::messageReceived, this, [&] {
        spin(std::chrono::microseconds(20));
        ++handled;
    });
    const QByteArray frame = Msg::encode(Msg::Ping{1});
    const QByteArray block = frame.repeated(32 * 1024 * 1024 / frame.size() / 64);
    for (int i = 0; i < 64; ++i)
        m_raw->write(block);
    const int wellPastOneBuffer = int(3 * 256 * 1024 / frame.size());
    qint64 mostHeld = 0;
    QElapsedTimer elapsed;
    elapsed.start();
    while (handled < wellPastOneBuffer && elapsed.elapsed() < 20'000) {
        QTest::qWait(10);
        mostHeld = std::max(mostHeld, m_conn->socket()->bytesAvailable());
    }
    QVERIFY2(handled >= wellPastOneBuffer, qPrintable(u"%1 frames handled"_s.arg(handled)));
    QVERIFY2(mostHeld <= 512 * 1024, qPrintable(u"the socket held %1 bytes"_s.arg(mostHeld)));
    QVERIFY(m_raw->bytesToWrite() > 0); // the writer was held back
}

void TestConnection::afterSwitchingTheStreamIsBytes()
{
    // The first frame turns the stream into bytes; what came in the same write after it, and everything
    // after, arrives as it was sent: newlines, zeros and all, nothing taken as a frame.
    QByteArray payload(300'000, Qt::Uninitialized);
    for (int i = 0; i < payload.size(); ++i)
        payload[i] = char(i * 31 + (i >> 9));
    payload.replace(1000, 3, "\n\r\n");
    QByteArray received;
    QList<Msg::Message> messages;
    connect(m_conn, &Connection::messageReceived, this, [&](const Msg::Message &m) {
        messages << m;
        m_conn->switchToRaw();
    });
    connect(m_conn, &Connection::rawReceived, this, [&](const QByteArray &bytes) {
        QVERIFY(bytes.size() <= 64 * 1024);
        received += bytes;
    });
    QSignalSpy invalid(m_conn, &Connection::invalidMessage);
    m_conn->setFairInput(true);
    m_raw->write(Msg::encode(Msg::Ping{7}) + payload.first(5000)); // in one write: the frame and bytes
    QTRY_COMPARE(received.size(), 5000);
    m_raw->write(payload.sliced(5000));
    QTRY_COMPARE(received.size(), payload.size());
    QCOMPARE(received, payload);
    QCOMPARE(messages.size(), 1);
    QVERIFY(invalid.isEmpty());
    QVERIFY(m_conn->isRaw());
    // Frames still go out.
    m_conn->sendMessage(Msg::Pong{7});
    QTRY_VERIFY(m_raw->canReadLine());
}

void TestConnection::transfersTakeOneChunkAPassBetweenThem_data()
{
    QTest::addColumn<bool>("peersClose");
    QTest::newRow("sending") << false;
    QTest::newRow("closed after sending") << true; // heard out in the same turns, then closed()
}

void TestConnection::transfersTakeOneChunkAPassBetweenThem()
{
    QFETCH(bool, peersClose);
    // Three transfers at full speed (raw connections with fair input, as the server's): in each pass of
    // the event loop one 64 KiB chunk of one of them is handled, never more, so that chat in the same loop
    // waits behind one chunk however many transfers there are; and each gets its turn.
    constexpr int Transfers = 3;
    constexpr qsizetype Bytes = 1024 * 1024;
    QObject owner; // the extra pairs
    QList<QTcpSocket *> writers{m_raw};
    QList<Connection *> conns{m_conn};
    for (int i = 1; i < Transfers; ++i) {
        auto *writer = new QTcpSocket(&owner);
        writer->connectToHost(QHostAddress::LocalHost, m_server->serverPort());
        QTRY_VERIFY(m_server->hasPendingConnections());
        conns << new Connection(m_server->nextPendingConnection(), &owner);
        QTRY_COMPARE(writer->state(), QAbstractSocket::ConnectedState);
        writers << writer;
    }
    // Passes are counted by a posted call that posts itself again: it runs once in every pass.
    int pass = 0;
    bool ticking = true;
    std::function<void()> tick = [&] {
        ++pass;
        if (ticking)
            QMetaObject::invokeMethod(&owner, tick, Qt::QueuedConnection);
    };
    QMap<int, int> chunksInPass;
    QList<qsizetype> received(Transfers, 0);
    QList<int> firstPass(Transfers, -1);
    qsizetype largestChunk = 0;
    int closed = 0;
    for (int i = 0; i < Transfers; ++i) {
        conns[i]->setFairInput(true);
        connect(conns[i], &Connection::messageReceived, &owner, [conn = conns[i]] { conn->switchToRaw(); });
        connect(conns[i], &Connection::closed, &owner, [&] { ++closed; });
        connect(conns[i], &Connection::rawReceived, &owner, [&, i](const QByteArray &bytes) {
            largestChunk = std::max(largestChunk, bytes.size());
            ++chunksInPass[pass];
            if (firstPass[i] < 0)
                firstPass[i] = pass;
            received[i] += bytes.size();
        });
    }
    tick();
    for (QTcpSocket *writer : std::as_const(writers)) {
        writer->write(Msg::encode(Msg::Ping{1}) + QByteArray(Bytes, 'x'));
        if (peersClose)
            writer->disconnectFromHost(); // after what it wrote has gone
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::ranges::all_of(received, [](qsizetype n) { return n == Bytes; }), 20000);
    if (peersClose)
        QTRY_COMPARE(closed, Transfers);
    ticking = false;
    QCOMPARE_LE(largestChunk, 64 * 1024);
    const int mostInAPass = *std::ranges::max_element(chunksInPass);
    QVERIFY2(mostInAPass == 1, qPrintable(u"%1 chunks handled in one pass"_s.arg(mostInAPass)));
    // Taken in turns: each started long before the first was done (48 chunks in all, 16 each).
    const int lastPass = chunksInPass.lastKey();
    for (int i = 0; i < Transfers; ++i)
        QVERIFY2(firstPass[i] < lastPass / 2,
                 qPrintable(u"transfer %1 started in pass %2 of %3"_s.arg(i).arg(firstPass[i]).arg(lastPass)));
}

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
