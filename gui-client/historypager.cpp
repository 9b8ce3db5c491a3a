#include "historypager.h"

#include "chatclient.h"
#include "messagemodel.h"
#include "readtracker.h"
#include "roomlist.h"
#include "viewplacement.h"

#include <QListView>
#include <algorithm>

HistoryPager::HistoryPager(ChatClient &client, Parts parts, QObject *parent)
    : QObject(parent), m_client(client), m_parts(std::move(parts))
{
    connect(&m_client, &ChatClient::aroundReceived, this, &HistoryPager::onAround);
    connect(&m_client, &ChatClient::newerReceived, this, &HistoryPager::onNewer);
}

QList<MessageEntry> HistoryPager::entriesOf(const Msg::HistoryReply &history) const
{
    QList<MessageEntry> entries;
    entries.reserve(history.messages.size() + history.direct.size());
    for (const Msg::ChatMessage &m : history.messages)
        entries.append(MessageEntry::fromChat(m, m_client.username()));
    for (const Msg::PrivateMessage &m : history.direct)
        entries.append(MessageEntry::fromPrivate(m));
    return entries;
}

void HistoryPager::watch(const QString &key, MessageModel *model)
{
    connect(model, &MessageModel::olderMessagesWanted, this,
            [this, key](qint64 before) { request(key, before, OlderPage); });
}

void HistoryPager::requestNewest(const QString &key)
{
    request(key, std::nullopt, FirstPage);
}

void HistoryPager::request(const QString &key, std::optional<qint64> before, int count)
{
    if (RoomList::isConversation(key))
        m_client.requestConversationHistory(m_parts.userOf(key), before, std::nullopt, count);
    else
        m_client.requestHistory(key, before, std::nullopt, count);
}

void HistoryPager::addOlder(const QString &key, const QList<MessageEntry> &entries, bool more)
{
    MessageModel *model = m_parts.modelOf(key);
    if (!model)
        return;
    const int before = model->rowCount();
    model->prepend(entries, more);
    const int added = model->rowCount() - before;
    ViewPlacement *placement = m_parts.placement;
    if (m_parts.view->model() == model && before <= 1) {
        // The first page of what is on screen: opened at the news, if any.
        placement->showNews(model);
    } else if (m_parts.view->model() == model && added > 0 && placement->atTop() && !placement->followsNewest()) {
        // Older ones came in above while the user read at the top: what was at the top stays there.
        placement->keepAtTop(model->index(added));
    }
}

void HistoryPager::jumpTo(const QString &key, qint64 id)
{
    MessageModel *model = m_parts.modelOf(key);
    if (!model)
        return;
    if (const int row = model->rowOfId(id); row >= 0)
        return m_parts.placement->mark(model, row);
    m_jumpTarget = {key, id};
    if (RoomList::isConversation(key))
        m_client.requestAround(QString(), m_parts.userOf(key), id, JumpPage);
    else
        m_client.requestAround(key, std::nullopt, id, JumpPage);
}

void HistoryPager::onAround(const Msg::HistoryReply &history)
{
    const QString key = history.with ? RoomList::conversationKey(*history.with) : history.room;
    MessageModel *model = m_parts.modelOf(key);
    if (!model || m_jumpTarget.first != key)
        return;
    const QList<MessageEntry> entries = entriesOf(history);
    // Older ones may be on the server (asked for on scrolling up); newer ones are, unless this page
    // reaches the newest the window has heard of.
    const qint64 newest = std::max(model->newestId(), m_parts.read->position(key));
    const bool newerOnServer = entries.isEmpty() || entries.last().id < newest || history.more;
    model->replaceWith(entries, true, newerOnServer);
    const qint64 id = std::exchange(m_jumpTarget, {}).second;
    if (key != m_parts.current())
        return;
    if (const int row = model->rowOfId(id); row >= 0)
        m_parts.placement->mark(model, row);
    else
        emit jumpMissed();
}

void HistoryPager::onNewer(const Msg::HistoryReply &history)
{
    m_fetchingNewer = false;
    const QString key = history.with ? RoomList::conversationKey(*history.with) : history.room;
    MessageModel *model = m_parts.modelOf(key);
    if (!model || !model->hasNewerOnServer())
        return;
    model->appendNewer(entriesOf(history), history.more);
    fetchNewerIfAtBottom(); // still at the bottom (or the page added nothing): the next one
}

MessageModel *HistoryPager::onScreen() const
{
    MessageModel *model = m_parts.modelOf(m_parts.current());
    return model && m_parts.view->model() == model && !m_parts.placement->isPlacing() ? model : nullptr;
}

void HistoryPager::fetchIfAtEdge()
{
    if (MessageModel *model = onScreen(); model && m_parts.placement->atTop())
        model->fetchOlder(); // when the server has older ones, and none are being asked for
    fetchNewerIfAtBottom();
}

void HistoryPager::fetchNewerIfAtBottom()
{
    // After a jump: the bottom of what is loaded, and newer messages are on the server.
    MessageModel *model = onScreen();
    if (!model || !model->hasNewerOnServer() || m_fetchingNewer || !m_parts.placement->atBottom() ||
        model->newestId() <= 0)
        return;
    const QString key = m_parts.current();
    m_fetchingNewer = true;
    if (RoomList::isConversation(key))
        m_client.requestNewer(QString(), m_parts.userOf(key), model->newestId(), NewerPage);
    else
        m_client.requestNewer(key, std::nullopt, model->newestId(), NewerPage);
}
