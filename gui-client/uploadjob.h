// One file on its way to a room or conversation (docs/PROTOCOL.md, "Files"): looked at (type, hash, pixels,
// thumbnail) in the thread pool, its thumbnail and then its bytes uploaded on transfer connections (resumed
// from the server's offset after any break, by itself), then shared in a message with its caption.
#pragma once

#include "fileprobe.h"
#include "message.h"

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

    // room, or to (a user) for a conversation.
    UploadJob(FileTransfers &transfers, ChatClient &client, const QString &path, const std::optional<QString> &room,
              const std::optional<QString> &to, const QString &caption, QObject *parent = nullptr);
    ~UploadJob() override;

    void start();
    void cancel();
    // Whether this job, unfinished, is sending or sharing that upload (the server gives one upload to every
    // announcement of the same content to the same place).
    bool holds(const QString &upload) const;
    // A recording made here: its length goes with it, and its type is the recorder's (the content alone
    // would say video/webm for audio in WebM). Before the job shares the file.
    void setRecording(qint64 durationMs, const QString &mime)
    {
        m_durationMs = durationMs;
        m_recordedMime = mime;
    }

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
    // ok: shared as message `messageId`; else why, for people (empty when cancelled).
    void finished(bool ok, qint64 messageId, const QString &why);

private:
    enum class Stage { Probing, Announcing, Linking, Sending, Storing, Sharing, Done };
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
    void finish(bool ok, qint64 messageId, const QString &why);

    FileTransfers &m_transfers;
    ChatClient &m_client;
    QString m_path;
    std::optional<QString> m_room;
    std::optional<QString> m_to;
    QString m_caption;
    std::optional<qint64> m_durationMs; // a recording's length
    QString m_recordedMime;
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
