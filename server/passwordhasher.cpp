#include "passwordhasher.h"

#include "backgroundpriority.h"

#include <QLoggingCategory>
#include <QPointer>
#include <sodium.h>

Q_LOGGING_CATEGORY(lcHash, "chat.server.auth")

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
