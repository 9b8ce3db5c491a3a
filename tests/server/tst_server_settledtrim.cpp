// SettledTrim on its own: the heap is trimmed once a storm of new connections has settled and gone quiet,
// once per storm, and never while a connection is still waiting to log in.
#include "settledtrim.h"

#include <QTest>
#include <memory>

class TestSettledTrim : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_unsettled = 0;
        m_held = false;
        m_trimmed = 0;
        m_trim = std::make_unique<SettledTrim>([this] { return m_unsettled; }, [this] { return m_held; },
                                               [this] { ++m_trimmed; });
    }
    void trimsAtTheFirstQuietLook();
    void requestsHoldTheTrimBack();
    void aServerThatIsNeverQuietIsTrimmedAnyway();
    void notWhileConnectionsAreUnsettled();
    void aTrickleOfConnectionsDoesNotHoldItForGood();
    void transfersHoldEvenTheForcedTrim();
    void notForAFewConnections();
    void theWatchLooksByItself();

private:
    void open(int n)
    {
        for (int i = 0; i < n; ++i)
            m_trim->connectionOpened();
    }

    qsizetype m_unsettled = 0;
    bool m_held = false;
    int m_trimmed = 0;
    std::unique_ptr<SettledTrim> m_trim;
};

void TestSettledTrim::trimsAtTheFirstQuietLook()
{
    open(SettledTrim::TrimAfterConnections);
    m_trim->connectionSettled();
    QVERIFY(m_trim->isWatching());
    QCOMPARE(m_trimmed, 0); // not inside the login: its replies are still to be written
    m_trim->lookAgain();
    QCOMPARE(m_trimmed, 1);
    QCOMPARE(m_trim->trims(), 1);
    QVERIFY(!m_trim->isWatching());

    // The count starts again: the next login alone does not start a watch.
    open(1);
    m_trim->connectionSettled();
    QVERIFY(!m_trim->isWatching());
    open(SettledTrim::TrimAfterConnections);
    m_trim->connectionSettled();
    m_trim->connectionSettled(); // twice: still one watch, one trim
    m_trim->lookAgain();
    QCOMPARE(m_trimmed, 2);
}

void TestSettledTrim::requestsHoldTheTrimBack()
{
    open(SettledTrim::TrimAfterConnections);
    m_trim->connectionSettled();
    m_trim->requestHandled(); // the clients ask for their rooms and history
    m_trim->lookAgain();
    QCOMPARE(m_trimmed, 0);
    m_trim->requestHandled();
    m_trim->lookAgain();
    QCOMPARE(m_trimmed, 0);
    m_trim->lookAgain(); // nothing since the last look
    QCOMPARE(m_trimmed, 1);
}

void TestSettledTrim::aServerThatIsNeverQuietIsTrimmedAnyway()
{
    open(SettledTrim::TrimAfterConnections);
    m_trim->connectionSettled();
    for (int look = 1; look < SettledTrim::MostLooks; ++look) {
        m_trim->requestHandled();
        m_trim->lookAgain();
        QCOMPARE(m_trimmed, 0);
    }
    m_trim->requestHandled();
    m_trim->lookAgain();
    QCOMPARE(m_trimmed, 1);
}

void TestSettledTrim::notWhileConnectionsAreUnsettled()
{
    open(1000);
    m_unsettled = 3;
    m_trim->connectionSettled();
    QVERIFY(m_trim->isWatching());
    for (int i = 0; i < 3; ++i) {
        m_trim->lookAgain();
        QCOMPARE(m_trimmed, 0);
        --m_unsettled;
    }
    m_trim->lookAgain(); // the last of the storm has logged in
    QCOMPARE(m_trimmed, 1);
}

void TestSettledTrim::aTrickleOfConnectionsDoesNotHoldItForGood()
{
    open(SettledTrim::TrimAfterConnections);
    m_trim->connectionSettled();
    m_unsettled = 1; // one silent connection after another
    for (int look = 1; look < SettledTrim::MostLooks; ++look) {
        m_trim->lookAgain();
        QCOMPARE(m_trimmed, 0);
    }
    m_trim->lookAgain();
    QCOMPARE(m_trimmed, 1);
    // Once only: then it waits for the quiet moment, however long that takes.
    for (int look = 0; look < 3 * SettledTrim::MostLooks; ++look)
        m_trim->lookAgain();
    QCOMPARE(m_trimmed, 1);
    QVERIFY(m_trim->isWatching());
    m_unsettled = 0;
    m_trim->lookAgain();
    QCOMPARE(m_trimmed, 2);
    QVERIFY(!m_trim->isWatching());
}

void TestSettledTrim::transfersHoldEvenTheForcedTrim()
{
    open(SettledTrim::TrimAfterConnections);
    m_trim->connectionSettled();
    m_held = true;
    for (int look = 0; look < 2 * SettledTrim::MostLooks; ++look)
        m_trim->lookAgain();
    QCOMPARE(m_trimmed, 0);
    m_held = false; // the last transfer ended
    m_trim->lookAgain();
    QCOMPARE(m_trimmed, 1);
}

void TestSettledTrim::notForAFewConnections()
{
    open(SettledTrim::TrimAfterConnections - 1);
    m_trim->connectionSettled();
    QVERIFY(!m_trim->isWatching());
}

void TestSettledTrim::theWatchLooksByItself()
{
    open(SettledTrim::TrimAfterConnections);
    m_trim->connectionSettled();
    QTRY_COMPARE_WITH_TIMEOUT(m_trimmed, 1, 5000);
    QVERIFY(!m_trim->isWatching());
}

QTEST_GUILESS_MAIN(TestSettledTrim)
#include "tst_server_settledtrim.moc"
