#include "transferjournal.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QUrl>
#include <QUuid>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
// Keys sort by the time they were made, so that the oldest entries come (and go) first.
QString newKey()
{
    return u"%1-%2"_s.arg(QDateTime::currentMSecsSinceEpoch(), 15, 10, QChar(u'0'))
        .arg(QUuid::createUuid().toString(QUuid::Id128));
}
} // namespace

TransferJournal::TransferJournal(const QString &account)
    // QSettings treats '/' and '\' as separators: the account is one key, whatever it holds.
    : m_group(u"transfers/"_s + QString::fromLatin1(QUrl::toPercentEncoding(account)))
{}

QString TransferJournal::add(const QString &kind, const QVariantMap &fields) const
{
    QSettings settings;
    settings.beginGroup(m_group);
    QStringList keys = settings.childKeys();
    std::sort(keys.begin(), keys.end());
    while (keys.size() >= MaxEntries)
        settings.remove(keys.takeFirst());
    QVariantMap entry = fields;
    entry.insert(u"kind"_s, kind);
    const QString key = newKey();
    // One JSON line an entry: readable in the settings file, and no type of QSettings' own in it.
    settings.setValue(
        key, QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(entry)).toJson(QJsonDocument::Compact)));
    return key;
}

QString TransferJournal::add(const Upload &upload) const
{
    QVariantMap fields{
        {u"path"_s, upload.path}, {u"size"_s, upload.size}, {u"modified"_s, upload.modified.toMSecsSinceEpoch()},
        {u"room"_s, upload.room}, {u"to"_s, upload.to},     {u"caption"_s, upload.caption},
        {u"mime"_s, upload.mime}};
    if (upload.durationMs)
        fields.insert(u"durationMs"_s, *upload.durationMs);
    return add(u"upload"_s, fields);
}

QString TransferJournal::add(const Download &download) const
{
    return add(u"download"_s, {{u"message"_s, download.message},
                               {u"sha256"_s, download.sha256},
                               {u"size"_s, download.size},
                               {u"partPath"_s, download.partPath},
                               {u"finalPath"_s, download.finalPath}});
}

void TransferJournal::remove(const QString &key) const
{
    if (key.isEmpty())
        return;
    QSettings settings;
    settings.beginGroup(m_group);
    settings.remove(key);
}

QList<std::pair<QString, QVariantMap>> TransferJournal::entries(const QString &kind) const
{
    QSettings settings;
    settings.beginGroup(m_group);
    QStringList keys = settings.childKeys();
    std::sort(keys.begin(), keys.end());
    QList<std::pair<QString, QVariantMap>> out;
    for (const QString &key : std::as_const(keys)) {
        const QVariantMap entry =
            QJsonDocument::fromJson(settings.value(key).toString().toUtf8()).object().toVariantMap();
        if (entry.value(u"kind"_s).toString() == kind)
            out.append({key, entry});
    }
    return out;
}

QList<std::pair<QString, TransferJournal::Upload>> TransferJournal::uploads() const
{
    QList<std::pair<QString, Upload>> out;
    for (const auto &[key, e] : entries(u"upload"_s)) {
        Upload upload{e.value(u"path"_s).toString(),
                      e.value(u"size"_s).toLongLong(),
                      QDateTime::fromMSecsSinceEpoch(e.value(u"modified"_s).toLongLong()),
                      e.value(u"room"_s).toString(),
                      e.value(u"to"_s).toString(),
                      e.value(u"caption"_s).toString(),
                      std::nullopt,
                      e.value(u"mime"_s).toString()};
        if (e.contains(u"durationMs"_s))
            upload.durationMs = e.value(u"durationMs"_s).toLongLong();
        // An entry that says nothing usable (edited by hand, or from a newer version) is not a job.
        if (upload.path.isEmpty() || upload.size <= 0 || upload.room.isEmpty() == upload.to.isEmpty())
            continue;
        out.append({key, upload});
    }
    return out;
}

QList<std::pair<QString, TransferJournal::Download>> TransferJournal::downloads() const
{
    QList<std::pair<QString, Download>> out;
    for (const auto &[key, e] : entries(u"download"_s)) {
        const Download download{e.value(u"message"_s).toLongLong(), e.value(u"sha256"_s).toString(),
                                e.value(u"size"_s).toLongLong(), e.value(u"partPath"_s).toString(),
                                e.value(u"finalPath"_s).toString()};
        if (download.message <= 0 || download.size < 0 || download.partPath.isEmpty() || download.finalPath.isEmpty())
            continue;
        out.append({key, download});
    }
    return out;
}
