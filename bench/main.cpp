// chatroom-bench: drives a load shape against a running Chat Room (or IRC) server and reports the figures.
#include "benchrunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

void printTable(const BenchOptions &o, const BenchResult &r)
{
    std::printf("%-28s %s%s\n", "server", o.irc ? "IRC" : "Chat Room",
                o.ports.size() > 1 ? (", " + std::to_string(o.ports.size()) + " nodes").c_str() : "");
    std::printf("%-28s %s\n", "transport", o.tls && !o.irc ? "TLS" : "plain TCP");
    std::printf("%-28s %d clients, %d room(s), %d sender(s)\n", "shape", o.clients, o.rooms,
                o.senders > 0 ? o.senders : o.clients);
    std::printf("%-28s %.0f logins/s (%.2f s)\n", "connect + login", r.loginsPerSecond, r.loginSeconds);
    if (o.idle) {
        std::printf("%-28s %.1f KiB (server RSS %ld KiB)\n", "server RSS per connection", r.rssPerConnectionKib,
                    r.serverRssKib);
    } else {
        std::printf("%-28s %lld sent, %lld delivered of %lld, %lld lost, %lld duplicated\n", "messages",
                    static_cast<long long>(r.sent), static_cast<long long>(r.delivered),
                    static_cast<long long>(r.expected), static_cast<long long>(r.lost),
                    static_cast<long long>(r.duplicates));
        if (!o.irc)
            std::printf("%-28s %s\n", "order",
                        r.orderMismatches == 0
                            ? "the same for every member of each room"
                            : (std::to_string(r.orderMismatches) + " members saw another order").c_str());
        std::printf("%-28s %.0f /s over %.3f s\n", "deliveries", r.deliveriesPerSecond, r.deliverySeconds);
        std::printf("%-28s p50 %.2f  p95 %.2f  p99 %.2f  max %.2f ms\n", "latency", r.p50Ms, r.p95Ms, r.p99Ms, r.maxMs);
        if (o.flood)
            std::printf("%-28s %s: %lld frames written, %lld answered, %lld refused, closed %d times, %d logins\n",
                        "flooder", Flooder::nameOf(*o.flood).c_str(), static_cast<long long>(r.floodFrames),
                        static_cast<long long>(r.floodAnswers), static_cast<long long>(r.floodRefusals), r.floodCloses,
                        r.floodLogins);
        if (r.serverCpuSeconds >= 0)
            std::printf("%-28s %.2f s CPU (%.0f%% of one core), RSS %ld KiB\n", "server", r.serverCpuSeconds,
                        r.serverCpuPercent, r.serverRssKib);
    }
    std::printf("%-28s %s\n", "result", r.ok ? "OK" : ("FAILED: " + r.problem).c_str());
}

// The value of a numeric option within [min, max]; anything else is said plainly and ends the program.
double numberOption(const QCommandLineParser &parser, const QCommandLineOption &option, double min, double max,
                    bool whole = true)
{
    const QString text = parser.value(option);
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value < min || value > max || (whole && value != std::floor(value))) {
        std::fprintf(stderr, "chatroom-bench: --%s must be a %s from %.10g to %.10g (got \"%s\").\n",
                     qPrintable(option.names().constFirst()), whole ? "whole number" : "number", min, max,
                     qPrintable(text));
        std::exit(2);
    }
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"chatroom-bench"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Opens many client connections to a running Chat Room server (or an IRC server), logs them in, puts "
        "them in rooms and drives a load: a burst of messages from every sender, or a steady rate. Reports "
        "deliveries per second, end-to-end latency, lost and duplicated messages, and the server's CPU and "
        "memory. Exits non-zero when a message was lost or duplicated."_s);
    parser.addHelpOption();
    const QCommandLineOption host(u"host"_s, u"Server IPv4 address (default 127.0.0.1)."_s, u"addr"_s, u"127.0.0.1"_s);
    const QCommandLineOption port(u"port"_s,
                                  u"Server TCP port (default 5000); several, comma-separated, spread the clients over "
                                  "the nodes of a cluster in turn."_s,
                                  u"n"_s, u"5000"_s);
    const QCommandLineOption irc(u"irc"_s, u"Speak IRC (plain TCP) instead of the Chat Room protocol."_s);
    const QCommandLineOption plain(u"plain"_s, u"Plain TCP instead of TLS, for a server run with --no-tls."_s);
    const QCommandLineOption clients(u"clients"_s, u"Connections to open (default 100)."_s, u"n"_s, u"100"_s);
    const QCommandLineOption rooms(u"rooms"_s, u"Rooms to spread them over (default 1)."_s, u"n"_s, u"1"_s);
    const QCommandLineOption senders(u"senders"_s, u"How many clients send (default all)."_s, u"n"_s, u"0"_s);
    const QCommandLineOption rate(u"rate"_s, u"Messages per second per sender; 0 sends a burst (default 0)."_s, u"r"_s,
                                  u"0"_s);
    const QCommandLineOption messages(u"messages"_s, u"Messages per sender in a burst (default 4)."_s, u"n"_s, u"4"_s);
    const QCommandLineOption duration(u"duration"_s, u"Seconds of sending at --rate (default 10)."_s, u"s"_s, u"10"_s);
    const QCommandLineOption poisson(
        u"poisson"_s, u"With --rate: each sender sends at random times (a Poisson process at that average rate), "
                      "not evenly spaced; real users are not in step."_s);
    const QCommandLineOption payload(u"payload"_s, u"Bytes of text per message (default 100)."_s, u"n"_s, u"100"_s);
    const QCommandLineOption serverPid(
        u"server-pid"_s, u"Server process id, to report its CPU and memory; several, comma-separated, are summed."_s,
        u"pid"_s);
    const QCommandLineOption idle(u"idle"_s, u"Only hold the connections and report memory per connection."_s);
    const QCommandLineOption window(u"connect-window"_s, u"Logins in flight at once (default 200)."_s, u"n"_s,
                                    u"200"_s);
    const QCommandLineOption timeout(u"timeout"_s, u"Seconds allowed for each phase (default 120)."_s, u"s"_s,
                                     u"120"_s);
    const QCommandLineOption flood(
        u"flood"_s,
        QString::fromStdString(
            "While the others send, one more client floods this request as fast as its socket "
            "takes it, in a room of its own, and connects again (and logs in again, but for ping-before-hello) "
            "whenever the server closes it: " +
            Flooder::kindNames() + "."),
        u"kind"_s);
    const QCommandLineOption devices(
        u"devices"_s, u"Connections per account, each a device of its own (default 1; needs --rooms 1)."_s, u"n"_s,
        u"1"_s);
    const QCommandLineOption json(u"json"_s, u"Also write the results as JSON to this file."_s, u"file"_s);
    const QCommandLineOption quiet(u"quiet"_s, u"No progress line."_s);
    parser.addOptions({host,    port,    irc,       plain, clients, rooms,   senders, rate,    messages, duration,
                       poisson, payload, serverPid, idle,  window,  timeout, flood,   devices, json,     quiet});
    parser.process(app);

    BenchOptions o;
    o.host = parser.value(host).toStdString();
    o.ports.clear();
    for (const QString &one : parser.value(port).split(u',')) {
        bool ok = false;
        const int value = one.toInt(&ok);
        if (!ok || value < 1 || value > 65535) {
            std::fprintf(stderr, "chatroom-bench: --port takes ports from 1 to 65535, comma-separated (got \"%s\").\n",
                         qPrintable(parser.value(port)));
            return 2;
        }
        o.ports.push_back(value);
    }
    o.irc = parser.isSet(irc);
    o.tls = !parser.isSet(plain);
    o.clients = int(numberOption(parser, clients, 1, 1'000'000));
    o.rooms = int(numberOption(parser, rooms, 1, o.clients));
    o.devices = int(numberOption(parser, devices, 1, 100));
    if (o.devices > 1 && o.rooms > 1) {
        // An account's devices are in the same rooms; clients are spread over rooms one by one.
        std::fputs("chatroom-bench: --devices needs --rooms 1.\n", stderr);
        return 2;
    }
    o.senders = int(numberOption(parser, senders, 0, o.clients));
    o.rate = numberOption(parser, rate, 0, 1'000'000, false);
    o.messages = int(numberOption(parser, messages, 1, 1'000'000));
    o.duration = numberOption(parser, duration, 0.1, 86'400, false);
    o.payload = int(numberOption(parser, payload, 32, 3500));
    o.poisson = parser.isSet(poisson);
    const QStringList pids = parser.isSet(serverPid) ? parser.value(serverPid).split(u',') : QStringList();
    for (const QString &one : pids) {
        bool ok = false;
        const long value = one.toLong(&ok);
        if (!ok || value < 1 || value > 4'194'304) {
            std::fprintf(stderr, "chatroom-bench: --server-pid takes process ids, comma-separated (got \"%s\").\n",
                         qPrintable(parser.value(serverPid)));
            return 2;
        }
        o.serverPids.push_back(value);
    }
    o.idle = parser.isSet(idle);
    o.connectWindow = int(numberOption(parser, window, 1, 1'000'000));
    o.timeout = numberOption(parser, timeout, 1, 86'400, false);
    o.progress = !parser.isSet(quiet);
    if (parser.isSet(flood)) {
        o.flood = Flooder::kindFromName(parser.value(flood).toStdString());
        if (!o.flood || o.irc || o.idle) {
            std::fprintf(stderr, "chatroom-bench: %s\n",
                         o.flood ? "--flood needs the Chat Room protocol and a load (not --irc or --idle)."
                                 : ("--flood must be one of " + Flooder::kindNames() + " (got \"" +
                                    parser.value(flood).toStdString() + "\").")
                                       .c_str());
            return 2;
        }
    }
    o.userPrefix = "b" + std::to_string(getpid() % 100000) + "u";

    const BenchResult result = runBenchmark(o);
    printTable(o, result);
    if (parser.isSet(json)) {
        QFile file(parser.value(json));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(QJsonDocument(result.toJson(o)).toJson()) < 0) {
            std::fprintf(stderr, "chatroom-bench: cannot write %s\n", qPrintable(parser.value(json)));
            return 2;
        }
    }
    return result.ok ? 0 : 1;
}
