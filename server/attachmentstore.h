// The files messages share (docs/PROTOCOL.md, "Sharing a file"), in the server's database: what each is, and
// the content (by SHA-256) of it and its thumbnail in FileStore. A message's file is recorded in the same
// transaction as the message, and goes with it when the message is deleted.
#pragma once

#include "attachment.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

class Database;

// A message's file as the server keeps it: what readers see, and what only the server knows.
struct SharedFile
{
    Msg::Attachment file;
    QString thumbnailSha256; // with file.thumbnail
    qint64 userId = 0;       // whose quota it counts against
    QStringList uploads;     // the uploads it used (gone once it is recorded)
};

class AttachmentStore
{
public:
    explicit AttachmentStore(Database &db) : m_db(db) {}

    // In the caller's open transaction on db: records the message's file and removes the uploads it used.
    static bool add(QSqlDatabase &db, qint64 messageId, const SharedFile &shared, QString *error);

    std::optional<SharedFile> find(qint64 messageId);
    // The files of these messages, by message id (those without a file are not in it).
    QHash<qint64, Msg::Attachment> filesOf(const QList<qint64> &ids);
    // Fills each message's file.
    template <typename M> void decorate(QList<M> &messages);

    // Every content an upload or a message still refers to (what the garbage collection keeps); nullopt on
    // an error (then nothing may be removed).
    std::optional<QSet<QString>> referenced();
    // Whether anything refers to this content; nullopt on an error.
    std::optional<bool> isReferenced(const QString &sha256);

    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase connection() const;

    Database &m_db;
    QString m_lastError;
};

template <typename M> void AttachmentStore::decorate(QList<M> &messages)
{
    QList<qint64> ids;
    for (const M &m : std::as_const(messages)) {
        if (!m.state.deleted)
            ids.append(m.id);
    }
    if (ids.isEmpty())
        return;
    const QHash<qint64, Msg::Attachment> files = filesOf(ids);
    if (files.isEmpty())
        return;
    for (M &m : messages) {
        if (const auto it = files.constFind(m.id); it != files.constEnd())
            m.file = *it;
    }
}
