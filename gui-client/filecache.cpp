#include "filecache.h"

#include "downloadjob.h"
#include "downloadnames.h"
#include "filetransfers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QThreadPool>
#include <QTimeZone>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

FileCache::FileCache(FileTransfers &transfers, const QString &folder, QObject *parent)
    : QObject(parent), m_transfers(transfers), m_folder(folder)
{
    sweepParts(folder);
}

void FileCache::sweepParts(const QString &folder)
{
    QThreadPool::globalInstance()->start([folder] {
        const QDateTime before = QDateTime::currentDateTimeUtc().addDays(-1);
        QDirIterator it(folder, {u"*.part-*"_s}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo part = it.nextFileInfo();
            if (part.lastModified(QTimeZone::UTC) < before)
                QFile::remove(part.filePath());
        }
    });
}

QString FileCache::pathOf(const Msg::Attachment &file) const
{
    // The hash is 64 hexadecimal digits (the protocol checks it): a safe folder name.
    return m_folder + u'/' + file.sha256 + u'/' + DownloadNames::safeName(file.name);
}

QString FileCache::partFor(const QString &path)
{
    return path + u".part-"_s + QString::number(QRandomGenerator::global()->generate64(), 36);
}

bool FileCache::has(const Msg::Attachment &file) const
{
    return QFileInfo(pathOf(file)).isFile();
}

DownloadJob *FileCache::get(qint64 message, const Msg::Attachment &file, QObject *context, Done done)
{
    const QString path = pathOf(file);
    if (has(file)) {
        QTimer::singleShot(0, context, [done = std::move(done), path] { done(path, QString()); });
        return nullptr;
    }
    DownloadJob *job = m_fetching.value(path);
    if (!job || job->isFinished()) {
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            QTimer::singleShot(0, context, [done = std::move(done)] {
                done(QString(), QCoreApplication::translate("FileCache", "The cache folder cannot be written."));
            });
            return nullptr;
        }
        const QString part = partFor(path);
        job = m_transfers.fetch(message, false, part, path);
        job->expect(file.sha256, file.size);
        m_fetching.insert(path, job);
        connect(job, &DownloadJob::finished, this, [this, path, part](bool ok) {
            m_fetching.remove(path);
            if (!ok)
                QFile::remove(part); // its own: nobody resumes it
        });
    }
    connect(job, &DownloadJob::finished, context, [done = std::move(done), path](bool ok, const QString &why) {
        done(ok ? path : QString(), ok ? QString() : why);
    });
    return job;
}
