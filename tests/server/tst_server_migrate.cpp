// chatroom-server --migrate-to (issue 17): a database made by today's server on SQLite (accounts, a room
// with a topic, messages with a mention, a reply, a reaction, an edit and a deletion, a direct message,
// a session's token) is copied into PostgreSQL with its progress and a summary; a second run copies
// nothing new; a server on PostgreSQL then has it all (the same history, ids and states, the password,
// the token, search) and numbers new messages after the old ones; a database holding other accounts
// is refused untouched.
#include "serverprocess.h"
#include "serviceprocess.h"
#include "testclient.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QtCrypto>

using namespace Qt::Literals::StringLiterals;

class TestMigrate : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void aDatabaseMovesToPostgresWhole();
    void aDatabaseWithOtherAccountsIsRefused();

private:
    // The room's whole history as one line per message (id, sender, text, states), oldest first.
    static QStringList history(TestClient &c, const QString &room);
    QString url(const QString &database) const;
    // chatroom-server --data-dir dir --migrate-to url: exit code, stdout, stderr.
    static std::tuple<int, QByteArray, QByteArray> migrate(const QString &dir, const QString &url);

    QCA::Initializer m_qca;
    PostgresProcess m_pg;
};

void TestMigrate::initTestCase()
{
    if (ServerProcess::onPostgres())
        QSKIP("the source is the embedded database");
    QVERIFY2(m_pg.start(), m_pg.errors().right(2000).constData());
    QVERIFY(m_pg.admin({u"CREATE DATABASE moved"_s, u"CREATE DATABASE other"_s}));
}

QString TestMigrate::url(const QString &database) const
{
    QUrl u(m_pg.url());
    u.setPath(u'/' + database);
    return u.toString();
}

std::tuple<int, QByteArray, QByteArray> TestMigrate::migrate(const QString &dir, const QString &url)
{
    QProcess p;
    p.start(QStringLiteral(CHATROOM_SERVER_BINARY), {u"--data-dir"_s, dir, u"--migrate-to"_s, url});
    if (!p.waitForFinished(60'000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QStringList TestMigrate::history(TestClient &c, const QString &room)
{
    c.send(Msg::HistoryRequest{room, std::nullopt, qint64(0), Protocol::MaxHistoryLimit, std::nullopt});
    const auto page = c.waitFor<Msg::HistoryReply>();
    QStringList out;
    if (!page)
        return {u"no history"_s};
    for (const Msg::ChatMessage &m : page->messages) {
        QStringList reactions;
        for (const Msg::Reaction &r : m.state.reactions)
            reactions << u"%1x%2"_s.arg(r.emoji).arg(r.count);
        out << u"%1 %2: %3 [edited %4, deleted %5, reply %6, %7, mentions %8]"_s.arg(m.id)
                   .arg(m.from, m.text)
                   .arg(m.state.edited != 0)
                   .arg(m.state.deleted)
                   .arg(m.state.reply ? m.state.reply->id : 0)
                   .arg(reactions.join(u' '), m.mentions.join(u','));
    }
    return out;
}

void TestMigrate::aDatabaseMovesToPostgresWhole()
{
    QTemporaryDir dir;
    QStringList before;
    QString token;
    qint64 newest = 0;
    {
        ServerProcess embedded(dir.path());
        QVERIFY(embedded.start());
        auto alice = TestClient::open(embedded.tcpPort(), u"alice"_s, u"desk"_s, true);
        auto bob = TestClient::open(embedded.tcpPort(), u"bob"_s, u"desk"_s, true);
        QVERIFY(alice && bob);
        for (TestClient *c : {alice.get(), bob.get()}) {
            c->send(Msg::Join{u"dev"_s});
            QVERIFY(c->waitFor<Msg::Joined>(5000, [](const Msg::Joined &j) { return j.room == "dev"_L1; }));
        }
        alice->send(Msg::Topic{u"dev"_s, u"moving day"_s, {}, 0});
        auto say = [](TestClient &c, const QString &text, std::optional<qint64> reply = std::nullopt) {
            c.send(Msg::Say{u"dev"_s, text, 1, false, reply});
            const auto ack = c.waitFor<Msg::Ack>();
            return ack ? ack->id : 0;
        };
        const qint64 hello = say(*alice, u"hello @bob, ready to move?"_s);
        const qint64 answer = say(*bob, u"yes, boxes packed"_s, hello);
        const qint64 gone = say(*bob, u"oops, wrong room"_s);
        QVERIFY(hello && answer && gone);
        alice->send(Msg::React{answer, u"👍"_s, true});
        QVERIFY(alice->waitFor<Msg::Reacted>());
        alice->send(Msg::Edit{hello, u"hello @bob, ready to move house?"_s});
        QVERIFY(alice->waitFor<Msg::Edited>());
        bob->send(Msg::Delete{gone});
        QVERIFY(bob->waitFor<Msg::Deleted>());
        alice->send(Msg::Whisper{u"bob"_s, u"the keys are under the mat"_s, 2, false});
        const auto whisper = alice->waitFor<Msg::Ack>();
        QVERIFY(whisper);
        newest = whisper->id;
        before = history(*alice, u"dev"_s);
        token = bob->auth().resumeToken;
        embedded.stop();
    }
    QCOMPARE(before.size(), 3);

    auto [code, out, err] = migrate(dir.path(), url(u"moved"_s));
    QVERIFY2(code == 0, err.constData());
    QVERIFY2(out.contains("messages") && out.contains("4 rows,        4 new"), out.constData());
    QVERIFY2(err.contains("messages: 4 rows"), err.constData()); // progress, as lines when not a terminal
    std::tie(code, out, err) = migrate(dir.path(), url(u"moved"_s));
    QVERIFY2(code == 0, err.constData());
    QVERIFY2(!QString::fromUtf8(out).contains(QRegularExpression(u"[1-9]\\d* new"_s)),
             out.constData()); // nothing twice

    ServerProcess cluster(dir.path());
    QVERIFY2(cluster.start({u"--database"_s, url(u"moved"_s)}), cluster.errors().constData());
    TestClient alice;
    QVERIFY(alice.connectTo(cluster.tcpPort()) && alice.login(u"alice"_s)); // the same password
    QVERIFY(alice.waitFor<Msg::Joined>(5000, [](const Msg::Joined &j) {
        return j.room == "dev"_L1 && j.topic == std::optional<QString>(u"moving day"_s);
    }));
    QCOMPARE(history(alice, u"dev"_s), before);
    alice.send(Msg::Search{u"mat"_s});
    const auto found = alice.waitFor<Msg::SearchResults>();
    QVERIFY(found && found->hits.size() == 1 && found->hits[0].with == std::optional<QString>(u"bob"_s));
    alice.send(Msg::Say{u"dev"_s, u"unpacked"_s, 3, false});
    const auto ack = alice.waitFor<Msg::Ack>();
    QVERIFY(ack && ack->id > newest); // new ids go on after the copied ones
    TestClient bob;                   // bob's session resumes on the new database with the token the old one gave
    QVERIFY(bob.connectTo(cluster.tcpPort()) && bob.hello());
    bob.send(Msg::Resume{token});
    QVERIFY(bob.waitFor<Msg::AuthOk>(5000));
}

void TestMigrate::aDatabaseWithOtherAccountsIsRefused()
{
    {
        ServerProcess elsewhere;
        QVERIFY(elsewhere.start({u"--database"_s, url(u"other"_s)}));
        QVERIFY(TestClient::open(elsewhere.tcpPort(), u"zoe"_s, std::nullopt, true));
    }
    QTemporaryDir dir;
    {
        ServerProcess embedded(dir.path());
        QVERIFY(embedded.start());
        QVERIFY(TestClient::open(embedded.tcpPort(), u"yann"_s, std::nullopt, true));
    }
    const auto [code, out, err] = migrate(dir.path(), url(u"other"_s));
    QCOMPARE(code, 1);
    QVERIFY2(err.contains("already holds other accounts"), err.constData());
    const auto [none, nothing, missing] = migrate(QTemporaryDir().path(), url(u"other"_s));
    QCOMPARE(none, 1);
    QVERIFY2(missing.contains("There is no database to copy"), missing.constData());
}

QTEST_GUILESS_MAIN(TestMigrate)
#include "tst_server_migrate.moc"
