#include "downloadjob.h"

#include "chatclient.h"
#include "filetransfers.h"
#include "transferlink.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QThreadPool>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcDownload, "chat.client.download")

DownloadJob::DownloadJob(FileTransfers &transfers, ChatClient &client, qint64 message, bool thumbnail,
                         const QString &partPath, const QString &finalPath, QObject *parent)
    : QObject(parent), m_transfers(transfers), m_client(client), m_message(message), m_thumbnail(thumbnail),
      m_partPath(partPath), m_finalPath(finalPath == partPath ? QString() : finalPath), m_file(partPath)
{}

DownloadJob::~DownloadJob() = default;

void DownloadJob::start()
{
    // Append: what an earlier run of this download left is where it goes on from.
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Append))
        return finish(false, tr("%1 cannot be written: %2").arg(m_partPath, m_file.errorString()));
    m_done = m_file.size();
    ask();
}

void DownloadJob::ask()
{
    if (m_finished || m_asking)
        return;
    if (m_done == m_doneAtLastTry && ++m_fruitless > MaxFruitlessTries)
        return finish(false, tr("The download keeps breaking off; try again later."));
    if (m_done != m_doneAtLastTry)
        m_fruitless = 0;
    m_doneAtLastTry = m_done;
    m_asking = m_transfers.askDownload(this);
}

void DownloadJob::onDownloadReady(const Msg::DownloadReady &ready)
{
    m_asking = false;
    if (m_finished)
        return;
    if ((m_expectedSize >= 0 && ready.size != m_expectedSize) ||
        (!m_expectedSha256.isEmpty() && ready.sha256 != m_expectedSha256))
        return finish(false, tr("The server offered other content than the message names."));
    if (m_size >= 0 && (ready.size != m_size || ready.sha256 != m_sha256)) {
        m_file.resize(0); // not the content we were fetching (it cannot change, but a server can lie)
        m_done = 0;
    }
    m_size = ready.size;
    m_sha256 = ready.sha256;
    if (m_done > m_size) { // more on disk than the file has: not this file's bytes
        m_file.resize(0);
        m_done = 0;
    }
    emit progressed(m_done, m_size);
    if (m_done == m_size)
        return check();
    if (m_link) {
        m_link->disconnect(this);
        m_link->abort();
        m_link->deleteLater();
    }
    m_link = new TransferLink(m_client.host(), m_client.port(), m_client.tlsEnabled(), this);
    connect(m_link, &TransferLink::ready, this, [this](qint64 offset) {
        if (offset != m_done)
            onLinkClosed(tr("The server sent the file from the wrong place."));
    });
    connect(m_link, &TransferLink::received, this, &DownloadJob::onReceived);
    connect(m_link, &TransferLink::closed, this, &DownloadJob::onLinkClosed);
    m_link->open(Msg::Transfer{std::nullopt, ready.download, m_done});
}

void DownloadJob::onReceived(const QByteArray &bytes)
{
    if (m_finished)
        return;
    const qint64 fits = std::min<qint64>(bytes.size(), m_size - m_done);
    if (fits > 0 && m_file.write(bytes.constData(), fits) != fits)
        return finish(false, tr("%1 cannot be written: %2").arg(m_partPath, m_file.errorString()));
    m_done += std::max<qint64>(fits, 0);
    emit progressed(m_done, m_size);
}

void DownloadJob::onLinkClosed(const QString &why)
{
    if (m_finished)
        return;
    if (m_link) {
        m_link->disconnect(this);
        m_link->deleteLater();
    }
    if (m_done == m_size)
        return check();
    qCInfo(lcDownload) << "a download broke off at" << m_done << "of" << m_size << why;
    // Resumed from what is on disk, with a new key (a cheap question), in a moment.
    QTimer::singleShot(RetryMs, this, [this] {
        if (!m_finished && m_client.state() == ChatClient::State::Connected)
            ask();
    });
}

void DownloadJob::check()
{
    m_file.flush();
    // Hashing a large file is not the window's work.
    QThreadPool::globalInstance()->start([self = QPointer<DownloadJob>(this), path = m_partPath, want = m_sha256] {
        QFile file(path);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const bool read = file.open(QIODevice::ReadOnly) && hash.addData(&file);
        const bool matches = read && QString::fromLatin1(hash.result().toHex()) == want;
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, matches] {
                if (self && !self->m_finished) {
                    if (!matches) {
                        self->m_file.resize(0); // damaged: it comes again from the start next time
                        self->finish(false, tr("The file arrived damaged; try again."));
                    } else {
                        self->finish(true, QString());
                    }
                }
            },
            Qt::QueuedConnection);
    });
}

void DownloadJob::onRefused(const QString &why)
{
    m_asking = false;
    finish(false, why);
}

void DownloadJob::resume()
{
    m_asking = false;           // an answer asked for on the old session never comes
    if (!m_finished && !m_link) // a transfer under way goes on by itself: it needs no session
        ask();
}

void DownloadJob::cancel()
{
    finish(false, QString());
}

void DownloadJob::finish(bool ok, const QString &why)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_link) {
        m_link->disconnect(this);
        m_link->abort();
    }
    m_file.close();
    if (ok && !m_finalPath.isEmpty()) {
        QFile::remove(m_finalPath); // a cache entry of the same content, if any
        if (!QFile::rename(m_partPath, m_finalPath)) {
            // Another fetch of the same content (another window) put it there first: it is there, checked.
            if (!QFileInfo(m_finalPath).isFile())
                return emit finished(false, tr("%1 cannot be written.").arg(m_finalPath));
            QFile::remove(m_partPath);
        }
    }
    if (!ok && why.isEmpty() && !m_finalPath.isEmpty())
        QFile::remove(m_partPath); // cancelled: a cache part is no use
    emit finished(ok, why);
}
