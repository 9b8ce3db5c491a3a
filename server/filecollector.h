// Garbage collection of shared files: stored content that no upload and no message refers to any more is
// removed, when the last message sharing it is deleted and by a sweep (at start-up and every hour) for
// whatever that missed (a crash between a deletion and its removal, uploads given up). Counted in stats.
#pragma once

#include <QString>

class AttachmentStore;
class FileStore;
struct SharedFile;
struct ServerStats;

class FileCollector
{
public:
    FileCollector(FileStore &files, AttachmentStore &references, ServerStats &stats)
        : m_files(files), m_references(references), m_stats(stats)
    {}

    // Removes every stored file nothing refers to; how many went. Synchronous, on the event loop: nothing
    // can start referring to a file between the look-up and the removal. (An upload refers to its content
    // from its announcement, so content being checked is kept.)
    int sweep();
    // A message's file went (the message was deleted): its content, and its thumbnail's, go unless
    // something else refers to them.
    void released(const SharedFile &file);

    // Removes the stored content at once if nothing refers to it (an upload given up).
    void dropIfUnreferenced(const QString &sha256);

private:
    void removed(qint64 bytes);

    FileStore &m_files;
    AttachmentStore &m_references;
    ServerStats &m_stats;
};
