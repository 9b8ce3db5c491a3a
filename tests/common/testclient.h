// A protocol client for tests: real socket, the shared Connection, and helpers that wait for replies.
#pragma once

#include "connection.h"

#include <QDeadlineTimer>
#include <QList>
#include <QSslSocket>
#include <QTest>
#include <QUdpSocket>
#include <memory>

// QTRY_VERIFY without failing the test: the caller checks the result.
#define QTRY_VERIFY_WITH_TIMEOUT_NOFAIL(expr, timeout)                                                                 \
    do {                                                                                                               \
        QDeadlineTimer _deadline(timeout);                                                                             \
        while (!(expr) && !_deadline.hasExpired())                                                                     \
            QTest::qWait(5);                                                                                           \
    } while (false)

class TestClient : public QObject
{
    Q_OBJECT
public:
    explicit TestClient(QObject *parent = nullptr);

    enum class Transport { Tls, Plain };
    // Connects to 127.0.0.1:port (over TLS unless the server runs with --no-tls) and waits until it is ready.
    bool connectTo(quint16 port, Transport transport = Transport::Tls);
    // A TLS socket that accepts the test server's self-signed certificate, for tests that speak raw bytes.
    static QSslSocket *tlsSocket();
    // hello, then register (or login) and wait for auth_ok; false (with the error in lastError()) otherwise.
    bool registerUser(const QString &name, const QString &password = QStringLiteral("password123"));
    bool login(const QString &name, const QString &password = QStringLiteral("password123"));
    bool hello();
    // A client on 127.0.0.1:port logged in (or registered) as name on a device; null when that failed.
    static std::unique_ptr<TestClient> open(quint16 port, const QString &name, const std::optional<QString> &device,
                                            bool create);
    // The device the next register or login names (version 2); none by default, as a version 1 client.
    void setDevice(const std::optional<QString> &device) { m_device = device; }
    // The protocol version the next hello asks for.
    void setProtocolVersion(int version) { m_version = version; }

    template <typename T> void send(const T &message) { m_connection->sendMessage(message); }
    template <typename T> void send(const T &message, qint64 ref) { m_connection->send(Msg::encode(message, ref)); }
    void sendRaw(const QByteArray &bytes) { m_connection->socket()->write(bytes); }

    // Waits for the next message of type T that matches pred (earlier ones of other kinds are kept).
    template <typename T> std::optional<T> waitFor(int timeoutMs = 5000, std::function<bool(const T &)> pred = {})
    {
        std::optional<T> found;
        QTRY_VERIFY_WITH_TIMEOUT_NOFAIL(takeFirst<T>(found, pred), timeoutMs);
        return found;
    }
    // True if a message of type T arrived (and removes it); does not wait.
    template <typename T> bool has(std::function<bool(const T &)> pred = {})
    {
        std::optional<T> found;
        return takeFirst<T>(found, pred);
    }
    QList<Msg::Message> &received() { return m_received; }
    bool isConnected() const { return m_connection && m_connection->isOpen(); }
    bool waitForDisconnect(int timeoutMs = 5000);
    QString lastError() const { return m_lastError; }
    const Msg::AuthOk &auth() const { return m_auth; }
    Connection *connection() const { return m_connection; }
    // A download's transfer connection: after transfer_ready, what comes is bytes, collected in rawBytes().
    void expectBytesAfterTransferReady() { m_rawAfterTransferReady = true; }
    const QByteArray &rawBytes() const { return m_raw; }
    // Answer the server's pings (on by default); off makes a client that looks dead to the heartbeat.
    void setAutoPong(bool on) { m_autoPong = on; }

    // UDP with the session's key.
    bool sendUdp(quint16 udpPort, const Msg::Message &message);
    std::optional<Msg::Message> waitForUdp(int timeoutMs = 3000);
    // Puts this client's UDP key and counter where a test wants them (out of step, or a new key from udp_key).
    void setUdpKey(const QByteArray &key, quint64 counter = 0)
    {
        m_auth.udpKey = key;
        m_udpCounter = counter;
    }

private:
    template <typename T> bool takeFirst(std::optional<T> &found, const std::function<bool(const T &)> &pred)
    {
        for (qsizetype i = 0; i < m_received.size(); ++i) {
            if (const T *m = std::get_if<T>(&m_received[i]); m && (!pred || pred(*m))) {
                found = *m;
                m_received.removeAt(i);
                return true;
            }
        }
        return false;
    }
    bool authenticate();

    Connection *m_connection = nullptr;
    QList<Msg::Message> m_received;
    QString m_lastError;
    Msg::AuthOk m_auth;
    QUdpSocket m_udp;
    quint64 m_udpCounter = 0;
    bool m_autoPong = true;
    bool m_rawAfterTransferReady = false;
    QByteArray m_raw;
    std::optional<QString> m_device;
    int m_version = Protocol::Version;
};
