#include "passwordhasher.h"

#include <QLoggingCategory>
#include <QPointer>
#include <sodium.h>
#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcHash, "chat.server.auth")

namespace {

// Hashing is background work: under CPU pressure the event loop (everyone's chat) must win the core.
// Nice 10 gives a hashing thread about a tenth of the weight of the event loop, yet hashes still progress
// when the server is busy. Linux keeps a nice value per thread.
constexpr int HashingNice = 10;

void lowerThisThreadsPriority()
{
#ifdef Q_OS_LINUX
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
    if (setpriority(PRIO_PROCESS, id_t(gettid()), HashingNice) != 0)
        qCDebug(lcHash) << "could not lower the hashing thread's priority";
#endif
}

} // namespace

PasswordHasher::PasswordHasher(quint64 memoryKib, quint64 ops, int threads, QObject *parent)
    : QObject(parent), m_memoryBytes(memoryKib * 1024), m_ops(ops)
{
    m_pool.setMaxThreadCount(threads);
}

PasswordHasher::~PasswordHasher()
{
    m_pool.waitForDone();
}

void PasswordHasher::hash(const QString &password, QObject *context, std::function<void(QByteArray)> done)
{
    ++m_pending;
    QPointer<QObject> guard(context);
    QPointer<PasswordHasher> self(this);
    m_pool.start([password = password.toUtf8(), memory = m_memoryBytes, ops = m_ops, guard, self,
                  done = std::move(done)]() mutable {
        lowerThisThreadsPriority();
        char out[crypto_pwhash_STRBYTES];
        QByteArray result;
        if (crypto_pwhash_str(out, password.constData(), quint64(password.size()), ops, memory) == 0)
            result = QByteArray(out);
        else
            qCWarning(lcHash) << "password hashing ran out of memory";
        sodium_memzero(password.data(), std::size_t(password.size()));
        QMetaObject::invokeMethod(
            self.data(),
            [guard, self, result, done = std::move(done)] {
                if (self)
                    --self->m_pending;
                if (guard)
                    done(result);
            },
            Qt::QueuedConnection);
    });
}

void PasswordHasher::verify(const QByteArray &hash, const QString &password, QObject *context,
                            std::function<void(bool, bool)> done)
{
    ++m_pending;
    QPointer<QObject> guard(context);
    QPointer<PasswordHasher> self(this);
    m_pool.start([hash, password = password.toUtf8(), memory = m_memoryBytes, ops = m_ops, guard, self,
                  done = std::move(done)]() mutable {
        lowerThisThreadsPriority();
        // A hash is NUL-terminated text; anything else in the column is simply not a match.
        const QByteArray stored = hash.left(crypto_pwhash_STRBYTES - 1);
        const bool ok =
            crypto_pwhash_str_verify(stored.constData(), password.constData(), quint64(password.size())) == 0;
        const bool rehash = ok && crypto_pwhash_str_needs_rehash(stored.constData(), ops, memory) != 0;
        sodium_memzero(password.data(), std::size_t(password.size()));
        QMetaObject::invokeMethod(
            self.data(),
            [guard, self, ok, rehash, done = std::move(done)] {
                if (self)
                    --self->m_pending;
                if (guard)
                    done(ok, rehash);
            },
            Qt::QueuedConnection);
    });
}
