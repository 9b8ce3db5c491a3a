#include "filetransfers.h"

#include "chatclient.h"
#include "downloadjob.h"
#include "downloadnames.h"
#include "servertext.h"
#include "uploadjob.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <algorithm>
#include <type_traits>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcTransfers, "chat.client.transfers")

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
    connect(&client, &ChatClient::authenticated, this, &FileTransfers::resumeEarlierRun);
    // Made after the login (a test, or a window opened later): what the last run left goes on all the same,
    // from the event loop, once whoever made this has connected to it.
    if (client.state() == ChatClient::State::Connected)
        QMetaObject::invokeMethod(this, &FileTransfers::resumeEarlierRun, Qt::QueuedConnection);
}

FileTransfers::~FileTransfers()
{
    // What is unfinished stays in the journal, for the next login (of this process or the next) to take up.
    // Cancels still waiting for another announcement's answer go now: that answer will never come here.
    for (auto it = m_deferredCancels.cbegin(); it != m_deferredCancels.cend(); ++it)
        m_client.cancelUpload(it.key());
}

TransferJournal *FileTransfers::journal()
{
    if (!m_journal && !m_client.username().isEmpty())
        m_journal.emplace(u"%1@%2:%3"_s.arg(m_client.username(), m_client.host(), QString::number(m_client.port())));
    return m_journal ? &*m_journal : nullptr;
}

void FileTransfers::resumeEarlierRun()
{
    TransferJournal *written = journal();
    if (m_resumedEarlierRun || !written)
        return;
    m_resumedEarlierRun = true;
    if (!written->claim())
        return; // another client of this account (here or in another window) takes them up
    // Each entry goes and its job writes a new one: an entry whose job cannot start again is not tried
    // forever. Entries of this object's own jobs (sent before this ran) are not an earlier run's.
    for (const auto &[key, upload] : written->uploads()) {
        if (m_journalKeys.contains(key))
            continue;
        written->remove(key);
        auto *job = new UploadJob(
            *this, m_client, upload.path, upload.room.isEmpty() ? std::nullopt : std::optional(upload.room),
            upload.to.isEmpty() ? std::nullopt : std::optional(upload.to), upload.caption,
            upload.durationMs ? std::optional(UploadJob::Recording{*upload.durationMs, upload.mime}) : std::nullopt,
            this);
        job->takeUp(upload);
        adopt(job, written->add(upload, m_journalKeys));
        emit resumedUpload(job);
    }
    for (const auto &[key, download] : written->downloads()) {
        if (m_journalKeys.contains(key))
            continue;
        written->remove(key);
        const std::optional<std::pair<QString, QString>> paths = reserveAgain(download.partPath, download.finalPath);
        if (!paths)
            continue;
        DownloadJob *job = save(download.message, download.sha256, download.size, paths->first, paths->second);
        emit resumedSave(job, paths->first, paths->second);
    }
}

std::optional<std::pair<QString, QString>> FileTransfers::reserveAgain(const QString &part, const QString &target)
{
    // The name a save reserved is an empty file of its own. Something else there now (the user put a file
    // of that name there meanwhile) is never replaced: the save gets a name of its own again.
    const QFileInfo reserved(target);
    if (reserved.isFile() && !reserved.isSymLink() && reserved.size() == 0)
        return std::pair(part, target);
    QString why;
    const std::unique_ptr<QFile> fresh = DownloadNames::create(reserved.absolutePath(), reserved.fileName(), &why);
    if (!fresh) {
        qCInfo(lcTransfers) << "a save cut short cannot go on in" << reserved.absolutePath() << why;
        QFile::remove(part);
        return std::nullopt;
    }
    const QFileInfo named(fresh->fileName());
    const QString newPart = named.absolutePath() + u"/."_s + named.fileName() + u".part"_s;
    if (!QFile::rename(part, newPart))
        QFile::remove(part); // it starts from nothing
    return std::pair(newPart, fresh->fileName());
}

template <typename Job> void FileTransfers::adopt(Job *job, const QString &journalKey)
{
    m_jobs.append(job);
    if (!journalKey.isEmpty())
        m_journalKeys.insert(journalKey);
    connect(job, &Job::finished, this, [this, job, journalKey] {
        if (TransferJournal *written = journal())
            written->remove(journalKey);
        m_journalKeys.remove(journalKey);
        m_jobs.removeAll(job);
        m_waiting.removeAll(job);
        job->deleteLater();
        startWaiting();
        settle();
    });
    if constexpr (std::is_same_v<Job, UploadJob>) {
        connect(job, &UploadJob::changed, this, [this, job, journalKey] {
            if (TransferJournal *written = journal())
                written->update(journalKey, job->describe());
        });
    }
    m_waiting.append(job);
    startWaiting();
}

UploadJob *FileTransfers::send(const QString &path, const std::optional<QString> &room,
                               const std::optional<QString> &to, const QString &caption,
                               const std::optional<UploadJob::Recording> &recording)
{
    auto *job = new UploadJob(*this, m_client, path, room, to, caption, recording, this);
    const TransferJournal *written = journal();
    adopt(job, written ? written->add(job->describe(), m_journalKeys) : QString());
    return job;
}

DownloadJob *FileTransfers::fetch(qint64 message, bool thumbnail, const QString &partPath, const QString &finalPath)
{
    auto *job = new DownloadJob(*this, m_client, message, thumbnail, partPath, finalPath, this);
    adopt(job, QString());
    return job;
}

DownloadJob *FileTransfers::save(qint64 message, const QString &sha256, qint64 size, const QString &partPath,
                                 const QString &finalPath)
{
    auto *job = new DownloadJob(*this, m_client, message, false, partPath, finalPath, this);
    job->expect(sha256, size);
    const TransferJournal *written = journal();
    adopt(job, written
                   ? written->add(TransferJournal::Download{message, sha256, size, partPath, finalPath}, m_journalKeys)
                   : QString());
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
        m_announced.append({job, ref, upload.sha256});
}

bool FileTransfers::askDownload(DownloadJob *job)
{
    const qint64 ref = m_client.requestDownload(job->message(), job->thumbnail());
    if (ref != 0)
        m_asked.insert(ref, job);
    return ref != 0;
}

void FileTransfers::giveUp(const QString &upload, const QString &sha256)
{
    const QList<UploadJob *> running = uploads();
    if (std::any_of(running.cbegin(), running.cend(), [&](const UploadJob *job) { return job->holds(upload); }))
        return;
    // The server answers an announcement of the same content with this upload: a cancel sent now would
    // take it from under that answer.
    if (!sha256.isEmpty() && std::any_of(running.cbegin(), running.cend(), [&](const UploadJob *job) {
            return !job->isFinished() && job->announcing() == sha256;
        })) {
        m_deferredCancels.insert(upload, sha256);
        return;
    }
    m_client.cancelUpload(upload);
}

bool FileTransfers::sentByAnother(const QString &upload, const UploadJob *job) const
{
    const QList<UploadJob *> running = uploads();
    return std::any_of(running.cbegin(), running.cend(),
                       [&](const UploadJob *other) { return other != job && other->sends(upload); });
}

void FileTransfers::settle()
{
    const QHash<QString, QString> deferred = std::exchange(m_deferredCancels, {});
    for (auto it = deferred.cbegin(); it != deferred.cend(); ++it)
        giveUp(it.key(), it.value());
    for (UploadJob *job : uploads()) { // a copy: resume() may end a job
        if (job->isWaiting() && !sentByAnother(job->currentUpload(), job))
            job->resume();
    }
}

void FileTransfers::onUploadReady(const Msg::UploadReady &ready)
{
    // upload_ready carries no ref: answers come in the order of the announcements. The first one is this
    // one's, even when its job has gone (cancelled) meanwhile.
    if (m_announced.isEmpty())
        return;
    const Announced answered = m_announced.takeFirst();
    if (answered.job)
        answered.job->onUploadReady(ready);
    else // its job is gone: nobody will send or share it
        giveUp(ready.upload, answered.sha256);
    settle();
}

void FileTransfers::onFailed(const Msg::ErrorReply &error)
{
    if (!error.ref)
        return;
    const QString why = ServerText::error(error.code);
    for (qsizetype i = 0; i < m_announced.size(); ++i) {
        if (m_announced.at(i).ref == *error.ref) {
            const QPointer<UploadJob> job = m_announced.takeAt(i).job;
            if (job)
                job->onRefused(why);
            return settle();
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
