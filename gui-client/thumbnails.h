// The thumbnails of the pictures in messages, fetched when a row first shows (at most a few transfers at a
// time, FileTransfers' queue), kept on disk in the cache by the file's SHA-256 and in memory for the last
// few hundred, and decoded like any received image (ReceivedImage: a bomb gets no picture, never an
// out-of-memory). The row's size never waits for them: the message says the thumbnail's pixels. An animated
// GIF plays in its thumbnail's place while the pointer is on it (the whole file is fetched for that, into
// the file cache, when it is not too large).
#pragma once

#include "attachment.h"

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>

class FileCache;
class FileTransfers;
class QMovie;

class Thumbnails : public QObject
{
    Q_OBJECT
public:
    static constexpr int MemoryEntries = 300;
    // The largest GIF fetched to play on hover; a larger one plays in the viewer (a click).
    static constexpr qint64 MaxHoverAnimationBytes = 16 * 1024 * 1024;
    // ... and the most pixels its frames may have (each is decoded whole, then scaled), and the least time
    // between frames (a GIF may ask for none).
    static constexpr qint64 MaxHoverAnimationPixels = 2'000'000;
    static constexpr int MinFrameMs = 20;

    Thumbnails(FileTransfers &transfers, FileCache &cache, const QString &folder, QObject *parent = nullptr);
    ~Thumbnails() override;

    // Whether a message's file plays on hover.
    static bool playsOnHover(const Msg::Attachment &file);
    // The pointer is on this message's picture: it plays (fetched first if need be) until stop().
    void play(qint64 message, const Msg::Attachment &file);
    void stop();
    // The message whose picture plays (0: none), and whether frames are showing.
    qint64 playing() const { return m_playing; }
    bool isAnimating() const;

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
    FileCache &m_cache;
    qint64 m_playing = 0;
    QMovie *m_movie = nullptr; // the frames of m_playing's GIF, at its thumbnail's size
    QString m_folder;
    QCache<QString, QImage> m_memory; // by the file's SHA-256
    QSet<QString> m_asked;            // fetched, or failed: not asked again this run
};
