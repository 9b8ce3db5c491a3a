#include "reuseport.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

int ReusePort::listen(const QHostAddress &address, quint16 port, int backlog, QString *error)
{
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol || address == QHostAddress::Any;
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *error = u"Cannot make a TCP socket: %1"_s.arg(QString::fromLocal8Bit(std::strerror(errno)));
        return -1;
    }
    const int on = 1, off = 0;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    if (v6) // "any" takes IPv4 too, as Qt's QHostAddress::Any does
        ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, address == QHostAddress::Any ? &off : &on, sizeof on);
    int bound = -1;
    if (::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof on) == 0) {
        if (v6) {
            sockaddr_in6 a{};
            a.sin6_family = AF_INET6;
            a.sin6_port = htons(port);
            const Q_IPV6ADDR bytes = address == QHostAddress::Any ? QHostAddress(QHostAddress::AnyIPv6).toIPv6Address()
                                                                  : address.toIPv6Address();
            std::memcpy(&a.sin6_addr, &bytes, sizeof bytes);
            bound = ::bind(fd, reinterpret_cast<const sockaddr *>(&a), sizeof a);
        } else {
            sockaddr_in a{};
            a.sin_family = AF_INET;
            a.sin_port = htons(port);
            a.sin_addr.s_addr = htonl(address.toIPv4Address());
            bound = ::bind(fd, reinterpret_cast<const sockaddr *>(&a), sizeof a);
        }
    }
    if (bound != 0 || ::listen(fd, backlog) != 0) {
        *error = u"Cannot listen on TCP %1 port %2 with SO_REUSEPORT: %3"_s.arg(address.toString())
                     .arg(port)
                     .arg(QString::fromLocal8Bit(std::strerror(errno)));
        ::close(fd);
        return -1;
    }
    return fd;
}
