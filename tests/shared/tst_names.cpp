// The naming rules the server enforces and the client checks before sending.
#include "names.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestNames : public QObject
{
    Q_OBJECT
private slots:
    void usernames_data();
    void usernames();
    void roomNames_data();
    void roomNames();
    void passwords_data();
    void passwords();
    void canonicalIgnoresCase();
    void mentions_data();
    void mentions();
};

void TestNames::usernames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << u"alice"_s << true;
    QTest::newRow("mixed") << u"Bob_the-2nd.x"_s << true;
    QTest::newRow("shortest") << u"ab"_s << true;
    QTest::newRow("longest") << QString(32, u'a') << true;
    QTest::newRow("too-short") << u"a"_s << false;
    QTest::newRow("too-long") << QString(33, u'a') << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("digit-first") << u"1alice"_s << false;
    QTest::newRow("space") << u"al ice"_s << false;
    QTest::newRow("non-ascii") << u"al\u00efce"_s << false;
    QTest::newRow("rtl-override") << u"al\u202eice"_s << false;
    QTest::newRow("zero-width") << u"al\u200bice"_s << false;
    QTest::newRow("control") << u"al\nice"_s << false;
    QTest::newRow("markup") << u"<b>bob</b>"_s << false;
}

void TestNames::usernames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    const auto problem = Names::usernameProblem(name);
    QCOMPARE(!problem.has_value(), valid);
    if (problem)
        QVERIFY(problem->endsWith(u'.'));
}

void TestNames::roomNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("lobby") << u"lobby"_s << true;
    QTest::newRow("one-char") << u"x"_s << true;
    QTest::newRow("digits-dash") << u"team-42_b"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("dot") << u"a.b"_s << false;
    QTest::newRow("space") << u"a b"_s << false;
    QTest::newRow("too-long") << QString(33, u'r') << false;
}

void TestNames::roomNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(!Names::roomNameProblem(name).has_value(), valid);
}

void TestNames::passwords_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ok") << u"correct horse"_s << true;
    QTest::newRow("unicode") << u"p\u00e4sswort!"_s << true;
    QTest::newRow("seven") << u"1234567"_s << false;
    QTest::newRow("spaces") << QString(10, u' ') << false;
    QTest::newRow("too-long") << QString(257, u'p') << false;
}

void TestNames::passwords()
{
    QFETCH(QString, password);
    QFETCH(bool, valid);
    QCOMPARE(!Names::passwordProblem(password).has_value(), valid);
}

void TestNames::canonicalIgnoresCase()
{
    QCOMPARE(Names::canonical(u"Alice"_s), Names::canonical(u"aLICE"_s));
    QVERIFY(Names::canonical(u"alice"_s) != Names::canonical(u"alicia"_s));
}

void TestNames::mentions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("mentioned");
    QTest::newRow("none") << u"hello there"_s << QStringList();
    QTest::newRow("one") << u"@Bob look"_s << QStringList{u"bob"_s};
    QTest::newRow("sentence end") << u"ask @bob."_s << QStringList{u"bob"_s};
    QTest::newRow("punctuation") << u"(@bob, @carol-x: hi)"_s << QStringList{u"bob"_s, u"carol-x"_s};
    QTest::newRow("twice") << u"@bob @BOB"_s << QStringList{u"bob"_s};
    QTest::newRow("an address") << u"mail bob@example.org"_s << QStringList();
    QTest::newRow("too short") << u"@b"_s << QStringList();
    QTest::newRow("digit first") << u"@1bob"_s << QStringList();
    QTest::newRow("bare at") << u"@ @"_s << QStringList();
    QTest::newRow("too long") << u"@"_s + QString(40, u'a') << QStringList();
    QStringList many;
    QString text;
    for (int i = 0; i < 30; ++i) {
        text += u"@user%1 "_s.arg(i);
        if (i < 20)
            many << u"user%1"_s.arg(i);
    }
    QTest::newRow("at most 20") << text << many;
}

void TestNames::mentions()
{
    QFETCH(QString, text);
    QFETCH(QStringList, mentioned);
    QCOMPARE(Names::mentionsIn(text), mentioned);
}

QTEST_GUILESS_MAIN(TestNames)
#include "tst_names.moc"
