// Argon2id password hashing (libsodium) on a small thread pool, so logins never stall the event loop.
#pragma once

#include <QObject>
#include <QThreadPool>
#include <functional>

class PasswordHasher : public QObject
{
    Q_OBJECT
public:
    // memoryKib and ops are Argon2id's cost; threads caps the hashes computed at once (each takes memoryKib).
    PasswordHasher(quint64 memoryKib, quint64 ops, int threads, QObject *parent = nullptr);
    ~PasswordHasher() override;

    // The callbacks run on the event loop of `context`, and not at all if it was destroyed meanwhile.
    void hash(const QString &password, QObject *context, std::function<void(QByteArray hash)> done);
    void verify(const QByteArray &hash, const QString &password, QObject *context,
                std::function<void(bool ok, bool needsRehash)> done);

    int pending() const { return m_pending; }
    void waitForIdle() { m_pool.waitForDone(); } // for shutdown only, never from a running event loop handler

private:
    QThreadPool m_pool;
    quint64 m_memoryBytes;
    quint64 m_ops;
    int m_pending = 0;
};
