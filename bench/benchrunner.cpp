#include "benchrunner.h"

#include "chatroomdriver.h"
#include "ircdriver.h"
#include "processprobe.h"

#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

using Seconds = std::chrono::duration<double>;

std::string roomName(int room)
{
    return "bench" + std::to_string(room);
}

void raiseFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

// One status line, rewritten in place on a terminal and printed every few seconds otherwise.
class Progress
{
public:
    explicit Progress(bool enabled) : m_enabled(enabled), m_tty(isatty(STDERR_FILENO)) {}
    void show(const std::string &line)
    {
        if (!m_enabled)
            return;
        const auto now = BenchClock::now();
        if (now - m_last < (m_tty ? std::chrono::milliseconds(250) : std::chrono::milliseconds(3000)))
            return;
        m_last = now;
        std::fprintf(stderr, m_tty ? "\r%-78s" : "%s\n", line.c_str());
    }
    void done()
    {
        if (m_enabled && m_tty)
            std::fprintf(stderr, "\r%-78s\r", "");
    }

private:
    bool m_enabled;
    bool m_tty;
    BenchClock::time_point m_last{};
};

double percentile(std::vector<std::uint32_t> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const std::size_t i = std::min(sorted.size() - 1, std::size_t(std::ceil(p * double(sorted.size()))) - 1);
    return sorted[i] / 1000.0;
}

} // namespace

BenchResult runBenchmark(const BenchOptions &options)
{
    BenchResult result;
    raiseFileLimit();
    std::unique_ptr<BenchProtocol> protocol;
    if (options.irc)
        protocol = std::make_unique<IrcDriver>();
    else
        protocol = std::make_unique<ChatRoomDriver>(QString::fromStdString(options.userPrefix),
                                                    QString::fromStdString(options.password), options.devices);
    LoadEngine engine(options.host, options.ports, std::move(protocol), options.tls && !options.irc);
    const int rooms = std::max(1, std::min(options.rooms, options.clients));
    engine.addClients(options.clients, rooms);
    Progress progress(options.progress);
    const auto phaseDeadline = [&] {
        return BenchClock::now() + std::chrono::milliseconds(qint64(options.timeout * 1000));
    };
    const auto before = sampleProcesses(options.serverPids);
    if (before)
        result.serverRssBeforeKib = before->rssKib;

    // Phase 1: connect and log in.
    const auto loginStart = BenchClock::now();
    engine.connectAll(options.connectWindow);
    const int n = options.clients;
    const bool loggedIn = engine.runUntil(
        [&] {
            progress.show("logging in: " + std::to_string(engine.loggedIn()) + "/" + std::to_string(n));
            return engine.loggedIn() + engine.failures() >= n;
        },
        phaseDeadline());
    result.loginSeconds = Seconds(BenchClock::now() - loginStart).count();
    result.loginsPerSecond = engine.loggedIn() / std::max(result.loginSeconds, 1e-9);
    if (!loggedIn || engine.failures() > 0) {
        result.problem = engine.failures() > 0 ? "login failed: " + engine.firstFailure()
                                               : "timed out after " + std::to_string(engine.loggedIn()) + " logins";
        return result;
    }

    // Phase 2: join the rooms.
    for (BenchClient &c : engine.clients())
        engine.protocol().join(engine, c, roomName(c.room));
    if (!engine.runUntil(
            [&] {
                progress.show("joining rooms: " + std::to_string(engine.joined()) + "/" + std::to_string(n));
                return engine.joined() + engine.failures() >= n;
            },
            phaseDeadline()) ||
        engine.failures() > 0) {
        result.problem = engine.failures() > 0 ? "join failed: " + engine.firstFailure() : "timed out joining rooms";
        return result;
    }
    // Let the join notices and lobby departures drain before measuring: in a room of n members each login
    // tells the n others, so n logins queue about n * n notices, and messages sent behind them would
    // measure that backlog, not the server's latency. Quiet means nothing arrived for half a second.
    constexpr auto Quiet = std::chrono::milliseconds(500);
    engine.runUntil(
        [&] {
            progress.show("settling: " + std::to_string(engine.bytesReceived() / 1024) + " KiB of notices received");
            return BenchClock::now() - engine.lastReceive() >= Quiet;
        },
        phaseDeadline());

    if (options.idle) {
        const auto after = sampleProcesses(options.serverPids);
        if (after && before) {
            result.serverRssKib = after->rssKib;
            result.rssPerConnectionKib = double(after->rssKib - before->rssKib) / n;
            result.serverCpuSeconds = after->cpuSeconds - before->cpuSeconds;
        }
        progress.done();
        result.ok = true;
        return result;
    }

    // Phase 3: send, and wait for every delivery.
    const int senders = options.senders > 0 ? std::min(options.senders, n) : n;
    const bool burst = options.rate <= 0;
    const std::uint32_t perSender =
        burst ? std::uint32_t(options.messages) : std::uint32_t(std::llround(options.rate * options.duration));
    // With --poisson, each sender's times (seconds from the start) are drawn beforehand: a Poisson process
    // at the same average rate over the same duration, seeded per sender so that runs can be compared.
    std::vector<std::vector<double>> poissonTimes;
    if (!burst && options.poisson) {
        poissonTimes.resize(std::size_t(senders));
        for (int s = 0; s < senders; ++s) {
            std::mt19937_64 random(0x5eed0000u + std::uint64_t(s));
            std::exponential_distribution<double> gap(options.rate);
            for (double t = gap(random); t < options.duration; t += gap(random))
                poissonTimes[std::size_t(s)].push_back(t);
        }
    }
    const auto plannedFor = [&](int s) {
        return poissonTimes.empty() ? perSender : std::uint32_t(poissonTimes[std::size_t(s)].size());
    };
    for (int s = 0; s < senders; ++s) {
        result.expected += std::int64_t(plannedFor(s)) * (engine.roomSize(engine.clients()[std::size_t(s)].room) - 1);
        result.sent += plannedFor(s);
    }
    engine.latenciesUs().reserve(std::size_t(std::min<std::int64_t>(result.expected, 50'000'000)));

    const auto cpuStart = sampleProcesses(options.serverPids);
    const auto sendStart = BenchClock::now();
    const std::int64_t sendStartNs =
        std::chrono::duration_cast<std::chrono::nanoseconds>(sendStart.time_since_epoch()).count();
    auto &clients = engine.clients();
    const auto sendDue = [&] {
        const double elapsed = Seconds(BenchClock::now() - sendStart).count();
        for (int s = 0; s < senders; ++s) {
            BenchClient &c = clients[std::size_t(s)];
            std::uint32_t due = perSender;
            const double offset = double(s) / senders / options.rate; // spread senders over one period
            if (!poissonTimes.empty()) {
                const std::vector<double> &times = poissonTimes[std::size_t(s)];
                due = std::uint32_t(std::upper_bound(times.begin(), times.end(), elapsed) - times.begin());
            } else if (!burst) {
                due = elapsed < offset ? 0 : std::min(perSender, std::uint32_t((elapsed - offset) * options.rate) + 1);
            }
            while (c.sent < due) {
                // Timed from when the message was due, not from when this loop got round to it: a benchmark
                // that falls behind must not hide the wait from the latency it reports.
                const double dueAt = burst                   ? elapsed
                                     : !poissonTimes.empty() ? poissonTimes[std::size_t(s)][c.sent]
                                                             : offset + double(c.sent) / options.rate;
                ++c.sent;
                engine.protocol().say(engine, c, roomName(c.room),
                                      benchText(c.index, c.sent, std::size_t(options.payload),
                                                burst ? nowNs() : sendStartNs + std::int64_t(dueAt * 1e9)));
            }
        }
    };
    // The flooder floods for as long as the others send (a burst: until everything has arrived).
    std::unique_ptr<Flooder> flooder;
    if (options.flood) {
        flooder = std::make_unique<Flooder>(*options.flood, QString::fromStdString(options.userPrefix + "flood"),
                                            QString::fromStdString(options.password));
        flooder->begin(engine);
    }
    sendDue();
    const auto allSent = [&] { return burst || Seconds(BenchClock::now() - sendStart).count() >= options.duration; };
    const auto tick = [&] {
        if (!burst)
            sendDue();
        if (flooder) {
            if (!burst && allSent())
                flooder->end(engine);
            flooder->tick(engine);
        }
    };
    const bool hasAcks = engine.protocol().hasAcks();
    const bool finished = engine.runUntil(
        [&] {
            progress.show("sent " + std::to_string(result.sent) + ", delivered " + std::to_string(engine.deliveries()) +
                          "/" + std::to_string(result.expected) +
                          (flooder ? ", flooder closed " + std::to_string(flooder->closes()) + " times" : ""));
            return allSent() && engine.deliveries() + engine.duplicates() >= result.expected &&
                   (!hasAcks || engine.acks() >= result.sent);
        },
        BenchClock::now() + std::chrono::milliseconds(qint64((options.duration + options.timeout) * 1000)),
        burst && !flooder ? std::function<void()>() : std::function<void()>(tick));
    const auto cpuEnd = sampleProcesses(options.serverPids);
    progress.done();
    if (flooder) {
        flooder->end(engine);
        result.floodFrames = flooder->frames();
        result.floodRefusals = flooder->refusals();
        result.floodAnswers = flooder->answers();
        result.floodCloses = flooder->closes();
        result.floodLogins = flooder->logins();
    }

    result.acked = engine.acks();
    result.delivered = engine.deliveries();
    result.duplicates = engine.duplicates();
    result.lost = result.expected - result.delivered;
    if (engine.ownEchoes() > 0) // IRC sends nobody their own messages: their order cannot be compared
        result.orderMismatches = engine.orderMismatches();
    result.deliverySeconds = Seconds(engine.lastDelivery() - sendStart).count();
    result.deliveriesPerSecond = result.delivered / std::max(result.deliverySeconds, 1e-9);
    auto &lat = engine.latenciesUs();
    std::sort(lat.begin(), lat.end());
    result.p50Ms = percentile(lat, 0.50);
    result.p95Ms = percentile(lat, 0.95);
    result.p99Ms = percentile(lat, 0.99);
    result.maxMs = lat.empty() ? 0 : lat.back() / 1000.0;
    if (cpuStart && cpuEnd) {
        result.serverCpuSeconds = cpuEnd->cpuSeconds - cpuStart->cpuSeconds;
        result.serverCpuPercent = 100.0 * result.serverCpuSeconds / std::max(result.deliverySeconds, 1e-9);
        result.serverRssKib = cpuEnd->rssKib;
    }
    if (!finished)
        result.problem = engine.failures() > 0 ? engine.firstFailure() : "timed out waiting for deliveries";
    else if (engine.failures() > 0)
        result.problem = engine.firstFailure();
    result.ok = result.problem.empty() && result.lost == 0 && result.duplicates == 0 && engine.gaps() == 0 &&
                result.orderMismatches == 0;
    if (result.problem.empty() && !result.ok)
        result.problem = result.orderMismatches > 0 ? "members of a room saw its messages in different orders"
                                                    : "messages were lost or duplicated";
    return result;
}

QJsonObject BenchResult::toJson(const BenchOptions &o) const
{
    return QJsonObject{
        {u"ok"_s, ok},
        {u"problem"_s, QString::fromStdString(problem)},
        {u"protocol"_s, o.irc ? u"irc"_s : u"chatroom"_s},
        {u"tls"_s, o.tls && !o.irc},
        {u"clients"_s, o.clients},
        {u"rooms"_s, o.rooms},
        {u"senders"_s, o.senders > 0 ? o.senders : o.clients},
        {u"ratePerSender"_s, o.rate},
        {u"arrivals"_s, o.rate <= 0 ? u"burst"_s
                        : o.poisson ? u"poisson"_s
                                    : u"even"_s},
        {u"messagesPerSender"_s, o.rate > 0 ? qint64(std::llround(o.rate * o.duration)) : qint64(o.messages)},
        {u"payloadBytes"_s, o.payload},
        {u"loginSeconds"_s, loginSeconds},
        {u"loginsPerSecond"_s, loginsPerSecond},
        {u"sent"_s, qint64(sent)},
        {u"acked"_s, qint64(acked)},
        {u"expectedDeliveries"_s, qint64(expected)},
        {u"delivered"_s, qint64(delivered)},
        {u"lost"_s, qint64(lost)},
        {u"duplicates"_s, qint64(duplicates)},
        {u"orderMismatches"_s, orderMismatches},
        {u"nodes"_s, qint64(o.ports.size())},
        {u"deliverySeconds"_s, deliverySeconds},
        {u"deliveriesPerSecond"_s, deliveriesPerSecond},
        {u"latencyP50Ms"_s, p50Ms},
        {u"latencyP95Ms"_s, p95Ms},
        {u"latencyP99Ms"_s, p99Ms},
        {u"latencyMaxMs"_s, maxMs},
        {u"serverCpuSeconds"_s, serverCpuSeconds},
        {u"serverCpuPercent"_s, serverCpuPercent},
        {u"serverRssKib"_s, qint64(serverRssKib)},
        {u"rssPerConnectionKib"_s, rssPerConnectionKib},
        {u"flood"_s, o.flood ? QString::fromStdString(Flooder::nameOf(*o.flood)) : QString()},
        {u"floodFrames"_s, qint64(floodFrames)},
        {u"floodRefusals"_s, qint64(floodRefusals)},
        {u"floodAnswers"_s, qint64(floodAnswers)},
        {u"floodCloses"_s, floodCloses},
        {u"floodLogins"_s, floodLogins},
    };
}
