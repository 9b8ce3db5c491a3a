// The typing label's sentence, and entries that expire by themselves.
#include "typingtracker.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestTypingTracker : public QObject
{
    Q_OBJECT
private slots:
    void describe_data();
    void describe();
    void entriesExpire();
    void stopAndLeaveEndIt();
};

void TestTypingTracker::describe_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("text");
    QTest::newRow("none") << QStringList{} << QString();
    QTest::newRow("one") << QStringList{u"alice"_s} << u"alice is typing…"_s;
    QTest::newRow("two") << QStringList{u"alice"_s, u"bob"_s} << u"alice and bob are typing…"_s;
    QTest::newRow("three") << QStringList{u"a1"_s, u"b2"_s, u"c3"_s} << u"Several people are typing…"_s;
}

void TestTypingTracker::describe()
{
    QFETCH(QStringList, names);
    QFETCH(QString, text);
    QCOMPARE(TypingTracker::describe(names), text);
}

void TestTypingTracker::entriesExpire()
{
    TypingTracker t;
    QSignalSpy changed(&t, &TypingTracker::changed);
    t.update(u"lobby"_s, u"bob"_s, true, 300);
    QCOMPARE(t.typists(u"lobby"_s), QStringList{u"bob"_s});
    QCOMPARE(changed.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(t.typists(u"lobby"_s).isEmpty(), 3000);
    QCOMPARE(changed.size(), 2);
}

void TestTypingTracker::stopAndLeaveEndIt()
{
    TypingTracker t;
    t.update(u"lobby"_s, u"bob"_s, true, 60'000);
    t.update(u"lobby"_s, u"carol"_s, true, 60'000);
    t.update(u"lobby"_s, u"bob"_s, false, 0);
    QCOMPARE(t.typists(u"lobby"_s), QStringList{u"carol"_s});
    t.userLeft(u"lobby"_s, u"carol"_s);
    QVERIFY(t.typists(u"lobby"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestTypingTracker)
#include "tst_client_typingtracker.moc"
