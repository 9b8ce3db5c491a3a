#include "filecollector.h"

#include "attachmentstore.h"
#include "filestore.h"
#include "serverstats.h"

#include <QFileInfo>

int FileCollector::sweep()
{
    const std::optional<QSet<QString>> referenced = m_references.referenced();
    if (!referenced) {
        ++m_stats.storageErrors;
        qCWarning(lcFiles) << "no garbage collection: cannot list what files are referred to:"
                           << m_references.lastError();
        return 0;
    }
    int count = 0;
    for (const QString &sha256 : m_files.storedFiles()) {
        if (referenced->contains(sha256))
            continue;
        const qint64 size = QFileInfo(m_files.pathOf(sha256)).size();
        if (m_files.remove(sha256)) {
            ++count;
            removed(size);
        }
    }
    if (count > 0)
        qCInfo(lcFiles) << "removed" << count << "files nothing refers to";
    return count;
}

void FileCollector::released(const SharedFile &file)
{
    dropIfUnreferenced(file.file.sha256);
    dropIfUnreferenced(file.thumbnailSha256);
}

void FileCollector::dropIfUnreferenced(const QString &sha256)
{
    if (sha256.isEmpty() || !m_files.contains(sha256) || m_references.isReferenced(sha256).value_or(true))
        return;
    const qint64 size = QFileInfo(m_files.pathOf(sha256)).size();
    if (m_files.remove(sha256))
        removed(size);
}

void FileCollector::removed(qint64 bytes)
{
    ++m_stats.filesCollected;
    m_stats.fileBytesCollected += bytes;
}
