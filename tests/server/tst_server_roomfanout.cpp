// A room's frames with I/O threads (RoomRegistry, RoomFanout, IoThreads::postToMany) on real loopback
// sockets: one command per thread whatever the room's size, without passing each member's connection;
// each member's own frames and the room's in the order given, also for a member whose socket was still
// being handed over; departures and arrivals; and a member that stops reading cut off when the main thread
// hears of it, with its I/O thread holding at most twice its cap meanwhile, while a member that reads
// gets everything.
#include "clientsession.h"
#include "connection.h"
#include "epolleventdispatcher.h"
#include "iothreads.h"
#include "leansocket.h"
#include "listener.h"
#include "protocolerror.h"
#include "remotestream.h"
#include "roomregistry.h"
#include "sessionhost.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

// A member's output cap in these tests (the server's smallest --max-pending-output-kib).
constexpr qint64 Limit = 64 * 1024;

QByteArray frameOf(char tag, qsizetype size = 64)
{
    QByteArray frame(size, tag);
    frame.back() = '\n';
    return frame;
}

class RecordingHost : public SessionHost
{
public:
    void sessionMessage(ClientSession *, const Msg::Message &, std::optional<qint64>) override {}
    void sessionInvalidMessage(ClientSession *, const ProtocolError &) override {}
    void sessionFatalError(ClientSession *session, const ProtocolError &error) override
    {
        fatal.append({session, error.code});
    }
    void sessionConnectionClosed(ClientSession *session) override { closed.append(session); }

    QList<std::pair<ClientSession *, ErrorCode>> fatal;
    QList<ClientSession *> closed;
};

struct Member
{
    QTcpSocket *client = nullptr;
    ClientSession *session = nullptr;
    RemoteStream *stream = nullptr;
    QByteArray got;

    void drain() { got += client->readAll(); }
};

} // namespace

class TestRoomFanout : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void aRoomFrameIsOneCommandPerThread();
    void eachMemberGetsItsOwnFramesAndTheRoomsInOrder();
    void aMemberStillBeingHandedOverGetsEverythingInOrder();
    void whoLeavesGetsNoMoreAndWhoJoinsGetsTheNext();
    void aMemberThatStopsReadingIsCutOffWhenTheMainThreadHears();
    void aMemberThatStopsReadingIsHeldAtTwiceItsCapWhileTheMainThreadIsBusy();

private:
    // A session on a loopback connection served by the I/O threads, with output capped at limit (0: none),
    // once its socket is in its thread (or at once, its socket still on its way).
    bool addMember(qint64 limit, Member *member, bool handedOver = true);
    bool joinHall(int count, qint64 limit = Limit);
    // Reads the member's input until it ends with tail.
    bool receivedTail(Member &member, const QByteArray &tail);
    // Reads the member's input until it holds this many bytes; false if more or fewer come.
    bool received(Member &member, qsizetype bytes);

    Listener *m_listener = nullptr;
    IoThreads *m_threads = nullptr;
    RoomRegistry *m_rooms = nullptr;
    RecordingHost m_host;
    QList<LeanSocket *> m_ready;
    std::vector<std::unique_ptr<Member>> m_members;
};

void TestRoomFanout::init()
{
    m_listener = new Listener(5s, 64, this);
    connect(m_listener, &Listener::connectionReady, this, [this](LeanSocket *socket) { m_ready.append(socket); });
    QVERIFY(m_listener->listen(QHostAddress::LocalHost, 0));
    m_threads = new IoThreads(2, this);
    m_rooms = new RoomRegistry;
    m_rooms->setIoThreads(m_threads);
    m_rooms->setQuietRoomSize(1); // no notices of joins and departures between the frames looked for
    m_host = {};
}

void TestRoomFanout::cleanup()
{
    m_members.clear(); // the sessions and clients are children of this object, deleted below
    delete m_rooms;
    m_rooms = nullptr;
    const QObjectList children = this->children(); // a copy: each deletion changes the list
    for (QObject *child : children) {
        if (child != m_listener && child != m_threads)
            delete child;
    }
    delete m_threads;
    m_threads = nullptr;
    delete m_listener;
    m_ready.clear();
}

bool TestRoomFanout::addMember(qint64 limit, Member *member, bool handedOver)
{
    const qsizetype before = m_ready.size();
    member->client = new QTcpSocket(this);
    member->client->connectToHost(QHostAddress::LocalHost, m_listener->serverPort());
    if (!QTest::qWaitFor([&] { return m_ready.size() > before; }, 10'000))
        return false;
    member->stream = qobject_cast<RemoteStream *>(m_threads->adopt(m_ready.last()));
    auto *connection = new Connection(member->stream);
    connection->setMaxPendingOutput(limit);
    member->session = new ClientSession(connection, 0, &m_host, this);
    member->session->setUser(int(m_members.size()) + 1, u"member%1"_s.arg(m_members.size()));
    member->session->setState(ClientSession::State::Active);
    if (!handedOver)
        return member->stream->directPipe() == nullptr;
    return QTest::qWaitFor([&] { return member->stream->directPipe() != nullptr; }, 10'000);
}

bool TestRoomFanout::joinHall(int count, qint64 limit)
{
    for (int i = 0; i < count; ++i) {
        auto member = std::make_unique<Member>();
        if (!addMember(limit, member.get()))
            return false;
        m_rooms->join(member->session, u"hall"_s);
        m_members.push_back(std::move(member));
    }
    return true;
}

bool TestRoomFanout::receivedTail(Member &member, const QByteArray &tail)
{
    return QTest::qWaitFor(
        [&] {
            member.drain();
            return member.got.endsWith(tail);
        },
        20'000);
}

bool TestRoomFanout::received(Member &member, qsizetype bytes)
{
    if (!QTest::qWaitFor(
            [&] {
                member.drain();
                return member.got.size() >= bytes;
            },
            20'000))
        return false;
    QTest::qWait(50); // anything more would come right behind
    member.drain();
    return member.got.size() == bytes;
}

void TestRoomFanout::aRoomFrameIsOneCommandPerThread()
{
    QVERIFY(joinHall(6)); // three on each thread
    const QByteArray frame = frameOf('a');
    QList<qint64> sentBefore;
    for (const auto &m : m_members)
        sentBefore << m->session->connection()->bytesSent();
    const qint64 commandsBefore = m_threads->commandsSent();
    const qint64 bytesBefore = m_rooms->bytesThroughThreads();
    const qint64 deliveredBefore = m_rooms->framesDelivered();
    m_rooms->broadcast(u"hall"_s, frame);
    QCOMPARE(m_threads->commandsSent() - commandsBefore, 2);
    // Past the members' connections (their own frames are counted there), and counted here instead.
    QCOMPARE(m_rooms->bytesThroughThreads() - bytesBefore, 6 * frame.size());
    QCOMPARE(m_rooms->framesDelivered() - deliveredBefore, 6);
    for (std::size_t i = 0; i < m_members.size(); ++i)
        QCOMPARE(m_members[i]->session->connection()->bytesSent(), sentBefore[qsizetype(i)]);
    for (const auto &m : m_members) {
        QVERIFY(receivedTail(*m, frame));
        QCOMPARE(m->got.count(frame), 1);
    }
    // Each member's output is counted as gone once the kernel has it: nobody looks like a slow reader.
    for (const auto &m : m_members)
        QTRY_COMPARE(m->stream->bytesToWrite(), 0);
}

void TestRoomFanout::eachMemberGetsItsOwnFramesAndTheRoomsInOrder()
{
    QVERIFY(joinHall(4));
    Member &first = *m_members.front();
    const QByteArray own1 = frameOf('1'), room1 = frameOf('r'), own2 = frameOf('2'), room2 = frameOf('s');
    first.session->send(own1);
    m_rooms->broadcast(u"hall"_s, room1);
    first.session->send(own2);
    m_rooms->broadcast(u"hall"_s, room2);
    QVERIFY(receivedTail(first, own1 + room1 + own2 + room2));
    for (std::size_t i = 1; i < m_members.size(); ++i)
        QVERIFY(receivedTail(*m_members[i], room1 + room2));
}

void TestRoomFanout::aMemberStillBeingHandedOverGetsEverythingInOrder()
{
    QVERIFY(joinHall(2));
    // In the room before its socket reaches its thread, it is sent to one by one (the plan's direct list);
    // once the room changes, through its thread: its own frames, the room's in bursts that send the outbox
    // early, and frames from another node (deliverLocal) between them.
    auto late = std::make_unique<Member>();
    QVERIFY(addMember(Limit, late.get(), false));
    m_rooms->join(late->session, u"hall"_s);
    QByteArray expected;     // for late, after its `joined`
    QByteArray roomExpected; // for the others
    const auto room = [&](const QByteArray &frame) {
        m_rooms->broadcast(u"hall"_s, frame);
        expected += frame;
        roomExpected += frame;
    };
    const auto local = [&](const QByteArray &frame) {
        m_rooms->deliverLocal(u"hall"_s, frame);
        expected += frame;
        roomExpected += frame;
    };
    const auto own = [&](const QByteArray &frame) {
        late->session->send(frame);
        expected += frame;
    };
    room(frameOf('h'));
    own(frameOf('i'));
    local(frameOf('j'));
    QVERIFY(QTest::qWaitFor([&] { return late->stream->directPipe() != nullptr; }, 10'000));
    room(frameOf('k'));
    own(frameOf('l'));
    auto another = std::make_unique<Member>();
    QVERIFY(addMember(Limit, another.get()));
    m_rooms->join(another->session, u"hall"_s); // the room changes: late's frames now go through its thread
    for (int i = 0; i < 60; ++i) {
        room(frameOf(char('m' + i % 5), 1024));
        if (i % 7 == 0)
            own(frameOf('s', 100));
        if (i % 11 == 0)
            local(frameOf('t', 200));
    }
    own(frameOf('u'));
    QVERIFY(receivedTail(*late, expected));
    QVERIFY(late->got.size() - expected.size() < 1024); // its `joined` before, and nothing twice
    for (const auto &m : m_members)
        QVERIFY(receivedTail(*m, roomExpected));
    m_members.push_back(std::move(late));
    m_members.push_back(std::move(another));
}

void TestRoomFanout::whoLeavesGetsNoMoreAndWhoJoinsGetsTheNext()
{
    QVERIFY(joinHall(4));
    Member &leaver = *m_members.back();
    const QByteArray before = frameOf('b'), after = frameOf('c'), later = frameOf('d'), end = frameOf('e');
    m_rooms->broadcast(u"hall"_s, before);
    QVERIFY(m_rooms->leave(leaver.session, u"hall"_s, Msg::NoticeEvent::Leave, false));
    m_rooms->broadcast(u"hall"_s, after);
    auto newcomer = std::make_unique<Member>();
    QVERIFY(addMember(Limit, newcomer.get()));
    m_rooms->join(newcomer->session, u"hall"_s);
    m_rooms->broadcast(u"hall"_s, later);
    leaver.session->send(end); // its last frame: what came before it is all it gets
    QVERIFY(receivedTail(leaver, end));
    QCOMPARE(leaver.got.count(before), 1);
    QCOMPARE(leaver.got.count(after), 0);
    QCOMPARE(leaver.got.count(later), 0);
    QVERIFY(receivedTail(*newcomer, later));
    QCOMPARE(newcomer->got.count(after), 0);
    for (std::size_t i = 0; i + 1 < m_members.size(); ++i)
        QVERIFY(receivedTail(*m_members[i], before + after + later));
    m_members.push_back(std::move(newcomer));
}

void TestRoomFanout::aMemberThatStopsReadingIsCutOffWhenTheMainThreadHears()
{
    QVERIFY(joinHall(1, 0)); // reads everything, without a cap
    QVERIFY(joinHall(1));    // stops reading: its socket holds no more than 4 KiB
    Member &reader = *m_members.front();
    Member &stalled = *m_members.back();
    stalled.client->setReadBufferSize(4096);
    QVERIFY(QTest::qWaitFor([&] { return reader.client->bytesAvailable() > 0; }, 10'000)); // its `joined`
    reader.drain();
    const qsizetype joined = reader.got.size();
    // Frames one at a time, the main thread turning in between: it hears of the backlog (bytesWritten)
    // long before the I/O thread's own bound, and cuts the member off as it does a slow reader it writes to.
    const QByteArray frame = frameOf('f', 4096);
    int sent = 0;
    while (sent < 8000 && m_host.fatal.isEmpty()) {
        m_rooms->broadcast(u"hall"_s, frame);
        ++sent;
        QCoreApplication::processEvents();
        reader.drain();
    }
    QCOMPARE(m_host.fatal.size(), 1);
    QCOMPARE(m_host.fatal.front().first, stalled.session);
    QCOMPARE(m_host.fatal.front().second, ErrorCode::RateLimited);
    QTRY_VERIFY(stalled.session->connection()->stream() == nullptr || stalled.stream->isClosed());
    QVERIFY(sent < 8000);
    QVERIFY(received(reader, joined + sent * frame.size())); // everything, without a gap
}

void TestRoomFanout::aMemberThatStopsReadingIsHeldAtTwiceItsCapWhileTheMainThreadIsBusy()
{
    QVERIFY(joinHall(1, 0));
    QVERIFY(joinHall(1));
    Member &reader = *m_members.front();
    Member &stalled = *m_members.back();
    stalled.client->setReadBufferSize(4096);
    QVERIFY(QTest::qWaitFor([&] { return reader.client->bytesAvailable() > 0; }, 10'000));
    reader.drain();
    const qsizetype joined = reader.got.size();
    // 32 MiB without the main thread turning, more than the kernel holds for the stalled member: its I/O
    // thread stops taking the room's frames for it at twice its cap.
    const QByteArray frame = frameOf('g', 4096);
    constexpr int Frames = 8192;
    for (int i = 0; i < Frames; ++i)
        m_rooms->broadcast(u"hall"_s, frame);
    // Still without turning: what the thread publishes of the stalled member's backlog, until it settles.
    qint64 most = 0;
    qint64 last = -1;
    QElapsedTimer settled;
    settled.start();
    for (QElapsedTimer waited; !waited.isValid() || waited.elapsed() < 20'000;) {
        if (!waited.isValid())
            waited.start();
        const qint64 now = stalled.stream->bytesToWrite();
        most = std::max(most, now);
        if (now != last) {
            last = now;
            settled.restart();
        } else if (settled.elapsed() > 1000) {
            break;
        }
        QThread::msleep(5);
    }
    QVERIFY2(most > Limit, QByteArray::number(most));
    QVERIFY2(most <= 2 * Limit + frame.size(), QByteArray::number(most));
    // Then it hears, and cuts the member off as a slow reader; the reader gets everything.
    QTRY_COMPARE_WITH_TIMEOUT(m_host.fatal.size(), 1, 10'000);
    QCOMPARE(m_host.fatal.front().first, stalled.session);
    QCOMPARE(m_host.fatal.front().second, ErrorCode::RateLimited);
    QTRY_VERIFY(m_host.closed.contains(stalled.session));
    QVERIFY(received(reader, joined + Frames * frame.size()));
    QVERIFY(!m_host.closed.contains(reader.session));
}

int main(int argc, char *argv[])
{
    if (qgetenv("CHATROOM_EVENT_DISPATCHER") != "qt")
        QCoreApplication::setEventDispatcher(new EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    TestRoomFanout test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_server_roomfanout.moc"
