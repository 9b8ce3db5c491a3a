// Garbage collection of shared files: stored content that no upload and no message refers to any more is
// removed, when the last message sharing it is deleted and by a sweep (at start-up and every hour) for
// whatever that missed (a crash between a deletion and its removal, uploads given up). Counted in stats.
#pragma once

#include <QString>
#include <optional>

class AttachmentStore;
class Database;
class FileStore;
struct SharedFile;
struct ServerStats;

class FileCollector
{
public:
    FileCollector(Database &db, FileStore &files, AttachmentStore &references, ServerStats &stats)
        : m_db(db), m_files(files), m_references(references), m_stats(stats)
    {}

    // Removes every stored file nothing refers to; how many went. Each is looked up again and removed under
    // the database's files lock, which announcing an upload also takes: nothing, on any node of a cluster
    // sharing the folder, starts referring to a file between its look-up and its removal. (An upload refers to
    // its content from its announcement, so content being checked is kept.)
    int sweep();
    // A message's file went (the message was deleted): its content, and its thumbnail's, go unless
    // something else refers to them.
    void released(const SharedFile &file);

    // Removes the stored content at once if nothing refers to it (an upload given up).
    void dropIfUnreferenced(const QString &sha256);

private:
    // Whether the content went; nullopt when the database could not say whether it is referred to.
    std::optional<bool> removeIfUnreferenced(const QString &sha256);

    Database &m_db;
    FileStore &m_files;
    AttachmentStore &m_references;
    ServerStats &m_stats;
};
