// SettledTrim on its own: the heap is trimmed once a storm of new connections has settled, once per storm,
// and never while one is still waiting to log in.
#include "settledtrim.h"

#include <QCoreApplication>
#include <QTest>
#include <memory>

class TestSettledTrim : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_unsettled = 0;
        m_trimmed = 0;
        m_trim = std::make_unique<SettledTrim>([this] { return m_unsettled; }, [this] { ++m_trimmed; });
    }
    void trimsOnceAStormHasSettled();
    void notWhileConnectionsAreUnsettled();
    void notForAFewConnections();
    void settlingAgainInTheSamePassTrimsOnce();
    void anArrivalBeforeThePassEndsHoldsTheTrim();

private:
    void open(int n)
    {
        for (int i = 0; i < n; ++i)
            m_trim->connectionOpened();
    }

    qsizetype m_unsettled = 0;
    int m_trimmed = 0;
    std::unique_ptr<SettledTrim> m_trim;
};

void TestSettledTrim::trimsOnceAStormHasSettled()
{
    open(SettledTrim::TrimAfterConnections);
    m_trim->connectionSettled();
    QCOMPARE(m_trimmed, 0); // not inside the login: its replies are still to be written
    QCoreApplication::processEvents();
    QCOMPARE(m_trimmed, 1);
    QCOMPARE(m_trim->trims(), 1);

    // The count starts again: the next login alone does not trim.
    open(1);
    m_trim->connectionSettled();
    QCoreApplication::processEvents();
    QCOMPARE(m_trimmed, 1);

    open(SettledTrim::TrimAfterConnections);
    m_trim->connectionSettled();
    QCoreApplication::processEvents();
    QCOMPARE(m_trimmed, 2);
}

void TestSettledTrim::notWhileConnectionsAreUnsettled()
{
    open(1000);
    m_unsettled = 3;
    for (int i = 0; i < 3; ++i) {
        m_trim->connectionSettled();
        QCoreApplication::processEvents();
        QCOMPARE(m_trimmed, 0);
        --m_unsettled;
    }
    m_trim->connectionSettled(); // the last of the storm
    QCoreApplication::processEvents();
    QCOMPARE(m_trimmed, 1);
}

void TestSettledTrim::notForAFewConnections()
{
    open(SettledTrim::TrimAfterConnections - 1);
    m_trim->connectionSettled();
    QCoreApplication::processEvents();
    QCOMPARE(m_trimmed, 0);
}

void TestSettledTrim::settlingAgainInTheSamePassTrimsOnce()
{
    open(SettledTrim::TrimAfterConnections);
    for (int i = 0; i < 5; ++i)
        m_trim->connectionSettled();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QCOMPARE(m_trimmed, 1);
}

void TestSettledTrim::anArrivalBeforeThePassEndsHoldsTheTrim()
{
    open(SettledTrim::TrimAfterConnections);
    m_trim->connectionSettled();
    m_unsettled = 1; // a new connection came in the same pass
    QCoreApplication::processEvents();
    QCOMPARE(m_trimmed, 0);
    m_unsettled = 0; // it logged in: the storm's count still stands
    m_trim->connectionSettled();
    QCoreApplication::processEvents();
    QCOMPARE(m_trimmed, 1);
}

QTEST_GUILESS_MAIN(TestSettledTrim)
#include "tst_server_settledtrim.moc"
