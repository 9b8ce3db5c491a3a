// The bytes of files shared in chat, stored by the SHA-256 of their content under the data directory
// (files/ab/cd/<hash>), once however often they are shared. An upload is written to files/partial/<id>
// until all of it has come (and survives a restart there, to be resumed from its size); its hash is then
// checked in a thread of its own, and only content that matches goes into place, by a rename: a stored
// file is never seen half-written. What a file is and who may read it is the database's business.
#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <memory>

class QFile;

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
    // is refused). False, with why, when the disk refuses them.
    bool append(const QString &uploadId, qint64 offset, QByteArrayView bytes, QString *error);
    // All of an upload has come: its hash is checked away from the event loop, and if it is sha256 the
    // file goes into place (or is dropped, when the same content is stored already). completed() says how
    // it went; the partial file is gone either way.
    void complete(const QString &uploadId, const QString &sha256);
    // An upload given up (cancelled, expired): its partial file is removed.
    void discard(const QString &uploadId);
    // The ids of the partial uploads on disk (after a restart, to match against the database's).
    QStringList partialUploads() const;
    // Waits for the hash checks under way (on shutdown, and in tests).
    void waitForChecks() { m_pool.waitForDone(); }

signals:
    // ok: the content matched and is stored under its hash; else error says why (the hash differed, the
    // disk failed).
    void completed(const QString &uploadId, bool ok, const QString &error);

private:
    QString partialPath(const QString &uploadId) const;
    QFile *openPartial(const QString &uploadId, QString *error);
    void close(const QString &uploadId);

    QString m_root;
    QHash<QString, std::shared_ptr<QFile>> m_open; // partial files being written, by upload id
    QSet<QString> m_checking;                      // uploads whose hash is being checked
    QThreadPool m_pool;
};
