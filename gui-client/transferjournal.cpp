#include "transferjournal.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>
#include <QTimeZone>
#include <QUrl>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcJournal, "chat.client.journal")

namespace {
// Keys are a sequence (not the clock, which can step back), padded so that they sort as numbers.
constexpr int KeyDigits = 12;

QString text(const QJsonObject &json, QLatin1StringView key)
{
    return json.value(key).toString();
}
} // namespace

QJsonObject TransferJournal::Upload::toJson() const
{
    QJsonObject json{{"kind"_L1, "upload"_L1},
                     {"path"_L1, path},
                     {"size"_L1, size},
                     {"modified"_L1, modified.toMSecsSinceEpoch()},
                     {"sha256"_L1, sha256},
                     {"room"_L1, room},
                     {"to"_L1, to},
                     {"caption"_L1, caption},
                     {"mime"_L1, mime},
                     {"sharedUpload"_L1, sharedUpload},
                     {"uploads"_L1, QJsonArray::fromStringList(uploads)}};
    if (durationMs)
        json.insert("durationMs"_L1, *durationMs);
    return json;
}

std::optional<TransferJournal::Upload> TransferJournal::Upload::fromJson(const QJsonObject &json)
{
    if (!json.value("size"_L1).isDouble() || !json.value("modified"_L1).isDouble())
        return std::nullopt;
    Upload upload{text(json, "path"_L1),
                  json.value("size"_L1).toInteger(),
                  QDateTime::fromMSecsSinceEpoch(json.value("modified"_L1).toInteger(), QTimeZone::UTC),
                  text(json, "sha256"_L1),
                  text(json, "room"_L1),
                  text(json, "to"_L1),
                  text(json, "caption"_L1),
                  std::nullopt,
                  text(json, "mime"_L1),
                  text(json, "sharedUpload"_L1),
                  {}};
    for (const QJsonValue &id : json.value("uploads"_L1).toArray())
        upload.uploads << id.toString();
    if (json.value("durationMs"_L1).isDouble())
        upload.durationMs = json.value("durationMs"_L1).toInteger();
    if (upload.path.isEmpty() || upload.size <= 0 || upload.room.isEmpty() == upload.to.isEmpty())
        return std::nullopt;
    return upload;
}

QJsonObject TransferJournal::Download::toJson() const
{
    return {{"kind"_L1, "download"_L1}, {"message"_L1, message},   {"sha256"_L1, sha256},
            {"size"_L1, size},          {"partPath"_L1, partPath}, {"finalPath"_L1, finalPath}};
}

std::optional<TransferJournal::Download> TransferJournal::Download::fromJson(const QJsonObject &json)
{
    const Download download{json.value("message"_L1).toInteger(), text(json, "sha256"_L1),
                            json.value("size"_L1).toInteger(-1), text(json, "partPath"_L1), text(json, "finalPath"_L1)};
    if (download.message <= 0 || download.size < 0 || download.sha256.isEmpty() || download.partPath.isEmpty() ||
        download.finalPath.isEmpty())
        return std::nullopt;
    return download;
}

TransferJournal::TransferJournal(const QString &account)
    // QSettings treats '/' and '\' as separators: the account is one key, whatever it holds.
    : m_account(account), m_group(u"transfers/"_s + QString::fromLatin1(QUrl::toPercentEncoding(account)))
{}

bool TransferJournal::claim()
{
    if (m_claim)
        return true;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(folder);
    const QByteArray name = QCryptographicHash::hash(m_account.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    auto lock = std::make_shared<QLockFile>(folder + u"/transfers-"_s + QString::fromLatin1(name) + u".lock"_s);
    lock->setStaleLockTime(0); // held as long as its process lives, however long that is
    if (!lock->tryLock(0)) {
        qCInfo(lcJournal) << "another client of" << m_account << "takes up its unfinished transfers";
        return false;
    }
    m_claim = std::move(lock);
    return true;
}

QString TransferJournal::add(const QJsonObject &entry, const QSet<QString> &keep) const
{
    QSettings settings;
    settings.beginGroup(m_group);
    const qint64 next = settings.value(u"next"_s, 1).toLongLong();
    settings.setValue(u"next"_s, next + 1);
    const QString key = u"%1"_s.arg(next, KeyDigits, 10, QChar(u'0'));
    QStringList keys = settings.childKeys();
    keys.removeAll(u"next"_s);
    std::sort(keys.begin(), keys.end());
    for (qsizetype i = 0; i < keys.size() && keys.size() >= MaxEntries;) {
        if (keep.contains(keys.at(i))) {
            ++i;
            continue;
        }
        settings.remove(keys.takeAt(i));
    }
    QJsonObject stamped = entry;
    stamped.insert("made"_L1, QDateTime::currentMSecsSinceEpoch());
    // One JSON line an entry: readable in the settings file, and no type of QSettings' own in it.
    settings.setValue(key, QString::fromUtf8(QJsonDocument(stamped).toJson(QJsonDocument::Compact)));
    settings.sync();
    if (settings.status() != QSettings::NoError)
        qCWarning(lcJournal) << "the settings cannot be written: unfinished transfers will not go on after a restart";
    return key;
}

QString TransferJournal::add(const Upload &upload, const QSet<QString> &keep) const
{
    return add(upload.toJson(), keep);
}

QString TransferJournal::add(const Download &download, const QSet<QString> &keep) const
{
    return add(download.toJson(), keep);
}

void TransferJournal::update(const QString &key, const Upload &upload) const
{
    QSettings settings;
    settings.beginGroup(m_group);
    if (key.isEmpty() || !settings.contains(key))
        return;
    QJsonObject entry = upload.toJson();
    entry.insert("made"_L1, QJsonDocument::fromJson(settings.value(key).toString().toUtf8())
                                .object()
                                .value("made"_L1)
                                .toInteger(QDateTime::currentMSecsSinceEpoch()));
    settings.setValue(key, QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact)));
}

void TransferJournal::remove(const QString &key) const
{
    if (key.isEmpty())
        return;
    QSettings settings;
    settings.beginGroup(m_group);
    settings.remove(key);
}

QList<std::pair<QString, QJsonObject>> TransferJournal::entries(const QString &kind) const
{
    QSettings settings;
    settings.beginGroup(m_group);
    QStringList keys = settings.childKeys();
    keys.removeAll(u"next"_s);
    std::sort(keys.begin(), keys.end());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<std::pair<QString, QJsonObject>> out;
    for (const QString &key : std::as_const(keys)) {
        const QJsonObject entry = QJsonDocument::fromJson(settings.value(key).toString().toUtf8()).object();
        const qint64 made = entry.value("made"_L1).toInteger(-1);
        if (made < 0 || now - made > MaxAgeMs) { // unreadable, or from too long ago
            settings.remove(key);
            continue;
        }
        if (entry.value("kind"_L1).toString() == kind)
            out.append({key, entry});
    }
    return out;
}

template <typename Entry> QList<std::pair<QString, Entry>> TransferJournal::parsed(const QString &kind) const
{
    QList<std::pair<QString, Entry>> out;
    for (const auto &[key, json] : entries(kind)) {
        if (const std::optional<Entry> entry = Entry::fromJson(json))
            out.append({key, *entry});
        else // from a newer version, or edited by hand: no job can be made of it
            remove(key);
    }
    return out;
}

QList<std::pair<QString, TransferJournal::Upload>> TransferJournal::uploads() const
{
    return parsed<Upload>(u"upload"_s);
}

QList<std::pair<QString, TransferJournal::Download>> TransferJournal::downloads() const
{
    return parsed<Download>(u"download"_s);
}
