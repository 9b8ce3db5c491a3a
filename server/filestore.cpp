#include "filestore.h"

#include "backgroundpriority.h"

#include "names.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <openssl/evp.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int ReadBlockBytes = 1024 * 1024; // what the hash check reads at a time
// A partial file the store let go, renamed on the event loop's thread and removed on the housekeeping one.
constexpr QLatin1StringView GoneSuffix = ".gone"_L1;

// The SHA-256 of a file's content, in lowercase hex, with the file synced to the disk first; empty when
// it cannot be read (or either flag is set). OpenSSL's, not QCryptographicHash: with the CPU's SHA
// instructions it hashes 1,600 MiB/s here, Qt's own 130-170.
QString sha256Of(const QString &path, const std::atomic_bool &discarded, const std::atomic_bool &stopping)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || ::fdatasync(file.handle()) != 0)
        return {};
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1)
        return {};
    QByteArray block(ReadBlockBytes, Qt::Uninitialized);
    for (qint64 n; (n = file.read(block.data(), block.size())) > 0;) {
        if (discarded || stopping || EVP_DigestUpdate(context.get(), block.constData(), std::size_t(n)) != 1)
            return {};
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (file.error() != QFileDevice::NoError || EVP_DigestFinal_ex(context.get(), digest, &length) != 1)
        return {};
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

QString errorText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// A new name (a rename, a link) is on the disk once its folder is.
bool syncFolder(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}
} // namespace

Q_LOGGING_CATEGORY(lcFiles, "chat.server.files")

FileStore::FileStore(const QString &root, QObject *parent) : QObject(parent), m_root(root)
{
    m_pool.setMaxThreadCount(1); // one disk, read start to end: more threads would only seek
    m_housekeeping.setMaxThreadCount(1);
}

FileStore::~FileStore()
{
    stopChecks();
    m_housekeeping.waitForDone(); // removals are never dropped
}

void FileStore::stopChecks()
{
    // Checks not started are dropped, and the one under way stops at its next block.
    m_pool.clear();
    *m_stopping = true;
    m_pool.waitForDone();
}

bool FileStore::open(QString *error)
{
    if (!QDir().mkpath(m_root + u"/partial"_s)) {
        *error = u"Cannot make the folder for shared files %1."_s.arg(QDir::toNativeSeparators(m_root));
        return false;
    }
    // What a stop left to remove (see removeLater).
    QDirIterator gone(m_root + u"/partial"_s, {u"*"_s + GoneSuffix}, QDir::Files);
    while (gone.hasNext())
        QFile::remove(gone.next());
    return true;
}

void FileStore::removeLater(const QString &path)
{
    // Removing a file of 100 MiB took 22 ms on a busy disk, holding up everyone's chat: out of the way at
    // once under another name (partialUploads() and received() no longer see it), removed on a thread.
    if (!QFile::exists(path))
        return;
    const QString gone = path + GoneSuffix;
    if (!QFile::rename(path, gone)) {
        if (!QFile::remove(path))
            qCWarning(lcFiles) << "could not remove" << QDir::toNativeSeparators(path);
        return;
    }
    m_housekeeping.start([gone] {
        // (Another node sharing the folder may have removed it first, starting up.)
        if (!QFile::remove(gone) && QFile::exists(gone))
            qCWarning(lcFiles) << "could not remove" << QDir::toNativeSeparators(gone);
    });
}

bool FileStore::isHash(QStringView text)
{
    return Names::isLowerHex(text, 64);
}

bool FileStore::isUploadId(QStringView text)
{
    return Names::isLowerHex(text, 32);
}

QString FileStore::newUploadId()
{
    quint64 bits[2];
    QRandomGenerator::system()->fillRange(bits);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(bits), sizeof bits).toHex());
}

QString FileStore::pathOf(const QString &sha256) const
{
    Q_ASSERT(isHash(sha256));
    return u"%1/%2/%3/%4"_s.arg(m_root, sha256.left(2), sha256.mid(2, 2), sha256);
}

bool FileStore::contains(const QString &sha256) const
{
    return isHash(sha256) && QFileInfo::exists(pathOf(sha256));
}

bool FileStore::remove(const QString &sha256)
{
    if (!isHash(sha256))
        return false;
    QFile file(pathOf(sha256));
    return !file.exists() || file.remove();
}

QString FileStore::partialPath(const QString &uploadId) const
{
    Q_ASSERT(isUploadId(uploadId));
    return m_root + u"/partial/"_s + uploadId;
}

qint64 FileStore::received(const QString &uploadId) const
{
    if (!isUploadId(uploadId))
        return 0;
    if (const auto open = m_open.find(uploadId); open != m_open.end())
        return open->second.size;
    return QFileInfo(partialPath(uploadId)).size();
}

FileStore::Partial *FileStore::openPartial(const QString &uploadId, QString *error)
{
    if (const auto open = m_open.find(uploadId); open != m_open.end())
        return &open->second;
    auto file = std::make_unique<QFile>(partialPath(uploadId));
    // Unbuffered: what append() took is with the kernel, so a crash of this process loses none of it.
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        *error = file->errorString();
        return nullptr;
    }
    // A partial file with a second name is stored content waiting for its record: never written again.
    if (struct stat status{}; ::fstat(file->handle(), &status) != 0 || status.st_nlink > 1) {
        *error = u"the upload is stored already"_s;
        return nullptr;
    }
    const qint64 size = file->size();
    return &m_open.insert_or_assign(uploadId, Partial{std::move(file), size}).first->second;
}

void FileStore::release(const QString &uploadId)
{
    m_open.erase(uploadId); // closes it
}

bool FileStore::append(const QString &uploadId, qint64 offset, QByteArrayView bytes, QString *error)
{
    if (!isUploadId(uploadId) || m_checking.contains(uploadId)) {
        *error = u"no such upload in progress"_s;
        return false;
    }
    Partial *partial = openPartial(uploadId, error);
    if (!partial)
        return false;
    if (offset != partial->size) {
        *error = u"the upload is at %1 bytes, not %2"_s.arg(partial->size).arg(offset);
        return false;
    }
    if (partial->file->write(bytes.constData(), bytes.size()) != bytes.size()) {
        *error = partial->file->errorString();
        // What was written of it stays; closed, the file system's size says where to go on from.
        release(uploadId);
        return false;
    }
    partial->size += bytes.size();
    return true;
}

bool FileStore::complete(const QString &uploadId, const QString &sha256)
{
    if (!isUploadId(uploadId) || !isHash(sha256) || m_checking.contains(uploadId))
        return false;
    release(uploadId);
    const auto discarded = std::make_shared<std::atomic_bool>(false);
    m_checking.insert(uploadId, discarded);
    // The worker touches no member: it checks and places files by path and posts the result back. The object
    // outlives it (the destructor waits for the pool), and a posted call to a deleted object is dropped.
    m_pool.start([this, uploadId, sha256, path = partialPath(uploadId), target = pathOf(sha256), discarded,
                  stopping = m_stopping] {
        runThisThreadOnlyWhenIdle(); // a file's hash waits for the chat, not the chat for it
        const Placed placed = checkAndPlace(path, sha256, target, *discarded, *stopping);
        QMetaObject::invokeMethod(
            this, [this, uploadId, placed] { onChecked(uploadId, placed); }, Qt::QueuedConnection);
    });
    return true;
}

FileStore::Placed FileStore::checkAndPlace(const QString &path, const QString &sha256, const QString &target,
                                           const std::atomic_bool &discarded, const std::atomic_bool &stopping)
{
    // Off the event loop: the folder's sync took 15-65 ms on a busy disk. The stored file is a second name of
    // the partial one, which stays until the database has recorded the file (forgetPartial()): a stop or a
    // crash in between leaves the upload whole where a restart checks it again. Nothing removes the stored
    // content meanwhile: the garbage collection keeps every hash an upload in the database announces.
    const QString actual = sha256Of(path, discarded, stopping);
    if (discarded)
        return {Outcome::Discarded, {}};
    if (actual.isEmpty() || stopping)
        return {Outcome::IoError, u"the upload could not be read back"_s};
    if (actual != sha256)
        return {Outcome::HashMismatch, u"the content's SHA-256 is %1"_s.arg(actual)};
    const QFileInfo stored(target);
    const QString folder = stored.absolutePath();
    if (!(stored.exists() && stored.size() == QFileInfo(path).size())) {
        // Not there, or a broken copy from a crash before this code synced (or a dangling link): replaced.
        if (!QDir().mkpath(folder))
            return {Outcome::IoError, u"cannot make the folder %1"_s.arg(QDir::toNativeSeparators(folder))};
        const QByteArray from = QFile::encodeName(path);
        const QByteArray to = QFile::encodeName(target);
        if (::unlink(to.constData()) != 0 && errno != ENOENT)
            return {Outcome::IoError, u"cannot replace a broken stored file: %1"_s.arg(errorText(errno))};
        if (::link(from.constData(), to.constData()) != 0) {
            // A file system without hard links: renamed instead. A stop before the record then loses the
            // partial file, and the upload is sent again.
            if ((errno != EPERM && errno != EOPNOTSUPP) || ::rename(from.constData(), to.constData()) != 0)
                return {Outcome::IoError, u"cannot put the file in place: %1"_s.arg(errorText(errno))};
        }
    }
    // Also when the content was there already (perhaps from a check that failed after its link): the
    // database never records a file whose name is not on the disk.
    if (!syncFolder(folder))
        return {Outcome::IoError, u"cannot sync the folder %1"_s.arg(QDir::toNativeSeparators(folder))};
    return {Outcome::Stored, {}};
}

void FileStore::onChecked(const QString &uploadId, const Placed &placed)
{
    const std::shared_ptr<std::atomic_bool> discarded = m_checking.take(uploadId);
    Outcome outcome = placed.outcome;
    if (discarded && *discarded) // content linked just before is unreferenced now: the next sweep removes it
        outcome = Outcome::Discarded;
    if (outcome == Outcome::IoError || outcome == Outcome::HashMismatch) // (the id is a key: only its start)
        qCWarning(lcFiles) << "upload" << uploadId.left(8) << "not stored:" << outcome << placed.detail;
    // Content not as announced and uploads given up go; a stored one's partial name goes once it is recorded
    // (forgetPartial()); after a failure the partial file stays, to try again. Before completed(): its
    // receivers may start over with the same id.
    if (outcome == Outcome::HashMismatch || outcome == Outcome::Discarded)
        removeLater(partialPath(uploadId));
    emit completed(uploadId, outcome, placed.detail);
}

void FileStore::forgetPartial(const QString &uploadId)
{
    if (!isUploadId(uploadId) || m_checking.contains(uploadId))
        return;
    release(uploadId);
    removeLater(partialPath(uploadId));
}

void FileStore::discard(const QString &uploadId)
{
    if (!isUploadId(uploadId))
        return;
    if (const auto checking = m_checking.constFind(uploadId); checking != m_checking.cend()) {
        **checking = true; // the check's end removes it
        return;
    }
    release(uploadId);
    removeLater(partialPath(uploadId));
}

QStringList FileStore::storedFiles() const
{
    QStringList hashes;
    // files/ab/cd/<hash>: two levels of folders named by the hash's first four digits.
    QDirIterator it(m_root, {u"????????????????????????????????????????????????????????????????"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo file = it.nextFileInfo();
        const QString name = file.fileName();
        if (isHash(name) && file.absoluteFilePath() == QFileInfo(pathOf(name)).absoluteFilePath())
            hashes << name;
    }
    return hashes;
}

QStringList FileStore::partialUploads() const
{
    QStringList ids;
    const QStringList names = QDir(m_root + u"/partial"_s).entryList(QDir::Files);
    for (const QString &name : names) {
        if (isUploadId(name))
            ids << name;
    }
    return ids;
}
