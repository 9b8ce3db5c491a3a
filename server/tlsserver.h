// The listening TCP port with TLS: hands out connections once their handshake has succeeded (as QSslServer
// does), but answers a client that speaks plain text with a plain-text tls_required error instead of
// silence, and bounds the handshakes in progress.
#pragma once

#include <QHostAddress>
#include <QSet>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTimer>
#include <chrono>
#include <deque>

class QSslSocket;

class TlsServer : public QTcpServer
{
    Q_OBJECT
public:
    TlsServer(const QSslConfiguration &config, std::chrono::milliseconds handshakeTimeout, int maxHandshakes,
              QObject *parent = nullptr);
    ~TlsServer() override;

    int handshakesInProgress() const { return int(m_handshaking.size()); }

signals:
    void handshakeFailed(const QHostAddress &peer, const QString &why);
    void plainTextRefused(const QHostAddress &peer);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void onFirstBytes(QSslSocket *socket);
    // The socket leaves the handshake stage (either way); accepting resumes if it was paused.
    bool finishHandshake(QSslSocket *socket);
    void fail(QSslSocket *socket, const QString &why);
    // Adopts the waiting connections, one per pass of the event loop (see HandshakesPerPass).
    void startWaitingHandshakes();
    void adopt(qintptr descriptor);

    QSslConfiguration m_config;
    std::chrono::milliseconds m_handshakeTimeout;
    int m_maxHandshakes;
    QSet<QSslSocket *> m_handshaking;
    std::deque<qintptr> m_waiting; // accepted descriptors not adopted yet (see HandshakesPerPass)
    QTimer m_handshakePacer;
    bool m_paused = false;
};
