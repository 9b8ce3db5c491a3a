// One file of a message coming to disk (docs/PROTOCOL.md, "Fetching a file"): asked for on the session, its
// bytes on a transfer connection appended to a file of its own, resumed from what is on disk after any
// break, and checked against the SHA-256 the server gave before it counts as there.
#pragma once

#include "message.h"

#include <QFile>
#include <QObject>
#include <QPointer>

class ChatClient;
class FileTransfers;
class TransferLink;

class DownloadJob : public QObject
{
    Q_OBJECT
public:
    static constexpr int RetryMs = 1000;
    // Tries after breaks in a row with nothing gained before giving up.
    static constexpr int MaxFruitlessTries = 5;

    // Writes to `partPath` (created or resumed); once whole and checked, renames it to `finalPath` (when
    // given and different).
    DownloadJob(FileTransfers &transfers, ChatClient &client, qint64 message, bool thumbnail, const QString &partPath,
                const QString &finalPath, QObject *parent = nullptr);
    ~DownloadJob() override;

    // What the message says the file is: a download_ready that says otherwise is refused (a server cannot
    // make a save fill the disk, or put other content under this file's name). Thumbnails: their size.
    void expect(const QString &sha256, qint64 size)
    {
        m_expectedSha256 = sha256;
        m_expectedSize = size;
    }
    void start();
    void cancel();

    qint64 message() const { return m_message; }
    bool thumbnail() const { return m_thumbnail; }
    qint64 bytesDone() const { return m_done; }
    qint64 bytesTotal() const { return m_size; }
    QString path() const { return m_finalPath.isEmpty() ? m_partPath : m_finalPath; }
    bool isFinished() const { return m_finished; }

    void onDownloadReady(const Msg::DownloadReady &ready);
    void onRefused(const QString &why);
    void resume();

signals:
    void progressed(qint64 done, qint64 total);
    // ok: the file is at path(); else why, for people (empty when cancelled).
    void finished(bool ok, const QString &why);

private:
    void ask();
    void onReceived(const QByteArray &bytes);
    void onLinkClosed(const QString &why);
    void check();
    void finish(bool ok, const QString &why);

    FileTransfers &m_transfers;
    ChatClient &m_client;
    qint64 m_message = 0;
    bool m_thumbnail = false;
    QString m_partPath;
    QString m_finalPath;
    QFile m_file;
    QString m_sha256;
    QString m_expectedSha256;
    qint64 m_expectedSize = -1;
    qint64 m_size = -1;
    qint64 m_done = 0;
    qint64 m_doneAtLastTry = -1;
    int m_fruitless = 0;
    bool m_asking = false;
    bool m_finished = false;
    QPointer<TransferLink> m_link;
};
