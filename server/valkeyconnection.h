// A connection to Valkey (or Redis) on the Qt event loop, the bus between server nodes (issue 17,
// docs/SCALING.md): hiredis' asynchronous API driven by socket notifiers, commands answered through
// callbacks, published messages as a signal. It reconnects by itself after a loss (the server restarted,
// the network broke), with a growing wait, subscribes again to what it was subscribed to, and says so
// (connected(), subscribed(), disconnected()): what was published meanwhile is lost to it, which is why a
// node fills such gaps from the database once subscribed() says it listens again.
//
// A connection that has subscribed takes no other commands (the protocol's rule): use one connection to
// subscribe and another for commands; command() refuses the subscribing commands. Handlers and slots must
// not run a nested event loop (hiredis is inside its own callback then); they may close or delete the
// connection (deleteLater is kinder).
#pragma once

#include "valkeyreply.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <chrono>
#include <functional>

struct redisAsyncContext;
class QSocketNotifier;

class ValkeyConnection : public QObject
{
    Q_OBJECT
public:
    // What a reply may hold: arrays nested at most MaxDepth deep, of at most MaxElements each, and at most
    // MaxReplyBytes waiting to be read. A bus message is small; a server that sends more is not trusted
    // with memory (the connection is closed and made again).
    static constexpr int MaxDepth = 8;
    static constexpr long long MaxElements = 100'000;
    static constexpr qsizetype MaxReplyBytes = 64LL * 1024 * 1024;
    // What one pass of the event loop reads at most, in hiredis's reads of 16 KiB: 1 MiB.
    static constexpr int MaxReadsPerPass = 64;
    // Commands sent and not answered yet: more get an error at once instead of growing a queue without
    // bound while the server is slow or gone.
    static constexpr int MaxPending = 10'000;
    // TCP keepalive: a connection whose peer vanished (no reset ever comes) is found dead within about
    // three times this.
    static constexpr int KeepAliveSeconds = 5;

    explicit ValkeyConnection(QObject *parent = nullptr);
    ~ValkeyConnection() override;

    // Connects to host:port (an address, or a name looked up without blocking) and stays connected; the
    // password (empty: none) goes with AUTH before anything else. Wait between tries: from `first`
    // doubling to `most`, reset once the server has answered.
    void open(const QString &host, quint16 port, const QByteArray &password = {},
              std::chrono::milliseconds first = std::chrono::milliseconds(100),
              std::chrono::milliseconds most = std::chrono::milliseconds(2000));
    // Ends the connection; what is waiting for an answer gets an error (from the event loop).
    void close();
    bool isConnected() const { return m_connected; }

    using ReplyHandler = std::function<void(const ValkeyReply &)>;
    // Sends a command (its arguments as binary-safe strings); done gets its reply, or an Error reply when
    // the connection is not up, breaks or closes before the answer, or has MaxPending unanswered. done is
    // never called from within command() itself, and never after this object is gone.
    void command(const QList<QByteArray> &arguments, ReplyHandler done = {});
    // Subscribes to a channel (kept across reconnections); its messages come as messageReceived.
    void subscribe(const QByteArray &channel);
    void unsubscribe(const QByteArray &channel);

    // Why the last try to connect failed, or the connection was lost (empty while none has).
    QString lastError() const { return m_lastError; }

signals:
    // The server answered on a new connection.
    void connected();
    // The server confirmed a subscription (again, after each reconnection).
    void subscribed(const QByteArray &channel);
    void disconnected(const QString &why);
    void messageReceived(const QByteArray &channel, const QByteArray &payload);

private:
    struct Pending
    {
        ValkeyConnection *owner; // null once the connection let go of it (closed)
        ReplyHandler done;
    };
    void connectNow();
    void connectTo(const QByteArray &address);
    void onConnected(int status);
    void onDisconnected(int status);
    void onSubscription(void *reply);
    void answer(Pending *pending, void *reply);
    void fail(const ReplyHandler &done, const char *why);
    void send(const char *verb, const QByteArray &channel);
    void scheduleReconnect();
    void sayUnreachable(const QString &why);
    // Lets go of the context: nothing of it reaches this object again; freed now or, inside one of its
    // callbacks, by hiredis when that returns.
    void release(bool answerPending);
    void read();
    // The socket's notifiers and hiredis' timer go (the context's socket goes with it).
    void dropNotifiers();
    void watch(bool read, bool write);

    // hiredis' event hooks and callbacks (C function pointers: `data` is this, or null once let go of).
    static void addRead(void *data);
    static void delRead(void *data);
    static void addWrite(void *data);
    static void delWrite(void *data);
    static void cleanup(void *data);
    static void scheduleTimer(void *data, struct timeval tv);
    static void connectCallback(redisAsyncContext *context, int status);
    static void disconnectCallback(const redisAsyncContext *context, int status);
    static void replyCallback(redisAsyncContext *context, void *reply, void *data);
    static void subscriptionCallback(redisAsyncContext *context, void *reply, void *data);

    QString m_host;
    QString m_lastError;
    quint16 m_port = 0;
    QByteArray m_password;
    std::chrono::milliseconds m_firstDelay{100};
    std::chrono::milliseconds m_maxDelay{2000};
    std::chrono::milliseconds m_delay{100};
    redisAsyncContext *m_context = nullptr;
    QSocketNotifier *m_reader = nullptr;
    QSocketNotifier *m_writer = nullptr;
    QTimer m_reconnect;
    QTimer m_timeout; // hiredis' own (connect and command) timeouts
    QSet<QByteArray> m_channels;
    QSet<Pending *> m_inFlight;
    int m_lookup = 0; // the host name lookup under way (QHostInfo's id), or 0
    bool m_connected = false;
    bool m_wanted = false; // open() and no close() since
    bool m_saidUnreachable = false;
};
