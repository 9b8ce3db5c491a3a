#include "thumbnails.h"

#include "downloadjob.h"
#include "filetransfers.h"
#include "receivedimage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

Thumbnails::Thumbnails(FileTransfers &transfers, const QString &folder, QObject *parent)
    : QObject(parent), m_transfers(transfers), m_folder(folder), m_memory(MemoryEntries)
{}

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
    DownloadJob *job = m_transfers.fetch(message, true, path + u".part"_s, path);
    job->expect(QString(), file.thumbnail->size);
    connect(job, &DownloadJob::finished, this, [this, message](bool) { emit arrived(message); });
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
