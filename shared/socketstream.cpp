#include "socketstream.h"

#include <QSslSocket>
#include <algorithm>

SocketStream::SocketStream(QTcpSocket *socket, QObject *parent) : ByteStream(parent), m_socket(socket)
{
    Q_ASSERT(socket);
    socket->setParent(this);
    m_tlsSocket = qobject_cast<QSslSocket *>(socket);
    connect(socket, &QTcpSocket::readyRead, this, [this] { announceReadyRead(); });
    connect(socket, &QTcpSocket::disconnected, this, [this] { announceDisconnected(); });
    if (m_tlsSocket)
        connect(m_tlsSocket, &QSslSocket::encryptedBytesWritten, this, [this] { announceBytesWritten(); });
    else
        connect(socket, &QTcpSocket::bytesWritten, this, [this] { announceBytesWritten(); });
    connect(socket, &QTcpSocket::errorOccurred, this, [this] {
        if (!m_socket)
            return;
        announceError(m_socket->errorString());
        // Some errors leave the socket unconnected without a disconnected() (a refused connection).
        if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState)
            announceDisconnected();
    });
}

qint64 SocketStream::read(char *data, qint64 max)
{
    if (!m_socket || m_socket->bytesAvailable() <= 0)
        return 0;
    return std::max<qint64>(0, m_socket->read(data, max));
}

void SocketStream::write(const QByteArray &bytes)
{
    if (m_socket)
        m_socket->write(bytes);
}

void SocketStream::flush()
{
    if (m_socket)
        m_socket->flush();
}

qint64 SocketStream::bytesToWrite() const
{
    if (!m_socket)
        return 0;
    // A TLS socket counts only the plain text it has not encrypted yet; what it has encrypted but not sent
    // waits in its inner socket, and without counting that a peer that never reads could grow it forever.
    return m_socket->bytesToWrite() + (m_tlsSocket ? m_tlsSocket->encryptedBytesToWrite() : 0);
}

void SocketStream::setReadBufferSize(qint64 bytes)
{
    if (m_socket)
        m_socket->setReadBufferSize(bytes);
}

void SocketStream::disconnectFromHost()
{
    if (m_socket)
        m_socket->disconnectFromHost();
}

void SocketStream::abort()
{
    if (m_socket)
        m_socket->abort();
}

bool SocketStream::isClosed() const
{
    return !m_socket || m_socket->state() == QAbstractSocket::UnconnectedState;
}

QHostAddress SocketStream::peerAddress() const
{
    return m_socket ? m_socket->peerAddress() : QHostAddress();
}

quint16 SocketStream::peerPort() const
{
    return m_socket ? m_socket->peerPort() : 0;
}
