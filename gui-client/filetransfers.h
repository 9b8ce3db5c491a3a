// Every file going out or coming in for one ChatClient: sends a file to a room or conversation (UploadJob),
// fetches a message's file or thumbnail (DownloadJob), hands each job what the session hears for it, starts
// them again after a reconnect, and keeps a few transfer connections at a time (the server admits a few
// new connections a second from one address; the rest wait their turn).
#pragma once

#include "message.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class ChatClient;
class DownloadJob;
class UploadJob;

class FileTransfers : public QObject
{
    Q_OBJECT
public:
    // Transfers running at once; the others wait.
    static constexpr int MaxRunning = 4;

    explicit FileTransfers(ChatClient &client, QObject *parent = nullptr);
    ~FileTransfers() override;

    // A file to a room (room set) or a conversation (to set); the caption may be empty. The job reports on
    // itself; it is deleted (later) once finished.
    UploadJob *send(const QString &path, const std::optional<QString> &room, const std::optional<QString> &to,
                    const QString &caption);
    // A message's file (or thumbnail) into partPath, renamed to finalPath once whole and checked.
    DownloadJob *fetch(qint64 message, bool thumbnail, const QString &partPath, const QString &finalPath);

    QList<UploadJob *> uploads() const;
    QList<DownloadJob *> downloads() const;

    // For the jobs: announce an upload now (or once the session is back), and ask for a download key.
    void announce(UploadJob *job, const Msg::Upload &upload);
    // An upload no job will send or share: the server is told to forget it, unless another unfinished job
    // holds it too (the same content to the same place, announced twice).
    void giveUp(const QString &upload);
    bool askDownload(DownloadJob *job);

private:
    void onUploadReady(const Msg::UploadReady &ready);
    void onFailed(const Msg::ErrorReply &error);
    void onReconnected();
    void startWaiting();
    template <typename Job> void adopt(Job *job);

    ChatClient &m_client;
    QList<QPointer<QObject>> m_jobs;                           // every unfinished job, in the order given
    QList<QObject *> m_waiting;                                // not started yet (MaxRunning)
    QList<std::pair<QPointer<UploadJob>, qint64>> m_announced; // waiting for upload_ready, in order, with refs
    QHash<qint64, QPointer<DownloadJob>> m_asked;              // waiting for download_ready, by ref
};
