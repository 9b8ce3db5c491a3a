// chatroom-failoverbench: how long the people on a cluster node that dies are without chat. Logs many real
// clients (ChatClient, the desktop client's own connection code, with its reconnect and resume) in through one
// port the nodes share (--reuse-port), kills one node with SIGKILL, and times each of its clients from the
// kill until it is logged in again elsewhere. For scripts/bench --cluster (docs/PERFORMANCE.md).
#include "chatclient.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTimer>
#include <QtCrypto>
#include <algorithm>
#include <csignal>
#include <cstdio>
#include <functional>
#include <memory>
#include <unistd.h>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {

// After the logins, for the last join notices to drain; after the kill, for the last of its clients to notice
// (the kernel closes a killed process's sockets at once).
constexpr int SettleMs = 1000;
constexpr int NoticeMs = 2000;

struct Person
{
    std::unique_ptr<ChatClient> client = std::make_unique<ChatClient>();
    bool loggedIn = false;
    qint64 lostMs = -1; // since the kill: when its connection went (-1: it did not)
    qint64 backMs = -1; // since the kill: when it was logged in again
};

double percentile(std::vector<qint64> sorted, double p)
{
    if (sorted.empty())
        return 0;
    std::sort(sorted.begin(), sorted.end());
    const auto at = std::size_t(std::min<double>(double(sorted.size() - 1), p * double(sorted.size())));
    return double(sorted[at]) / 1000.0;
}

int number(const QCommandLineParser &parser, const QCommandLineOption &option, int min, int max)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < min || value > max) {
        std::fprintf(stderr, "chatroom-failoverbench: --%s must be a whole number from %d to %d (got \"%s\").\n",
                     qPrintable(option.names().constFirst()), min, max, qPrintable(parser.value(option)));
        std::exit(2);
    }
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // the client's code needs a GUI application, not a screen
    QGuiApplication app(argc, argv);
    QCA::Initializer qca; // the session's datagrams are sealed with QCA, as in the client
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QCoreApplication::setApplicationName(u"chatroom-failoverbench"_s);
    QStandardPaths::setTestModeEnabled(true); // the certificates it trusts stay out of the user's settings
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Logs --clients real clients in through one port that the nodes of a cluster share, kills the node "
        "--kill-pid with SIGKILL once all are in, and reports how long its clients took to be logged in again "
        "on the other nodes (p50, p99, max). Exits non-zero when one did not come back within --timeout."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(u"port"_s, u"The port the nodes share (default 5000)."_s, u"n"_s, u"5000"_s);
    const QCommandLineOption clients(u"clients"_s, u"Clients to log in (default 1500)."_s, u"n"_s, u"1500"_s);
    const QCommandLineOption killPid(u"kill-pid"_s, u"The node to kill."_s, u"pid"_s);
    const QCommandLineOption timeout(u"timeout"_s, u"Seconds for each phase (default 60)."_s, u"s"_s, u"60"_s);
    const QCommandLineOption plain(u"plain"_s, u"Plain TCP, for nodes run with --no-tls."_s);
    const QCommandLineOption json(u"json"_s, u"Also write the results as JSON to this file."_s, u"file"_s);
    parser.addOptions({port, clients, killPid, timeout, plain, json});
    parser.process(app);
    const int serverPort = number(parser, port, 1, 65535);
    const int count = number(parser, clients, 1, 100'000);
    const int phaseMs = number(parser, timeout, 1, 3600) * 1000;
    const int victim = number(parser, killPid, 1, 4'194'304);

    std::vector<std::unique_ptr<Person>> people;
    QElapsedTimer sinceKill;
    int loggedIn = 0, lost = 0, back = 0;
    bool failed = false;
    for (int i = 0; i < count; ++i) {
        people.push_back(std::make_unique<Person>());
        Person *p = people.back().get();
        ChatClient *c = p->client.get();
        c->setTlsEnabled(!parser.isSet(plain));
        c->setDevice(u"bench"_s);
        QObject::connect(
            c, &ChatClient::certificateNeedsApproval, c,
            [c](const QString &, const QString &fingerprint, const QString &) { c->trustCertificate(fingerprint); });
        QObject::connect(c, &ChatClient::authFailed, c, [&failed](const QString &, const QString &why) {
            if (!std::exchange(failed, true))
                std::fprintf(stderr, "chatroom-failoverbench: a login failed: %s\n", qPrintable(why));
        });
        QObject::connect(c, &ChatClient::stateChanged, c, [p, &sinceKill, &lost](ChatClient::State state) {
            if (sinceKill.isValid() && state != ChatClient::State::Connected && p->lostMs < 0) {
                p->lostMs = sinceKill.elapsed();
                ++lost;
            }
        });
        QObject::connect(c, &ChatClient::authenticated, c, [p, &sinceKill, &loggedIn, &back] {
            if (!p->loggedIn) {
                p->loggedIn = true;
                ++loggedIn;
            } else if (sinceKill.isValid() && p->lostMs >= 0 && p->backMs < 0) {
                p->backMs = sinceKill.elapsed();
                ++back;
            }
        });
    }
    // At most a window of logins at once, as a crowd arrives: the nodes hash each first password.
    constexpr int Window = 100;
    int started = 0;
    QTimer pacer;
    QObject::connect(&pacer, &QTimer::timeout, [&] {
        while (started < count && started - loggedIn < Window) {
            people[std::size_t(started)]->client->start(u"127.0.0.1"_s, quint16(serverPort),
                                                        ChatClient::AuthMode::Register,
                                                        u"failover%1u%2"_s.arg(getpid()).arg(started), u"benchpass"_s);
            ++started;
        }
    });
    pacer.start(10);
    const auto waitFor = [&](const std::function<bool()> &done, const char *what) {
        QElapsedTimer phase;
        phase.start();
        while (!done() && !failed && phase.elapsed() < phaseMs) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            std::fprintf(stderr, "\r%s: %d logged in, %d lost, %d back   ", what, loggedIn, lost, back);
        }
        std::fputs("\n", stderr);
        return done();
    };
    if (!waitFor([&] { return loggedIn == count; }, "logging in")) {
        std::fprintf(stderr, "chatroom-failoverbench: only %d of %d clients logged in.\n", loggedIn, count);
        return 1;
    }
    pacer.stop();
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < SettleMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);

    if (::kill(victim, SIGKILL) != 0) {
        std::fprintf(stderr, "chatroom-failoverbench: cannot kill process %d.\n", victim);
        return 2;
    }
    sinceKill.start();
    const bool allBack = waitFor([&] { return sinceKill.elapsed() > NoticeMs && back == lost; }, "after the kill");
    std::vector<qint64> times, noticed;
    for (const auto &p : people) {
        if (p->lostMs >= 0)
            noticed.push_back(p->lostMs);
        if (p->backMs >= 0)
            times.push_back(p->backMs);
    }
    const double p50 = percentile(times, 0.50), p99 = percentile(times, 0.99),
                 worst = times.empty() ? 0 : double(*std::max_element(times.cbegin(), times.cend())) / 1000.0;
    std::printf("%-28s %d clients through port %d, one node killed\n", "shape", count, serverPort);
    std::printf("%-28s %d of them (%.0f %%)\n", "on the killed node", lost, 100.0 * lost / count);
    std::printf("%-28s %d, the last %.2f s after the kill\n", "noticed", int(noticed.size()),
                noticed.empty() ? 0.0 : double(*std::max_element(noticed.cbegin(), noticed.cend())) / 1000.0);
    std::printf("%-28s %d of %d: p50 %.2f  p99 %.2f  max %.2f s after the kill\n", "logged in again", back, lost, p50,
                p99, worst);
    const bool ok = allBack && lost > 0;
    std::printf("%-28s %s\n", "result",
                ok ? "OK"
                   : (lost == 0 ? "FAILED: no client was on the killed node" : "FAILED: some did not come back"));
    if (parser.isSet(json)) {
        QFile file(parser.value(json));
        const QJsonObject results{{u"ok"_s, ok},
                                  {u"clients"_s, count},
                                  {u"lost"_s, lost},
                                  {u"back"_s, back},
                                  {u"backP50Seconds"_s, p50},
                                  {u"backP99Seconds"_s, p99},
                                  {u"backMaxSeconds"_s, worst}};
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(QJsonDocument(results).toJson()) < 0) {
            std::fprintf(stderr, "chatroom-failoverbench: cannot write %s\n", qPrintable(parser.value(json)));
            return 2;
        }
    }
    return ok ? 0 : 1;
}
