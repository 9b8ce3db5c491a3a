// The thumbnails of the pictures in messages, fetched when a row first shows (at most a few transfers at a
// time, FileTransfers' queue), kept on disk in the cache by the file's SHA-256 and in memory for the last
// few hundred, and decoded like any received image (ReceivedImage: a bomb gets no picture, never an
// out-of-memory). The row's size never waits for them: the message says the thumbnail's pixels.
#pragma once

#include "attachment.h"

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>

class FileTransfers;

class Thumbnails : public QObject
{
    Q_OBJECT
public:
    static constexpr int MemoryEntries = 300;

    Thumbnails(FileTransfers &transfers, const QString &folder, QObject *parent = nullptr);

    // The thumbnail of message's file if it is here; otherwise a null image, and its fetch starts (once).
    QImage image(qint64 message, const Msg::Attachment &file);
    // The size a thumbnail is shown at: as the message says, within the given width.
    static QSize shownSize(const Msg::Attachment &file, int maxWidth);

signals:
    // A thumbnail came (or failed to: then it is not asked for again): the rows showing it paint again.
    void arrived(qint64 message);

private:
    QString pathOf(const Msg::Attachment &file) const;
    QImage load(const QString &path) const;

    FileTransfers &m_transfers;
    QString m_folder;
    QCache<QString, QImage> m_memory; // by the file's SHA-256
    QSet<QString> m_asked;            // fetched, or failed: not asked again this run
};
