#include "valkeyconnection.h"

#include <QLoggingCategory>
#include <QSocketNotifier>
#include <hiredis/async.h>
#include <hiredis/hiredis.h>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcBus, "chat.server.bus")

namespace {
constexpr timeval ConnectTimeout{2, 0};
constexpr timeval CommandTimeout{5, 0};

ValkeyConnection *owner(const redisAsyncContext *context)
{
    return static_cast<ValkeyConnection *>(context->data);
}
} // namespace

struct ValkeyConnection::Pending
{
    ValkeyConnection *owner;
    ReplyHandler done;
};

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
    close();
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
    m_timeout.stop();
    if (m_context) {
        // The dying context answers what is pending with nothing: those answers are not passed on.
        m_closing = true;
        redisAsyncContext *context = std::exchange(m_context, nullptr);
        redisAsyncFree(context);
        m_closing = false;
    }
    m_connected = false;
    m_pending = 0;
}

void ValkeyConnection::connectNow()
{
    if (!m_wanted || m_context)
        return;
    redisOptions options{};
    const QByteArray host = m_host.toUtf8();
    REDIS_OPTIONS_SET_TCP(&options, host.constData(), m_port);
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
    context->ev.data = this;
    context->ev.addRead = &ValkeyConnection::addRead;
    context->ev.delRead = &ValkeyConnection::delRead;
    context->ev.addWrite = &ValkeyConnection::addWrite;
    context->ev.delWrite = &ValkeyConnection::delWrite;
    context->ev.cleanup = &ValkeyConnection::cleanup;
    context->ev.scheduleTimer = &ValkeyConnection::scheduleTimer;
    // Last: setting it waits for the socket to be writable, through the hooks above.
    redisAsyncSetConnectCallbackNC(context, &ValkeyConnection::connectCallback);
    redisAsyncSetDisconnectCallback(context, &ValkeyConnection::disconnectCallback);
}

void ValkeyConnection::sayUnreachable(const QString &why)
{
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
        // hiredis frees the context when this returns.
        sayUnreachable(QString::fromUtf8(m_context->errstr));
        m_context = nullptr;
        return scheduleReconnect();
    }
    qCInfo(lcBus) << "connected to" << m_host << m_port;
    m_saidUnreachable = false;
    m_connected = true;
    m_delay = m_firstDelay;
    if (!m_password.isEmpty()) {
        command({"AUTH"_ba, m_password}, [this](const ValkeyReply &reply) {
            if (reply.isError()) // a wrong password: said (without it), and everything after fails alike
                qCWarning(lcBus) << "the bus refused the password:" << reply.string;
        });
    }
    for (const QByteArray &channel : std::as_const(m_channels)) {
        const char *argv[] = {"SUBSCRIBE", channel.constData()};
        const size_t lengths[] = {9, size_t(channel.size())};
        redisAsyncCommandArgv(m_context, &ValkeyConnection::subscriptionCallback, this, 2, argv, lengths);
    }
    emit connected();
}

void ValkeyConnection::onDisconnected(int status)
{
    // hiredis frees the context when this returns.
    const QString why = m_context && m_context->errstr[0] ? QString::fromUtf8(m_context->errstr) : u"closed"_s;
    m_context = nullptr;
    const bool was = std::exchange(m_connected, false);
    m_pending = 0;
    if (m_closing)
        return;
    qCInfo(lcBus) << "disconnected from" << m_host << m_port << why << status;
    if (was)
        emit disconnected(why);
    scheduleReconnect();
}

void ValkeyConnection::command(const QList<QByteArray> &arguments, ReplyHandler done)
{
    if (!m_context)
        return fail(done, "not connected to the bus"_ba);
    if (m_pending >= MaxPending)
        return fail(done, "too many commands waiting for the bus"_ba);
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
        return fail(handler, "the bus connection is closing"_ba);
    }
    ++m_pending;
}

void ValkeyConnection::fail(const ReplyHandler &done, const QByteArray &why)
{
    if (!done)
        return;
    // Later, from the event loop: a caller is never called back from within its own call.
    QMetaObject::invokeMethod(
        this, [done, why] { done(ValkeyReply{ValkeyReply::Type::Error, 0, why, {}}); }, Qt::QueuedConnection);
}

void ValkeyConnection::answer(Pending *pending, void *reply)
{
    const std::unique_ptr<Pending> owned(pending);
    m_pending = std::max(0, m_pending - 1);
    if (m_closing || !owned->done)
        return;
    owned->done(reply ? convert(reply, 0)
                      : ValkeyReply{ValkeyReply::Type::Error, 0, "the bus connection broke before it answered"_ba, {}});
}

void ValkeyConnection::subscribe(const QByteArray &channel)
{
    if (m_channels.contains(channel))
        return;
    m_channels.insert(channel);
    if (!m_connected)
        return; // on connecting
    const char *argv[] = {"SUBSCRIBE", channel.constData()};
    const size_t lengths[] = {9, size_t(channel.size())};
    redisAsyncCommandArgv(m_context, &ValkeyConnection::subscriptionCallback, this, 2, argv, lengths);
}

void ValkeyConnection::unsubscribe(const QByteArray &channel)
{
    if (!m_channels.remove(channel) || !m_connected)
        return;
    const char *argv[] = {"UNSUBSCRIBE", channel.constData()};
    const size_t lengths[] = {11, size_t(channel.size())};
    redisAsyncCommandArgv(m_context, &ValkeyConnection::subscriptionCallback, this, 2, argv, lengths);
}

void ValkeyConnection::onSubscription(void *reply)
{
    if (!reply || m_closing)
        return; // the connection broke: subscribing again comes with the next connection
    const ValkeyReply message = convert(reply, 0);
    if (message.type == ValkeyReply::Type::Array && message.elements.size() == 3 &&
        message.elements.at(0).string == "message")
        emit messageReceived(message.elements.at(1).string, message.elements.at(2).string);
}

ValkeyReply ValkeyConnection::convert(const void *from, int depth)
{
    const auto *reply = static_cast<const redisReply *>(from);
    ValkeyReply out;
    switch (reply->type) {
    case REDIS_REPLY_STRING:
    case REDIS_REPLY_VERB:
    case REDIS_REPLY_BIGNUM:
    case REDIS_REPLY_DOUBLE:
        out.type = ValkeyReply::Type::String;
        out.string = QByteArray(reply->str, qsizetype(reply->len));
        break;
    case REDIS_REPLY_STATUS:
        out.type = ValkeyReply::Type::Status;
        out.string = QByteArray(reply->str, qsizetype(reply->len));
        break;
    case REDIS_REPLY_ERROR:
        out.type = ValkeyReply::Type::Error;
        out.string = QByteArray(reply->str, qsizetype(reply->len));
        break;
    case REDIS_REPLY_INTEGER:
    case REDIS_REPLY_BOOL:
        out.type = ValkeyReply::Type::Integer;
        out.integer = reply->integer;
        break;
    case REDIS_REPLY_ARRAY:
    case REDIS_REPLY_MAP:
    case REDIS_REPLY_SET:
    case REDIS_REPLY_PUSH:
        if (depth >= MaxDepth)
            return ValkeyReply{ValkeyReply::Type::Error, 0, "a reply nested too deep"_ba, {}};
        out.type = ValkeyReply::Type::Array;
        out.elements.reserve(qsizetype(reply->elements));
        for (size_t i = 0; i < reply->elements; ++i)
            out.elements.append(convert(reply->element[i], depth + 1));
        break;
    default:
        out.type = ValkeyReply::Type::Nil;
        break;
    }
    return out;
}

void ValkeyConnection::watch(bool read, bool write)
{
    if (!m_context)
        return;
    const qintptr fd = m_context->c.fd;
    if (read && !m_reader) {
        m_reader = new QSocketNotifier(fd, QSocketNotifier::Read, this);
        connect(m_reader, &QSocketNotifier::activated, this, [this] {
            if (m_context)
                redisAsyncHandleRead(m_context);
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
    auto *self = static_cast<ValkeyConnection *>(data);
    self->watch(true, false);
    self->m_reader->setEnabled(true);
}

void ValkeyConnection::delRead(void *data)
{
    if (auto *reader = static_cast<ValkeyConnection *>(data)->m_reader)
        reader->setEnabled(false);
}

void ValkeyConnection::addWrite(void *data)
{
    auto *self = static_cast<ValkeyConnection *>(data);
    self->watch(false, true);
    self->m_writer->setEnabled(true);
}

void ValkeyConnection::delWrite(void *data)
{
    if (auto *writer = static_cast<ValkeyConnection *>(data)->m_writer)
        writer->setEnabled(false);
}

void ValkeyConnection::cleanup(void *data)
{
    // The context goes (its socket with it), maybe from within a notifier's own signal: they go later.
    auto *self = static_cast<ValkeyConnection *>(data);
    for (QSocketNotifier **notifier : {&self->m_reader, &self->m_writer}) {
        if (*notifier) {
            (*notifier)->setEnabled(false);
            (*notifier)->deleteLater();
            *notifier = nullptr;
        }
    }
    self->m_timeout.stop();
}

void ValkeyConnection::scheduleTimer(void *data, timeval tv)
{
    static_cast<ValkeyConnection *>(data)->m_timeout.start(
        std::chrono::milliseconds(qint64(tv.tv_sec) * 1000 + tv.tv_usec / 1000));
}

void ValkeyConnection::connectCallback(redisAsyncContext *context, int status)
{
    owner(context)->onConnected(status);
}

void ValkeyConnection::disconnectCallback(const redisAsyncContext *context, int status)
{
    owner(context)->onDisconnected(status);
}

void ValkeyConnection::replyCallback(redisAsyncContext *context, void *reply, void *data)
{
    owner(context)->answer(static_cast<Pending *>(data), reply);
}

void ValkeyConnection::subscriptionCallback(redisAsyncContext *context, void *reply, void *)
{
    owner(context)->onSubscription(reply);
}
