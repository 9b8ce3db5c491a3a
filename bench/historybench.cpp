// chatroom-historybench: how long a page of history (or a search) takes to come back from a server with a big
// database.
// Logs in as an account that is in many rooms and asks, one request at a time, for pages of `--limit`
// messages at random places (BEFORE a random id) in those rooms, timing each from the request's write to
// its reply's arrival. scripts/bench seeds the database (1,000,000 messages in 200 rooms) and runs it.
#include "connection.h"
#include "protocol.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSslSocket>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Options
{
    quint16 port = Protocol::DefaultTcpPort;
    bool tls = true;
    QString user;
    QString password;
    int pages = 2000;
    int limit = 100;
    qint64 maxId = 1'000'000;
    bool registerOnly = false;
    bool search = false; // searches instead of history pages
};

// Words the scenario's seeded messages are made of (scripts/lib/bench-scenarios.sh), for searches.
const QStringList SearchWords{u"release"_s, u"review"_s, u"build"_s,  u"tests"_s,  u"lunch"_s,  u"meeting"_s,
                              u"cafe"_s,    u"coffee"_s, u"server"_s, u"client"_s, u"window"_s, u"crash"_s,
                              u"login"_s,   u"logs"_s,   u"plan"_s,   u"bug"_s,    u"report"_s, u"merge"_s,
                              u"branch"_s,  u"resume"_s, u"naive"_s,  u"idea"_s,   u"tomo"_s,   u"fri"_s};

double percentile(std::vector<double> sorted, double p)
{
    if (sorted.empty())
        return 0;
    std::sort(sorted.begin(), sorted.end());
    const std::size_t i = std::min(sorted.size() - 1, std::size_t(p * double(sorted.size() - 1) + 0.5));
    return sorted[i];
}

class HistoryBench : public QObject
{
public:
    explicit HistoryBench(const Options &o) : m_options(o) {}

    void start()
    {
        auto *socket = m_options.tls ? new QSslSocket : new QTcpSocket;
        m_connection = new Connection(socket, this);
        connect(m_connection, &Connection::messageReceived, this,
                [this](const Msg::Message &m, std::optional<qint64>) { onMessage(m); });
        connect(m_connection, &Connection::closed, this, [this] { finish(u"the server closed the connection"_s); });
        if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
            // A benchmark on loopback against the server's own self-signed certificate.
            ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
            connect(ssl, &QSslSocket::encrypted, this, [this] { hello(); });
            ssl->connectToHostEncrypted(u"127.0.0.1"_s, m_options.port);
        } else {
            connect(socket, &QTcpSocket::connected, this, [this] { hello(); });
            socket->connectToHost(u"127.0.0.1"_s, m_options.port);
        }
    }

    int exitCode() const { return m_exitCode; }

private:
    void hello() { m_connection->sendMessage(Msg::Hello{Protocol::Version, u"chatroom-historybench"_s}); }

    void onMessage(const Msg::Message &message)
    {
        if (std::holds_alternative<Msg::Welcome>(message)) {
            // Registered if it is new, else logged in.
            m_connection->sendMessage(Msg::Register{m_options.user, m_options.password, u"historybench"_s});
        } else if (const auto *ok = std::get_if<Msg::AuthOk>(&message)) {
            if (m_options.registerOnly)
                return finish({});
            m_rooms = ok->rooms;
            m_rooms.removeAll(QString(Protocol::DefaultRoom));
            if (m_rooms.isEmpty())
                return finish(u"the account is in no room but the lobby"_s);
            std::fprintf(stderr, "logged in; %lld rooms; asking %d times\n", qlonglong(m_rooms.size()),
                         m_options.pages);
            next();
        } else if (const auto *reply = std::get_if<Msg::HistoryReply>(&message)) {
            answered(reply->messages.size());
        } else if (const auto *results = std::get_if<Msg::SearchResults>(&message)) {
            answered(results->hits.size());
        } else if (const auto *error = std::get_if<Msg::ErrorReply>(&message)) {
            if (error->errorCode() == ErrorCode::UsernameTaken)
                m_connection->sendMessage(Msg::Login{m_options.user, m_options.password, u"historybench"_s});
            else
                finish(u"the server said %1: %2"_s.arg(error->code, error->message));
        } else if (const auto *ping = std::get_if<Msg::Ping>(&message)) {
            m_connection->sendMessage(Msg::Pong{ping->ts});
        }
    }

    void next()
    {
        QRandomGenerator *random = QRandomGenerator::global();
        if (m_options.search) {
            // One or two words (some only the start of one), as people search.
            QString query = SearchWords.at(random->bounded(int(SearchWords.size())));
            if (random->bounded(2) == 1)
                query += u' ' + SearchWords.at(random->bounded(int(SearchWords.size())));
            m_sent.start();
            m_connection->sendMessage(Msg::Search{query, std::nullopt, 20});
            return;
        }
        Msg::HistoryRequest request{m_rooms.at(random->bounded(int(m_rooms.size()))), std::nullopt, std::nullopt,
                                    m_options.limit, std::nullopt};
        request.before = 1 + random->bounded(m_options.maxId); // anywhere: old pages as well as new ones
        m_sent.start();
        m_connection->sendMessage(request);
    }

    void answered(qsizetype items)
    {
        m_latenciesMs.push_back(double(m_sent.nsecsElapsed()) / 1e6);
        m_messages += items;
        if (int(m_latenciesMs.size()) >= m_options.pages)
            return finish({});
        next();
    }

    void finish(const QString &error)
    {
        if (m_done)
            return;
        m_done = true;
        if (!error.isEmpty()) {
            std::fprintf(stderr, "chatroom-historybench: %s\n", qPrintable(error));
            m_exitCode = 1;
        } else if (!m_options.registerOnly) {
            const double average = double(m_messages) / double(std::max<std::size_t>(1, m_latenciesMs.size()));
            if (m_options.search)
                std::printf("searches         %zu of up to 20 hits (%.1f on average), one at a time\n",
                            m_latenciesMs.size(), average);
            else
                std::printf("history pages    %zu of up to %d messages (%.1f on average), one at a time\n",
                            m_latenciesMs.size(), m_options.limit, average);
            std::printf("latency          p50 %.2f  p95 %.2f  p99 %.2f  max %.2f ms\n", percentile(m_latenciesMs, 0.50),
                        percentile(m_latenciesMs, 0.95), percentile(m_latenciesMs, 0.99),
                        percentile(m_latenciesMs, 1.0));
        }
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }

    Options m_options;
    Connection *m_connection = nullptr;
    QStringList m_rooms;
    QElapsedTimer m_sent;
    std::vector<double> m_latenciesMs;
    qsizetype m_messages = 0;
    bool m_done = false;
    int m_exitCode = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"chatroom-historybench"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CHATROOM_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Times pages of history from a Chat Room server on 127.0.0.1, one request at a time."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(u"port"_s, u"Server TCP port (default 5000)."_s, u"n"_s, u"5000"_s);
    const QCommandLineOption plain(u"plain"_s, u"Plain TCP, for a server run with --no-tls."_s);
    const QCommandLineOption user(u"user"_s, u"The account to log in as (it must be in the rooms)."_s, u"name"_s);
    const QCommandLineOption password(u"password"_s, u"Its password."_s, u"text"_s);
    const QCommandLineOption pages(u"pages"_s, u"Pages to ask for (default 2000)."_s, u"n"_s, u"2000"_s);
    const QCommandLineOption limit(u"limit"_s, u"Messages per page (default 100)."_s, u"n"_s, u"100"_s);
    const QCommandLineOption maxId(u"max-id"_s, u"Pages end before a random id up to this (default 1000000)."_s, u"n"_s,
                                   u"1000000"_s);
    const QCommandLineOption registerOnly(u"register-only"_s,
                                          u"Only create the account (to seed its rooms), then exit."_s);
    const QCommandLineOption search(u"search"_s, u"Search (one or two words of the seeded text) instead."_s);
    parser.addOptions({port, plain, user, password, pages, limit, maxId, registerOnly, search});
    parser.process(app);
    Options o;
    bool ok = true;
    const auto number = [&](const QCommandLineOption &option, qint64 min, qint64 max) {
        bool good = false;
        const qint64 value = parser.value(option).toLongLong(&good);
        if (!good || value < min || value > max) {
            std::fprintf(stderr, "chatroom-historybench: --%s takes a number from %lld to %lld.\n",
                         qPrintable(option.names().first()), qlonglong(min), qlonglong(max));
            ok = false;
        }
        return value;
    };
    o.port = quint16(number(port, 1, 65535));
    o.tls = !parser.isSet(plain);
    o.user = parser.value(user);
    o.password = parser.value(password);
    o.pages = int(number(pages, 1, 10'000'000));
    o.limit = int(number(limit, 1, Protocol::MaxHistoryLimit));
    o.maxId = number(maxId, 2, Protocol::MaxId);
    o.registerOnly = parser.isSet(registerOnly);
    o.search = parser.isSet(search);
    if (!ok)
        return 2;
    if (o.user.isEmpty() || o.password.isEmpty()) {
        std::fputs("chatroom-historybench: --user and --password are needed.\n", stderr);
        return 2;
    }
    HistoryBench bench(o);
    bench.start();
    app.exec();
    return bench.exitCode();
}
