// The listening TCP port with TLS: hands out connections once their handshake has succeeded (as QSslServer
// does), but answers a client that speaks plain text with a plain-text tls_required error instead of
// silence, and bounds the handshakes in progress, in all and from any one address.
#pragma once

#include "addresscounts.h"

#include <QHash>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTimer>
#include <chrono>
#include <deque>
#include <functional>

class QSslSocket;

class TlsServer : public QTcpServer
{
    Q_OBJECT
public:
    TlsServer(const QSslConfiguration &config, std::chrono::milliseconds handshakeTimeout, int maxHandshakes,
              QObject *parent = nullptr);
    ~TlsServer() override;

    int handshakesInProgress() const { return int(m_handshaking.size()); }
    // For the handshakes that start from now on (a renewed certificate); those done keep theirs.
    void setConfiguration(const QSslConfiguration &config) { m_config = config; }
    // A connection arriving while this many from its address are still before or in their handshake is
    // closed at once, so one address cannot hold the handshake slots of everyone else (0: no limit).
    void setMaxHandshakesPerAddress(int max) { m_maxPerAddress = max; }
    // Asked before any handshake work: false closes the connection at once (a handshake costs the server
    // far more than the client; see ConnectionRate).
    void setAdmission(std::function<bool(const QHostAddress &)> admit) { m_admit = std::move(admit); }

signals:
    void handshakeFailed(const QHostAddress &peer, const QString &why);
    // From taking the connection up to the handshake done: the client's round trips and the server's signing.
    void handshakeSucceeded(qint64 elapsedNs);
    void plainTextRefused(const QHostAddress &peer);
    void handshakeRefused(const QHostAddress &peer); // over the per-address limit; closed unread

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void onFirstBytes(QSslSocket *socket);
    // The socket leaves the handshake stage (either way); accepting resumes if it was paused.
    bool finishHandshake(QSslSocket *socket);
    void fail(QSslSocket *socket, const QString &why);
    // Adopts the waiting connections, one per pass of the event loop (see HandshakesPerPass).
    void startWaitingHandshakes();
    void adopt(qintptr descriptor, const QHostAddress &peer);

    QSslConfiguration m_config;
    std::chrono::milliseconds m_handshakeTimeout;
    int m_maxHandshakes;
    struct Waiting
    {
        qintptr descriptor;
        QHostAddress peer;
    };

    QHash<QSslSocket *, QHostAddress> m_handshaking;
    std::deque<Waiting> m_waiting; // accepted descriptors not adopted yet (see HandshakesPerPass)
    AddressCounts m_perAddress;    // waiting or handshaking, per peer address
    int m_maxPerAddress = 0;
    std::function<bool(const QHostAddress &)> m_admit;
    QTimer m_handshakePacer;
    bool m_paused = false;
};
