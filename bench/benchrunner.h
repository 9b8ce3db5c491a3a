// Runs one benchmark scenario: connect and log in, join rooms, drive the load, and measure it.
#pragma once

#include "flooder.h"
#include "loadengine.h"

#include <QJsonObject>
#include <optional>
#include <string>
#include <vector>

struct BenchOptions
{
    std::string host = "127.0.0.1";
    std::vector<int> ports{5000}; // clients spread over them in turn (the nodes of a cluster)
    bool irc = false;
    bool tls = true; // Chat Room over TLS, as in production; IRC is always plain
    int clients = 100;
    int rooms = 1;
    int devices = 1;              // connections per account (Chat Room only; with one room)
    int senders = 0;              // 0: every client sends
    double rate = 0;              // messages per second per sender; 0: burst
    int messages = 4;             // per sender, in burst mode
    double duration = 10;         // seconds of sending, in rate mode
    bool poisson = false;         // rate mode: senders at random (Poisson) times, not evenly spaced
    int payload = 100;            // bytes of text per message
    std::vector<long> serverPids; // for CPU and memory (summed); none: not measured
    int connectWindow = 200;      // logins in flight at once
    double timeout = 120;         // seconds for each phase
    bool idle = false;            // only hold the connections (memory per connection)
    // One more client floods this request while the others send.
    std::optional<Flooder::Kind> flood;
    bool progress = true;
    std::string userPrefix;
    std::string password = "bench-password";
};

struct BenchResult
{
    bool ok = false;
    std::string problem;
    double loginSeconds = 0;
    double loginsPerSecond = 0;
    std::int64_t sent = 0;
    std::int64_t acked = 0;
    std::int64_t expected = 0;
    std::int64_t delivered = 0;
    std::int64_t duplicates = 0;
    std::int64_t lost = 0;
    int orderMismatches = 0; // members of a room that saw its messages in another order than its first member
    double sendSeconds = 0;
    double deliverySeconds = 0;
    double deliveriesPerSecond = 0;
    double p50Ms = 0, p95Ms = 0, p99Ms = 0, maxMs = 0;
    double serverCpuSeconds = -1;
    double serverCpuPercent = -1;
    long serverRssBeforeKib = -1;
    long serverRssKib = -1;
    double rssPerConnectionKib = -1;
    // With a flood: what the hostile client did, and what the server did about it.
    std::int64_t floodFrames = 0;
    std::int64_t floodRefusals = 0;
    std::int64_t floodAnswers = 0;
    int floodCloses = 0;
    int floodLogins = 0;

    QJsonObject toJson(const BenchOptions &options) const;
};

BenchResult runBenchmark(const BenchOptions &options);
