#include "filetransfers.h"

#include "chatclient.h"
#include "downloadjob.h"
#include "servertext.h"
#include "uploadjob.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

FileTransfers::FileTransfers(ChatClient &client, QObject *parent) : QObject(parent), m_client(client)
{
    connect(&client, &ChatClient::uploadReady, this, &FileTransfers::onUploadReady);
    connect(&client, &ChatClient::uploaded, this, [this](const Msg::Uploaded &done) {
        for (UploadJob *job : uploads()) // a copy: a job may finish (and leave the list) on it
            job->onUploaded(done);
    });
    connect(&client, &ChatClient::downloadReady, this, [this](const Msg::DownloadReady &ready) {
        // Any job waiting for this message's file (or thumbnail) will do: their keys are alike.
        for (auto it = m_asked.begin(); it != m_asked.end(); ++it) {
            QPointer<DownloadJob> job = it.value();
            if (job && job->message() == ready.message && job->thumbnail() == ready.thumbnail) {
                m_asked.erase(it);
                job->onDownloadReady(ready);
                return;
            }
        }
    });
    connect(&client, &ChatClient::fileRequestFailed, this, &FileTransfers::onFailed);
    connect(&client, &ChatClient::acknowledged, this, [this](const Msg::Ack &ack) {
        for (UploadJob *job : uploads())
            job->onAcknowledged(ack);
    });
    connect(&client, &ChatClient::unsent, this, [this](qint64 ref, const QString &why) {
        for (UploadJob *job : uploads())
            job->onUnsent(ref, why);
    });
    // A share refused (the message limit, a room left meanwhile): the job says why.
    connect(&client, &ChatClient::requestFailed, this, [this](const Msg::ErrorReply &error) {
        for (UploadJob *job : uploads()) {
            if (error.ref && *error.ref == job->shareRef())
                job->onRefused(ServerText::error(error.code));
        }
    });
    connect(&client, &ChatClient::authenticated, this, &FileTransfers::onReconnected);
}

FileTransfers::~FileTransfers() = default;

template <typename Job> void FileTransfers::adopt(Job *job)
{
    m_jobs.append(job);
    connect(job, &Job::finished, this, [this, job] {
        m_jobs.removeAll(job);
        m_waiting.removeAll(job);
        job->deleteLater();
        startWaiting();
    });
    m_waiting.append(job);
    startWaiting();
}

UploadJob *FileTransfers::send(const QString &path, const std::optional<QString> &room,
                               const std::optional<QString> &to, const QString &caption)
{
    auto *job = new UploadJob(*this, m_client, path, room, to, caption, this);
    adopt(job);
    return job;
}

DownloadJob *FileTransfers::fetch(qint64 message, bool thumbnail, const QString &partPath, const QString &finalPath)
{
    auto *job = new DownloadJob(*this, m_client, message, thumbnail, partPath, finalPath, this);
    adopt(job);
    return job;
}

void FileTransfers::startWaiting()
{
    while (!m_waiting.isEmpty() && m_jobs.size() - m_waiting.size() < MaxRunning) {
        // Started from the event loop: whoever was handed the job has connected to it by then, even to a
        // job that ends at once.
        QPointer<QObject> next = m_waiting.takeFirst();
        QMetaObject::invokeMethod(
            this,
            [next] {
                if (auto *upload = qobject_cast<UploadJob *>(next.data()))
                    upload->start();
                else if (auto *download = qobject_cast<DownloadJob *>(next.data()))
                    download->start();
            },
            Qt::QueuedConnection);
    }
}

QList<UploadJob *> FileTransfers::uploads() const
{
    QList<UploadJob *> out;
    for (const QPointer<QObject> &job : m_jobs) {
        if (auto *upload = qobject_cast<UploadJob *>(job.data()))
            out.append(upload);
    }
    return out;
}

QList<DownloadJob *> FileTransfers::downloads() const
{
    QList<DownloadJob *> out;
    for (const QPointer<QObject> &job : m_jobs) {
        if (auto *download = qobject_cast<DownloadJob *>(job.data()))
            out.append(download);
    }
    return out;
}

void FileTransfers::announce(UploadJob *job, const Msg::Upload &upload)
{
    const qint64 ref = m_client.announceUpload(upload);
    if (ref != 0) // else: not connected; the job starts again on the next login
        m_announced.append({job, ref});
}

bool FileTransfers::askDownload(DownloadJob *job)
{
    const qint64 ref = m_client.requestDownload(job->message(), job->thumbnail());
    if (ref != 0)
        m_asked.insert(ref, job);
    return ref != 0;
}

void FileTransfers::giveUp(const QString &upload)
{
    const QList<UploadJob *> running = uploads();
    if (std::none_of(running.cbegin(), running.cend(), [&](const UploadJob *job) { return job->holds(upload); }))
        m_client.cancelUpload(upload);
}

void FileTransfers::onUploadReady(const Msg::UploadReady &ready)
{
    // upload_ready carries no ref: answers come in the order of the announcements. The first one is this
    // one's, even when its job has gone (cancelled) meanwhile.
    if (m_announced.isEmpty())
        return;
    const QPointer<UploadJob> job = m_announced.takeFirst().first;
    if (job)
        job->onUploadReady(ready);
    else // its job is gone: nobody will send or share it
        giveUp(ready.upload);
}

void FileTransfers::onFailed(const Msg::ErrorReply &error)
{
    if (!error.ref)
        return;
    const QString why = ServerText::error(error.code);
    for (qsizetype i = 0; i < m_announced.size(); ++i) {
        if (m_announced.at(i).second == *error.ref) {
            const QPointer<UploadJob> job = m_announced.takeAt(i).first;
            if (job)
                job->onRefused(why);
            return;
        }
    }
    if (const QPointer<DownloadJob> job = m_asked.take(*error.ref))
        job->onRefused(why);
}

void FileTransfers::onReconnected()
{
    // What was asked on the old session is never answered: everything under way asks again.
    m_announced.clear();
    m_asked.clear();
    for (UploadJob *job : uploads()) {
        if (!m_waiting.contains(job))
            job->resume();
    }
    for (DownloadJob *job : downloads()) {
        if (!m_waiting.contains(job))
            job->resume();
    }
}
