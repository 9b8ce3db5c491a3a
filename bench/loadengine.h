// An epoll loop driving many non-blocking client sockets from one thread, for the benchmark.
// The benchmark must not be slower than the server it measures, so it avoids Qt's per-pass poll set.
#pragma once

#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

using BenchClock = std::chrono::steady_clock;

struct ssl_st;     // OpenSSL's SSL
struct ssl_ctx_st; // and SSL_CTX

class BenchDriver;

struct BenchClient
{
    int index = 0;
    std::uint32_t tag = 0;         // what epoll reports for its socket
    BenchDriver *driver = nullptr; // a hostile client's own driver; null: the engine's protocol
    int room = 0;
    int slot = 0; // position among the room's members
    int fd = -1;
    bool connecting = false;
    ssl_st *ssl = nullptr;    // with --tls (the default for Chat Room)
    bool handshaking = false; // TLS is being set up: nothing is written until it is
    bool loggedIn = false;
    bool joined = false;
    bool failed = false;
    std::string in;
    std::size_t inPos = 0;
    std::string out;
    std::vector<std::uint32_t> lastSeq; // per sender slot in the room: the last sequence number received
    // Every room message received (its own included), in the order it came, folded into one number: members
    // of a room that saw the same messages in the same order have the same.
    std::uint64_t order = 0;
    std::uint32_t ordered = 0;
    std::uint32_t sent = 0;
    std::uint32_t acked = 0;
    std::int64_t nextRef = 1;
};

class LoadEngine;

// Speaks for a connection: what to send once it is up, and what to do with each line that arrives.
class BenchDriver
{
public:
    virtual ~BenchDriver() = default;
    virtual void start(LoadEngine &engine, BenchClient &client) = 0; // TCP (and TLS) is up: log in
    virtual void onLine(LoadEngine &engine, BenchClient &client, std::string_view line) = 0;
    // A hostile client's connection ended (the server closed it, most likely); it is closed already.
    virtual void closed(LoadEngine &, BenchClient &, std::string_view) {}
};

// What differs between talking to Chat Room and to an IRC server.
class BenchProtocol : public BenchDriver
{
public:
    virtual void join(LoadEngine &engine, BenchClient &client, const std::string &room) = 0;
    virtual void say(LoadEngine &engine, BenchClient &client, const std::string &room, std::string_view text) = 0;
    virtual bool hasAcks() const = 0;
};

class LoadEngine
{
public:
    // With tls, every connection speaks TLS (as the client does in production), certificates unchecked.
    // Client i connects to ports[i % ports.size()] (the nodes of a cluster); hostile ones to the first.
    LoadEngine(std::string host, std::vector<int> ports, std::unique_ptr<BenchProtocol> protocol, bool tls);
    ~LoadEngine();
    LoadEngine(const LoadEngine &) = delete;
    LoadEngine &operator=(const LoadEngine &) = delete;

    std::vector<BenchClient> &clients() { return m_clients; }
    BenchProtocol &protocol() { return *m_protocol; }

    void addClients(int count, int rooms);
    // A hostile client speaking through its own driver: not one of the clients above (nothing it does counts
    // as a delivery or a failure); when its connection ends the driver is told, and may open() it again.
    BenchClient &addHostile(BenchDriver &driver);
    void open(BenchClient &hostile);
    void disconnect(BenchClient &hostile);
    // Opens connections, at most maxInFlight not yet logged in at once.
    void connectAll(int maxInFlight);
    // Runs the loop until done() is true or the deadline passes; tick() runs about every millisecond.
    bool runUntil(const std::function<bool()> &done, BenchClock::time_point deadline,
                  const std::function<void()> &tick = {});

    void write(BenchClient &client, std::string_view bytes);

    // Called by the protocol.
    void markLoggedIn(BenchClient &client);
    void markJoined(BenchClient &client);
    void markAcked(BenchClient &client)
    {
        ++client.acked;
        ++m_acks;
    }
    void markFailed(BenchClient &client, std::string_view why);
    void delivered(BenchClient &receiver, std::string_view text);

    int loggedIn() const { return m_loggedIn; }
    int joined() const { return m_joined; }
    int failures() const { return m_failures; }
    std::int64_t acks() const { return m_acks; }
    std::int64_t deliveries() const { return m_deliveries; }
    std::int64_t ownEchoes() const { return m_ownEchoes; }
    std::int64_t duplicates() const { return m_duplicates; }
    std::int64_t gaps() const { return m_gaps; }
    const std::string &firstFailure() const { return m_firstFailure; }
    std::vector<std::uint32_t> &latenciesUs() { return m_latenciesUs; }
    BenchClock::time_point lastDelivery() const { return m_lastDelivery; }
    // When anything last arrived from the server, and how much has arrived (notices included).
    BenchClock::time_point lastReceive() const { return m_lastReceive; }
    std::int64_t bytesReceived() const { return m_bytesReceived; }
    int roomSize(int room) const { return m_roomSizes[std::size_t(room)]; }
    // Clients whose room messages came in another order (or another set) than to most members of their room;
    // 0 when none (meaningful only when every client gets its own messages back, as in Chat Room).
    int orderMismatches() const;

private:
    static constexpr std::uint32_t HostileTag = 0x8000'0000u;
    BenchClient &clientFor(std::uint32_t tag)
    {
        return tag & HostileTag ? m_hostile[tag & ~HostileTag] : m_clients[tag];
    }
    BenchDriver &driverOf(BenchClient &client) { return client.driver ? *client.driver : *m_protocol; }
    bool openSocket(BenchClient &client);
    void onReadable(BenchClient &client);
    void continueHandshake(BenchClient &client);
    // recv() or SSL_read(): bytes read, 0 when the server closed, -1 when nothing more is there now
    // (or the connection failed, which marks the client failed).
    long receive(BenchClient &client, char *buffer, std::size_t size);
    void flush(BenchClient &client);
    void close(BenchClient &client);

    std::string m_host;
    std::vector<int> m_ports;
    std::unique_ptr<BenchProtocol> m_protocol;
    int m_epoll = -1;
    ssl_ctx_st *m_tls = nullptr;
    std::vector<BenchClient> m_clients;
    std::deque<BenchClient> m_hostile; // a deque, so that references to them stay valid
    std::vector<int> m_roomSizes;
    int m_nextToConnect = 0;
    int m_maxInFlight = 0;
    int m_loggedIn = 0;
    int m_joined = 0;
    int m_failures = 0;
    std::int64_t m_acks = 0;
    std::int64_t m_deliveries = 0;
    std::int64_t m_ownEchoes = 0;
    std::int64_t m_duplicates = 0;
    std::int64_t m_gaps = 0;
    std::string m_firstFailure;
    std::vector<std::uint32_t> m_latenciesUs;
    BenchClock::time_point m_lastDelivery{};
    BenchClock::time_point m_lastReceive{};
    std::int64_t m_bytesReceived = 0;
};

// The text of a benchmark message: "B<sender>.<seq>.<stamp ns>;" then padding up to the payload size. The
// stamp is when it was due (BenchClock), from which its latency is counted.
std::string benchText(int sender, std::uint32_t seq, std::size_t payloadBytes, std::int64_t stampNs);
// BenchClock's now, in nanoseconds since its epoch.
std::int64_t nowNs();
