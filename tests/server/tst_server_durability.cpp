// An acknowledged message survives the server being killed (SIGKILL) mid-stream, and none is stored twice.
#include "serverprocess.h"
#include "testclient.h"

#include <QtCrypto>

using namespace Qt::Literals::StringLiterals;

class TestServerDurability : public QObject
{
    Q_OBJECT
private slots:
    void acknowledgedMessagesSurviveSigkill();
};

void TestServerDurability::acknowledgedMessagesSurviveSigkill()
{
    QCA::Initializer qca;
    QTemporaryDir dir;
    constexpr int Batch = 20;
    constexpr int KillAfterAcks = 1000;
    QHash<qint64, QString> acked; // server id -> text
    int sent = 0;
    {
        ServerProcess server(dir.path());
        QVERIFY(server.start());
        TestClient c;
        QVERIFY(c.connectTo(server.tcpPort()) && c.registerUser(u"writer"_s));
        // Stream without pause, collecting acknowledgements as they come; once enough are in, send one more batch
        // and kill the server without warning while that batch (at least) is still on its way.
        QDeadlineTimer deadline(30000);
        while (acked.size() < KillAfterAcks && !deadline.hasExpired()) {
            for (int i = 0; i < Batch; ++i, ++sent)
                c.send(Msg::Say{u"lobby"_s, u"durable %1"_s.arg(sent), sent, false});
            QTest::qWait(1);
            while (const auto ack = c.waitFor<Msg::Ack>(0))
                acked.insert(ack->id, u"durable %1"_s.arg(ack->ref));
            c.received().clear(); // the lobby's copies of our own messages
        }
        for (int i = 0; i < Batch; ++i, ++sent)
            c.send(Msg::Say{u"lobby"_s, u"durable %1"_s.arg(sent), sent, false});
        c.connection()->socket()->flush();
        server.kill();
    }
    QVERIFY(acked.size() >= KillAfterAcks);
    QVERIFY(sent > acked.size());

    ServerProcess server(dir.path());
    QVERIFY(server.start());
    TestClient reader;
    QVERIFY(reader.connectTo(server.tcpPort()) && reader.login(u"writer"_s));
    QHash<qint64, QString> stored;
    QSet<QString> texts;
    qint64 after = 0;
    for (;;) {
        reader.send(Msg::HistoryRequest{u"lobby"_s, std::nullopt, after, Protocol::MaxHistoryLimit});
        const auto page = reader.waitFor<Msg::HistoryReply>();
        QVERIFY(page);
        for (const Msg::ChatMessage &m : page->messages) {
            QVERIFY2(!texts.contains(m.text), qPrintable(u"stored twice: "_s + m.text));
            texts.insert(m.text);
            stored.insert(m.id, m.text);
            after = m.id;
        }
        if (!page->more)
            break;
    }
    for (auto it = acked.cbegin(); it != acked.cend(); ++it) {
        QVERIFY2(stored.contains(it.key()), qPrintable(u"acknowledged message %1 was lost"_s.arg(it.key())));
        QCOMPARE(stored.value(it.key()), it.value());
    }
    QVERIFY(stored.size() >= acked.size());
    QVERIFY(stored.size() <= sent);
    qInfo("sent %d, acknowledged %d, stored %d", sent, int(acked.size()), int(stored.size()));
}

QTEST_GUILESS_MAIN(TestServerDurability)
#include "tst_server_durability.moc"
