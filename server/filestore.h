// The bytes of shared files, by the SHA-256 of their content (files/ab/cd/<hash>), and uploads on their way.
#pragma once

#include <QHash>
#include <QLoggingCategory>
#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <memory>
#include <unordered_map>

class QFile;

Q_DECLARE_LOGGING_CATEGORY(lcFiles)

// A file is stored once however often it is shared. An upload is written to files/partial/<id> until all of
// it has come (and survives a restart there, to be resumed from its size); its hash is then checked in a
// thread of its own, and only content that matches goes into place (a second link to the checked file,
// its folder synced): a stored file is never seen half-written, even after a power cut. What a file is and
// who may read it is the database's.
class FileStore : public QObject
{
    Q_OBJECT
public:
    explicit FileStore(const QString &root, QObject *parent = nullptr);
    ~FileStore() override;

    // Makes the folders; false (and why) when the data directory cannot take them.
    bool open(QString *error);

    // A SHA-256 as the store names it: 64 lowercase hexadecimal digits.
    static bool isHash(QStringView text);
    // An upload's id: 32 lowercase hexadecimal digits (a random 128-bit number, newUploadId()).
    static bool isUploadId(QStringView text);
    static QString newUploadId();

    QString pathOf(const QString &sha256) const;
    bool contains(const QString &sha256) const;
    // Removes a stored file nothing refers to any more; true if it is gone.
    bool remove(const QString &sha256);

    // What has been received of an upload so far (0 for none): where it resumes.
    qint64 received(const QString &uploadId) const;
    // Appends bytes to an upload; offset must be what was received (a transfer resumed from elsewhere
    // is refused). False, with why, when the disk refuses them. The partial file stays open until
    // release(), complete() or discard().
    bool append(const QString &uploadId, qint64 offset, QByteArrayView bytes, QString *error);
    // The upload's transfer has ended for now (it may resume): its file is closed.
    void release(const QString &uploadId);
    // All of an upload has come: its hash is checked away from the event loop, and if it is sha256 the
    // file goes into place (or is dropped, when the same content is stored already). completed() follows,
    // always from the event loop; false (and nothing follows) when the ids are not the store's or a check
    // of this upload is under way.
    bool complete(const QString &uploadId, const QString &sha256);
    // The database has recorded a stored upload: its partial name (a second name of the stored file's content
    // until then, so that a stop before the record leaves the upload whole where a restart looks) goes.
    void forgetPartial(const QString &uploadId);
    // Whether an upload's hash is being checked.
    bool isChecking(const QString &uploadId) const { return m_checking.contains(uploadId); }
    // An upload given up (cancelled, expired): its partial file is removed; a check under way ends as
    // Outcome::Discarded.
    void discard(const QString &uploadId);
    // The hashes of the stored files on disk (for the garbage collection to match against the database's).
    QStringList storedFiles() const;
    // The ids of the partial uploads on disk (after a restart, to match against the database's).
    QStringList partialUploads() const;
    // Drops the checks not started and stops the one under way (on shutdown): an upload whose check did not
    // finish is checked again when complete() is called for it next.
    void stopChecks();

    enum class Outcome {
        Stored,       // the content matched, and is stored under its hash (forgetPartial() once recorded)
        HashMismatch, // the content is not what was announced: the partial file goes after completed()
        IoError,      // it could not be read back or put in place: the partial file stays, to try again
        Discarded,    // discard() came during the check
    };
    Q_ENUM(Outcome)

signals:
    // detail: for the log (the content's actual hash, the disk's error).
    void completed(const QString &uploadId, FileStore::Outcome outcome, const QString &detail);

private:
    QString partialPath(const QString &uploadId) const;
    // A partial file being written, and its size (counted here: asking the file system costs a statx per
    // chunk, a tenth of the server's time in an upload).
    struct Partial
    {
        std::unique_ptr<QFile> file;
        qint64 size = 0;
    };
    Partial *openPartial(const QString &uploadId, QString *error);
    // What a hash check found, and did with the file.
    struct Placed
    {
        Outcome outcome = Outcome::IoError;
        QString detail;
    };
    // On the pool's thread: hashes the partial file at path and, if it is sha256 and not discarded, links it to
    // target and syncs the folder. It removes nothing.
    static Placed checkAndPlace(const QString &path, const QString &sha256, const QString &target,
                                const std::atomic_bool &discarded, const std::atomic_bool &stopping);
    void onChecked(const QString &uploadId, const Placed &placed);
    // Removes a file off the event loop's thread; it is gone from its path at once.
    void removeLater(const QString &path);

    QString m_root;
    std::unordered_map<QString, Partial> m_open; // partial files being written, by upload id
    // Uploads whose hash is being checked, and whether each was given up meanwhile (read by the check while it
    // hashes and before it puts the file in place).
    QHash<QString, std::shared_ptr<std::atomic_bool>> m_checking;
    QThreadPool m_pool;         // hash checks, one at a time, in the idle class
    QThreadPool m_housekeeping; // removing files let go (one thread; waited for on destruction)
    std::shared_ptr<std::atomic_bool> m_stopping = std::make_shared<std::atomic_bool>(false);
};
