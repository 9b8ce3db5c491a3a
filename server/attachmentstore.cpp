#include "attachmentstore.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace {

QVariant orNull(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> optionalOf(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

const QString Columns = u"message_id, user_id, name, size, sha256, mime, width, height, duration_ms, thumb_sha256, "
                        "thumb_size, thumb_mime, thumb_width, thumb_height"_s;

SharedFile rowOf(const QSqlQuery &q)
{
    SharedFile out;
    out.userId = q.value(1).toLongLong();
    Msg::Attachment &f = out.file;
    f.name = q.value(2).toString();
    f.size = q.value(3).toLongLong();
    f.sha256 = q.value(4).toString();
    f.mime = q.value(5).toString();
    f.width = optionalOf(q.value(6));
    f.height = optionalOf(q.value(7));
    f.durationMs = optionalOf(q.value(8));
    if (!q.value(9).isNull()) {
        out.thumbnailSha256 = q.value(9).toString();
        f.thumbnail = Msg::Thumbnail{q.value(12).toLongLong(), q.value(13).toLongLong(), q.value(11).toString(),
                                     q.value(10).toLongLong()};
    }
    return out;
}

} // namespace

QSqlDatabase AttachmentStore::connection() const
{
    return m_db.connection();
}

bool AttachmentStore::add(QSqlDatabase &db, qint64 messageId, const SharedFile &shared, QString *error)
{
    const Msg::Attachment &f = shared.file;
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO attachments (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(Columns));
    q.addBindValue(messageId);
    q.addBindValue(shared.userId);
    q.addBindValue(f.name);
    q.addBindValue(f.size);
    q.addBindValue(f.sha256);
    q.addBindValue(f.mime);
    q.addBindValue(orNull(f.width));
    q.addBindValue(orNull(f.height));
    q.addBindValue(orNull(f.durationMs));
    const bool thumb = f.thumbnail.has_value();
    q.addBindValue(thumb ? QVariant(shared.thumbnailSha256) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(orNull(thumb ? std::optional(f.thumbnail->size) : std::nullopt));
    q.addBindValue(thumb ? QVariant(f.thumbnail->mime) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(orNull(thumb ? std::optional(f.thumbnail->width) : std::nullopt));
    q.addBindValue(orNull(thumb ? std::optional(f.thumbnail->height) : std::nullopt));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    QSqlQuery used(db);
    used.prepare(u"DELETE FROM uploads WHERE id = ?"_s);
    for (const QString &upload : shared.uploads) {
        used.addBindValue(upload);
        if (!used.exec()) {
            *error = used.lastError().text();
            return false;
        }
    }
    return true;
}

std::optional<SharedFile> AttachmentStore::find(qint64 messageId)
{
    QSqlQuery q(connection());
    q.prepare(u"SELECT %1 FROM attachments WHERE message_id = ?"_s.arg(Columns));
    q.addBindValue(messageId);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return rowOf(q);
}

QHash<qint64, Msg::Attachment> AttachmentStore::filesOf(const QList<qint64> &ids)
{
    QHash<qint64, Msg::Attachment> out;
    if (ids.isEmpty())
        return out;
    QStringList marks(ids.size(), u"?"_s);
    QSqlQuery q(connection());
    q.prepare(u"SELECT %1 FROM attachments WHERE message_id IN (%2)"_s.arg(Columns, marks.join(u',')));
    for (qint64 id : ids)
        q.addBindValue(id);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next())
        out.insert(q.value(0).toLongLong(), rowOf(q).file);
    return out;
}

std::optional<QSet<QString>> AttachmentStore::referenced()
{
    QSqlQuery q(connection());
    if (!q.exec(u"SELECT sha256 FROM uploads UNION SELECT sha256 FROM attachments UNION "
                "SELECT thumb_sha256 FROM attachments WHERE thumb_sha256 IS NOT NULL"_s)) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

std::optional<bool> AttachmentStore::isReferenced(const QString &sha256)
{
    m_lastError.clear();
    QSqlQuery q(connection());
    q.prepare(u"SELECT EXISTS (SELECT 1 FROM uploads WHERE sha256 = ?) OR EXISTS (SELECT 1 FROM attachments "
              "WHERE sha256 = ?) OR EXISTS (SELECT 1 FROM attachments WHERE thumb_sha256 = ?)"_s);
    for (int i = 0; i < 3; ++i)
        q.addBindValue(sha256);
    if (!q.exec() || !q.next()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    return q.value(0).toBool();
}
