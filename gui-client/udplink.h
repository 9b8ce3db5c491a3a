// The client's UDP path to the server for real-time events: datagrams sealed with the session's key, and
// probes (UDP pings the server echoes) that prove the path, as Mumble does. While the path is not proven,
// or has been silent for a while, the caller sends over TCP instead; probing goes on regardless.
#pragma once

#include "datagram.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <QUdpSocket>

class UdpLink : public QObject
{
    Q_OBJECT
public:
    explicit UdpLink(QObject *parent = nullptr);

    // After login: probes the server's UDP port with the session's credentials until stop().
    void start(const QHostAddress &server, quint16 port, quint32 session, const QByteArray &key);
    // The server issued a new key (ours stopped verifying there): counters start again.
    void rekey(quint32 session, const QByteArray &key);
    void stop();

    bool isProven() const { return m_proven; }
    double packetLoss() const { return m_packetLoss; } // 0..1 over the probes; -1 until measured
    // Sends over UDP when the path is proven; false means the caller should use TCP.
    bool send(const Msg::Message &message);

signals:
    void linkChanged(); // proven or not, or packet loss changed
    void typingReceived(const Msg::Typing &typing);

private:
    void onProbe();
    void onReadyRead();
    void write(const Msg::Message &message);

    QUdpSocket m_socket;
    QTimer m_probe;
    QHostAddress m_server;
    quint16 m_port = 0;
    quint32 m_session = 0;
    QByteArray m_key;
    quint64 m_counter = 0;
    Datagram::ReplayWindow m_replay;
    QElapsedTimer m_sinceHeard;
    bool m_proven = false;
    int m_pingsSent = 0;
    int m_pongs = 0;
    double m_packetLoss = -1;
};
