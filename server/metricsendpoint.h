// Monitoring over HTTP (--metrics-listen, loopback by default): Prometheus metrics at /metrics and a health
// check at /healthz, served by Qt HTTP Server. No label names a person or a room, so the number of series
// stays fixed however many use the server.
#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <memory>

class ChatServer;
class QHttpServer;
class QTcpServer;

class MetricsEndpoint : public QObject
{
    Q_OBJECT
public:
    // At most 16 connections at once, each closed after 10 s or 16 KiB of requests (BoundedTcpServer).
    MetricsEndpoint(ChatServer &server, QObject *parent = nullptr);
    ~MetricsEndpoint() override;

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;
    // When the TLS certificate served expires (none with --no-tls).
    void setCertificateExpiry(const QDateTime &expiry) { m_certificateExpiry = expiry; }

    // The text /metrics answers; and /healthz's verdict (empty when healthy, else why not).
    QByteArray metricsText() const;
    QString unhealthyBecause() const;

private:
    ChatServer &m_server;
    std::unique_ptr<QHttpServer> m_http;
    QTcpServer *m_tcp = nullptr; // owned by m_http once bound
    QDateTime m_certificateExpiry;
    static constexpr qint64 DatabaseCheckMs = 1000;
    mutable QElapsedTimer m_databaseChecked;
    mutable bool m_databaseAnswers = false;
};
