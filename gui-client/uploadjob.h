// One file on its way to a room or conversation (docs/PROTOCOL.md, "Files"): looked at (type, hash, pixels,
// thumbnail) in the thread pool, its thumbnail and then its bytes uploaded on transfer connections (resumed
// from the server's offset after any break, by itself), then shared in a message with its caption.
#pragma once

#include "fileprobe.h"
#include "message.h"
#include "transferjournal.h"

#include <QDateTime>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <optional>

class ChatClient;
class FileTransfers;
class TransferLink;

class UploadJob : public QObject
{
    Q_OBJECT
public:
    // What a transfer keeps unsent at most: enough to keep a fast link busy, little enough to cancel at once.
    static constexpr qint64 WindowBytes = 512 * 1024;
    static constexpr qint64 ChunkBytes = 64 * 1024;
    // After a transfer connection broke while the session stayed: the wait before trying again.
    static constexpr int RetryMs = 1000;
    // Breaks in a row (a transfer connection closed before uploaded, the server unable to store) before
    // the job gives up and says why.
    static constexpr int MaxBreaks = 5;

    // A recording made here (a voice message): its length goes with it, its type is the recorder's (the
    // content alone would say video/webm for audio in WebM), and its file is the job's, removed when the job
    // ends.
    struct Recording
    {
        qint64 durationMs = 0;
        QString mime;
    };

    // room, or to (a user) for a conversation.
    UploadJob(FileTransfers &transfers, ChatClient &client, const QString &path, const std::optional<QString> &room,
              const std::optional<QString> &to, const QString &caption,
              const std::optional<Recording> &recording = std::nullopt, QObject *parent = nullptr);
    ~UploadJob() override;

    // A send taken up again after the client started anew, as the journal had it: the file must be as it
    // was then (else the job ends with why), and a share that reached the server then is not made again.
    void takeUp(const TransferJournal::Upload &earlier) { m_earlier = earlier; }
    // What the journal keeps of this send, to take it up again after a restart (changed() says when it
    // knows more).
    TransferJournal::Upload describe() const;
    // A file shared in a conversation (to a user), not a room.
    bool isPrivate() const { return m_to.has_value(); }

    void start();
    void cancel();
    // Whether this job, unfinished, is sending or sharing that upload (the server gives one upload to every
    // announcement of the same content to the same place).
    bool holds(const QString &upload) const;
    // Whether this job is the one sending that upload's bytes (linking, sending, or waiting for the check).
    bool sends(const QString &upload) const;
    // The SHA-256 of the part announced and not answered yet (empty when none is).
    QString announcing() const;
    // The id of the part under way (empty before its announcement is answered).
    QString currentUpload() const;
    // Left to another send of the same content, which sends the bytes; this one shares once uploaded.
    bool isWaiting() const { return m_stage == Stage::Waiting; }

    QString fileName() const;
    qint64 bytesDone() const;
    qint64 bytesTotal() const { return m_total; }
    bool isFinished() const { return m_finished; }

    // FileTransfers hands on what the session hears for this job.
    void onUploadReady(const Msg::UploadReady &ready);
    void onUploaded(const Msg::Uploaded &done);
    void onRefused(const QString &why);
    void onAcknowledged(const Msg::Ack &ack);
    void onUnsent(qint64 ref, const QString &why);
    // The session is (back) up: what was under way starts again where the server has it.
    void resume();
    qint64 shareRef() const { return m_shareRef; }
    // Once shared in a conversation: the message as its readers got it.
    Msg::PrivateMessage sentMessage() const;

signals:
    void progressed(qint64 done, qint64 total);
    // describe() says more: the file's hash, an upload's id, or that its share went out.
    void changed();
    // A transfer starts (again) from where the server has it: the progress after this is the new start.
    void restarted();
    // ok: shared as message `messageId`; else why, for people (empty when cancelled).
    void finished(bool ok, qint64 messageId, const QString &why);

private:
    enum class Stage { Probing, Announcing, Linking, Sending, Storing, Waiting, Sharing, Done };
    // The thumbnail (from memory) or the file (from disk).
    struct Part
    {
        QByteArray bytes; // the thumbnail's; empty for the file
        qint64 size = 0;
        QString sha256;
        QString mime;
        QString upload; // its id once announced
        qint64 sent = 0;
    };

    void probed(const FileProbe::Result &result);
    void announce();
    void openLink();
    void pump();
    // One pump per pass of the event loop at most, however many "written" came in it.
    void schedulePump();
    void onLinkClosed(const QString &why);
    void share();
    // The file's upload, answered after a restart: a new upload means the share before it reached the
    // server (a shared upload is used up), and nothing is shared again.
    bool sharedBefore(const QString &upload);
    // A send taken up after a restart that cannot go on (the file changed or is gone): it ends with why, and
    // what the server kept of it is given up.
    void abandonEarlier(const QString &why);
    // The ids (and hashes) the server gave this job's parts so far.
    QList<std::pair<QString, QString>> partUploads() const;
    // Ends the job, then tells the server to forget these uploads (unless another send holds them).
    void finishGivingUp(bool ok, const QString &why, const QList<std::pair<QString, QString>> &uploads);
    QString changedText() const;
    void finish(bool ok, qint64 messageId, const QString &why);

    FileTransfers &m_transfers;
    ChatClient &m_client;
    QString m_path;
    std::optional<QString> m_room;
    std::optional<QString> m_to;
    QString m_caption;
    std::optional<qint64> m_durationMs; // a recording's length
    QString m_recordedMime;
    qint64 m_sizeWhenSent = 0; // the file when the user sent it
    QDateTime m_modifiedWhenSent;
    std::optional<TransferJournal::Upload> m_earlier; // takeUp
    QString m_sharedUpload;                           // the file's upload, once its share went out
    FileProbe::Result m_probe;
    QList<Part> m_parts; // the thumbnail first (if any), then the file
    int m_current = 0;
    Stage m_stage = Stage::Probing;
    QFile m_file;
    QPointer<TransferLink> m_link;
    qint64 m_total = 0;
    qint64 m_shareRef = 0;
    QString m_sharedText;
    Msg::Ack m_ack;
    int m_breaks = 0;
    qint64 m_doneAtBreak = 0;
    bool m_finished = false;
    bool m_pumpQueued = false;
};
