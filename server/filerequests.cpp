#include "filerequests.h"

#include "clientsession.h"
#include "clusterbus.h"
#include "database.h"
#include "messagestore.h"
#include "names.h"
#include "onlineaccounts.h"
#include "serverconfig.h"
#include "serverstats.h"
#include "streammemory.h"

#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QLoggingCategory>
#include <QStorageInfo>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace {
// "100 MiB", or the bytes when that would round ("2,097,153 bytes", not "2.0 MiB").
QString sizeText(qint64 bytes)
{
    constexpr qint64 Mib = 1024 * 1024;
    if (bytes % Mib == 0)
        return u"%1 MiB"_s.arg(bytes / Mib);
    return u"%1 bytes"_s.arg(QLocale(QLocale::English).toString(bytes));
}
} // namespace

FileRequests::FileRequests(const ServerConfig &config, Database &db, MessageStore &messages, OnlineAccounts &online,
                           ServerStats &stats, QObject *parent)
    : QObject(parent), m_config(config), m_db(db), m_online(online), m_stats(stats), m_files(config.filesDir),
      m_uploads(db), m_collector(db, m_files, messages.files(), stats)
{
    m_expiry.setInterval(ExpiryCheckMs);
    connect(&m_expiry, &QTimer::timeout, this, [this] {
        expireUnshared();
        m_collector.sweep();
    });
    connect(&m_files, &FileStore::completed, this,
            [this](const QString &uploadId, FileStore::Outcome outcome) { onStored(uploadId, outcome); });
}

bool FileRequests::open(QString *error)
{
    if (!m_files.open(error))
        return false;
    // A partial file whose upload is gone (finished, or its record lost) is only taking room. (Not when the
    // database cannot say which uploads are unfinished: then nothing is removed.) Listed first: an upload
    // another node is receiving was recorded before its partial file was made.
    const QStringList partial = m_files.partialUploads();
    if (const std::optional<QStringList> unfinished = m_uploads.unfinished()) {
        const QSet<QString> keep(unfinished->cbegin(), unfinished->cend());
        for (const QString &id : partial) {
            if (!keep.contains(id))
                m_files.discard(id);
        }
    }
    expireUnshared();
    m_collector.sweep();
    m_expiry.start();
    return true;
}

void FileRequests::closeTransfers()
{
    const QList<Incoming> all = m_transfers.values(); // closing one may change the hash
    for (const Incoming &transfer : all)
        transfer.session->connection()->close();
}

void FileRequests::expireUnshared()
{
    // Stored times are wall-clock (they outlive the process): a clock step moves expiry, nothing else.
    const QStringList old = m_uploads.announcedBefore(QDateTime::currentMSecsSinceEpoch() - UnsharedLifetimeMs);
    for (const QString &id : old) {
        if (m_transfers.contains(id))
            continue; // bytes are coming: not given up
        if (m_uploads.remove(id)) {
            m_files.discard(id); // its partial file, if it has one; stored content goes with the garbage
            ++m_stats.uploadsExpired;
        }
    }
}

void FileRequests::released(const SharedFile &file)
{
    m_collector.released(file);
}

std::optional<SharedFile> FileRequests::share(ClientSession *s, const Msg::ShareFile &m, const QString &target,
                                              qint64 ref)
{
    if (m_config.maxFileBytes <= 0) {
        s->sendMessage(Msg::ErrorReply(ErrorCode::NotAllowed, u"This server does not take files."_s, ref));
        return std::nullopt;
    }
    // Only the account's own stored uploads to this very place: an upload id is no key to anyone else's file.
    const auto usable = [&](const QString &id, const char *what) -> std::optional<UploadRecord> {
        std::optional<UploadRecord> upload = m_uploads.find(id);
        QString why;
        if (!upload || upload->userId != s->userId())
            why = u"You have no upload %1 (an upload is shared once; announce the file again to share it again)."_s.arg(
                id);
        else if (!upload->stored)
            why = u"Upload %1 is not finished; share it once 'uploaded' has come."_s.arg(id);
        else if (upload->target != target)
            why = u"Upload %1 was announced for another place than this message's."_s.arg(id);
        else if (!m_files.contains(upload->sha256))
            why = u"The %1 of upload %2 is no longer on the server; send it again."_s.arg(QLatin1StringView(what), id);
        if (why.isEmpty())
            return upload;
        s->sendMessage(Msg::ErrorReply(ErrorCode::NoSuchUpload, why, ref));
        return std::nullopt;
    };
    const std::optional<UploadRecord> file = usable(m.upload, "file");
    if (!file)
        return std::nullopt;
    SharedFile out;
    out.userId = s->userId();
    out.uploads << file->id;
    out.file = Msg::Attachment{file->name, file->size, file->mime,   file->sha256,
                               m.width,    m.height,   m.durationMs, std::nullopt};
    if (m.thumbnail) {
        const std::optional<UploadRecord> thumb = usable(*m.thumbnail, "thumbnail");
        if (!thumb)
            return std::nullopt;
        if (thumb->id == file->id || thumb->sha256 == file->sha256) {
            s->sendMessage(Msg::ErrorReply(ErrorCode::OutOfRange, u"A file is not its own thumbnail."_s, ref));
            return std::nullopt;
        }
        static const QStringList pictures{u"image/png"_s, u"image/jpeg"_s, u"image/webp"_s};
        if (thumb->size > Msg::MaxThumbnailBytes || !pictures.contains(thumb->mime)) {
            s->sendMessage(Msg::ErrorReply(
                ErrorCode::OutOfRange,
                u"A thumbnail is a PNG, JPEG or WebP picture of at most %1 bytes."_s.arg(Msg::MaxThumbnailBytes), ref));
            return std::nullopt;
        }
        out.uploads << thumb->id;
        out.thumbnailSha256 = thumb->sha256;
        out.file.thumbnail = Msg::Thumbnail{m.thumbnailWidth, m.thumbnailHeight, thumb->mime, thumb->size};
    }
    return out;
}

std::optional<Msg::FileLimits> FileRequests::limits() const
{
    if (m_config.maxFileBytes <= 0)
        return std::nullopt;
    return Msg::FileLimits{m_config.maxFileBytes, m_config.fileQuotaBytes, m_config.uploadsAtOnce};
}

void FileRequests::handle(ClientSession *s, const Msg::Upload &m)
{
    if (!s->requireActive())
        return;
    if (m_config.maxFileBytes <= 0) {
        s->sendMessage(Msg::ErrorReply(ErrorCode::NotAllowed, u"This server does not take files."_s));
        return;
    }
    if (m.size > m_config.maxFileBytes) {
        s->sendMessage(
            Msg::ErrorReply(ErrorCode::FileTooLarge, u"A file on this server has at most %1; this one has %2."_s.arg(
                                                         sizeText(m_config.maxFileBytes), sizeText(m.size))));
        return;
    }
    QString target;
    if (m.room) {
        if (!s->rooms().contains(*m.room)) {
            s->sendMessage(Msg::ErrorReply(ErrorCode::NotInRoom, u"You are not in %1."_s.arg(*m.room)));
            return;
        }
        target = u'#' + *m.room;
    } else {
        const QString peer = Names::canonical(*m.with);
        if (peer == s->userKey()) {
            s->sendMessage(Msg::ErrorReply(ErrorCode::NoSuchUser, u"A file goes to someone else, not to you."_s));
            return;
        }
        if (!m_db.findUser(*m.with)) {
            s->sendMessage(m_db.lookupFailed()
                               ? Msg::ErrorReply(ErrorCode::ServerError,
                                                 u"The server could not look %1 up; try again."_s.arg(*m.with))
                               : Msg::ErrorReply(ErrorCode::NoSuchUser, u"There is no user called %1."_s.arg(*m.with)));
            return;
        }
        target = u'@' + peer;
    }
    // The disk is everyone's (the database may live on it too): a reserve stays free whatever the quotas allow.
    if (const QStorageInfo disk(m_config.filesDir);
        disk.isValid() && disk.bytesAvailable() - m.size < FreeReserveBytes) {
        ++m_stats.storageErrors;
        qCWarning(lcFiles) << "refused an upload: the files directory's disk is nearly full";
        s->sendMessage(
            Msg::ErrorReply(ErrorCode::ServerError, u"The server has no room for this file now; try again later."_s));
        return;
    }
    UploadRecord record{FileStore::newUploadId(),
                        s->userId(),
                        target,
                        m.name,
                        m.size,
                        m.sha256,
                        m.mime,
                        QDateTime::currentMSecsSinceEpoch(),
                        false};
    // Looked up, counted and recorded under the files lock: the account's devices on other nodes announce under
    // it too (the same file at once is one upload, and the limits hold across a cluster), and content found here
    // is not being removed by a garbage collection.
    std::optional<UploadRecord> again;
    std::optional<Msg::ErrorReply> refusal;
    if (!m_db.withFilesLock([&] {
            // The same content to the same place, announced again (a client that lost the upload's id, or
            // shares it again): that upload, where it stands; no new one.
            if ((again = m_uploads.like(s->userId(), target, m.sha256, m.size)))
                return true;
            refusal = admit(m, record);
            return refusal || m_uploads.add(record);
        })) {
        ++m_stats.storageErrors;
        qCWarning(lcFiles) << "cannot record an upload:" << m_db.lastError() << m_uploads.lastError();
        s->sendMessage(Msg::ErrorReply(ErrorCode::ServerError, u"The server could not record your upload."_s));
        return;
    }
    if (again) {
        const qint64 received = again->stored ? again->size : m_files.received(again->id);
        s->sendMessage(Msg::UploadReady{again->id, received, again->size});
        if (again->stored)
            tell(s->userId(), Msg::Uploaded{again->id, std::nullopt, std::nullopt});
        else if (received == again->size && again->size > 0)
            // All of it came, but its check never ended (the server stopped during it): checked now, and
            // "uploaded" follows (the client has nothing left to send, and opens no transfer to say so).
            m_files.complete(again->id, again->sha256);
    } else if (refusal) {
        s->sendMessage(*refusal);
    } else {
        s->sendMessage(Msg::UploadReady{record.id, record.stored ? record.size : 0, record.size});
        if (record.stored)
            tell(s->userId(), Msg::Uploaded{record.id, std::nullopt, std::nullopt});
    }
}

std::optional<Msg::ErrorReply> FileRequests::admit(const Msg::Upload &m, UploadRecord &record)
{
    const std::optional<int> unfinished = m_uploads.unfinishedOf(record.userId);
    const std::optional<qint64> used = m_uploads.bytesOf(record.userId);
    if (!unfinished || !used) {
        ++m_stats.storageErrors;
        return Msg::ErrorReply(ErrorCode::ServerError, u"The server could not look up your files."_s);
    }
    const bool known = m_uploads.hasStored(record.userId, m.sha256, m.size);
    if (*unfinished >= m_config.uploadsAtOnce && !known)
        return Msg::ErrorReply(
            ErrorCode::TooManyUploads,
            u"You have %1 uploads unfinished, as many as this server takes at once."_s.arg(*unfinished));
    if (!known && *used + m.size > m_config.fileQuotaBytes)
        return Msg::ErrorReply(
            ErrorCode::QuotaExceeded,
            u"Your files on this server may take %1 in all; %2 are taken, and this one has %3."_s.arg(
                sizeText(m_config.fileQuotaBytes), sizeText(*used), sizeText(m.size)));
    // Content is taken again from anyone but who stored it: knowing a file's hash is not having the file.
    record.stored = known && m_files.contains(m.sha256);
    return std::nullopt;
}

void FileRequests::handle(ClientSession *s, const Msg::CancelUpload &m)
{
    if (!s->requireActive())
        return;
    const std::optional<UploadRecord> upload = m_uploads.find(m.upload);
    if (!upload || upload->userId != s->userId()) { // another's upload is none of this account's business
        s->sendMessage(Msg::ErrorReply(ErrorCode::NoSuchUpload, u"You have no upload %1."_s.arg(m.upload)));
        return;
    }
    if (!m_uploads.remove(m.upload)) {
        ++m_stats.storageErrors;
        qCWarning(lcFiles) << "cannot forget an upload:" << m_uploads.lastError();
        s->sendMessage(Msg::ErrorReply(ErrorCode::ServerError, u"The server could not forget your upload."_s));
        return;
    }
    // Its transfer (bytes coming, or waiting for the check) ends, its partial file goes, and its stored
    // content too when nothing else refers to it: at once, else the quota it freed would not bound the disk.
    if (const auto transfer = m_transfers.constFind(m.upload); transfer != m_transfers.cend())
        transfer->session->connection()->close();
    if (m_files.isChecking(m.upload))
        m_cancelledChecks.insert(m.upload, upload->sha256); // the check may have put it in place: see onStored
    m_files.discard(m.upload);
    if (upload->stored)
        m_collector.dropIfUnreferenced(upload->sha256);
    ++m_stats.uploadsCancelled;
}

void FileRequests::startTransfer(ClientSession *s, const Msg::Transfer &m)
{
    const QString id = m.upload.value_or(QString());
    const std::optional<UploadRecord> upload = m_uploads.find(id);
    if (!upload || m_config.maxFileBytes <= 0) {
        s->connection()->closeWithError(
            {ErrorCode::NoSuchUpload, u"There is no unfinished upload %1 on this server."_s.arg(id), s->requestRef()});
        return;
    }
    if (upload->stored) {
        s->sendMessage(Msg::TransferReady{upload->size});
        s->sendMessage(Msg::Uploaded{upload->id, std::nullopt, std::nullopt});
        s->connection()->close();
        return;
    }
    if (const auto other = m_transfers.constFind(upload->id); other != m_transfers.cend()) {
        if (other->checking) {
            s->sendMessage(Msg::TransferReady{upload->size}); // all came; uploaded follows on the session
            s->connection()->close();
            return;
        }
        // The same upload again: the client came back after a break the server may not have seen yet.
        other->session->connection()->abort();
        m_transfers.remove(upload->id);
    }
    Incoming transfer{s, nullptr, m_files.received(upload->id), upload->size, upload->sha256, false};
    if (transfer.received > transfer.size) { // a partial file longer than the upload: not this upload's
        m_files.discard(upload->id);
        transfer.received = 0;
    }
    // Bytes that stop coming close the connection (the client resumes on a new one); what came is kept.
    auto *idle = new QTimer(s);
    idle->setSingleShot(true);
    idle->setInterval(m_config.transferIdleTimeout);
    connect(idle, &QTimer::timeout, s, [s] { s->connection()->close(); }); // no frame: nothing is wrong
    idle->start();
    transfer.idle = idle;
    m_transfers.insert(upload->id, transfer);
    s->sendMessage(Msg::TransferReady{transfer.received});
    Connection *connection = s->connection();
    connection->switchToRaw();
    connect(connection, &Connection::rawReceived, s, [this, id, s, idle](const QByteArray &bytes) {
        idle->start();
        onBytes(id, s, bytes);
    });
    connect(connection, &Connection::closed, this, [this, id, s] { endTransfer(id, s); });
    if (transfer.received == transfer.size && transfer.size > 0) // all of it came before a restart
        onBytes(id, s, {});
}

void FileRequests::onBytes(const QString &uploadId, ClientSession *s, const QByteArray &bytes)
{
    const auto transfer = m_transfers.find(uploadId);
    if (transfer == m_transfers.end() || transfer->session != s)
        return;
    // What fits is kept; bytes past the size end the transfer (the upload goes on to its check if whole).
    const qint64 fits = transfer->checking ? 0 : std::min<qint64>(bytes.size(), transfer->size - transfer->received);
    const bool excess = fits < bytes.size();
    if (fits > 0) {
        QString error;
        if (!m_files.append(uploadId, transfer->received, QByteArrayView(bytes).first(fits), &error)) {
            ++m_stats.storageErrors;
            qCWarning(lcFiles) << "upload" << uploadId.left(8) << "not written:" << error;
            s->connection()->closeWithError({ErrorCode::ServerError, u"The server could not store the file."_s});
            return;
        }
        transfer->received += fits;
        m_stats.fileBytesIn += fits;
    }
    if (transfer->received == transfer->size && !transfer->checking) {
        transfer->checking = m_files.complete(uploadId, transfer->sha256);
        transfer->idle->stop(); // waiting for the check is not idling (checks run one at a time)
    }
    if (excess)
        s->connection()->closeWithError(
            {ErrorCode::OutOfRange, u"More bytes came than the upload's %1."_s.arg(transfer->size)});
}

void FileRequests::onStored(const QString &uploadId, FileStore::Outcome outcome)
{
    if (const QString cancelled = m_cancelledChecks.take(uploadId); !cancelled.isEmpty())
        m_collector.dropIfUnreferenced(cancelled); // placed just before the cancel, if at all
    const std::optional<UploadRecord> upload = m_uploads.find(uploadId);
    if (!upload || outcome == FileStore::Outcome::Discarded) {
        // Cancelled meanwhile, perhaps on another node than this transfer's: the transfer ends too.
        if (const auto transfer = m_transfers.constFind(uploadId); transfer != m_transfers.cend())
            transfer->session->connection()->closeWithError(
                {ErrorCode::NoSuchUpload, u"Upload %1 was cancelled."_s.arg(uploadId)});
        return;
    }
    Msg::Uploaded told{uploadId, std::nullopt, std::nullopt};
    if (outcome == FileStore::Outcome::Stored && m_uploads.markStored(uploadId)) {
        ++m_stats.filesStored;
        m_files.forgetPartial(uploadId); // recorded: its partial name goes
    } else if (outcome == FileStore::Outcome::HashMismatch) {
        // The content was not what the client said: the upload is gone, and it starts again.
        ++m_stats.uploadsFailed;
        m_uploads.remove(uploadId);
        told.error = errorCodeName(ErrorCode::HashMismatch);
        told.message = u"The file's content does not match its SHA-256; send it again."_s;
    } else {
        // The disk failed us: the bytes stay, and the next transfer of this upload tries again.
        ++m_stats.storageErrors;
        told.error = errorCodeName(ErrorCode::ServerError);
        told.message = u"The server could not store the file; try again later."_s;
    }
    const auto transfer = m_transfers.constFind(uploadId);
    if (transfer != m_transfers.cend()) {
        transfer->session->sendMessage(told);
        transfer->session->connection()->close();
    }
    tell(upload->userId, told);
}

void FileRequests::endTransfer(const QString &uploadId, ClientSession *s)
{
    const auto transfer = m_transfers.constFind(uploadId);
    if (transfer == m_transfers.cend() || transfer->session != s)
        return;
    if (!transfer->checking)
        m_files.release(uploadId); // resumes on a new connection, maybe after a long while
    m_transfers.erase(transfer);
    if (m_transfers.isEmpty())
        StreamMemory::giveBack(); // what the uploads' buffers kept goes back once none runs
}

void FileRequests::tell(qint64 userId, const Msg::Uploaded &m)
{
    const QByteArray frame = Msg::encode(m);
    const QString account = m_uploads.userKeyOf(userId);
    const QList<ClientSession *> sessions = m_online.sessionsOf(account);
    for (ClientSession *session : sessions) {
        if (session->protocolVersion() >= 2)
            session->send(frame);
    }
    if (m_cluster && !account.isEmpty()) // the transfer connection may have reached another node than the session
        m_cluster->accountEvent(account, frame, 2);
}
