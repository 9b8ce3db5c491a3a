#include "loadengine.h"

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <charconv>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <map>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr int MaxEvents = 256;
constexpr std::size_t ReadChunk = 256 * 1024;

template <typename T> bool readNumber(std::string_view &s, T &out, char terminator)
{
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    if (ec != std::errc() || end == s.data() + s.size() || *end != terminator)
        return false;
    s.remove_prefix(std::size_t(end - s.data()) + 1);
    return true;
}

std::string tlsError()
{
    char text[256];
    ERR_error_string_n(ERR_get_error(), text, sizeof text);
    return text;
}

} // namespace

std::int64_t nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(BenchClock::now().time_since_epoch()).count();
}

std::string benchText(int sender, std::uint32_t seq, std::size_t payloadBytes, std::int64_t stampNs)
{
    char head[64];
    const int n = std::snprintf(head, sizeof head, "B%d.%u.%lld;", sender, seq, static_cast<long long>(stampNs));
    std::string text(head, std::size_t(n));
    if (text.size() < payloadBytes)
        text.append(payloadBytes - text.size(), 'x');
    return text;
}

LoadEngine::LoadEngine(std::string host, std::vector<int> ports, std::unique_ptr<BenchProtocol> protocol, bool tls)
    : m_host(std::move(host)), m_ports(std::move(ports)), m_protocol(std::move(protocol)),
      m_epoll(epoll_create1(EPOLL_CLOEXEC))
{
    // OpenSSL writes to the socket with write(), not send(MSG_NOSIGNAL): a write after the server closed
    // (which a flooder does every time it is closed) must fail, not end the benchmark.
    std::signal(SIGPIPE, SIG_IGN);
    if (!tls)
        return;
    m_tls = SSL_CTX_new(TLS_client_method());
    SSL_CTX_set_min_proto_version(m_tls, TLS1_2_VERSION);
    SSL_CTX_set_verify(m_tls, SSL_VERIFY_NONE, nullptr); // load, not trust: the client's pinning is tested elsewhere
    SSL_CTX_set_mode(m_tls, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
}

LoadEngine::~LoadEngine()
{
    for (BenchClient &c : m_clients)
        close(c);
    for (BenchClient &c : m_hostile)
        close(c);
    if (m_epoll >= 0)
        ::close(m_epoll);
    if (m_tls)
        SSL_CTX_free(m_tls);
}

void LoadEngine::addClients(int count, int rooms)
{
    m_clients.resize(std::size_t(count));
    m_roomSizes.assign(std::size_t(rooms), 0);
    for (int i = 0; i < count; ++i) {
        BenchClient &c = m_clients[std::size_t(i)];
        c.index = i;
        c.tag = std::uint32_t(i);
        c.room = i % rooms;
        c.slot = i / rooms;
        ++m_roomSizes[std::size_t(c.room)];
    }
    for (BenchClient &c : m_clients)
        c.lastSeq.assign(std::size_t(m_roomSizes[std::size_t(c.room)]), 0);
}

BenchClient &LoadEngine::addHostile(BenchDriver &driver)
{
    BenchClient &c = m_hostile.emplace_back();
    c.index = -1;
    c.tag = HostileTag | std::uint32_t(m_hostile.size() - 1);
    c.room = -1;
    c.driver = &driver;
    return c;
}

void LoadEngine::open(BenchClient &hostile)
{
    close(hostile);
    hostile.connecting = hostile.loggedIn = hostile.joined = hostile.failed = false;
    hostile.in.clear();
    hostile.inPos = 0;
    hostile.out.clear();
    openSocket(hostile);
}

void LoadEngine::disconnect(BenchClient &hostile)
{
    close(hostile);
    hostile.failed = true; // so that nothing more is reported for it
}

void LoadEngine::connectAll(int maxInFlight)
{
    m_maxInFlight = maxInFlight;
    m_nextToConnect = 0;
    while (m_nextToConnect < int(m_clients.size()) && m_nextToConnect - m_loggedIn - m_failures < m_maxInFlight)
        openSocket(m_clients[std::size_t(m_nextToConnect++)]);
}

bool LoadEngine::openSocket(BenchClient &client)
{
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    const std::size_t node = client.index < 0 ? 0 : std::size_t(client.index) % m_ports.size();
    addr.sin_port = htons(std::uint16_t(m_ports[node]));
    if (inet_pton(AF_INET, m_host.c_str(), &addr.sin_addr) != 1) {
        markFailed(client, "the host must be an IPv4 address");
        return false;
    }
    client.fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (client.fd < 0) {
        markFailed(client, std::strerror(errno));
        return false;
    }
    const int one = 1;
    ::setsockopt(client.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (::connect(client.fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) < 0 && errno != EINPROGRESS) {
        markFailed(client, std::strerror(errno));
        return false;
    }
    client.connecting = true;
    epoll_event ev{};
    ev.events = EPOLLIN | EPOLLOUT | EPOLLET | EPOLLRDHUP;
    ev.data.u32 = client.tag;
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, client.fd, &ev);
    return true;
}

bool LoadEngine::runUntil(const std::function<bool()> &done, BenchClock::time_point deadline,
                          const std::function<void()> &tick)
{
    epoll_event events[MaxEvents];
    while (!done()) {
        if (BenchClock::now() >= deadline)
            return false;
        const int n = epoll_wait(m_epoll, events, MaxEvents, tick ? 1 : 20);
        for (int i = 0; i < n; ++i) {
            BenchClient &c = clientFor(events[i].data.u32);
            if (c.fd < 0)
                continue;
            if (c.connecting && (events[i].events & (EPOLLOUT | EPOLLERR))) {
                int err = 0;
                socklen_t len = sizeof err;
                getsockopt(c.fd, SOL_SOCKET, SO_ERROR, &err, &len);
                if (err != 0) {
                    markFailed(c, std::strerror(err));
                    continue;
                }
                c.connecting = false;
                if (!m_tls) {
                    driverOf(c).start(*this, c);
                } else {
                    c.ssl = SSL_new(m_tls);
                    SSL_set_fd(c.ssl, c.fd);
                    SSL_set_connect_state(c.ssl);
                    c.handshaking = true;
                }
            }
            if (c.handshaking) {
                continueHandshake(c); // edge-triggered: any event may be the one it waits for
                continue;
            }
            if (events[i].events & EPOLLIN)
                onReadable(c);
            if (c.fd >= 0 && (events[i].events & EPOLLOUT))
                flush(c);
            if (c.fd >= 0 && (events[i].events & (EPOLLRDHUP | EPOLLHUP)) && !(events[i].events & EPOLLIN))
                markFailed(c, "the server closed the connection");
        }
        if (tick)
            tick();
    }
    return true;
}

void LoadEngine::write(BenchClient &client, std::string_view bytes)
{
    if (client.fd < 0)
        return;
    const bool idle = client.out.empty();
    client.out.append(bytes);
    if (idle && !client.connecting && !client.handshaking)
        flush(client);
}

void LoadEngine::continueHandshake(BenchClient &client)
{
    const int r = SSL_do_handshake(client.ssl);
    if (r != 1) {
        const int e = SSL_get_error(client.ssl, r);
        if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE)
            markFailed(client, "TLS handshake failed: " + tlsError());
        return;
    }
    client.handshaking = false;
    driverOf(client).start(*this, client);
    if (client.fd >= 0)
        flush(client);
    if (client.fd >= 0)
        onReadable(client); // the server may have written already, and no new edge will say so
}

void LoadEngine::flush(BenchClient &client)
{
    while (client.ssl && !client.out.empty()) {
        const int n = SSL_write(client.ssl, client.out.data(), int(std::min<std::size_t>(client.out.size(), 1 << 30)));
        if (n <= 0) {
            const int e = SSL_get_error(client.ssl, n);
            if (e != SSL_ERROR_WANT_WRITE && e != SSL_ERROR_WANT_READ)
                markFailed(client, "TLS write failed: " + tlsError());
            return;
        }
        client.out.erase(0, std::size_t(n));
    }
    while (!client.out.empty()) {
        const ssize_t n = ::send(client.fd, client.out.data(), client.out.size(), MSG_NOSIGNAL);
        if (n < 0) {
            if (errno != EAGAIN && errno != EINTR)
                markFailed(client, std::strerror(errno));
            return;
        }
        client.out.erase(0, std::size_t(n));
    }
}

void LoadEngine::onReadable(BenchClient &client)
{
    char buf[ReadChunk];
    for (;;) {
        const long n = receive(client, buf, sizeof buf);
        if (n == 0) {
            markFailed(client, "the server closed the connection");
            return;
        }
        if (n < 0)
            break;
        m_lastReceive = BenchClock::now();
        m_bytesReceived += n;
        client.in.append(buf, std::size_t(n));
        for (;;) {
            const std::size_t nl = client.in.find('\n', client.inPos);
            if (nl == std::string::npos)
                break;
            std::string_view line(client.in.data() + client.inPos, nl - client.inPos);
            if (!line.empty() && line.back() == '\r')
                line.remove_suffix(1);
            client.inPos = nl + 1;
            driverOf(client).onLine(*this, client, line);
            if (client.fd < 0)
                return;
        }
        client.in.erase(0, client.inPos);
        client.inPos = 0;
    }
}

long LoadEngine::receive(BenchClient &client, char *buffer, std::size_t size)
{
    if (client.ssl) {
        const int n = SSL_read(client.ssl, buffer, int(size));
        if (n > 0)
            return n;
        const int e = SSL_get_error(client.ssl, n);
        if (e == SSL_ERROR_ZERO_RETURN)
            return 0;
        if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE)
            markFailed(client,
                       e == SSL_ERROR_SYSCALL ? "the server closed the connection" : "TLS read failed: " + tlsError());
        return -1;
    }
    const ssize_t n = ::recv(client.fd, buffer, size, 0);
    if (n < 0 && errno != EAGAIN && errno != EINTR)
        markFailed(client, std::strerror(errno));
    return n < 0 ? -1 : long(n);
}

void LoadEngine::close(BenchClient &client)
{
    if (client.ssl) {
        SSL_free(client.ssl);
        client.ssl = nullptr;
    }
    client.handshaking = false;
    if (client.fd >= 0) {
        ::close(client.fd);
        client.fd = -1;
    }
}

void LoadEngine::markLoggedIn(BenchClient &client)
{
    if (client.loggedIn)
        return;
    client.loggedIn = true;
    ++m_loggedIn;
    if (m_nextToConnect < int(m_clients.size()))
        openSocket(m_clients[std::size_t(m_nextToConnect++)]);
}

void LoadEngine::markJoined(BenchClient &client)
{
    if (client.joined)
        return;
    client.joined = true;
    ++m_joined;
}

void LoadEngine::markFailed(BenchClient &client, std::string_view why)
{
    if (client.failed)
        return;
    client.failed = true;
    if (client.driver) {
        close(client);
        client.driver->closed(*this, client, why);
        return;
    }
    ++m_failures;
    if (m_firstFailure.empty())
        m_firstFailure = "client " + std::to_string(client.index) + ": " + std::string(why);
    close(client);
    if (!client.loggedIn && m_nextToConnect < int(m_clients.size()))
        openSocket(m_clients[std::size_t(m_nextToConnect++)]);
}

void LoadEngine::delivered(BenchClient &receiver, std::string_view text)
{
    if (text.empty() || text.front() != 'B')
        return;
    text.remove_prefix(1);
    int sender = 0;
    std::uint32_t seq = 0;
    std::int64_t sentNs = 0;
    if (!readNumber(text, sender, '.') || !readNumber(text, seq, '.') || !readNumber(text, sentNs, ';'))
        return;
    if (sender < 0 || sender >= int(m_clients.size()))
        return;
    // When the bytes that carried it were read: one clock reading per read, not per delivery (a read holds
    // hundreds of frames in a burst; a reading costs 26 ns here, of the ~400 ns the benchmark spends on one).
    m_lastDelivery = m_lastReceive;
    receiver.order = (receiver.order ^ ((std::uint64_t(std::uint32_t(sender)) << 32) | seq)) * 0x100000001b3ULL;
    ++receiver.ordered;
    if (sender == receiver.index) {
        ++m_ownEchoes;
        return;
    }
    const BenchClient &from = m_clients[std::size_t(sender)];
    if (from.room != receiver.room)
        return;
    std::uint32_t &last = receiver.lastSeq[std::size_t(from.slot)];
    if (seq <= last) {
        ++m_duplicates;
        return;
    }
    if (seq != last + 1)
        m_gaps += seq - last - 1;
    last = seq;
    ++m_deliveries;
    const std::int64_t latencyNs =
        std::chrono::duration_cast<std::chrono::nanoseconds>(m_lastDelivery.time_since_epoch()).count() - sentNs;
    m_latenciesUs.push_back(std::uint32_t(std::max<std::int64_t>(0, latencyNs / 1000)));
}

int LoadEngine::orderMismatches() const
{
    // Against the order most members of the room saw: one member who lost a message is one mismatch.
    std::vector<std::map<std::pair<std::uint64_t, std::uint32_t>, int>> seen(m_roomSizes.size());
    for (const BenchClient &c : m_clients)
        ++seen[std::size_t(c.room)][{c.order, c.ordered}];
    int mismatches = 0;
    for (const auto &room : seen) {
        int most = 0, all = 0;
        for (const auto &[order, members] : room) {
            most = std::max(most, members);
            all += members;
        }
        mismatches += all - most;
    }
    return mismatches;
}
