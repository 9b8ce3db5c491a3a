#include "uploadjob.h"

#include "chatclient.h"
#include "filetransfers.h"
#include "servertext.h"
#include "transferlink.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QThreadPool>
#include <QTimeZone>
#include <QTimer>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcUpload, "chat.client.upload")

UploadJob::UploadJob(FileTransfers &transfers, ChatClient &client, const QString &path,
                     const std::optional<QString> &room, const std::optional<QString> &to, const QString &caption,
                     const std::optional<Recording> &recording, QObject *parent)
    : QObject(parent), m_transfers(transfers), m_client(client), m_path(path), m_room(room), m_to(to),
      m_caption(caption), m_file(path)
{
    if (recording) {
        m_durationMs = recording->durationMs;
        m_recordedMime = recording->mime;
    }
    const QFileInfo info(path);
    m_sizeWhenSent = info.size();
    m_modifiedWhenSent = info.lastModified(QTimeZone::UTC);
}

TransferJournal::Upload UploadJob::describe() const
{
    TransferJournal::Upload entry;
    entry.path = m_path;
    entry.size = m_sizeWhenSent;
    entry.modified = m_modifiedWhenSent;
    entry.sha256 = m_probe.sha256;
    entry.room = m_room.value_or(QString());
    entry.to = m_to.value_or(QString());
    entry.caption = m_caption;
    entry.durationMs = m_durationMs;
    entry.mime = m_recordedMime;
    entry.sharedUpload = m_sharedUpload;
    if (m_earlier)
        entry.uploads = m_earlier->uploads;
    for (const Part &part : m_parts) {
        if (!part.upload.isEmpty() && !entry.uploads.contains(part.upload))
            entry.uploads << part.upload;
    }
    return entry;
}

UploadJob::~UploadJob() = default;

QString UploadJob::fileName() const
{
    return QFileInfo(m_path).fileName();
}

qint64 UploadJob::bytesDone() const
{
    qint64 done = 0;
    for (const Part &part : m_parts)
        done += part.sent;
    return done;
}

void UploadJob::start()
{
    if (m_earlier) {
        const QFileInfo now(m_path);
        if (!now.isFile())
            return abandonEarlier(tr("%1 is no longer there; it was not sent.").arg(fileName()));
        if (now.size() != m_earlier->size || now.lastModified(QTimeZone::UTC) != m_earlier->modified)
            return abandonEarlier(changedText());
        m_sharedUpload = m_earlier->sharedUpload; // (kept in the journal until this run knows better)
    }
    // Reading and hashing the whole file (and decoding an image) is not the window's work.
    QThreadPool::globalInstance()->start([self = QPointer<UploadJob>(this), path = m_path] {
        const FileProbe::Result result = FileProbe::probe(path);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, result] {
                if (self)
                    self->probed(result);
            },
            Qt::QueuedConnection);
    });
}

void UploadJob::probed(const FileProbe::Result &result)
{
    if (m_finished)
        return;
    if (!result.error.isEmpty())
        return finish(false, 0, result.error);
    if (result.size == 0)
        return finish(false, 0, tr("%1 is empty: there is nothing to send.").arg(result.name));
    const std::optional<Msg::FileLimits> limits = m_client.fileLimits();
    if (!limits)
        return finish(false, 0, tr("This server does not take files."));
    if (result.size > limits->maxBytes)
        return finish(false, 0,
                      tr("%1 is too large: this server takes files of up to %2.")
                          .arg(result.name, QLocale().formattedDataSize(limits->maxBytes)));
    if (!m_file.open(QIODevice::ReadOnly))
        return finish(false, 0, tr("%1 cannot be read: %2").arg(result.name, m_file.errorString()));
    // The same size and time, other content (an edit within the file system's time step): not this send.
    if (m_earlier && !m_earlier->sha256.isEmpty() && m_earlier->sha256 != result.sha256)
        return abandonEarlier(changedText());
    m_probe = result;
    emit changed();
    if (!m_recordedMime.isEmpty())
        m_probe.mime = m_recordedMime;
    if (!result.thumbnail.isEmpty())
        m_parts.append(
            Part{result.thumbnail, result.thumbnail.size(),
                 QString::fromLatin1(QCryptographicHash::hash(result.thumbnail, QCryptographicHash::Sha256).toHex()),
                 result.thumbnailMime, QString(), 0});
    m_parts.append(Part{QByteArray(), result.size, result.sha256, m_probe.mime, QString(), 0});
    m_total = 0;
    for (const Part &part : std::as_const(m_parts))
        m_total += part.size;
    emit progressed(0, m_total);
    announce();
}

void UploadJob::announce()
{
    m_stage = Stage::Announcing;
    const Part &part = m_parts.at(m_current);
    const QString name = m_current + 1 == m_parts.size() ? m_probe.name : m_probe.name + u" (thumbnail)"_s;
    m_transfers.announce(
        this, Msg::Upload{m_room, m_to, name.left(Protocol::MaxFileNameLength), part.size, part.sha256, part.mime});
}

void UploadJob::onUploadReady(const Msg::UploadReady &ready)
{
    if (m_finished) // cancelled or failed meanwhile: nobody will send or share it
        return m_transfers.giveUp(ready.upload, m_current < m_parts.size() ? m_parts.at(m_current).sha256 : QString());
    if (m_stage != Stage::Announcing)
        return;
    if (m_current + 1 == m_parts.size() && sharedBefore(ready.upload))
        return;
    Part &part = m_parts[m_current];
    const bool known = part.upload == ready.upload;
    part.upload = ready.upload;
    part.sent = ready.offset;
    if (!known)
        emit changed(); // a new id to cancel after a restart, should the file change meanwhile
    emit restarted();   // bytes the server had before are no part of the speed
    emit progressed(bytesDone(), m_total);
    if (ready.offset >= part.size) {
        m_stage = Stage::Storing; // the server has it all: uploaded follows
        return;
    }
    // Two transfers of one upload would replace each other on the server, each cutting the other off.
    if (m_transfers.sentByAnother(ready.upload, this)) {
        m_stage = Stage::Waiting;
        return;
    }
    openLink();
}

void UploadJob::openLink()
{
    m_stage = Stage::Linking; // bytes wait for transfer_ready: before it they would be taken as a frame
    if (m_link) {
        m_link->disconnect(this);
        m_link->abort();
        m_link->deleteLater();
    }
    m_link = new TransferLink(m_client.host(), m_client.port(), m_client.tlsEnabled(), this);
    connect(m_link, &TransferLink::ready, this, [this](qint64 from) {
        m_stage = Stage::Sending;
        Part &part = m_parts[m_current];
        part.sent = from; // where the server has it: it may have less than it said a moment ago
        if (part.bytes.isEmpty() && !m_file.seek(from))
            return finish(false, 0, tr("%1 cannot be read: %2").arg(fileName(), m_file.errorString()));
        pump();
    });
    connect(m_link, &TransferLink::written, this, &UploadJob::schedulePump);
    connect(m_link, &TransferLink::messageReceived, this, [this](const Msg::Message &m) {
        if (const auto *done = std::get_if<Msg::Uploaded>(&m))
            onUploaded(*done);
    });
    connect(m_link, &TransferLink::closed, this, &UploadJob::onLinkClosed);
    m_link->open(Msg::Transfer{m_parts.at(m_current).upload});
}

void UploadJob::schedulePump()
{
    if (m_pumpQueued)
        return;
    m_pumpQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pumpQueued = false; // (here, not in pump(): a direct pump must not start a second chain)
            pump();
        },
        Qt::QueuedConnection);
}

void UploadJob::pump()
{
    // (A link closed in this pass sends nothing: its bytes would count as sent and go nowhere.)
    if (m_finished || m_stage != Stage::Sending || !m_link || !m_link->isOpen())
        return;
    Part &part = m_parts[m_current];
    // At most a window a pass: on loopback or a fast link the socket takes chunks as fast as they come, and
    // this loop would hold the window (and its progress bar) for the whole file.
    qint64 passed = 0;
    while (part.sent < part.size && m_link->isOpen() && m_link->pending() + ChunkBytes <= WindowBytes) {
        if (passed >= WindowBytes) {
            schedulePump();
            break;
        }
        const qint64 length = std::min(ChunkBytes, part.size - part.sent);
        const QByteArray chunk = part.bytes.isEmpty() ? m_file.read(length) : part.bytes.sliced(part.sent, length);
        if (chunk.size() != length)
            return finish(false, 0, tr("%1 cannot be read: %2").arg(fileName(), m_file.errorString()));
        m_link->send(chunk);
        part.sent += chunk.size();
        passed += chunk.size();
    }
    emit progressed(bytesDone(), m_total);
    if (part.sent == part.size)
        m_stage = Stage::Storing; // all sent: the server checks it and says uploaded
}

void UploadJob::onLinkClosed(const QString &why)
{
    if (m_finished || (m_stage != Stage::Linking && m_stage != Stage::Sending && m_stage != Stage::Storing))
        return;
    // Broken, or closed after the last byte left us (it may not have reached the server): announcing again
    // says where the server stands (all of it: uploaded follows; less: the rest goes again).
    if (bytesDone() > m_doneAtBreak) // it got further since the last break: a new run of breaks
        m_breaks = 0;
    m_doneAtBreak = bytesDone();
    if (++m_breaks > MaxBreaks)
        return finish(false, 0, why.isEmpty() ? tr("The connection for %1 keeps breaking off.").arg(fileName()) : why);
    const int part = m_current;
    const Stage stage = m_stage;
    QTimer::singleShot(RetryMs, this, [this, part, stage] {
        if (!m_finished && m_current == part && m_stage == stage && m_client.state() == ChatClient::State::Connected)
            announce();
    });
}

void UploadJob::onUploaded(const Msg::Uploaded &done)
{
    if (m_finished || m_current >= m_parts.size() || done.upload != m_parts.at(m_current).upload)
        return;
    if (done.error) {
        if (done.error == errorCodeName(ErrorCode::HashMismatch))
            return finish(false, 0, tr("%1 changed while it was being sent; send it again.").arg(fileName()));
        // The server could not store it now: it keeps the bytes, and a new transfer tries again.
        if (++m_breaks > MaxBreaks)
            return finish(false, 0, done.message.value_or(tr("The server could not store %1.").arg(fileName())));
        QTimer::singleShot(RetryMs, this, [this] {
            if (!m_finished)
                announce();
        });
        return;
    }
    m_parts[m_current].sent = m_parts.at(m_current).size;
    m_breaks = 0;
    emit progressed(bytesDone(), m_total);
    if (++m_current < m_parts.size())
        return announce();
    share();
}

QString UploadJob::changedText() const
{
    return tr("%1 changed since you chose to send it, so it was not sent; send it again.").arg(fileName());
}

void UploadJob::abandonEarlier(const QString &why)
{
    // What the server has of the file as it was is of no use: it goes now, not in a day (and no longer
    // counts against the account's uploads at once and quota).
    QList<std::pair<QString, QString>> uploads;
    for (const QString &upload : std::as_const(m_earlier->uploads)) {
        if (upload != m_earlier->sharedUpload) // used up by its message already
            uploads.append({upload, QString()});
    }
    finishGivingUp(false, why, uploads);
}

QList<std::pair<QString, QString>> UploadJob::partUploads() const
{
    QList<std::pair<QString, QString>> uploads;
    for (const Part &part : m_parts) {
        if (!part.upload.isEmpty())
            uploads.append({part.upload, part.sha256});
    }
    return uploads;
}

void UploadJob::finishGivingUp(bool ok, const QString &why, const QList<std::pair<QString, QString>> &uploads)
{
    // After finish(), so that this job no longer holds them, with what it needs copied first: finished()
    // may have its job deleted.
    FileTransfers &transfers = m_transfers;
    const QList<std::pair<QString, QString>> given = uploads;
    finish(ok, 0, why);
    for (const auto &[upload, sha256] : given)
        transfers.giveUp(upload, sha256);
}

bool UploadJob::sharedBefore(const QString &upload)
{
    if (m_sharedUpload.isEmpty() || upload == m_sharedUpload)
        return false; // never shared, or the share never arrived (the upload is still unshared)
    qCInfo(lcUpload) << fileName() << "was shared before the client stopped; it is not shared again";
    // What this run announced again is given up.
    finishGivingUp(true, QString(), partUploads() << std::pair(upload, m_parts.constLast().sha256));
    return true;
}

void UploadJob::share()
{
    m_stage = Stage::Sharing;
    const Part &file = m_parts.constLast();
    m_sharedUpload = file.upload;
    emit changed(); // from now on, a restart must not share it a second time
    Msg::ShareFile shared{file.upload};
    shared.durationMs = m_durationMs;
    if (m_probe.pixels.isValid()) {
        shared.width = m_probe.pixels.width();
        shared.height = m_probe.pixels.height();
    }
    if (m_parts.size() == 2) {
        shared.thumbnail = m_parts.constFirst().upload;
        shared.thumbnailWidth = m_probe.thumbnailPixels.width();
        shared.thumbnailHeight = m_probe.thumbnailPixels.height();
    }
    // No caption: the file's name, which a client that knows no files shows (docs/PROTOCOL.md).
    const QString text = m_caption.trimmed().isEmpty() ? m_probe.name : m_caption;
    m_sharedText = text.left(Protocol::MaxTextLength);
    m_shareRef = m_client.share(m_room, m_to, m_sharedText, shared);
}

void UploadJob::onRefused(const QString &why)
{
    finish(false, 0, why);
}

void UploadJob::onAcknowledged(const Msg::Ack &ack)
{
    if (ack.ref != m_shareRef || m_stage != Stage::Sharing)
        return;
    m_ack = ack;
    finish(true, ack.id, QString());
}

Msg::PrivateMessage UploadJob::sentMessage() const
{
    Msg::PrivateMessage m{m_ack.id, m_client.username(), m_to.value_or(QString()), m_sharedText, m_ack.ts, false};
    Msg::Attachment file{m_probe.name, m_probe.size, m_probe.mime, m_probe.sha256};
    file.durationMs = m_durationMs;
    if (m_probe.pixels.isValid()) {
        file.width = m_probe.pixels.width();
        file.height = m_probe.pixels.height();
    }
    if (m_parts.size() == 2)
        file.thumbnail = Msg::Thumbnail{m_probe.thumbnailPixels.width(), m_probe.thumbnailPixels.height(),
                                        m_probe.thumbnailMime, m_parts.constFirst().size};
    m.file = file;
    return m;
}

void UploadJob::onUnsent(qint64 ref, const QString &why)
{
    if (ref == m_shareRef && m_stage == Stage::Sharing)
        finish(false, 0, why);
}

void UploadJob::resume()
{
    if (m_finished || m_stage == Stage::Probing || m_stage == Stage::Sharing)
        return; // probing goes on by itself; a share waits in the client's outbox
    if (m_link) {
        m_link->disconnect(this);
        m_link->abort();
    }
    announce();
}

void UploadJob::cancel()
{
    if (m_finished)
        return;
    // What the server has of it goes now, instead of holding a slot of the account's uploads at once and its
    // quota for a day (an upload answered after this is given up when its upload_ready comes).
    finishGivingUp(false, QString(), partUploads());
}

bool UploadJob::sends(const QString &upload) const
{
    return !m_finished && (m_stage == Stage::Linking || m_stage == Stage::Sending || m_stage == Stage::Storing) &&
           currentUpload() == upload;
}

QString UploadJob::announcing() const
{
    return m_stage == Stage::Announcing ? m_parts.at(m_current).sha256 : QString();
}

QString UploadJob::currentUpload() const
{
    return m_current < m_parts.size() ? m_parts.at(m_current).upload : QString();
}

bool UploadJob::holds(const QString &upload) const
{
    return !m_finished &&
           std::any_of(m_parts.cbegin(), m_parts.cend(), [&](const Part &part) { return part.upload == upload; });
}

void UploadJob::finish(bool ok, qint64 messageId, const QString &why)
{
    if (m_finished)
        return;
    m_finished = true;
    m_stage = Stage::Done;
    if (m_link) {
        m_link->disconnect(this);
        m_link->abort();
    }
    m_file.close();
    if (m_durationMs) // a recording: on the server now for everyone (the sender too), or not wanted
        QFile::remove(m_path);
    if (!ok && !why.isEmpty())
        qCInfo(lcUpload) << "sending" << fileName() << "failed:" << why;
    emit finished(ok, messageId, why);
}
