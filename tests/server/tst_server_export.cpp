// Exports (issue 18): `export` pages of what an account sent, wherever it sent it, and chatroom-server
// --export-room of a whole room, both against a real server on loopback; and what a client that asks for too
// much, or too often, gets.
#include "messageexport.h"
#include "serverprocess.h"
#include "testclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestServerExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pagesHoldEverythingTheAccountSentOnce();
    void longMessagesArePagedToFitAFrame();
    void hostileExportRequests();
    void aRoomIsExportedByTheAdministrator();

private:
    // Every page of `who`'s export, asked for `limit` at a time: the messages' texts in the order of their ids.
    static QStringList exportAll(TestClient &who, int limit, int *pages);
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    Run exportRoom(const QStringList &arguments);
    ServerProcess m_server;
};

void TestServerExport::initTestCase()
{
    QVERIFY(m_server.start());
}

QStringList TestServerExport::exportAll(TestClient &who, int limit, int *pages)
{
    QStringList texts;
    qint64 after = 0;
    *pages = 0;
    for (bool more = true; more && *pages < 1000; ++*pages) {
        who.send(Msg::ExportRequest{after, limit});
        const auto page = who.waitFor<Msg::ExportPage>();
        if (!page)
            return {u"no page"_s};
        QList<std::pair<qint64, QString>> both;
        for (const Msg::ChatMessage &m : page->messages) {
            if (m.from != u"Alice"_s)
                return {u"not alice's: "_s + m.text};
            both.append({m.id, m.room + u": "_s + m.text});
        }
        for (const Msg::PrivateMessage &m : page->direct)
            both.append({m.id, u"@"_s + m.to + u": "_s + m.text});
        std::sort(both.begin(), both.end());
        for (const auto &[id, text] : std::as_const(both)) {
            if (id <= after)
                return {u"again or out of order: "_s + text};
            texts << text;
            after = id;
        }
        more = page->more;
    }
    return texts;
}

void TestServerExport::pagesHoldEverythingTheAccountSentOnce()
{
    TestClient alice, bob;
    QVERIFY(alice.connectTo(m_server.tcpPort()) && alice.registerUser(u"Alice"_s));
    QVERIFY(bob.connectTo(m_server.tcpPort()) && bob.registerUser(u"bob"_s));
    alice.send(Msg::Join{u"garden"_s});
    QVERIFY(alice.waitFor<Msg::Joined>(5000, [](const Msg::Joined &j) { return j.room == u"garden"_s; }));
    QStringList expected;
    qint64 ref = 0;
    for (int i = 0; i < 7; ++i) {
        const QString room = i % 2 ? u"garden"_s : u"lobby"_s;
        alice.send(Msg::Say{room, u"line %1"_s.arg(i), ++ref});
        QVERIFY(alice.waitFor<Msg::Ack>(5000, [ref](const Msg::Ack &a) { return a.ref == ref; }));
        expected << room + u": line %1"_s.arg(i);
        bob.send(Msg::Say{u"lobby"_s, u"bob's %1"_s.arg(i), i + 1}); // not hers
        QVERIFY(bob.waitFor<Msg::Ack>());
    }
    alice.send(Msg::Whisper{u"bob"_s, u"just for bob"_s, ++ref});
    QVERIFY(alice.waitFor<Msg::Ack>(5000, [ref](const Msg::Ack &a) { return a.ref == ref; }));
    expected << u"@bob: just for bob"_s;
    // One she deletes is not exported; a room she left still has hers.
    alice.send(Msg::Say{u"lobby"_s, u"regret"_s, ++ref});
    const auto regret = alice.waitFor<Msg::Ack>(5000, [ref](const Msg::Ack &a) { return a.ref == ref; });
    QVERIFY(regret);
    alice.send(Msg::Delete{regret->id});
    QVERIFY(alice.waitFor<Msg::Deleted>());
    alice.send(Msg::Leave{u"garden"_s});
    QVERIFY(alice.waitFor<Msg::Left>());

    int pages = 0;
    QCOMPARE(exportAll(alice, 3, &pages), expected);
    QCOMPARE(pages, 3); // 8 messages, 3 at a time
    QCOMPARE(exportAll(alice, 200, &pages), expected);
    QCOMPARE(pages, 1);
    // bob's export holds bob's messages only.
    bob.send(Msg::ExportRequest{0, 200});
    const auto bobs = bob.waitFor<Msg::ExportPage>();
    QVERIFY(bobs);
    QCOMPARE(bobs->messages.size(), 7);
    QVERIFY(bobs->direct.isEmpty());
    // Past the newest: an empty page, no more.
    alice.send(Msg::ExportRequest{Protocol::MaxId, 10});
    const auto empty = alice.waitFor<Msg::ExportPage>();
    QVERIFY(empty && empty->messages.isEmpty() && empty->direct.isEmpty() && !empty->more);
}

void TestServerExport::longMessagesArePagedToFitAFrame()
{
    TestClient dan;
    QVERIFY(dan.connectTo(m_server.tcpPort()) && dan.registerUser(u"Dan"_s));
    // 4,000 characters of three UTF-8 bytes each: a page of 200 would be 2.4 MB, the frame holds 64 KiB.
    const QString longText = QString(Protocol::MaxTextLength, QChar(0x6F22));
    constexpr int Count = 12;
    for (int i = 0; i < Count; ++i)
        dan.send(Msg::Say{u"lobby"_s, QString::number(i) + longText.left(Protocol::MaxTextLength - 2), i + 1});
    QVERIFY(dan.waitFor<Msg::Ack>(10'000, [](const Msg::Ack &a) { return a.ref == Count; }));
    qint64 after = 0;
    int received = 0, pages = 0;
    for (bool more = true; more && pages < 50; ++pages) {
        dan.send(Msg::ExportRequest{after, 200});
        const auto page = dan.waitFor<Msg::ExportPage>();
        QVERIFY(page); // one frame, or the client would have closed on it
        QVERIFY(!page->messages.isEmpty());
        for (const Msg::ChatMessage &m : page->messages) {
            QVERIFY(m.id > after);
            QVERIFY(m.text.startsWith(QString::number(received)));
            after = m.id;
            ++received;
        }
        more = page->more;
    }
    QCOMPARE(received, Count);
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
}

void TestServerExport::hostileExportRequests()
{
    TestClient nosy;
    QVERIFY(nosy.connectTo(m_server.tcpPort()) && nosy.registerUser(u"nosy"_s));
    // Out of range, wrong types: precise errors, the connection stays.
    nosy.sendRaw(R"({"type":"export","limit":5000})"
                 "\n");
    auto error = nosy.waitFor<Msg::ErrorReply>();
    QVERIFY(error);
    QCOMPARE(error->code, u"out_of_range"_s);
    nosy.sendRaw(R"({"type":"export","after":"0","limit":5})"
                 "\n");
    error = nosy.waitFor<Msg::ErrorReply>();
    QVERIFY(error);
    QCOMPARE(error->code, u"wrong_type"_s);
    QVERIFY(nosy.isConnected());
    // Before logging in: nothing.
    TestClient stranger;
    QVERIFY(stranger.connectTo(m_server.tcpPort()) && stranger.hello());
    stranger.send(Msg::ExportRequest{0, 10});
    error = stranger.waitFor<Msg::ErrorReply>();
    QVERIFY(error);
    QCOMPARE(error->code, u"not_authenticated"_s);
    // A version 1 session does not know it.
    TestClient old;
    old.setProtocolVersion(1);
    QVERIFY(old.connectTo(m_server.tcpPort()) && old.registerUser(u"oldtimer"_s));
    old.send(Msg::ExportRequest{0, 10});
    error = old.waitFor<Msg::ErrorReply>();
    QVERIFY(error);
    QCOMPARE(error->code, u"unknown_type"_s);

    // With the request budget on, a flood of export pages is refused while others chat on.
    ServerProcess limited;
    QVERIFY(limited.start({u"--request-rate"_s, u"20"_s, u"--request-burst"_s, u"200"_s}));
    TestClient flooder, other;
    QVERIFY(flooder.connectTo(limited.tcpPort()) && flooder.registerUser(u"flooder"_s));
    QVERIFY(other.connectTo(limited.tcpPort()) && other.registerUser(u"other"_s));
    for (int i = 0; i < 25; ++i)
        flooder.send(Msg::ExportRequest{0, 200}, i + 1); // 10 units each: the burst holds 20
    const auto refused =
        flooder.waitFor<Msg::ErrorReply>(5000, [](const Msg::ErrorReply &e) { return e.code == u"rate_limited"_s; });
    QVERIFY(refused);
    QVERIFY(refused->retryAfterMs.value_or(0) > 0);
    other.send(Msg::Say{u"lobby"_s, u"still fine"_s, 1});
    QVERIFY(other.waitFor<Msg::Ack>());
}

TestServerExport::Run TestServerExport::exportRoom(const QStringList &arguments)
{
    QStringList args{u"--data-dir"_s, m_server.dataDir()};
    if (!m_server.databaseUrl().isEmpty())
        args << u"--database"_s << m_server.databaseUrl();
    QProcess p;
    p.start(QStringLiteral(CHATROOM_SERVER_BINARY), args + arguments);
    if (!p.waitForFinished(30'000))
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

void TestServerExport::aRoomIsExportedByTheAdministrator()
{
    TestClient carol;
    QVERIFY(carol.connectTo(m_server.tcpPort()) && carol.registerUser(u"carol"_s));
    carol.send(Msg::Join{u"minutes"_s});
    QVERIFY(carol.waitFor<Msg::Joined>(5000, [](const Msg::Joined &j) { return j.room == u"minutes"_s; }));
    // More than a page of the exporter's, one with two lines and characters JSON must escape.
    constexpr int count = 3 + 500;
    for (int i = 0; i < count; ++i)
        carol.send(Msg::Say{u"minutes"_s, i == 0 ? u"first \"quoted\"\nsecond line"_s : u"item %1"_s.arg(i), i + 1});
    QVERIFY(carol.waitFor<Msg::Ack>(20'000, [](const Msg::Ack &a) { return a.ref == count; }));

    // While the server runs: JSON on standard output.
    const Run json = exportRoom({u"--export-room"_s, u"Minutes"_s});
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.out, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QCOMPARE(doc.object().value("format"_L1).toString(), u"chatroom-export"_s);
    QCOMPARE(doc.object().value("room"_L1).toString(), u"minutes"_s);
    const QJsonArray messages = doc.object().value("messages"_L1).toArray();
    QCOMPARE(messages.size(), count);
    QCOMPARE(messages.first().toObject().value("text"_L1).toString(), u"first \"quoted\"\nsecond line"_s);
    QCOMPARE(messages.last().toObject().value("text"_L1).toString(), u"item %1"_s.arg(count - 1));
    QVERIFY(!messages.first().toObject().value("time"_L1).toString().isEmpty());
    QVERIFY2(json.err.contains(u"Exported %1 messages of minutes."_s.arg(count)), qPrintable(json.err));

    // Text to a file of its owner's only; an existing file is never overwritten.
    QTemporaryDir dir;
    const QString file = dir.filePath(u"minutes.txt"_s);
    const Run text = exportRoom({u"--export-room"_s, u"minutes"_s, u"--export-file"_s, file});
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    const QStringList lines = QString::fromUtf8(written.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.value(0).startsWith(u"# Chat Room: messages of the room minutes"_s), qPrintable(lines.value(0)));
    QVERIFY2(lines.value(1).contains(u" #minutes <carol> first \"quoted\""_s), qPrintable(lines.value(1)));
    QCOMPARE(lines.value(2), u"    second line"_s);
    QCOMPARE(lines.size(), 1 + count + 1);
    const Run again = exportRoom({u"--export-room"_s, u"minutes"_s, u"--export-file"_s, file});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"exists already"_s), qPrintable(again.err));

    const Run none = exportRoom({u"--export-room"_s, u"nowhere"_s});
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(none.err.contains(u"There is no room named nowhere."_s), qPrintable(none.err));
    const Run badName = exportRoom({u"--export-room"_s, u"no such room!"_s});
    QCOMPARE(badName.exitCode, 2);
    const Run fileAlone = exportRoom({u"--export-file"_s, file});
    QCOMPARE(fileAlone.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestServerExport)
#include "tst_server_export.moc"
