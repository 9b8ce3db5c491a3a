// The messages of one room (plus private messages and notices shown there), bounded in memory: the oldest
// are dropped past a limit and fetched again from the server's history when the user scrolls back.
#pragma once

#include "messageentry.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <deque>

class MessageModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 1,
        FromRole,
        TextRole,
        TimeRole,
        IdRole,
        ActionRole,
        ToRole,
        StatusRole,
        FirstUnreadRole, // true on the first message from others after the read position: "new messages" above it
        MentionsMeRole,
        EditedRole,    // bool
        DeletedRole,   // bool
        QuoteRole,     // QVariantMap {id, from, text, deleted} of the message it answers; invalid when none
        ReactionsRole, // QVariantList of QVariantMap {emoji, count, mine}
        DayRole,       // the day's name ("Today", "Yesterday", a date) on the first message of a day; else empty
        GroupedRole,   // true when it follows a message of the same sender within GroupMs: shown without the name
        HiddenRole,    // true for joins and leaves while they are hidden
        MarkedRole,    // true on the message a jump went to, for a moment
        FileRole,      // Msg::Attachment of the file shared with it (FileCard); invalid when none
        LayoutKeyRole, // quint64: changes whenever something the row's lines depend on changes (its size cache key)
    };
    static constexpr qint64 GroupMs = 5 * 60 * 1000;
    static constexpr qint64 MergePresenceMs = 10 * 60 * 1000; // joins and leaves this close share a line
    static constexpr int MaxPresenceLine = 1000;              // characters of one merged line
    static constexpr int DefaultLimit = 5000;

    explicit MessageModel(int limit = DefaultLimit, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    // Hidden joins and leaves can be neither reached with the keyboard nor selected (and so not copied).
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Older messages are on the server and none are being asked for. (Not Qt's canFetchMore/fetchMore: a
    // view asks those when its bottom is reached, and older messages belong above the top.)
    bool canFetchOlder() const;
    // Asks for the page before the oldest shown (olderMessagesWanted), once at a time.
    void fetchOlder();

    // Appends (dropping the oldest past the limit). A message whose server id is already shown is ignored.
    void append(const MessageEntry &entry);
    // Adds older messages from history above the oldest shown (ascending ids).
    void prepend(const QList<MessageEntry> &older, bool moreOnServer);
    // Shows only these (a page around a message the user jumped to); newerOnServer: the newest messages are
    // not among them, so live ones are not appended until appendNewer() has caught up.
    void replaceWith(const QList<MessageEntry> &page, bool olderOnServer, bool newerOnServer);
    // Adds newer messages from history below the newest shown (ascending ids); moreNewer: still not caught up.
    void appendNewer(const QList<MessageEntry> &newer, bool moreNewer);
    bool hasNewerOnServer() const { return m_newerOnServer; }
    // What the server says changed in a message shown here (and in the quotes of the replies to it).
    void applyEdit(qint64 id, const QString &text, qint64 edited, bool mentionsMe);
    void applyDelete(qint64 id);
    // The emoji's count is now count; mine (when the change was the user's own) says whether the user has it.
    void applyReaction(qint64 id, const QString &emoji, qint64 count, std::optional<bool> mine);
    // The row of the message with this server id; -1 if it is not here.
    int rowOfId(qint64 id) const;
    void clear();
    // Our message with this ref is confirmed as id (Done) or refused (Failed); false if it is not here.
    bool confirm(qint64 ref, qint64 id, qint64 ts);
    bool fail(qint64 ref);
    // The row of our message with this ref; -1 if it is not here.
    int rowOfRef(qint64 ref) const;
    const MessageEntry &at(int row) const { return m_entries[std::size_t(row)]; }
    qint64 oldestId() const;
    qint64 newestId() const;
    int limit() const { return m_limit; }
    // The read position the "new messages" line follows, and whose messages are the user's own (never new).
    void setLastRead(qint64 id, const QString &self);
    // The row of the first message from others after the read position; -1 when there is none.
    int firstUnreadRow() const;
    // The message with this id is marked (0: none).
    void setMarked(qint64 id);
    // Joins, leaves and time-outs shown (the default) or hidden.
    void setShowPresence(bool show);
    bool showsPresence() const { return m_showPresence; }
    // The name DayRole gives a day, seen from today.
    static QString dayName(const QDate &day, const QDate &today);

signals:
    // The view reached the top and the server has older messages.
    void olderMessagesWanted(qint64 beforeId);

private:
    bool contains(qint64 id) const;
    bool isNewToUser(const MessageEntry &e) const;
    void updateFirstUnread();
    // The row shown before this one (skipping hidden ones); -1 when none.
    int previousShown(int row) const;
    bool isGrouped(int row) const;
    // The day's name when the row is the first shown of its day; else empty.
    QString dayOf(int row) const;
    size_t layoutKey(int row) const;
    // The local calendar day of a time, as days since 1970-01-01 (cached per hour).
    qint64 localDay(qint64 ts) const;
    static constexpr qint64 UnixEpochJulianDay = 2440588;
    static constexpr int MaxCachedHours = 8192;
    // Rows whose day or grouping depends on their neighbour: laid out again after rows come or go.
    void neighbourChanged(int row);

    std::deque<MessageEntry> m_entries;
    int m_limit;
    bool m_moreOnServer = false;
    bool m_newerOnServer = false;
    bool m_fetching = false;
    qint64 m_lastRead = -1; // -1: no line (not known)
    QString m_self;
    qint64 m_firstUnreadId = 0;
    bool m_showPresence = true;
    qint64 m_marked = 0;
    mutable QHash<qint64, int> m_offsets; // hour since 1970 -> the local zone's offset from UTC, in seconds
};
