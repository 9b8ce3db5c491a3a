// The listening TCP port. Hands out each connection as a LeanSocket: at once without TLS, and with TLS
// once its handshake has succeeded (as QSslServer does). A client that speaks plain text to the TLS port
// gets a plain-text tls_required error instead of silence, and the handshakes in progress are bounded,
// in all and from any one address, and taken up one per pass of the event loop.
#pragma once

#include "addresscounts.h"
#include "tlscontext.h"

#include <QHostAddress>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTimer>
#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <unordered_map>

class LeanSocket;

class Listener : public QTcpServer
{
    Q_OBJECT
public:
    Listener(std::chrono::milliseconds handshakeTimeout, int maxHandshakes, QObject *parent = nullptr);
    ~Listener() override;

    // TLS from now on, with this certificate, for the handshakes that start from now on (a renewed
    // certificate); those done keep theirs. False and *error when OpenSSL refuses it (nothing changes).
    bool setTlsConfiguration(const QSslConfiguration &config, QString *error);
    bool usesTls() const { return bool(m_context); }
    int handshakesInProgress() const { return int(m_handshaking.size()); }
    int connectionsWaiting() const { return int(m_waiting.size()); } // accepted, handshake not started
    // A connection arriving while this many from its address are still before or in their handshake is
    // closed at once, so one address cannot hold the handshake slots of everyone else (0: no limit).
    void setMaxHandshakesPerAddress(int max) { m_maxPerAddress = max; }
    // Asked before any handshake work: false closes the connection at once (a handshake costs the server
    // far more than the client; see ConnectionRate).
    void setAdmission(std::function<bool(const QHostAddress &)> admit) { m_admit = std::move(admit); }

signals:
    // A connection to serve; the receiver takes the socket (it has no parent).
    void connectionReady(LeanSocket *socket);
    void handshakeFailed(const QHostAddress &peer, const QString &why);
    // From taking the connection up to the handshake done: the client's round trips and the server's signing.
    void handshakeSucceeded(qint64 elapsedNs);
    void plainTextRefused(const QHostAddress &peer);
    void handshakeRefused(const QHostAddress &peer); // over the per-address limit; closed unread

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    class Handshake;
    void onFirstBytes(LeanSocket *socket);
    void onEncrypted(LeanSocket *socket);
    // The socket leaves the handshake stage (either way); accepting resumes if it was paused.
    bool finishHandshake(LeanSocket *socket);
    void fail(LeanSocket *socket, const QString &why);
    // Adopts the waiting connections, one per pass of the event loop (see HandshakesPerPass).
    void startWaitingHandshakes();
    void adopt(qintptr descriptor, const QHostAddress &peer);

    TlsContext::Pointer m_context; // none: plain TCP
    std::chrono::milliseconds m_handshakeTimeout;
    int m_maxHandshakes;
    struct Waiting
    {
        qintptr descriptor;
        QHostAddress peer;
    };

    std::unordered_map<LeanSocket *, std::unique_ptr<Handshake>> m_handshaking;
    std::deque<Waiting> m_waiting; // accepted descriptors not adopted yet (see HandshakesPerPass)
    AddressCounts m_perAddress;    // waiting or handshaking, per peer address
    int m_maxPerAddress = 0;
    std::function<bool(const QHostAddress &)> m_admit;
    QTimer m_handshakePacer;
    bool m_paused = false;
};
