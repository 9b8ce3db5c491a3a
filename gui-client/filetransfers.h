// Every file going out or coming in for one ChatClient: sends a file to a room or conversation (UploadJob),
// fetches a message's file or thumbnail (DownloadJob), hands each job what the session hears for it, starts
// them again after a reconnect, and keeps a few transfer connections at a time (the server admits a few
// new connections a second from one address; the rest wait their turn).
#pragma once

#include "message.h"
#include "transferjournal.h"
#include "uploadjob.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

class ChatClient;
class DownloadJob;

class FileTransfers : public QObject
{
    Q_OBJECT
public:
    // Transfers running at once; the others wait.
    static constexpr int MaxRunning = 4;

    explicit FileTransfers(ChatClient &client, QObject *parent = nullptr);
    ~FileTransfers() override;

    // A file to a room (room set) or a conversation (to set); the caption may be empty. The job reports on
    // itself; it is deleted (later) once finished. Taken up again after a restart of the client until then.
    UploadJob *send(const QString &path, const std::optional<QString> &room, const std::optional<QString> &to,
                    const QString &caption, const std::optional<UploadJob::Recording> &recording = std::nullopt);
    // A message's file (or thumbnail) into partPath, renamed to finalPath once whole and checked.
    DownloadJob *fetch(qint64 message, bool thumbnail, const QString &partPath, const QString &finalPath);
    // A message's file (sha256, size: what the message says) saved: fetch(), taken up again after a restart
    // of the client until it ends.
    DownloadJob *save(qint64 message, const QString &sha256, qint64 size, const QString &partPath,
                      const QString &finalPath);

    QList<UploadJob *> uploads() const;
    QList<DownloadJob *> downloads() const;

    // For the jobs: announce an upload now (or once the session is back), and ask for a download key.
    void announce(UploadJob *job, const Msg::Upload &upload);
    // An upload no job will send or share: the server is told to forget it, unless another unfinished job
    // holds it too (the same content to the same place, announced twice), or may be given it (announcing
    // the same content: told once its answer came).
    void giveUp(const QString &upload, const QString &sha256);
    // Whether a job other than `job` sends that upload's bytes.
    bool sentByAnother(const QString &upload, const UploadJob *job) const;
    bool askDownload(DownloadJob *job);

signals:
    // Sends and saves left unfinished by an earlier run of the client for this account, taken up again after
    // the first login (their files checked unchanged).
    void resumedUpload(UploadJob *job);
    void resumedSave(DownloadJob *job, const QString &partPath, const QString &finalPath);

private:
    void onUploadReady(const Msg::UploadReady &ready);
    void onFailed(const Msg::ErrorReply &error);
    void onReconnected();
    void startWaiting();
    // After a job ended or an announcement was answered: cancels deferred by giveUp() are decided again,
    // and jobs that left their bytes to a send that ended take them over.
    void settle();
    template <typename Job> void adopt(Job *job, const QString &journalKey);
    // The journal of the account logged in (none before a login).
    TransferJournal *journal();
    void resumeEarlierRun();
    // A save's part and target to go on with after a restart (their names again, or new ones when the
    // target is no longer the empty file it reserved); none when no name can be had.
    static std::optional<std::pair<QString, QString>> reserveAgain(const QString &part, const QString &target);

    ChatClient &m_client;
    QList<QPointer<QObject>> m_jobs; // every unfinished job, in the order given
    QList<QObject *> m_waiting;      // not started yet (MaxRunning)
    struct Announced
    {
        QPointer<UploadJob> job;
        qint64 ref = 0;
        QString sha256;
    };
    QList<Announced> m_announced;              // waiting for upload_ready, in order
    QHash<QString, QString> m_deferredCancels; // upload id → SHA-256 (giveUp)
    std::optional<TransferJournal> m_journal;
    bool m_resumedEarlierRun = false;
    QSet<QString> m_journalKeys;                  // the entries of this object's unfinished jobs
    QHash<qint64, QPointer<DownloadJob>> m_asked; // waiting for download_ready, by ref
};
