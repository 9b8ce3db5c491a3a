#include "valkeyconnection.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QSocketNotifier>
#include <algorithm>
#include <hiredis/async.h>
#include <hiredis/hiredis.h>
#include <memory>
#include <sys/ioctl.h>
#include <utility>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcBus, "chat.server.bus")

namespace {
constexpr timeval ConnectTimeout{2, 0};
constexpr timeval CommandTimeout{5, 0};
// Errors this side makes (as against the server's "ERR …", "WRONGPASS …").
constexpr QByteArrayView OwnError = "chatroom: ";

ValkeyConnection *owner(const redisAsyncContext *context)
{
    return static_cast<ValkeyConnection *>(context->data);
}

ValkeyReply ownError(const char *why)
{
    return ValkeyReply{ValkeyReply::Type::Error, 0, OwnError.toByteArray() + why, {}};
}

bool subscribing(const QByteArray &verb)
{
    static const QList<QByteArray> verbs{"SUBSCRIBE",    "PSUBSCRIBE",   "SSUBSCRIBE", "UNSUBSCRIBE",
                                         "PUNSUBSCRIBE", "SUNSUBSCRIBE", "MONITOR"};
    return verbs.contains(verb.toUpper());
}
} // namespace

ValkeyConnection::ValkeyConnection(QObject *parent) : QObject(parent)
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &ValkeyConnection::connectNow);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_context)
            redisAsyncHandleTimeout(m_context);
    });
}

ValkeyConnection::~ValkeyConnection()
{
    m_wanted = false;
    if (m_lookup)
        QHostInfo::abortHostLookup(m_lookup);
    release(false);
}

void ValkeyConnection::open(const QString &host, quint16 port, const QByteArray &password,
                            std::chrono::milliseconds first, std::chrono::milliseconds most)
{
    close();
    m_host = host;
    m_port = port;
    m_password = password;
    m_firstDelay = first;
    m_maxDelay = most;
    m_delay = first;
    m_wanted = true;
    connectNow();
}

void ValkeyConnection::close()
{
    m_wanted = false;
    m_reconnect.stop();
    if (m_lookup)
        QHostInfo::abortHostLookup(std::exchange(m_lookup, 0));
    release(true);
}

void ValkeyConnection::release(bool answerPending)
{
    dropNotifiers();
    for (Pending *pending : std::as_const(m_inFlight)) {
        pending->owner = nullptr; // hiredis deletes it when it gives it back (with no reply)
        if (answerPending)
            fail(pending->done, "the bus connection was closed");
        pending->done = {};
    }
    m_inFlight.clear();
    m_connected = false;
    if (redisAsyncContext *context = std::exchange(m_context, nullptr)) {
        // Nothing of it reaches this object again, whenever hiredis frees it (inside one of its callbacks,
        // only once that returns).
        context->data = nullptr;
        context->ev.data = nullptr;
        context->onDisconnect = nullptr;
        context->onConnect = nullptr;
        context->onConnectNC = nullptr;
        redisAsyncFree(context);
    }
}

void ValkeyConnection::connectNow()
{
    if (!m_wanted || m_context || m_lookup)
        return;
    if (const QHostAddress address(m_host); !address.isNull())
        return connectTo(m_host.toLatin1());
    // hiredis would look a name up itself, blocking the event loop (for seconds when DNS is away).
    m_lookup = QHostInfo::lookupHost(m_host, this, [this](const QHostInfo &info) {
        m_lookup = 0;
        if (!m_wanted)
            return;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            sayUnreachable(info.errorString());
            return scheduleReconnect();
        }
        connectTo(info.addresses().constFirst().toString().toLatin1());
    });
}

void ValkeyConnection::connectTo(const QByteArray &address)
{
    redisOptions options{};
    REDIS_OPTIONS_SET_TCP(&options, address.constData(), m_port);
    options.connect_timeout = &ConnectTimeout;
    options.command_timeout = &CommandTimeout;
    redisAsyncContext *context = redisAsyncConnectWithOptions(&options);
    if (!context || context->err) {
        sayUnreachable(context ? QString::fromUtf8(context->errstr) : u"out of memory"_s);
        if (context)
            redisAsyncFree(context);
        return scheduleReconnect();
    }
    m_context = context;
    context->data = this;
    context->c.reader->maxelements = MaxElements;
    context->ev.data = this;
    context->ev.addRead = &ValkeyConnection::addRead;
    context->ev.delRead = &ValkeyConnection::delRead;
    context->ev.addWrite = &ValkeyConnection::addWrite;
    context->ev.delWrite = &ValkeyConnection::delWrite;
    context->ev.cleanup = &ValkeyConnection::cleanup;
    context->ev.scheduleTimer = &ValkeyConnection::scheduleTimer;
    // Before anything queued meanwhile: what comes before AUTH is refused.
    if (!m_password.isEmpty()) {
        command({"AUTH"_ba, m_password}, [](const ValkeyReply &reply) {
            if (reply.isError() && !reply.string.startsWith(OwnError)) // (never the password itself)
                qCWarning(lcBus) << "the bus refused the password:" << reply.string.left(80);
        });
    }
    // Last: setting it waits for the socket to be writable, through the hooks above.
    redisAsyncSetConnectCallbackNC(context, &ValkeyConnection::connectCallback);
    redisAsyncSetDisconnectCallback(context, &ValkeyConnection::disconnectCallback);
}

void ValkeyConnection::sayUnreachable(const QString &why)
{
    m_lastError = why;
    // Once a run of failed tries, not at every try (every 2 s, for as long as the bus is away).
    if (!std::exchange(m_saidUnreachable, true))
        qCWarning(lcBus) << "cannot reach the bus at" << m_host << m_port << why << "; trying again";
    else
        qCDebug(lcBus) << "cannot connect to" << m_host << m_port << why;
}

void ValkeyConnection::scheduleReconnect()
{
    if (!m_wanted || m_reconnect.isActive())
        return;
    m_reconnect.start(m_delay);
    m_delay = std::min(m_delay * 2, m_maxDelay);
}

void ValkeyConnection::onConnected(int status)
{
    if (status != REDIS_OK) {
        // hiredis frees the context when this returns (with the commands queued on it, answered).
        sayUnreachable(QString::fromUtf8(m_context->errstr));
        m_context = nullptr;
        return scheduleReconnect();
    }
    m_connected = true;
    redisEnableKeepAliveWithInterval(&m_context->c, KeepAliveSeconds);
    // Connected is when the server answers: one that accepts and drops connections (its client limit,
    // protected mode) is tried again with the growing wait, not ten times a second.
    command({"PING"_ba}, [this](const ValkeyReply &reply) {
        if (reply.isError())
            return;
        qCInfo(lcBus) << "connected to" << m_host << m_port;
        m_saidUnreachable = false;
        m_delay = m_firstDelay;
        emit connected();
    });
    for (const QByteArray &channel : std::as_const(m_channels))
        send("SUBSCRIBE", channel);
}

void ValkeyConnection::onDisconnected(int status)
{
    // hiredis frees the context when this returns: what is pending is answered (with an error) then.
    const QString why = m_context->errstr[0] ? QString::fromUtf8(m_context->errstr) : u"closed"_s;
    m_context = nullptr;
    m_lastError = why;
    const bool was = std::exchange(m_connected, false);
    qCInfo(lcBus) << "disconnected from" << m_host << m_port << why << status;
    if (was)
        emit disconnected(why);
    scheduleReconnect();
}

void ValkeyConnection::command(const QList<QByteArray> &arguments, ReplyHandler done)
{
    if (arguments.isEmpty() || subscribing(arguments.constFirst()))
        return fail(done, "subscribe with subscribe(), not command()");
    if (!m_context)
        return fail(done, "not connected to the bus");
    if (m_inFlight.size() >= MaxPending)
        return fail(done, "too many commands waiting for the bus");
    QList<const char *> argv;
    QList<size_t> lengths;
    for (const QByteArray &argument : arguments) {
        argv << argument.constData();
        lengths << size_t(argument.size());
    }
    auto *pending = new Pending{this, std::move(done)};
    if (redisAsyncCommandArgv(m_context, &ValkeyConnection::replyCallback, pending, int(argv.size()), argv.data(),
                              lengths.data()) != REDIS_OK) {
        const ReplyHandler handler = std::move(pending->done);
        delete pending;
        return fail(handler, "the bus connection is closing");
    }
    m_inFlight.insert(pending);
    // Out at once, not when this pass of the event loop ends: a node storing a burst of messages would
    // otherwise publish the first only after the last, and the other nodes would ask the database for the
    // gaps. (Not from within hiredis's own callbacks, where its context must not be written to.)
    if ((m_context->c.flags & REDIS_CONNECTED) && !(m_context->c.flags & REDIS_IN_CALLBACK))
        redisAsyncHandleWrite(m_context);
}

void ValkeyConnection::fail(const ReplyHandler &done, const char *why)
{
    if (!done)
        return;
    // Later, from the event loop: a caller is never called back from within its own call.
    QMetaObject::invokeMethod(this, [done, reply = ownError(why)] { done(reply); }, Qt::QueuedConnection);
}

void ValkeyConnection::answer(Pending *pending, void *reply)
{
    const std::unique_ptr<Pending> owned(pending);
    m_inFlight.remove(pending);
    if (!owned->done)
        return;
    bool tooDeep = false;
    const ValkeyReply converted = reply ? ValkeyReply::from(reply, MaxDepth, &tooDeep) : ValkeyReply{};
    owned->done(!reply    ? ownError("the bus connection broke before it answered")
                : tooDeep ? ownError("a reply nested too deep")
                          : converted);
}

void ValkeyConnection::subscribe(const QByteArray &channel)
{
    if (m_channels.contains(channel))
        return;
    m_channels.insert(channel);
    if (m_connected)
        send("SUBSCRIBE", channel); // else on connecting
}

void ValkeyConnection::unsubscribe(const QByteArray &channel)
{
    if (m_channels.remove(channel) && m_connected)
        send("UNSUBSCRIBE", channel);
}

void ValkeyConnection::send(const char *verb, const QByteArray &channel)
{
    const char *argv[] = {verb, channel.constData()};
    const size_t lengths[] = {qstrlen(verb), size_t(channel.size())};
    redisAsyncCommandArgv(m_context, &ValkeyConnection::subscriptionCallback, nullptr, 2, argv, lengths);
}

void ValkeyConnection::onSubscription(void *reply)
{
    if (!reply)
        return; // the connection broke: subscribing again comes with the next connection
    bool tooDeep = false;
    const ValkeyReply message = ValkeyReply::from(reply, MaxDepth, &tooDeep);
    if (tooDeep || message.type != ValkeyReply::Type::Array || message.elements.size() != 3)
        return;
    const QByteArray &kind = message.elements.at(0).string;
    if (kind == "message")
        emit messageReceived(message.elements.at(1).string, message.elements.at(2).string);
    else if (kind == "subscribe")
        emit subscribed(message.elements.at(1).string);
}

void ValkeyConnection::read()
{
    const QPointer<ValkeyConnection> alive(this); // a handler may delete it
    // All that has come (up to a bound), not one buffer of it: a node busy with its clients reads the bus once a
    // pass of its event loop, and the other nodes' messages must not fall behind there (their gaps would be
    // asked of the database).
    for (int i = 0; i < MaxReadsPerPass; ++i) {
        redisAsyncHandleRead(m_context);
        if (!alive || !m_context)
            return;
        // A reply still coming that is larger than any this connection needs: not waited for in memory.
        if (m_context->c.reader && m_context->c.reader->len > size_t(MaxReplyBytes)) {
            qCWarning(lcBus) << "the bus sent more than" << MaxReplyBytes << "bytes in one reply; connecting again";
            release(true);
            emit disconnected(u"a reply too large"_s);
            scheduleReconnect();
            return;
        }
        int unread = 0;
        if (::ioctl(int(m_context->c.fd), FIONREAD, &unread) != 0 || unread <= 0)
            return;
    }
}

void ValkeyConnection::watch(bool read, bool write)
{
    const qintptr fd = m_context->c.fd;
    if (read && !m_reader) {
        m_reader = new QSocketNotifier(fd, QSocketNotifier::Read, this);
        connect(m_reader, &QSocketNotifier::activated, this, [this] {
            if (m_context)
                this->read();
        });
    }
    if (write && !m_writer) {
        m_writer = new QSocketNotifier(fd, QSocketNotifier::Write, this);
        connect(m_writer, &QSocketNotifier::activated, this, [this] {
            if (m_context)
                redisAsyncHandleWrite(m_context);
        });
    }
}

void ValkeyConnection::addRead(void *data)
{
    if (auto *self = static_cast<ValkeyConnection *>(data); self && self->m_context) {
        self->watch(true, false);
        self->m_reader->setEnabled(true);
    }
}

void ValkeyConnection::delRead(void *data)
{
    if (auto *self = static_cast<ValkeyConnection *>(data); self && self->m_reader)
        self->m_reader->setEnabled(false);
}

void ValkeyConnection::addWrite(void *data)
{
    if (auto *self = static_cast<ValkeyConnection *>(data); self && self->m_context) {
        self->watch(false, true);
        self->m_writer->setEnabled(true);
    }
}

void ValkeyConnection::delWrite(void *data)
{
    if (auto *self = static_cast<ValkeyConnection *>(data); self && self->m_writer)
        self->m_writer->setEnabled(false);
}

void ValkeyConnection::cleanup(void *data)
{
    // The context goes (its socket with it), maybe from within a notifier's own signal: they go later.
    if (auto *self = static_cast<ValkeyConnection *>(data))
        self->dropNotifiers();
}

void ValkeyConnection::dropNotifiers()
{
    m_timeout.stop();
    for (QSocketNotifier **notifier : {&m_reader, &m_writer}) {
        if (*notifier) { // (maybe inside its own signal: it goes later)
            (*notifier)->setEnabled(false);
            (*notifier)->deleteLater();
            *notifier = nullptr;
        }
    }
}

void ValkeyConnection::scheduleTimer(void *data, timeval tv)
{
    if (auto *self = static_cast<ValkeyConnection *>(data))
        self->m_timeout.start(std::chrono::milliseconds(qint64(tv.tv_sec) * 1000 + tv.tv_usec / 1000));
}

void ValkeyConnection::connectCallback(redisAsyncContext *context, int status)
{
    if (ValkeyConnection *self = owner(context))
        self->onConnected(status);
}

void ValkeyConnection::disconnectCallback(const redisAsyncContext *context, int status)
{
    if (ValkeyConnection *self = owner(context))
        self->onDisconnected(status);
}

void ValkeyConnection::replyCallback(redisAsyncContext *, void *reply, void *data)
{
    auto *pending = static_cast<Pending *>(data);
    if (pending->owner)
        pending->owner->answer(pending, reply);
    else
        delete pending; // let go of by a closed connection
}

void ValkeyConnection::subscriptionCallback(redisAsyncContext *context, void *reply, void *)
{
    if (ValkeyConnection *self = owner(context))
        self->onSubscription(reply);
}
