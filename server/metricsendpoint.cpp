#include "metricsendpoint.h"

#include "chatserver.h"
#include "prometheustext.h"
#include "protocolerror.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

// Qt HTTP Server 6.8 bounds neither how many connections it holds nor what a client may send; the port it is
// given does. A scraper asks for one page a few times a minute: anything past these limits is not one.
class BoundedTcpServer : public QTcpServer
{
public:
    static constexpr int MaxConnections = 16;
    static constexpr qint64 MaxBytesIn = 16 * 1024; // per connection, all its requests together
    static constexpr std::chrono::seconds Lifetime{10};

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor) || *m_open >= MaxConnections) {
            socket->abort();
            socket->deleteLater();
            return;
        }
        ++*m_open;
        connect(socket, &QObject::destroyed, socket, [open = m_open] { --*open; });
        // Unread bytes stay in the kernel past this; a client that sends more has shown what it is.
        socket->setReadBufferSize(MaxBytesIn);
        connect(socket, &QTcpSocket::readyRead, socket, [socket, received = qint64(0)]() mutable {
            // Counted as it arrives (a byte left unread is counted again: the bound only gets stricter), and a
            // full buffer is a request the parser would not take either: one header line of 16 KiB.
            received += socket->bytesAvailable();
            if (received > MaxBytesIn || socket->bytesAvailable() >= MaxBytesIn)
                QTimer::singleShot(0, socket, &QTcpSocket::abort);
        });
        QTimer::singleShot(Lifetime, socket, &QTcpSocket::abort);
        addPendingConnection(socket);
    }

private:
    std::shared_ptr<int> m_open = std::make_shared<int>(0);
};

} // namespace

MetricsEndpoint::MetricsEndpoint(ChatServer &server, QObject *parent)
    : QObject(parent), m_server(server), m_http(std::make_unique<QHttpServer>())
{
    // HEAD as well, for checks that ask only whether it answers. Qt 6.8 would send a HEAD the body too, which
    // HTTP forbids (a client reading the next answer would read the body as one): the body is left out here.
    const auto methods = QHttpServerRequest::Method::Get | QHttpServerRequest::Method::Head;
    auto answer = [](const QHttpServerRequest &request, const QByteArray &type, const QByteArray &body,
                     QHttpServerResponse::StatusCode status) {
        return QHttpServerResponse(type, request.method() == QHttpServerRequest::Method::Head ? QByteArray() : body,
                                   status);
    };
    m_http->route(u"/metrics"_s, methods, [this, answer](const QHttpServerRequest &request) {
        return answer(request, PrometheusText::ContentType, metricsText(), QHttpServerResponse::StatusCode::Ok);
    });
    m_http->route(u"/healthz"_s, methods, [this, answer](const QHttpServerRequest &request) {
        const QString why = unhealthyBecause();
        if (why.isEmpty())
            return answer(request, "text/plain; charset=utf-8", "ok\n", QHttpServerResponse::StatusCode::Ok);
        return answer(request, "text/plain; charset=utf-8", why.toUtf8() + '\n',
                      QHttpServerResponse::StatusCode::ServiceUnavailable);
    });
}

MetricsEndpoint::~MetricsEndpoint() = default;

bool MetricsEndpoint::listen(const QHostAddress &address, quint16 port, QString *error)
{
    auto tcp = std::make_unique<BoundedTcpServer>();
    if (!tcp->listen(address, port) || !m_http->bind(tcp.get())) {
        *error = u"Cannot serve metrics on %1 port %2: %3"_s.arg(address.toString()).arg(port).arg(tcp->errorString());
        return false;
    }
    m_tcp = tcp.release(); // QHttpServer took it
    return true;
}

quint16 MetricsEndpoint::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QString MetricsEndpoint::unhealthyBecause() const
{
    if (!m_server.isListening())
        return u"not serving yet (starting, or shutting down)"_s;
    // The database is asked at most once a second, however often anyone asks.
    if (!m_databaseChecked.isValid() || m_databaseChecked.hasExpired(DatabaseCheckMs)) {
        QSqlQuery q(m_server.database().connection());
        m_databaseAnswers = q.exec(u"SELECT 1"_s) && q.next();
        m_databaseChecked.start();
    }
    if (!m_databaseAnswers)
        return u"the database does not answer"_s;
    if (m_server.isClustered() && !m_server.clusterError().isEmpty())
        return u"the bus: "_s + m_server.clusterError();
    return {};
}

QByteArray MetricsEndpoint::metricsText() const
{
    const ServerStats s = m_server.statsSnapshot();
    PrometheusText t;
    t.gauge("chatroom_build_info", "The server's version (always 1).", 1,
            {{"version", QCoreApplication::applicationVersion()}});
    t.gauge("chatroom_uptime_seconds", "Seconds since the server started.",
            s.uptime.isValid() ? double(s.uptime.elapsed()) / 1000.0 : 0);
    t.gauge("chatroom_open_connections", "Open connections, by kind.", s.connectionsActive, {{"transport", u"chat"_s}});
    t.gauge("chatroom_open_connections", "", s.transfersActive, {{"transport", u"file_transfer"_s}});
    t.counter("chatroom_connections_total", "Connections accepted.", double(s.connectionsTotal));
    t.gauge("chatroom_sessions", "Logged-in sessions on this node.", s.sessionsActive);
    t.counter("chatroom_logins_total", "Logins and resumes, by result.", double(s.loginsOk), {{"result", u"ok"_s}});
    t.counter("chatroom_logins_total", "", double(s.loginsFailed), {{"result", u"failed"_s}});
    t.counter("chatroom_logins_total", "", double(s.loginsThrottled), {{"result", u"throttled"_s}});
    t.counter("chatroom_registrations_total", "Accounts made.", double(s.registrations));
    t.counter("chatroom_messages_received_total", "Messages received from clients, by type.",
              double(s.framesIn.value(u"say"_s)), {{"type", u"say"_s}});
    t.counter("chatroom_messages_received_total", "", double(s.framesIn.value(u"whisper"_s)), {{"type", u"whisper"_s}});
    t.counter("chatroom_messages_delivered_total", "Room messages and notices handed to members' connections.",
              double(s.messagesDelivered));
    t.counter("chatroom_received_bytes_total", "Bytes received, by transport.", double(s.tcpBytesIn),
              {{"transport", u"tcp"_s}});
    t.counter("chatroom_received_bytes_total", "", double(s.udpBytesIn), {{"transport", u"udp"_s}});
    t.counter("chatroom_received_bytes_total", "", double(s.fileBytesIn), {{"transport", u"file_transfer"_s}});
    t.counter("chatroom_sent_bytes_total", "Bytes sent, by transport.", double(s.tcpBytesOut),
              {{"transport", u"tcp"_s}});
    t.counter("chatroom_sent_bytes_total", "", double(s.udpBytesOut), {{"transport", u"udp"_s}});
    t.counter("chatroom_sent_bytes_total", "", double(s.fileBytesOut), {{"transport", u"file_transfer"_s}});
    t.gauge("chatroom_send_queue_bytes", "Output waiting to be taken by the kernel, over all connections.",
            double(s.sendQueueBytes));
    t.counter("chatroom_rate_limited_total", "Refusals by the abuse limits, by kind.", double(s.rateLimited),
              {{"kind", u"message"_s}});
    t.counter("chatroom_rate_limited_total", "", double(s.requestsRefused), {{"kind", u"request"_s}});
    t.counter("chatroom_rate_limited_total", "", double(s.connectionsRefused), {{"kind", u"connection"_s}});
    t.counter("chatroom_rate_limited_total", "", double(s.roomLimitHits), {{"kind", u"rooms"_s}});
    t.counter("chatroom_rate_limited_total", "", double(s.floodDisconnects), {{"kind", u"flood_disconnect"_s}});
    t.counter("chatroom_rate_limited_total", "", double(s.slowConsumers), {{"kind", u"slow_reader"_s}});
    // Every code, from the start: a series that appears only with its first error breaks rate() and alerts.
    for (const QLatin1StringView code : errorCodeNames())
        t.counter("chatroom_errors_total", "Errors sent to clients, by code (docs/PROTOCOL.md).",
                  double(s.errorsSent.value(code)), {{"code", code}});
    t.counter("chatroom_messages_expired_total", "Messages deleted past their retention.", double(s.messagesExpired));
    t.counter("chatroom_storage_errors_total", "Database reads and writes that failed.", double(s.storageErrors));
    t.counter("chatroom_tls_handshake_failures_total", "TLS handshakes that did not finish.",
              double(s.tlsHandshakesFailed));
    t.histogram("chatroom_tls_handshake_seconds", "TLS handshakes, from taking the connection up to done.",
                s.tlsHandshakeSeconds);
    t.histogram("chatroom_login_seconds", "Logins, from the request to the password checked.", s.loginSeconds);
    t.histogram("chatroom_database_seconds",
                "Storing room messages in the database: each message counts its transaction, which stores the "
                "room messages that arrived with it.",
                s.databaseSeconds);
    t.histogram("chatroom_delivery_seconds",
                "A room message from its arrival to its frame handed to every member here (or to the bus).",
                s.deliverySeconds);
    t.counter("chatroom_process_cpu_seconds_total", "CPU time the server used, user and system.", processCpuSeconds());
    t.gauge("chatroom_process_resident_memory_bytes", "The server's resident memory.", double(processRssKib()) * 1024);
    t.counter("chatroom_heap_trims_total", "Times the server gave free memory back after a storm of new connections.",
              double(s.heapTrims));
    if (m_certificateExpiry.isValid())
        t.gauge("chatroom_certificate_expiry_timestamp_seconds", "When the TLS certificate served expires (Unix time).",
                double(m_certificateExpiry.toSecsSinceEpoch()));
    if (m_server.isClustered())
        t.gauge("chatroom_cluster_peers", "Other nodes of the cluster this node hears.", m_server.peerCount());
    return t.text();
}
