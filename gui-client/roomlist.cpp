#include "roomlist.h"

#include "protocol.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int KeyRole = Qt::UserRole + 1;
}

RoomList::RoomList(QWidget *parent) : QWidget(parent), m_list(new QListWidget(this))
{
    m_list->setObjectName(u"rooms"_s);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // long names are cut with "…"
    m_list->setTextElideMode(Qt::ElideRight);
    setFocusProxy(m_list); // focus on the pane is focus on its list
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Rooms"), this);
    label->setBuddy(m_list);
    m_list->setAccessibleName(tr("Rooms and conversations"));
    m_list->setAccessibleDescription(tr("Alt+1 to Alt+9 and Ctrl+Page Up or Down switch between them."));
    layout->addWidget(label);
    layout->addWidget(m_list);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (const QString key = item ? item->data(KeyRole).toString() : QString(); !key.isEmpty())
            emit selected(key);
    });
}

QString RoomList::conversationKey(const QString &user)
{
    return u'@' + user.toLower(); // '@' is not allowed in room names
}

bool RoomList::isConversation(const QString &key)
{
    return key.startsWith(u'@');
}

void RoomList::addRoom(const QString &room)
{
    if (m_rooms.contains(room))
        return;
    m_rooms.append(room);
    refresh();
}

void RoomList::removeRoom(const QString &room)
{
    m_rooms.removeAll(room);
    m_unread.remove(room);
    m_mentions.remove(room);
    refresh();
}

void RoomList::addConversation(const QString &user)
{
    const QString key = conversationKey(user);
    if (m_conversations.contains(key))
        return;
    m_conversations.insert(key, user);
    m_conversationOrder.append(key);
    refresh();
}

void RoomList::removeConversation(const QString &key)
{
    m_conversations.remove(key);
    m_conversationOrder.removeAll(key);
    m_unread.remove(key);
    refresh();
}

QString RoomList::neighbour(const QString &key, int step) const
{
    const QStringList all = entries();
    if (all.isEmpty())
        return {};
    const qsizetype at = all.indexOf(key);
    if (at < 0)
        return all.first();
    const qsizetype n = all.size();
    return all[((at + step) % n + n) % n];
}

void RoomList::setCurrent(const QString &key)
{
    m_current = key;
    m_unread.remove(key);
    m_mentions.remove(key);
    refresh();
}

void RoomList::addUnread(const QString &key)
{
    ++m_unread[key];
    refresh();
}

void RoomList::setUnread(const QString &key, qint64 count)
{
    if (count <= 0)
        m_unread.remove(key);
    else
        m_unread.insert(key, int(std::min<qint64>(count, Protocol::MaxUnreadCount)));
    refresh();
}

void RoomList::setMentions(const QString &key, qint64 count)
{
    if (count <= 0)
        m_mentions.remove(key);
    else
        m_mentions.insert(key, int(std::min<qint64>(count, Protocol::MaxUnreadCount)));
    refresh();
}

void RoomList::addMention(const QString &key)
{
    ++m_mentions[key];
    refresh();
}

void RoomList::refresh()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    const auto add = [this](const QString &key, const QString &name) {
        const int count = m_unread.value(key);
        const QString shown = count >= Protocol::MaxUnreadCount ? tr("999+") : QString::number(count);
        QString label = count > 0 ? tr("%1 (%2)").arg(name, shown) : name;
        if (const int mentions = m_mentions.value(key); mentions > 0)
            label = tr("%1 @%2").arg(label).arg(mentions);
        auto *item = new QListWidgetItem(label, m_list);
        item->setData(KeyRole, key);
        if (count > 0) { // unread: in bold, as every chat shows it
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
        if (isConversation(key))
            item->setToolTip(tr("Private conversation with %1").arg(name));
        if (key == m_current)
            m_list->setCurrentItem(item);
    };
    for (const QString &room : std::as_const(m_rooms))
        add(room, room);
    if (m_conversationOrder.isEmpty())
        return;
    auto *header = new QListWidgetItem(tr("Private messages"), m_list);
    header->setFlags(Qt::NoItemFlags);
    QFont bold = header->font();
    bold.setBold(true);
    header->setFont(bold);
    for (const QString &key : std::as_const(m_conversationOrder))
        add(key, m_conversations.value(key));
}
