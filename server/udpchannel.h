// The server's UDP socket: verifies datagrams with each session's key, and sends only to proven endpoints.
#pragma once

#include "datagram.h"

#include <QHash>
#include <QObject>
#include <QUdpSocket>

class ClientSession;
struct ServerStats;

class UdpChannel : public QObject
{
    Q_OBJECT
public:
    UdpChannel(ServerStats &stats, QObject *parent = nullptr);

    bool bind(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const { return m_socket.localPort(); }

    // A fresh, unused session id and key for an authenticated session.
    void registerSession(ClientSession *session);
    void unregisterSession(ClientSession *session);
    // A new key for the same session id (after rekeyNeeded); the caller hands it to the client over TCP.
    void rekey(ClientSession *session);

    // Sends to the session's proven endpoint; false when its UDP path is not proven (use TCP instead).
    bool send(ClientSession *session, const Msg::Message &message, qint64 nowMs);

signals:
    void datagramReceived(ClientSession *session, const Msg::Message &message);
    // The session's datagrams keep failing to verify: its key or counter is out of step.
    void rekeyNeeded(ClientSession *session);

private:
    void onReadyRead();

    QUdpSocket m_socket;
    ServerStats &m_stats;
    QHash<quint32, ClientSession *> m_sessions;
};
