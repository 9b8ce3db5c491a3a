#include "messagemodel.h"

#include "filecard.h"

#include "protocol.h"

#include <QLocale>
#include <QVariantMap>
#include <algorithm>

MessageModel::MessageModel(int limit, QObject *parent) : QAbstractListModel(parent), m_limit(limit) {}

int MessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant MessageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_entries.size()))
        return {};
    const MessageEntry &e = m_entries[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        // One line the clipboard can take as it is. Asked for every row on every layout of a plain view, so
        // the common case is put together without a translation lookup.
        if (!e.state.deleted && !e.action && e.kind != MessageEntry::Kind::Private)
            return e.from.isEmpty() ? e.text : QString(e.from + QLatin1StringView(": ") + e.text);
        [[fallthrough]];
    case Qt::AccessibleTextRole:
        // One sentence for a screen reader, in the user's language.
        if (e.state.deleted)
            return tr("%1: this message was deleted.").arg(e.from);
        if (e.action)
            return QString(QLatin1StringView("* ") + e.from + u' ' + e.text);
        if (e.kind == MessageEntry::Kind::Private)
            return tr("%1 to %2: %3").arg(e.from, e.to, e.text);
        return e.from.isEmpty() ? e.text : tr("%1: %2").arg(e.from, e.text);
    case Qt::ToolTipRole: {
        // The full time, and the message's number (which the server's operator deletes by).
        const QString when =
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.ts).toLocalTime(), QLocale::LongFormat);
        return e.id > 0 ? tr("Message %1, %2").arg(e.id).arg(when) : when;
    }
    case KindRole:
        return int(e.kind);
    case FromRole:
        return e.from;
    case TextRole:
        return e.text;
    case TimeRole:
        return QDateTime::fromMSecsSinceEpoch(e.ts);
    case IdRole:
        return e.id;
    case ActionRole:
        return e.action;
    case ToRole:
        return e.to;
    case StatusRole:
        return int(e.status);
    case MentionsMeRole:
        return e.mentionsMe;
    case FirstUnreadRole:
        return m_firstUnreadId > 0 && e.id == m_firstUnreadId;
    case EditedRole:
        return e.state.edited > 0;
    case DeletedRole:
        return e.state.deleted;
    case QuoteRole:
        if (!e.state.reply)
            return {};
        return QVariantMap{{QStringLiteral("id"), e.state.reply->id},
                           {QStringLiteral("from"), e.state.reply->from},
                           {QStringLiteral("text"), e.state.reply->text},
                           {QStringLiteral("deleted"), e.state.reply->deleted}};
    case DayRole:
        return dayOf(index.row());
    case LayoutKeyRole:
        return quint64(layoutKey(index.row()));
    case GroupedRole:
        return isGrouped(index.row());
    case HiddenRole:
        return e.kind == MessageEntry::Kind::Presence && !m_showPresence;
    case MarkedRole:
        return m_marked > 0 && e.id == m_marked;
    case FileRole:
        return e.state.deleted ? QVariant() : FileCard::toVariant(e.file);
    case ReactionsRole: {
        QVariantList out;
        for (const Msg::Reaction &r : e.state.reactions)
            out.append(QVariantMap{{QStringLiteral("emoji"), r.emoji},
                                   {QStringLiteral("count"), r.count},
                                   {QStringLiteral("mine"), r.mine}});
        return out;
    }
    default:
        return {};
    }
}

Qt::ItemFlags MessageModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= int(m_entries.size()))
        return Qt::NoItemFlags;
    const MessageEntry &e = m_entries[std::size_t(index.row())];
    if (e.kind == MessageEntry::Kind::Presence && !m_showPresence)
        return Qt::NoItemFlags;
    return QAbstractListModel::flags(index);
}

QString MessageModel::dayOf(int row) const
{
    const int previous = previousShown(row);
    const qint64 day = localDay(m_entries[std::size_t(row)].ts);
    if (previous >= 0 && localDay(m_entries[std::size_t(previous)].ts) == day)
        return QString();
    return dayName(QDate::fromJulianDay(day + UnixEpochJulianDay), QDate::currentDate());
}

size_t MessageModel::layoutKey(int row) const
{
    // Everything the delegate lays out that can change a row's lines; colours and marks do not.
    const MessageEntry &e = m_entries[std::size_t(row)];
    if (e.kind == MessageEntry::Kind::Presence && !m_showPresence)
        return 1; // hidden: no lines at all
    size_t key =
        qHashMulti(0, int(e.kind), e.action, e.from, e.to, e.text, int(e.status), e.state.edited > 0, e.state.deleted,
                   m_firstUnreadId > 0 && e.id == m_firstUnreadId, isGrouped(row), dayOf(row));
    if (e.state.reply)
        key = qHashMulti(key, e.state.reply->from, e.state.reply->text, e.state.reply->deleted);
    for (const Msg::Reaction &r : e.state.reactions)
        key = qHashMulti(key, r.emoji, r.count, r.mine);
    if (e.file)
        key = qHashMulti(key, e.file->name, e.file->size, e.file->mime);
    return key;
}

QString MessageModel::dayName(const QDate &day, const QDate &today)
{
    if (day == today)
        return tr("Today");
    if (day == today.addDays(-1))
        return tr("Yesterday");
    // The locale's own long form, year included: cutting the year out of a format breaks some locales.
    return QLocale().toString(day, QLocale::LongFormat);
}

qint64 MessageModel::localDay(qint64 ts) const
{
    // Converting to local time is costly and asked for each row's every layout: the zone's offset is looked
    // up once per hour of time (offsets change on the hour).
    constexpr qint64 HourMs = 3'600'000;
    constexpr qint64 DayMs = 24 * HourMs;
    const qint64 hour = ts >= 0 ? ts / HourMs : (ts - HourMs + 1) / HourMs;
    auto it = m_offsets.constFind(hour);
    if (it == m_offsets.cend()) {
        if (m_offsets.size() >= MaxCachedHours)
            m_offsets.clear();
        it = m_offsets.insert(hour, QDateTime::fromMSecsSinceEpoch(hour * HourMs).offsetFromUtc());
    }
    const qint64 local = ts + qint64(*it) * 1000;
    return local >= 0 ? local / DayMs : (local - DayMs + 1) / DayMs;
}

int MessageModel::previousShown(int row) const
{
    for (int r = row - 1; r >= 0; --r) {
        if (m_showPresence || m_entries[std::size_t(r)].kind != MessageEntry::Kind::Presence)
            return r;
    }
    return -1;
}

bool MessageModel::isGrouped(int row) const
{
    const auto speaks = [](const MessageEntry &e) {
        return (e.kind == MessageEntry::Kind::Chat || e.kind == MessageEntry::Kind::Own ||
                e.kind == MessageEntry::Kind::Private) &&
               !e.action;
    };
    const MessageEntry &e = m_entries[std::size_t(row)];
    const int previous = previousShown(row);
    if (previous < 0 || !speaks(e) || (m_firstUnreadId > 0 && e.id == m_firstUnreadId))
        return false;
    const MessageEntry &p = m_entries[std::size_t(previous)];
    return speaks(p) && p.kind == e.kind && p.from.compare(e.from, Qt::CaseInsensitive) == 0 &&
           p.to.compare(e.to, Qt::CaseInsensitive) == 0 && e.ts >= p.ts && e.ts - p.ts < GroupMs &&
           localDay(p.ts) == localDay(e.ts);
}

void MessageModel::neighbourChanged(int row)
{
    if (row < 0 || row >= int(m_entries.size()))
        return;
    emit dataChanged(index(row), index(row));
    // A hidden row's neighbours are the rows around it: the next one shown looks past it.
    for (int next = row; next < int(m_entries.size()) && next - row < 64; ++next) {
        if (m_showPresence || m_entries[std::size_t(next)].kind != MessageEntry::Kind::Presence) {
            if (next != row)
                emit dataChanged(index(next), index(next));
            break;
        }
    }
}

void MessageModel::setMarked(qint64 id)
{
    if (id == m_marked)
        return;
    const int before = rowOfId(m_marked);
    m_marked = id;
    for (const int row : {before, rowOfId(id)}) {
        if (row >= 0)
            emit dataChanged(index(row), index(row));
    }
}

void MessageModel::setShowPresence(bool show)
{
    if (show == m_showPresence)
        return;
    m_showPresence = show;
    if (!m_entries.empty())
        emit dataChanged(index(0), index(int(m_entries.size()) - 1));
}

bool MessageModel::canFetchOlder() const
{
    return m_moreOnServer && !m_fetching && oldestId() > 0;
}

void MessageModel::fetchOlder()
{
    if (!canFetchOlder())
        return;
    m_fetching = true;
    emit olderMessagesWanted(oldestId());
}

bool MessageModel::contains(qint64 id) const
{
    if (id <= 0 || m_entries.empty())
        return false;
    // Ids arrive in increasing order, so only the newest few can repeat.
    for (auto it = m_entries.rbegin(); it != m_entries.rend() && it - m_entries.rbegin() < 256; ++it) {
        if (it->id == id)
            return true;
    }
    return false;
}

void MessageModel::append(const MessageEntry &entry)
{
    // Away from the newest messages (after a jump), live ones come with the pages that catch up.
    if (contains(entry.id) || (m_newerOnServer && entry.id > 0))
        return;
    if (entry.kind == MessageEntry::Kind::Presence && !m_entries.empty()) {
        // Comings and goings one after the other make one line, not a wall of them.
        MessageEntry &last = m_entries.back();
        if (last.kind == MessageEntry::Kind::Presence && entry.ts >= last.ts && entry.ts - last.ts < MergePresenceMs &&
            last.text.size() + entry.text.size() < MaxPresenceLine) {
            last.text += QStringLiteral(" · ") + entry.text;
            const int row = int(m_entries.size()) - 1;
            emit dataChanged(index(row), index(row));
            return;
        }
    }
    if (int(m_entries.size()) >= m_limit) {
        const int drop = std::max(1, m_limit / 10); // drop in chunks: fewer layout passes than one by one
        beginRemoveRows({}, 0, drop - 1);
        m_entries.erase(m_entries.begin(), m_entries.begin() + drop);
        endRemoveRows();
        m_moreOnServer = true;
        neighbourChanged(0); // the oldest now starts its day
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.push_back(entry);
    endInsertRows();
    if (m_firstUnreadId == 0 && isNewToUser(entry))
        updateFirstUnread();
}

void MessageModel::prepend(const QList<MessageEntry> &older, bool moreOnServer)
{
    m_fetching = false;
    m_moreOnServer = moreOnServer;
    const qint64 oldest = oldestId();
    QList<MessageEntry> fresh;
    for (const MessageEntry &e : older) {
        if (oldest == 0 || (e.id > 0 && e.id < oldest))
            fresh.append(e);
    }
    const int room = std::max(0, m_limit - int(m_entries.size()));
    if (fresh.size() > room)
        fresh = fresh.mid(fresh.size() - room);
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, 0, int(fresh.size()) - 1);
    m_entries.insert(m_entries.begin(), fresh.cbegin(), fresh.cend());
    endInsertRows();
    neighbourChanged(int(fresh.size())); // the formerly oldest may now share a day or a sender with these
    updateFirstUnread();
}

void MessageModel::replaceWith(const QList<MessageEntry> &page, bool olderOnServer, bool newerOnServer)
{
    beginResetModel();
    m_entries.assign(page.cbegin(), page.cend());
    if (int(m_entries.size()) > m_limit)
        m_entries.erase(m_entries.begin(), m_entries.end() - m_limit);
    m_moreOnServer = olderOnServer;
    m_newerOnServer = newerOnServer;
    m_fetching = false;
    m_firstUnreadId = 0;
    endResetModel();
    updateFirstUnread();
}

void MessageModel::appendNewer(const QList<MessageEntry> &newer, bool moreNewer)
{
    m_newerOnServer = false; // append() takes them now
    for (const MessageEntry &e : newer) {
        if (e.id > newestId())
            append(e);
    }
    m_newerOnServer = moreNewer;
}

int MessageModel::rowOfId(qint64 id) const
{
    if (id <= 0)
        return -1;
    for (std::size_t row = m_entries.size(); row-- > 0;) {
        if (m_entries[row].id == id)
            return int(row);
    }
    return -1;
}

void MessageModel::applyEdit(qint64 id, const QString &text, qint64 edited, bool mentionsMe)
{
    for (std::size_t row = 0; row < m_entries.size(); ++row) {
        MessageEntry &e = m_entries[row];
        bool changed = false;
        if (e.id == id) {
            e.text = text;
            e.state.edited = edited;
            e.mentionsMe = mentionsMe;
            changed = true;
        }
        if (e.state.reply && e.state.reply->id == id) {
            e.state.reply->text = Msg::quoteText(text);
            changed = true;
        }
        if (changed)
            emit dataChanged(index(int(row)), index(int(row)));
    }
}

void MessageModel::applyDelete(qint64 id)
{
    for (std::size_t row = 0; row < m_entries.size(); ++row) {
        MessageEntry &e = m_entries[row];
        bool changed = false;
        if (e.id == id) {
            e.text.clear();
            e.mentionsMe = false;
            e.state = Msg::MessageState{0, true, std::nullopt, {}};
            changed = true;
        }
        if (e.state.reply && e.state.reply->id == id) {
            e.state.reply->text.clear();
            e.state.reply->deleted = true;
            changed = true;
        }
        if (changed)
            emit dataChanged(index(int(row)), index(int(row)));
    }
}

void MessageModel::applyReaction(qint64 id, const QString &emoji, qint64 count, std::optional<bool> mine)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    QList<Msg::Reaction> &reactions = m_entries[std::size_t(row)].state.reactions;
    auto it =
        std::find_if(reactions.begin(), reactions.end(), [&](const Msg::Reaction &r) { return r.emoji == emoji; });
    if (count <= 0) {
        if (it != reactions.end())
            reactions.erase(it);
    } else {
        if (it == reactions.end())
            it = reactions.insert(reactions.end(), Msg::Reaction{emoji, count, false});
        it->count = count;
        if (mine)
            it->mine = *mine;
    }
    emit dataChanged(index(row), index(row));
}

bool MessageModel::isNewToUser(const MessageEntry &e) const
{
    return m_lastRead >= 0 && e.id > m_lastRead && e.status == MessageEntry::Status::Done &&
           (e.kind == MessageEntry::Kind::Chat ||
            (e.kind == MessageEntry::Kind::Private && e.from.compare(m_self, Qt::CaseInsensitive) != 0));
}

void MessageModel::setLastRead(qint64 id, const QString &self)
{
    m_lastRead = id;
    m_self = self;
    updateFirstUnread();
}

void MessageModel::updateFirstUnread()
{
    qint64 first = 0;
    for (const MessageEntry &e : m_entries) {
        if (isNewToUser(e)) {
            first = e.id;
            break;
        }
    }
    if (first == m_firstUnreadId)
        return;
    const int before = firstUnreadRow();
    m_firstUnreadId = first;
    const int after = firstUnreadRow();
    for (int row : {before, after}) // the line above it, and whether it is grouped, change
        neighbourChanged(row);
}

int MessageModel::firstUnreadRow() const
{
    if (m_firstUnreadId <= 0)
        return -1;
    for (std::size_t row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].id == m_firstUnreadId)
            return int(row);
    }
    return -1;
}

void MessageModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_newerOnServer = false;
    m_firstUnreadId = 0;
    endResetModel();
}

qint64 MessageModel::oldestId() const
{
    for (const MessageEntry &e : m_entries) {
        if (e.id > 0)
            return e.id;
    }
    return 0;
}

qint64 MessageModel::newestId() const
{
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it) {
        if (it->id > 0)
            return it->id;
    }
    return 0;
}

int MessageModel::rowOfRef(qint64 ref) const
{
    if (ref <= 0)
        return -1;
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it) {
        if (it->ref == ref)
            return int(m_entries.rend() - it) - 1;
    }
    return -1;
}

bool MessageModel::confirm(qint64 ref, qint64 id, qint64 ts)
{
    const int row = rowOfRef(ref);
    if (row < 0)
        return false;
    MessageEntry &e = m_entries[std::size_t(row)];
    e.status = MessageEntry::Status::Done;
    e.id = id; // the server's copy of it (chat, history) is then recognised as shown
    e.ts = ts;
    emit dataChanged(index(row), index(row));
    neighbourChanged(row + 1); // its time moved to the server's: the next one's group or day may follow
    return true;
}

bool MessageModel::fail(qint64 ref)
{
    const int row = rowOfRef(ref);
    if (row < 0)
        return false;
    m_entries[std::size_t(row)].status = MessageEntry::Status::Failed;
    emit dataChanged(index(row), index(row));
    return true;
}
