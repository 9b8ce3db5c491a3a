#include "thumbnails.h"

#include "downloadjob.h"
#include "filecache.h"
#include "filetransfers.h"
#include "receivedimage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLoggingCategory>
#include <QMovie>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcThumbnails, "chat.client.files")

Thumbnails::Thumbnails(FileTransfers &transfers, FileCache &cache, const QString &folder, QObject *parent)
    : QObject(parent), m_transfers(transfers), m_cache(cache), m_folder(folder), m_memory(MemoryEntries)
{
    FileCache::sweepParts(folder);
}

Thumbnails::~Thumbnails() = default;

bool Thumbnails::playsOnHover(const Msg::Attachment &file)
{
    return file.mime == u"image/gif"_s && file.thumbnail && file.size <= MaxHoverAnimationBytes;
}

void Thumbnails::play(qint64 message, const Msg::Attachment &file)
{
    if (message == m_playing || !playsOnHover(file))
        return;
    stop();
    m_playing = message;
    const QSize shown(int(file.thumbnail->width), int(file.thumbnail->height));
    m_cache.get(message, file, this, [this, message, shown](const QString &path, const QString &) {
        if (path.isEmpty() || m_playing != message || m_movie)
            return; // not fetched, or the pointer has moved on
        // Checked like any received picture before a frame is decoded; frames come at the thumbnail's size.
        QImageReader reader(path);
        QString why;
        const QSize size = ReceivedImage::check(reader, &why);
        if (!size.isValid() || qint64(size.width()) * size.height() > MaxHoverAnimationPixels)
            return; // the still thumbnail stays; the viewer plays it

        m_movie = new QMovie(path, QByteArray(), this);
        m_movie->setCacheMode(QMovie::CacheNone);
        m_movie->setScaledSize(shown);
        connect(m_movie, &QMovie::frameChanged, this, [this, message] {
            if (m_movie && m_movie->nextFrameDelay() < MinFrameMs && m_movie->state() == QMovie::Running) {
                m_movie->setPaused(true);
                QTimer::singleShot(MinFrameMs, m_movie, [movie = m_movie] { movie->setPaused(false); });
            }
            emit arrived(message);
        });
        m_movie->start();
    });
}

void Thumbnails::stop()
{
    const qint64 was = std::exchange(m_playing, 0);
    if (QMovie *movie = std::exchange(m_movie, nullptr)) {
        movie->stop();
        movie->deleteLater();
    }
    if (was)
        emit arrived(was); // its still picture again
}

bool Thumbnails::isAnimating() const
{
    return m_movie && m_movie->state() == QMovie::Running;
}

QString Thumbnails::pathOf(const Msg::Attachment &file) const
{
    // The hash is 64 hexadecimal digits (the protocol checks it): a safe file name.
    return m_folder + u'/' + file.sha256 + u".thumb"_s;
}

QImage Thumbnails::load(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString why;
    const QImage image = ReceivedImage::decode(&file, &why);
    // Never larger than a thumbnail may be, whatever the server sent.
    if (image.width() > Msg::MaxThumbnailSide || image.height() > Msg::MaxThumbnailSide)
        return image.scaled(int(Msg::MaxThumbnailSide), int(Msg::MaxThumbnailSide), Qt::KeepAspectRatio,
                            Qt::SmoothTransformation);
    return image;
}

QImage Thumbnails::image(qint64 message, const Msg::Attachment &file)
{
    if (!file.thumbnail)
        return {};
    if (message == m_playing && m_movie && !m_movie->currentImage().isNull())
        return m_movie->currentImage();
    if (const QImage *known = m_memory.object(file.sha256))
        return *known;
    const QString path = pathOf(file);
    if (QFileInfo::exists(path)) {
        const QImage loaded = load(path);
        if (!loaded.isNull()) {
            m_memory.insert(file.sha256, new QImage(loaded));
            return loaded;
        }
    }
    if (m_asked.contains(file.sha256) || !QDir().mkpath(m_folder))
        return {};
    m_asked.insert(file.sha256);
    const QString part = FileCache::partFor(path);
    DownloadJob *job = m_transfers.fetch(message, true, part, path);
    job->expect(QString(), file.thumbnail->size);
    connect(job, &DownloadJob::finished, this, [this, message, part](bool ok, const QString &why) {
        if (!ok) {
            QFile::remove(part);
            qCInfo(lcThumbnails) << "the preview of message" << message << "did not come:" << why;
        }
        emit arrived(message);
    });
    return {};
}

QSize Thumbnails::shownSize(const Msg::Attachment &file, int maxWidth)
{
    if (!file.thumbnail)
        return {};
    QSize size(int(file.thumbnail->width), int(file.thumbnail->height));
    if (maxWidth > 0 && size.width() > maxWidth)
        size = size.scaled(maxWidth, size.height(), Qt::KeepAspectRatio);
    return size.expandedTo(QSize(1, 1));
}
