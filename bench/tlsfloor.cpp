// chatroom-tlsfloor: the least memory an idle TLS connection can cost on this machine's OpenSSL, with
// everything in its favour (one shared SSL_CTX, SSL_MODE_RELEASE_BUFFERS, the socket as BIO, no Qt). It
// holds N connections that each finished a handshake and one small exchange, and reports the RSS they
// added. scripts/bench prints it beside the server's idle figure, so the two can be told apart.
#include <QCommandLineParser>
#include <QCoreApplication>

#include "tlsself.h"

#include <arpa/inet.h>
#include <cstdio>
#include <fstream>
#include <malloc.h>
#include <memory>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <string>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int On = 1;
const char Hello[] = "{\"type\":\"ping\",\"ts\":1}\n";

long rssKib()
{
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);) {
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stol(line.substr(6));
    }
    return -1;
}

[[noreturn]] void fail(const char *what)
{
    TlsSelf::fail("chatroom-tlsfloor", what);
}

// The client side, in a child process so that its memory is not counted: connects n times, one after
// the other, says hello and reads the echo, and keeps every connection open until told to stop.
[[noreturn]] void runClients(quint16 port, int n, const QByteArray &groups, int stopPipe)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    if (!groups.isEmpty())
        SSL_CTX_set1_groups_list(ctx, groups.constData());
    std::vector<SSL *> held;
    for (int i = 0; i < n; ++i) {
        const int fd = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
            fail("cannot connect");
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &On, sizeof On); // lockstep small writes: no delayed ACKs
        SSL *ssl = SSL_new(ctx);
        SSL_set_fd(ssl, fd);
        char echo[64];
        if (SSL_connect(ssl) != 1 || SSL_write(ssl, Hello, sizeof Hello - 1) <= 0 ||
            SSL_read(ssl, echo, sizeof echo) <= 0)
            fail("the client's handshake failed");
        held.push_back(ssl);
    }
    char stop = 0;
    [[maybe_unused]] const auto r = read(stopPipe, &stop, 1);
    _exit(0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"chatroom-tlsfloor"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Measures the memory OpenSSL alone holds per idle TLS connection (shared context, buffers released)."_s);
    parser.addHelpOption();
    QCommandLineOption connections(u"connections"_s, u"How many connections to hold (default 2000)."_s, u"N"_s,
                                   u"2000"_s);
    parser.addOption(connections);
    // OpenSSL 3.5 offers the post-quantum hybrid X25519MLKEM768 first, and what it keeps of it after the
    // handshake is part of the cost; X25519 alone shows how much.
    QCommandLineOption groups(u"client-groups"_s,
                              u"Key-exchange groups the clients offer, in OpenSSL's syntax (e.g. X25519); "
                              "default: OpenSSL's own list."_s,
                              u"LIST"_s);
    parser.addOption(groups);
    parser.process(app);
    bool ok = false;
    const int n = parser.value(connections).toInt(&ok);
    if (!ok || n < 1 || n > 100'000) {
        std::fprintf(stderr, "chatroom-tlsfloor: --connections takes a number from 1 to 100000.\n");
        return 2;
    }

    if (parser.isSet(groups)) { // checked here, where a mistake can be told plainly
        SSL_CTX *probe = SSL_CTX_new(TLS_client_method());
        const bool known = SSL_CTX_set1_groups_list(probe, parser.value(groups).toLatin1().constData()) == 1;
        SSL_CTX_free(probe);
        if (!known) {
            std::fprintf(stderr, "chatroom-tlsfloor: --client-groups names no group this OpenSSL knows.\n");
            return 2;
        }
    }
    SSL_CTX *ctx = TlsSelf::serverContext("chatroom-tlsfloor");
    const int listener = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    // Should the client side die, accept() and reads give up instead of waiting for ever.
    const timeval patience{10, 0};
    setsockopt(listener, SOL_SOCKET, SO_RCVTIMEO, &patience, sizeof patience);
    if (bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 || listen(listener, 128) != 0 ||
        getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        fail("cannot listen on loopback");
    int stopPipe[2];
    if (pipe(stopPipe) != 0)
        fail("cannot make a pipe");
    const pid_t child = fork();
    if (child == 0) {
        close(stopPipe[1]);
        runClients(ntohs(address.sin_port), n + 1, parser.value(groups).toLatin1(), stopPipe[0]);
    }
    close(stopPipe[0]);

    const bool showProgress = isatty(STDERR_FILENO);
    std::vector<SSL *> held;
    long before = 0;
    for (int i = 0; i <= n; ++i) {
        const int fd = accept(listener, nullptr, nullptr);
        if (fd < 0)
            fail("the client side stopped connecting");
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &patience, sizeof patience);
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &On, sizeof On);
        SSL *ssl = SSL_new(ctx);
        SSL_set_fd(ssl, fd);
        char hello[64];
        const int got = SSL_accept(ssl) == 1 ? SSL_read(ssl, hello, sizeof hello) : -1;
        if (got <= 0 || SSL_write(ssl, hello, got) <= 0)
            fail("the server's handshake failed");
        held.push_back(ssl);
        if (i == 0) { // the first connection pays for one-off set-up; count from after it
            malloc_trim(0);
            before = rssKib();
        }
        if (showProgress && (i + 1) % 500 == 0)
            std::fprintf(stderr, "\rhandshakes: %d/%d", i + 1, n + 1);
    }
    if (showProgress)
        std::fprintf(stderr, "\r\033[K");
    malloc_trim(0);
    const long after = rssKib();
    const QByteArray offered = parser.isSet(groups) ? parser.value(groups).toLatin1() : QByteArrayLiteral("default");
    std::printf("%-28s %.1f KiB (%d connections, OpenSSL %s, groups: %s, shared context, buffers released)\n",
                "OpenSSL alone, per conn.", double(after - before) / n, n, OpenSSL_version(OPENSSL_VERSION_STRING),
                offered.constData());
    [[maybe_unused]] const auto w = write(stopPipe[1], "x", 1);
    waitpid(child, nullptr, 0);
    for (SSL *ssl : held) {
        close(SSL_get_fd(ssl));
        SSL_free(ssl);
    }
    SSL_CTX_free(ctx);
    close(listener);
    return 0;
}
