// A TCP port several server nodes on one machine share (--reuse-port, docs/SCALING.md): each node opens its
// own listening socket with SO_REUSEPORT and the kernel spreads new connections over them, so that one host
// uses all its cores. Qt's QTcpServer cannot ask for it, so the socket is made here and handed over.
#pragma once

#include <QHostAddress>
#include <QString>

namespace ReusePort {

// A listening TCP socket on address:port that other processes of the same user may listen on too; its
// descriptor, or -1 and *error (a sentence).
int listen(const QHostAddress &address, quint16 port, int backlog, QString *error);

} // namespace ReusePort
