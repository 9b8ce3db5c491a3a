// A ByteStream over a QTcpSocket or QSslSocket: how the client, its file transfers and the tests connect.
#pragma once

#include "bytestream.h"

#include <QPointer>
#include <QTcpSocket>

class QSslSocket;

class SocketStream : public ByteStream
{
    Q_OBJECT
public:
    // Takes ownership of the socket, which must be connected or connecting.
    explicit SocketStream(QTcpSocket *socket, QObject *parent = nullptr);

    QTcpSocket *socket() const { return m_socket; }

    qint64 read(char *data, qint64 max) override;
    void write(const QByteArray &bytes) override;
    void flush() override;
    qint64 bytesToWrite() const override;
    void setReadBufferSize(qint64 bytes) override;
    void disconnectFromHost() override;
    void abort() override;
    bool isClosed() const override;
    QHostAddress peerAddress() const override;
    quint16 peerPort() const override;

private:
    QPointer<QTcpSocket> m_socket;
    QSslSocket *m_tlsSocket = nullptr; // m_socket itself when it speaks TLS
};
