#include "windowfeed.h"

#include "historypager.h"
#include "mainwindow.h"
#include "memberlist.h"
#include "messagemodel.h"
#include "readtracker.h"
#include "roomheader.h"
#include "roomlist.h"
#include "servertext.h"
#include "typingtracker.h"

#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int StatusNoticeMs = 30'000; // a notice for no room, in the status bar
} // namespace

WindowFeed::WindowFeed(MainWindow &window, ChatClient &client, const Parts &parts)
    : QObject(&window), m_window(window), m_client(client), m_parts(parts)
{
    connect(&client, &ChatClient::joinedRoom, this, &WindowFeed::onJoined);
    connect(&client, &ChatClient::leftRoom, this, &WindowFeed::onLeft);
    connect(&client, &ChatClient::chatReceived, this, &WindowFeed::onChat);
    connect(&client, &ChatClient::privateReceived, this, &WindowFeed::addPrivate);
    connect(&client, &ChatClient::noticeReceived, this, &WindowFeed::onNotice);
    connect(&client, &ChatClient::historyReceived, this, &WindowFeed::onHistory);
    connect(&client, &ChatClient::usersReceived, this, &WindowFeed::onUsers);
    connect(&client, &ChatClient::roomsReceived, this, &WindowFeed::onRooms);
    connect(&client, &ChatClient::conversationsReceived, this, &WindowFeed::onConversations);
    connect(&client, &ChatClient::readMarkerReceived, this, &WindowFeed::onReadMarker);
    connect(&client, &ChatClient::topicChanged, this, &WindowFeed::onTopic);
    connect(&client, &ChatClient::invited, this, &WindowFeed::onInvited);
    connect(&client, &ChatClient::notifyLevelChanged, this, &WindowFeed::onNotifyLevel);
    connect(&client, &ChatClient::typingChanged, this, [this](const Msg::Typing &t) {
        if (t.user && *t.user != m_client.username())
            m_parts.typists->update(t.room, *t.user, t.active, t.ttlMs.value_or(0));
    });
    connect(&client, &ChatClient::stateChanged, this, [this](ChatClient::State state) {
        m_parts.members->setConnected(state == ChatClient::State::Connected);
        if (state != ChatClient::State::Connected)
            m_parts.typists->clear();
    });
}

void WindowFeed::onJoined(const Msg::Joined &joined, bool asked)
{
    m_parts.members->setMembers(joined.room, joined.members, joined.total);
    m_parts.header->setRoomDetails(joined.room, joined.topic.value_or(QString()), joined.isPrivate);
    const bool fresh = !m_parts.rooms->hasRoom(joined.room);
    const bool onScreen = joined.room == m_window.currentKey();
    MessageModel *model = m_window.ensureModel(joined.room);
    if (joined.lastRead) {
        m_parts.read->setPosition(joined.room, *joined.lastRead);
        if (!onScreen)
            model->setLastRead(m_parts.read->position(joined.room), m_client.username());
    }
    if (fresh) {
        m_parts.rooms->addRoom(joined.room);
        if (model->rowCount() == 0)
            m_parts.pager->requestNewest(joined.room);
    }
    if (joined.unread && !onScreen)
        m_parts.rooms->setUnread(joined.room, *joined.unread);
    if (joined.mentions && !onScreen)
        m_parts.rooms->setMentions(joined.room, *joined.mentions);
    m_notifyLevels.insert(joined.room, joined.notify.value_or(u"all"_s));
    m_owners.insert(joined.room, joined.owner.value_or(QString()));
    // A room the user asked to join comes on screen; the rooms the server joins at login do not take it
    // one after the other (the first one does, being the only one then).
    if ((fresh && asked) || m_window.currentKey().isEmpty())
        m_window.showEntry(joined.room);
}

void WindowFeed::onLeft(const QString &room)
{
    m_parts.rooms->removeRoom(room);
    m_parts.members->forgetRoom(room);
    m_parts.read->forget(room);
    m_parts.header->forget(room);
    m_notifyLevels.remove(room);
    m_owners.remove(room);
    m_window.entryClosed(room);
}

void WindowFeed::onChat(const Msg::ChatMessage &m)
{
    m_parts.typists->userLeft(m.room, m.from);
    const MessageEntry entry = MessageEntry::fromChat(m, m_client.username());
    if (entry.kind == MessageEntry::Kind::Own)
        m_window.addLine(m.room, entry); // sent from another device: nothing to tell
    else
        deliver(m.room, entry);
}

void WindowFeed::addPrivate(const Msg::PrivateMessage &m)
{
    const bool own = m.from.compare(m_client.username(), Qt::CaseInsensitive) == 0;
    const QString key = m_window.openConversation(own ? m.to : m.from);
    if (own)
        m_window.addLine(key, MessageEntry::fromPrivate(m));
    else
        deliver(key, MessageEntry::fromPrivate(m));
}

void WindowFeed::onNotice(const Msg::Notice &n)
{
    const QString room = n.room.value_or(m_window.currentKey());
    const QString user = n.user.value_or(QString());
    MessageEntry::Kind kind = MessageEntry::Kind::Error;
    switch (n.event) {
    case Msg::NoticeEvent::Join:
        m_parts.members->memberJoined(room, user);
        kind = MessageEntry::Kind::Presence;
        break;
    case Msg::NoticeEvent::Leave:
    case Msg::NoticeEvent::Timeout:
    case Msg::NoticeEvent::Kicked:
        if (n.room) {
            m_parts.members->memberLeft(room, user);
            m_parts.typists->userLeft(room, user);
        }
        // Kicked with no room: out of the server, which is news.
        if (n.room || n.event != Msg::NoticeEvent::Kicked)
            kind = MessageEntry::Kind::Presence;
        break;
    case Msg::NoticeEvent::Broadcast:
    case Msg::NoticeEvent::Shutdown:
        kind = MessageEntry::Kind::Announcement;
        break;
    case Msg::NoticeEvent::Replaced:
    case Msg::NoticeEvent::SessionEnded:
        break;
    }
    const QString text = ServerText::notice(n);
    if (room.isEmpty())
        return m_window.statusBar()->showMessage(text, StatusNoticeMs);
    const MessageEntry entry = MessageEntry::local(kind, text, n.ts);
    if (kind == MessageEntry::Kind::Presence)
        m_window.addLine(room, entry); // comings and goings are not news
    else
        deliver(room, entry);
}

void WindowFeed::onHistory(const Msg::HistoryReply &history, bool catchUp)
{
    const QString key = history.with ? m_window.openConversation(*history.with) : history.room;
    const MessageModel *model = m_window.ensureModel(key);
    const QList<MessageEntry> entries = m_parts.pager->entriesOf(history);
    if (catchUp && model->newestId() > 0) {
        // Missed while disconnected: these go below what is shown. (Some may be shown already: heard live
        // after the position the catch-up started from.)
        QList<MessageEntry> missed;
        for (const MessageEntry &e : entries) {
            if (model->rowOfId(e.id) < 0)
                missed.append(e);
        }
        if (!missed.isEmpty())
            m_window.addLine(
                key, MessageEntry::local(MessageEntry::Kind::Notice, tr("%n message(s) arrived while you were away.",
                                                                        nullptr, int(missed.size()))));
        for (const MessageEntry &e : std::as_const(missed))
            m_window.addLine(key, e);
        return;
    }
    m_parts.pager->addOlder(key, entries, history.more);
    if (key == m_window.currentKey())
        m_window.noteSeen();
}

void WindowFeed::onUsers(const Msg::UserList &users)
{
    QStringList names;
    for (const Msg::UserInfo &u : users.users)
        names << u.name;
    QString list = names.join(u", "_s);
    if (users.total && *users.total > names.size())
        list = tr("%1 and %n more", nullptr, int(*users.total - names.size())).arg(list);
    m_window.addInfo(users.room ? tr("In %1: %2").arg(*users.room, list) : tr("Online: %1").arg(list));
}

void WindowFeed::onRooms(const Msg::RoomList &list)
{
    QStringList lines;
    for (const Msg::RoomInfo &r : list.rooms)
        lines << tr("%1 (%n member(s))", nullptr, r.members).arg(r.name);
    m_window.addInfo(tr("Rooms: %1").arg(lines.join(u", "_s)));
}

void WindowFeed::onConversations(const Msg::ConversationList &list)
{
    QStringList news;
    for (const Msg::ConversationInfo &c : list.conversations) {
        const QString key = m_window.openConversation(c.with);
        const bool hadNews = m_parts.rooms->unread(key) > 0;
        m_parts.read->setPosition(key, c.lastRead);
        if (key == m_window.currentKey())
            continue;
        m_window.ensureModel(key)->setLastRead(m_parts.read->position(key), m_client.username());
        m_parts.rooms->setUnread(key, c.unread);
        if (c.unread > 0 && !hadNews)
            news << c.with;
    }
    // Messages that waited while we were away: said once, not on every list.
    if (!news.isEmpty()) {
        const QString text = tr("New messages from %1").arg(news.join(u", "_s));
        // In the window too (not every desktop shows notifications), but not as a line of the room on screen:
        // the conversations' counts in the list stay until they are read.
        m_window.statusBar()->showMessage(text, StatusNoticeMs);
        if (!m_window.isActiveWindow())
            m_window.notify(tr("Direct messages"), text, RoomList::conversationKey(news.first()));
    }
}

void WindowFeed::onReadMarker(const Msg::ReadMarker &marker)
{
    const QString key = marker.with ? RoomList::conversationKey(*marker.with) : marker.room.value_or(QString());
    if (!m_parts.rooms->hasRoom(key) && !m_parts.rooms->hasConversation(key))
        return;
    m_parts.read->setPosition(key, marker.id);
    // Read on another device: the count here follows. What is on screen keeps its line until left.
    if (key != m_window.currentKey()) {
        m_parts.rooms->setUnread(key, marker.unread);
        m_parts.rooms->setMentions(key, marker.mentions);
        if (MessageModel *model = m_window.model(key))
            model->setLastRead(m_parts.read->position(key), m_client.username());
    }
}

void WindowFeed::onTopic(const Msg::Topic &topic)
{
    m_parts.header->setTopic(topic.room, topic.text);
    const QString by = topic.by.value_or(QString());
    m_window.addLine(topic.room,
                     MessageEntry::local(MessageEntry::Kind::Notice,
                                         topic.text.isEmpty() ? tr("%1 cleared the topic.").arg(by)
                                                              : tr("%1 set the topic: %2").arg(by, topic.text),
                                         topic.ts.value_or(0)));
}

void WindowFeed::onInvited(const Msg::Invited &invitation)
{
    if (invitation.user.compare(m_client.username(), Qt::CaseInsensitive) != 0)
        return m_window.addInfo(tr("%1 may now join %2.").arg(invitation.user, invitation.room));
    const QString text =
        tr("%1 invited you to the private room %2. Type /join %2 to enter.").arg(invitation.by, invitation.room);
    m_window.addInfo(text);
    if (!m_window.isActiveWindow())
        m_window.notify(tr("Invitation"), text, m_window.currentKey());
}

void WindowFeed::onNotifyLevel(const Msg::Notify &n)
{
    m_notifyLevels.insert(n.room, n.level);
    m_window.addLine(n.room, MessageEntry::local(MessageEntry::Kind::Notice, describeLevel(n.room, n.level)));
}

void WindowFeed::deliver(const QString &key, const MessageEntry &entry)
{
    m_window.addLine(key, entry, true);
    if (key != m_window.currentKey()) {
        m_parts.rooms->addUnread(key);
        if (entry.mentionsMe)
            m_parts.rooms->addMention(key);
    }
    if (!m_window.isActiveWindow() && wantsNotification(key, entry))
        m_window.notify(entry.from, entry.text, key, m_parts.rooms->title(key));
}

bool WindowFeed::wantsNotification(const QString &key, const MessageEntry &entry) const
{
    if (RoomList::isConversation(key))
        return true; // a message to the user alone
    const QString level = m_notifyLevels.value(key, u"all"_s);
    return level == "all"_L1 || (level == "mentions"_L1 && entry.mentionsMe);
}

QString WindowFeed::describeLevel(const QString &room, const QString &level)
{
    if (level == "mentions"_L1)
        return tr("Notifications in %1: only when you are mentioned.").arg(room);
    if (level == "nothing"_L1)
        return tr("Notifications in %1: none.").arg(room);
    return tr("Notifications in %1: every message.").arg(room);
}
