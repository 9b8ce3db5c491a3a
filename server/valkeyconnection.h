// A connection to Valkey (or Redis) on the Qt event loop, the bus between server nodes (issue 17,
// docs/SCALING.md): hiredis' asynchronous API driven by socket notifiers, commands answered through
// callbacks, published messages as a signal. It reconnects by itself after a loss (the server restarted,
// the network broke), with a growing wait, subscribes again to what it was subscribed to, and says so
// (connected(), disconnected()): what was published meanwhile is lost to it, which is why a node fills
// such gaps from the database.
//
// A connection that has subscribed takes no other commands (the protocol's rule): use one connection to
// subscribe and another for commands.
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <chrono>
#include <functional>

struct redisAsyncContext;
class QSocketNotifier;

struct ValkeyReply
{
    enum class Type { Nil, Status, Error, Integer, String, Array };
    Type type = Type::Nil;
    qint64 integer = 0;
    QByteArray string; // a status, an error or a string
    QList<ValkeyReply> elements;

    bool isError() const { return type == Type::Error; }
};

class ValkeyConnection : public QObject
{
    Q_OBJECT
public:
    // What a reply may hold at most, nested arrays included: a bus message is small, and a server that
    // sends more is not one to trust with memory.
    static constexpr int MaxDepth = 8;
    // Commands sent and not answered yet: more get an error at once instead of growing a queue without
    // bound while the server is slow or gone.
    static constexpr int MaxPending = 10'000;

    explicit ValkeyConnection(QObject *parent = nullptr);
    ~ValkeyConnection() override;

    // Connects to host:port (an address or a name; loopback in the tests) and stays connected; the
    // password (empty: none) is sent with AUTH first. Wait between tries: from `first` doubling to `most`.
    void open(const QString &host, quint16 port, const QByteArray &password = {},
              std::chrono::milliseconds first = std::chrono::milliseconds(100),
              std::chrono::milliseconds most = std::chrono::milliseconds(2000));
    void close();
    bool isConnected() const { return m_connected; }

    using ReplyHandler = std::function<void(const ValkeyReply &)>;
    // Sends a command (its arguments as binary-safe strings); done gets its reply, or an Error reply when
    // the connection is not up, breaks before the answer, or has MaxPending unanswered. done is never
    // called from within command() itself, and never after this object is gone.
    void command(const QList<QByteArray> &arguments, ReplyHandler done = {});
    // Subscribes to a channel (kept across reconnections); its messages come as messageReceived.
    void subscribe(const QByteArray &channel);
    void unsubscribe(const QByteArray &channel);

signals:
    void connected();
    void disconnected(const QString &why);
    void messageReceived(const QByteArray &channel, const QByteArray &payload);

private:
    struct Pending;
    void connectNow();
    void onConnected(int status);
    void onDisconnected(int status);
    void onSubscription(void *reply);
    void answer(Pending *pending, void *reply);
    void fail(const ReplyHandler &done, const QByteArray &why);
    void scheduleReconnect();
    void sayUnreachable(const QString &why);
    void watch(bool read, bool write);
    static ValkeyReply convert(const void *reply, int depth);

    // hiredis' event hooks and callbacks (C function pointers: `data` is this).
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
    int m_pending = 0;
    bool m_connected = false;
    bool m_wanted = false;  // open() and no close() since
    bool m_closing = false; // in close(): callbacks of the dying context are not passed on
    bool m_saidUnreachable = false;
};
