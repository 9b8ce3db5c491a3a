// What the input line turns into: messages and slash commands, with usage errors and unknown commands.
#include "slashcommand.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Kind = SlashCommand::Kind;
Q_DECLARE_METATYPE(SlashCommand::Kind)

class TestSlashCommand : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
};

void TestSlashCommand::parse_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << u"hello there"_s << Kind::Message << u"hello there"_s << QString();
    QTest::newRow("double-slash") << u"//not a command"_s << Kind::Message << u"/not a command"_s << QString();
    QTest::newRow("help") << u"/help"_s << Kind::Help << QString() << QString();
    QTest::newRow("clear") << u"/clear"_s << Kind::Clear << QString() << QString();
    QTest::newRow("exit") << u"/exit"_s << Kind::Exit << QString() << QString();
    QTest::newRow("quit") << u"/QUIT"_s << Kind::Exit << QString() << QString();
    QTest::newRow("users") << u"/users"_s << Kind::Users << QString() << QString();
    QTest::newRow("rooms") << u"/rooms"_s << Kind::Rooms << QString() << QString();
    QTest::newRow("join") << u"/join dev"_s << Kind::Join << u"dev"_s << QString();
    QTest::newRow("join-missing") << u"/join"_s << Kind::Usage << u"join"_s << QString();
    QTest::newRow("join-two-words") << u"/join a b"_s << Kind::Usage << u"join"_s << QString();
    QTest::newRow("leave") << u"/leave"_s << Kind::Leave << QString() << QString();
    QTest::newRow("msg") << u"/msg bob are you there?"_s << Kind::Msg << u"bob"_s << u"are you there?"_s;
    QTest::newRow("msg-opens") << u"/msg bob"_s << Kind::Msg << u"bob"_s << QString();
    QTest::newRow("devices") << u"/devices"_s << Kind::Devices << QString() << QString();
    QTest::newRow("topic") << u"/topic Release on Friday"_s << Kind::Topic << u"Release on Friday"_s << QString();
    QTest::newRow("topic-show") << u"/topic"_s << Kind::Topic << QString() << QString();
    QTest::newRow("invite") << u"/invite bob"_s << Kind::Invite << u"bob"_s << QString();
    QTest::newRow("invite-nobody") << u"/invite"_s << Kind::Usage << u"invite"_s << QString();
    QTest::newRow("private") << u"/private hideout"_s << Kind::Private << u"hideout"_s << QString();
    QTest::newRow("private-two-words") << u"/private a b"_s << Kind::Usage << u"private"_s << QString();
    QTest::newRow("msg-nothing") << u"/msg"_s << Kind::Usage << u"msg"_s << QString();
    QTest::newRow("me") << u"/me waves"_s << Kind::Me << u"waves"_s << QString();
    QTest::newRow("me-empty") << u"/me"_s << Kind::Usage << u"me"_s << QString();
    QTest::newRow("export") << u"/export"_s << Kind::Export << QString() << QString();
    QTest::newRow("export-file") << u"/EXPORT my messages.txt"_s << Kind::Export << u"my messages.txt"_s << QString();
    QTest::newRow("unknown") << u"/teleport mars"_s << Kind::Unknown << u"teleport"_s << QString();
}

void TestSlashCommand::parse()
{
    QFETCH(QString, line);
    QFETCH(Kind, kind);
    QFETCH(QString, argument);
    QFETCH(QString, text);
    const SlashCommand c = SlashCommand::parse(line);
    QCOMPARE(c.kind, kind);
    QCOMPARE(c.argument, argument);
    QCOMPARE(c.text, text);
}

QTEST_GUILESS_MAIN(TestSlashCommand)
#include "tst_client_slashcommand.moc"
