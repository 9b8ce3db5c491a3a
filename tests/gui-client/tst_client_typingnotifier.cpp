// Our own typing as the server hears of it: one "started" per burst of keystrokes, refreshed before the
// server's time-to-live, "stopped" after a pause, on sending, and on moving to another room.
#include "typingnotifier.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

class TestTypingNotifier : public QObject
{
    Q_OBJECT
private slots:
    void startsOnceAndStopsAfterAPause();
    void refreshesWhileTheKeystrokesGoOn();
    void stopIsSaidOnlyAfterAStart();
    void movingToAnotherRoomStopsTheFirst();
    void resetForgetsWithoutTelling();

private:
    using Events = QList<std::pair<QString, bool>>;
    static Events events(const QSignalSpy &spy)
    {
        Events out;
        for (const QList<QVariant> &e : spy)
            out.append({e.at(0).toString(), e.at(1).toBool()});
        return out;
    }
};

void TestTypingNotifier::startsOnceAndStopsAfterAPause()
{
    TypingNotifier notifier(nullptr, 150ms, 10s);
    QSignalSpy spy(&notifier, &TypingNotifier::typingChanged);
    for (int i = 0; i < 5; ++i)
        notifier.keystroke(u"lobby"_s);
    QCOMPARE(events(spy), (Events{{u"lobby"_s, true}}));
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 2000);
    QCOMPARE(events(spy).last(), std::make_pair(u"lobby"_s, false));
}

void TestTypingNotifier::refreshesWhileTheKeystrokesGoOn()
{
    TypingNotifier notifier(nullptr, 10s, 100ms);
    QSignalSpy spy(&notifier, &TypingNotifier::typingChanged);
    notifier.keystroke(u"lobby"_s);
    QTest::qWait(150);
    notifier.keystroke(u"lobby"_s); // past the refresh interval: said again, so it does not expire
    notifier.keystroke(u"lobby"_s); // but not for every keystroke
    QCOMPARE(events(spy), (Events{{u"lobby"_s, true}, {u"lobby"_s, true}}));
}

void TestTypingNotifier::stopIsSaidOnlyAfterAStart()
{
    TypingNotifier notifier;
    QSignalSpy spy(&notifier, &TypingNotifier::typingChanged);
    notifier.stop(u"lobby"_s); // sending without typing first (a pasted line)
    QVERIFY(spy.isEmpty());
    notifier.keystroke(u"lobby"_s);
    notifier.stop(u"lobby"_s);
    notifier.stop(u"lobby"_s);
    QCOMPARE(events(spy), (Events{{u"lobby"_s, true}, {u"lobby"_s, false}}));
}

void TestTypingNotifier::movingToAnotherRoomStopsTheFirst()
{
    TypingNotifier notifier;
    QSignalSpy spy(&notifier, &TypingNotifier::typingChanged);
    notifier.keystroke(u"lobby"_s);
    notifier.keystroke(u"dev"_s);
    QCOMPARE(events(spy), (Events{{u"lobby"_s, true}, {u"lobby"_s, false}, {u"dev"_s, true}}));
}

void TestTypingNotifier::resetForgetsWithoutTelling()
{
    TypingNotifier notifier(nullptr, 100ms, 10s);
    QSignalSpy spy(&notifier, &TypingNotifier::typingChanged);
    notifier.keystroke(u"lobby"_s);
    notifier.reset(); // the connection dropped: the server has forgotten it already
    QTest::qWait(200);
    QCOMPARE(spy.size(), 1);
    notifier.keystroke(u"lobby"_s); // and after reconnecting the next keystroke is news again
    QCOMPARE(events(spy), (Events{{u"lobby"_s, true}, {u"lobby"_s, true}}));
}

QTEST_GUILESS_MAIN(TestTypingNotifier)
#include "tst_client_typingnotifier.moc"
