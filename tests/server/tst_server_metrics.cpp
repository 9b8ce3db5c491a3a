// Monitoring (issue 18): /metrics scraped with a real HTTP client and read as Prometheus' text format, its
// counts following what clients did, no label that grows with people or rooms; /healthz; and an HTTP
// client that lies or floods holds up neither chat nor monitoring.
#include "serverprocess.h"
#include "testclient.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Scrape
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
};

// The samples of a scrape, by "name{labels}", after checking the text format line by line.
struct Samples
{
    QHash<QString, double> values;
    QHash<QString, QString> types; // family -> counter, gauge, histogram
    QString problem;               // the first line that breaks the format or our conventions

    double value(const QString &key) const { return values.value(key, -1); }
};

Samples parse(const QByteArray &text)
{
    static const QRegularExpression help(uR"(^# HELP (chatroom_[a-z_]+) \S.*$)"_s);
    static const QRegularExpression type(uR"(^# TYPE (chatroom_[a-z_]+) (counter|gauge|histogram)$)"_s);
    static const QRegularExpression sample(
        uR"(^(chatroom_[a-z_]+)(\{([a-z_]+="(?:[^"\\]|\\.)*")(,[a-z_]+="(?:[^"\\]|\\.)*")*\})? (\S+)$)"_s);
    Samples s;
    for (const QString &line : QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts)) {
        if (const auto t = type.match(line); t.hasMatch()) {
            s.types.insert(t.captured(1), t.captured(2));
            continue;
        }
        if (help.match(line).hasMatch())
            continue;
        const auto m = sample.match(line);
        bool ok = false;
        const double v = m.captured(5) == "+Inf"_L1 ? qInf() : m.captured(5).toDouble(&ok);
        if (!m.hasMatch() || (!ok && m.captured(5) != "+Inf"_L1)) {
            s.problem = u"not a sample: "_s + line;
            return s;
        }
        QString family = m.captured(1);
        for (const char *suffix : {"_bucket", "_sum", "_count"})
            if (family.endsWith(QLatin1StringView(suffix)) &&
                s.types.value(family.chopped(qstrlen(suffix))) == "histogram"_L1)
                family.chop(qstrlen(suffix));
        if (!s.types.contains(family)) {
            s.problem = u"a sample before its TYPE: "_s + line;
            return s;
        }
        if (s.types.value(family) == "counter"_L1 && !family.endsWith("_total"_L1)) {
            s.problem = u"a counter not named _total: "_s + line;
            return s;
        }
        for (const char *personal : {"user=", "room=", "name=", "username=", "peer=", "address="})
            if (m.captured(2).contains(QLatin1StringView(personal))) {
                s.problem = u"a label that grows with people or rooms: "_s + line;
                return s;
            }
        s.values.insert(m.captured(1) + m.captured(2), v);
    }
    return s;
}

} // namespace

class TestServerMetrics : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void metricsFollowWhatClientsDo();
    void histogramsAreCumulative();
    void seriesDoNotGrowWithPeopleOrRooms();
    void healthzSaysOk();
    void badHttpClientsHoldUpNobody();
    void metricsCanBeTurnedOffAndAreLoopbackByDefault();
    void theDashboardShowsMetricsThatExist();

private:
    Scrape get(const QString &path, const QByteArray &method = "GET");
    Samples scrape();
    ServerProcess m_server;
    QNetworkAccessManager m_http;
};

void TestServerMetrics::initTestCase()
{
    QVERIFY(m_server.start());
    QVERIFY(m_server.metricsPort() != 0);
}

Scrape TestServerMetrics::get(const QString &path, const QByteArray &method)
{
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server.metricsPort()).arg(path)));
    std::unique_ptr<QNetworkReply> reply(m_http.sendCustomRequest(request, method));
    QTRY_VERIFY_WITH_TIMEOUT_NOFAIL(reply->isFinished(), 10'000);
    if (!reply->isFinished())
        return {};
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), reply->readAll()};
}

Samples TestServerMetrics::scrape()
{
    const Scrape s = get(u"/metrics"_s);
    Samples samples = parse(s.body);
    if (s.status != 200)
        samples.problem = u"status %1"_s.arg(s.status);
    else if (!s.contentType.startsWith("text/plain; version=0.0.4"))
        samples.problem = u"content type "_s + QString::fromLatin1(s.contentType);
    return samples;
}

void TestServerMetrics::metricsFollowWhatClientsDo()
{
    const Samples before = scrape();
    QVERIFY2(before.problem.isEmpty(), qPrintable(before.problem));
    TestClient alice, bob;
    QVERIFY(alice.connectTo(m_server.tcpPort()) && alice.registerUser(u"alice"_s));
    QVERIFY(bob.connectTo(m_server.tcpPort()) && bob.registerUser(u"bob"_s));
    alice.send(Msg::Say{u"lobby"_s, u"hello"_s, 1});
    QVERIFY(bob.waitFor<Msg::ChatMessage>());
    {
        TestClient wrong;
        QVERIFY(wrong.connectTo(m_server.tcpPort()));
        QVERIFY(!wrong.login(u"alice"_s, u"not-her-password"_s));
    }
    {
        // Refused before it is a session: the error is counted all the same.
        TestClient plain;
        QVERIFY(plain.connectTo(m_server.tcpPort(), TestClient::Transport::Plain));
        plain.send(Msg::Hello{Protocol::Version, u"plain"_s});
        QVERIFY(plain.waitFor<Msg::ErrorReply>());
    }
    const Samples after = scrape();
    QVERIFY2(after.problem.isEmpty(), qPrintable(after.problem));
    QCOMPARE(after.value(u"chatroom_messages_received_total{type=\"say\"}"_s),
             before.value(u"chatroom_messages_received_total{type=\"say\"}"_s) + 1);
    QVERIFY(after.value(u"chatroom_messages_delivered_total"_s) >=
            before.value(u"chatroom_messages_delivered_total"_s) + 2);
    QCOMPARE(after.value(u"chatroom_delivery_seconds_count"_s), before.value(u"chatroom_delivery_seconds_count"_s) + 1);
    QCOMPARE(after.value(u"chatroom_database_seconds_count"_s), before.value(u"chatroom_database_seconds_count"_s) + 1);
    QVERIFY(after.value(u"chatroom_logins_total{result=\"failed\"}"_s) >=
            before.value(u"chatroom_logins_total{result=\"failed\"}"_s) + 1);
    QVERIFY(after.value(u"chatroom_errors_total{code=\"bad_credentials\"}"_s) >= 1);
    QCOMPARE(after.value(u"chatroom_errors_total{code=\"tls_required\"}"_s),
             before.value(u"chatroom_errors_total{code=\"tls_required\"}"_s) + 1);
    QVERIFY(after.value(u"chatroom_login_seconds_count"_s) >= before.value(u"chatroom_login_seconds_count"_s) + 1);
    QVERIFY(after.value(u"chatroom_tls_handshake_seconds_count"_s) >=
            before.value(u"chatroom_tls_handshake_seconds_count"_s) + 3);
    QCOMPARE(after.value(u"chatroom_sessions"_s), 2.0);
    QVERIFY(after.value(u"chatroom_received_bytes_total{transport=\"tcp\"}"_s) > 0);
    QVERIFY(after.value(u"chatroom_sent_bytes_total{transport=\"tcp\"}"_s) > 0);
    // The self-signed certificate is good for years.
    const double expiry = after.value(u"chatroom_certificate_expiry_timestamp_seconds"_s);
    QVERIFY(expiry > double(QDateTime::currentSecsSinceEpoch() + 365LL * 86400));
}

void TestServerMetrics::histogramsAreCumulative()
{
    const Samples s = scrape();
    QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
    int histograms = 0;
    for (auto it = s.types.cbegin(); it != s.types.cend(); ++it) {
        if (it.value() != "histogram"_L1)
            continue;
        ++histograms;
        QList<std::pair<double, double>> buckets; // le, count
        for (auto v = s.values.cbegin(); v != s.values.cend(); ++v) {
            static const QRegularExpression le(u"^(\\w+)_bucket\\{le=\"([^\"]+)\"\\}$"_s);
            const auto m = le.match(v.key());
            if (m.hasMatch() && m.captured(1) == it.key())
                buckets.append({m.captured(2) == "+Inf"_L1 ? qInf() : m.captured(2).toDouble(), v.value()});
        }
        std::ranges::sort(buckets);
        QVERIFY2(buckets.size() > 5, qPrintable(it.key()));
        for (qsizetype i = 1; i < buckets.size(); ++i)
            QVERIFY2(buckets[i].second >= buckets[i - 1].second, qPrintable(it.key()));
        QCOMPARE(buckets.constLast().second, s.value(it.key() + u"_count"_s));
    }
    QCOMPARE(histograms, 4);
}

void TestServerMetrics::seriesDoNotGrowWithPeopleOrRooms()
{
    const qsizetype before = scrape().values.size();
    std::vector<std::unique_ptr<TestClient>> many;
    for (int i = 0; i < 12; ++i) {
        many.push_back(std::make_unique<TestClient>());
        QVERIFY(many.back()->connectTo(m_server.tcpPort()) && many.back()->registerUser(u"crowd%1"_s.arg(i)));
        many.back()->send(Msg::Join{u"room%1"_s.arg(i)});
        QVERIFY(many.back()->waitFor<Msg::Joined>());
        many.back()->send(Msg::Say{u"room%1"_s.arg(i), u"hi"_s, 1});
        QVERIFY(many.back()->waitFor<Msg::Ack>());
    }
    const Samples after = scrape();
    QVERIFY2(after.problem.isEmpty(), qPrintable(after.problem));
    QCOMPARE(after.values.size(), before); // the same series, only their values moved
}

void TestServerMetrics::healthzSaysOk()
{
    const Scrape ok = get(u"/healthz"_s);
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.body, QByteArray("ok\n"));
    QCOMPARE(get(u"/nothing-here"_s).status, 404);
    QVERIFY(get(u"/metrics"_s, "POST").status >= 400);
    // HEAD, for checks that ask only whether it answers: the status, no body.
    const Scrape head = get(u"/healthz"_s, "HEAD");
    QCOMPARE(head.status, 200);
    QVERIFY(head.body.isEmpty());
    QCOMPARE(get(u"/metrics"_s, "HEAD").status, 200);
}

void TestServerMetrics::badHttpClientsHoldUpNobody()
{
    // Garbage, a header that never ends, and a crowd that connects and says nothing.
    QTcpSocket garbage;
    garbage.connectToHost(u"127.0.0.1"_s, m_server.metricsPort());
    QVERIFY(garbage.waitForConnected(5000));
    garbage.write("NOT HTTP AT ALL\r\n\r\n");
    QTcpSocket endless;
    endless.connectToHost(u"127.0.0.1"_s, m_server.metricsPort());
    QVERIFY(endless.waitForConnected(5000));
    endless.write("GET /metrics HTTP/1.1\r\nX-Long: " + QByteArray(256 * 1024, 'a'));
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 30; ++i) {
        idle.push_back(std::make_unique<QTcpSocket>());
        idle.back()->connectToHost(u"127.0.0.1"_s, m_server.metricsPort());
    }
    // The port holds 16 at once: the rest are closed at once; the endless header is cut off at 16 KiB.
    auto closed = [&] {
        return std::count_if(idle.cbegin(), idle.cend(),
                             [](const auto &s) { return s->state() == QAbstractSocket::UnconnectedState; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(closed() >= 30 - 16 + 2, 5000); // garbage and endless hold two places
    QTRY_COMPARE_WITH_TIMEOUT(endless.state(), QAbstractSocket::UnconnectedState, 5000);
    // Chat answers meanwhile; and monitoring once the crowd is gone (each place is freed after 10 s anyway).
    TestClient c;
    QVERIFY(c.connectTo(m_server.tcpPort()) && c.registerUser(u"unbothered"_s));
    idle.clear();
    garbage.abort();
    QTest::qWait(100);
    const Samples s = scrape();
    QVERIFY2(s.problem.isEmpty(), qPrintable(s.problem));
}

void TestServerMetrics::metricsCanBeTurnedOffAndAreLoopbackByDefault()
{
    ServerProcess off;
    QVERIFY(off.start({u"--metrics-listen"_s, u"none"_s}));
    QCOMPARE(off.metricsPort(), quint16(0));
    QVERIFY(!off.output().contains("metrics="));
    ServerProcess bad;
    QVERIFY(!bad.start({u"--metrics-listen"_s, u"somewhere"_s}));
    QVERIFY(bad.errors().contains("metrics-listen takes ADDRESS:PORT"));
    QProcess help;
    help.start(QStringLiteral(CHATROOM_SERVER_BINARY), {u"--help"_s});
    QVERIFY(help.waitForFinished(10'000));
    QVERIFY(help.readAllStandardOutput().contains("default 127.0.0.1:9464"));
}

void TestServerMetrics::theDashboardShowsMetricsThatExist()
{
    QFile file(QStringLiteral(CHATROOM_SOURCE_DIR "/docs/grafana-dashboard.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString dashboard = QString::fromUtf8(file.readAll());
    const Samples s = scrape();
    static const QRegularExpression name(u"chatroom_[a-z_]+"_s);
    int names = 0;
    for (auto it = name.globalMatch(dashboard); it.hasNext();) {
        QString family = it.next().captured(0);
        if (family == "chatroom_"_L1 || family == "chatroom_server"_L1)
            continue; // its uid and tags
        if (family.endsWith("_bucket"_L1))
            family.chop(7);
        ++names;
        QVERIFY2(s.types.contains(family), qPrintable(family + u" is on the dashboard but not in /metrics"_s));
    }
    QVERIFY(names >= 15);
}

QTEST_GUILESS_MAIN(TestServerMetrics)
#include "tst_server_metrics.moc"
