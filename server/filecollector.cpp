#include "filecollector.h"

#include "attachmentstore.h"
#include "database.h"
#include "filestore.h"
#include "serverstats.h"

#include <QFileInfo>

int FileCollector::sweep()
{
    // Listed before the look-up: a file placed since was announced, and referred to, before it was placed.
    const QStringList stored = m_files.storedFiles();
    const std::optional<QSet<QString>> referenced = m_references.referenced();
    if (!referenced) {
        ++m_stats.storageErrors;
        qCWarning(lcFiles) << "no garbage collection: cannot list what files are referred to:"
                           << m_references.lastError();
        return 0;
    }
    int count = 0;
    for (const QString &sha256 : stored) {
        if (referenced->contains(sha256))
            continue;
        const std::optional<bool> gone = removeIfUnreferenced(sha256);
        if (!gone)
            break; // the database is away: the next sweep goes on
        count += *gone ? 1 : 0;
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
    if (!sha256.isEmpty() && m_files.contains(sha256))
        removeIfUnreferenced(sha256);
}

std::optional<bool> FileCollector::removeIfUnreferenced(const QString &sha256)
{
    qint64 size = 0;
    bool gone = false;
    const bool looked = m_db.withFilesLock([&] {
        const std::optional<bool> used = m_references.isReferenced(sha256);
        if (!used)
            return false;
        if (!*used && m_files.contains(sha256)) {
            size = QFileInfo(m_files.pathOf(sha256)).size();
            gone = m_files.remove(sha256);
        }
        return true;
    });
    if (!looked) {
        ++m_stats.storageErrors;
        qCWarning(lcFiles) << "kept a file: cannot look up whether it is referred to:" << m_db.lastError()
                           << m_references.lastError();
        return std::nullopt;
    }
    if (gone) {
        ++m_stats.filesCollected;
        m_stats.fileBytesCollected += size;
    }
    return gone;
}
