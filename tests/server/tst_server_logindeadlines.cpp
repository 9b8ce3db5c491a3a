// LoginDeadlines on its own: one timer for every connection still to log in, and a queue that stays near
// the number of those waiting however many connections come and go.
#include "clientsession.h"
#include "connection.h"
#include "logindeadlines.h"
#include "monotonicclock.h"
#include "sessionhost.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace std::chrono_literals;

namespace {

class QuietHost : public SessionHost
{
public:
    void sessionMessage(ClientSession *, const Msg::Message &, std::optional<qint64>) override {}
    void sessionInvalidMessage(ClientSession *, const ProtocolError &) override {}
    void sessionFatalError(ClientSession *, const ProtocolError &) override {}
    void sessionConnectionClosed(ClientSession *) override {}
};

} // namespace

class TestLoginDeadlines : public QObject
{
    Q_OBJECT
private slots:
    void overdueOnlyWhenNotLoggedInAndStillThere();
    void churnDoesNotGrowTheQueue();

private:
    // A session on a socket that never connects: nothing is read or written in these tests.
    ClientSession *session(QObject *parent)
    {
        return new ClientSession(new Connection(new QTcpSocket), MonotonicClock::nowMs(), &m_host, parent);
    }
    QuietHost m_host;
};

void TestLoginDeadlines::overdueOnlyWhenNotLoggedInAndStillThere()
{
    QObject parent;
    LoginDeadlines deadlines(1s);
    QSignalSpy overdue(&deadlines, &LoginDeadlines::loginOverdue);
    ClientSession *waiting = session(&parent);
    ClientSession *loggedIn = session(&parent);
    ClientSession *gone = session(&parent);
    const qint64 now = MonotonicClock::nowMs();
    deadlines.add(waiting, now);
    deadlines.add(loggedIn, now);
    deadlines.add(gone, now);
    loggedIn->setState(ClientSession::State::Active);
    delete gone;
    QVERIFY(overdue.wait(3000));
    QTest::qWait(100);
    QCOMPARE(overdue.count(), 1);
    QCOMPARE(overdue.first().first().value<ClientSession *>(), waiting);
    QCOMPARE(deadlines.queued(), 0);
}

void TestLoginDeadlines::churnDoesNotGrowTheQueue()
{
    QObject parent;
    LoginDeadlines deadlines(600s);
    QList<QPointer<ClientSession>> stillWaiting;
    for (int i = 0; i < 6000; ++i) {
        ClientSession *s = session(&parent);
        deadlines.add(s, MonotonicClock::nowMs());
        if (i % 10 == 0)
            stillWaiting.append(s);
        else if (i % 2 == 0)
            s->setState(ClientSession::State::Active);
        else
            delete s; // came and went
    }
    // 600 still wait: the queue keeps at most about twice as many, not the 6,000 that came.
    QVERIFY2(deadlines.queued() <= 2 * std::max<qsizetype>(1024, stillWaiting.size()),
             QByteArray::number(deadlines.queued()).constData());
    QVERIFY(deadlines.queued() >= stillWaiting.size());
}

QTEST_GUILESS_MAIN(TestLoginDeadlines)
#include "tst_server_logindeadlines.moc"
