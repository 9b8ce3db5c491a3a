// A room's or conversation's history, asked for a page at a time: the newest page when it is first shown,
// older pages as the reader reaches the top, a page around a message jumped to, then newer pages as the
// reader goes down from there. Pages come into the room's MessageModel, and the view stays where the
// reader is (ViewPlacement).
#pragma once

#include "messageentry.h"

#include <QObject>
#include <functional>
#include <optional>
#include <utility>

class ChatClient;
class MessageModel;
class QListView;
class ReadTracker;
class ViewPlacement;

class HistoryPager : public QObject
{
    Q_OBJECT
public:
    static constexpr int FirstPage = 50;
    static constexpr int OlderPage = 100;
    static constexpr int JumpPage = 60;   // messages loaded around one jumped to
    static constexpr int NewerPage = 100; // then, pages towards the newest

    struct Parts
    {
        QListView *view;
        ViewPlacement *placement;
        const ReadTracker *read;
        std::function<MessageModel *(const QString &key)> modelOf; // nullptr when none is kept
        std::function<QString(const QString &key)> userOf;         // a conversation key's other person
        std::function<QString()> current;                          // the key on screen
    };
    HistoryPager(ChatClient &client, Parts parts, QObject *parent = nullptr);

    // The messages of a history reply, as the user sees them.
    QList<MessageEntry> entriesOf(const Msg::HistoryReply &history) const;
    // A new room's or conversation's model: it asks for older pages when the reader reaches its top.
    void watch(const QString &key, MessageModel *model);
    // Asks for the newest page.
    void requestNewest(const QString &key);
    // An older page (or the first) came: it goes above what is there, and the view is placed.
    void addOlder(const QString &key, const QList<MessageEntry> &entries, bool more);
    // Shows the message id of the room on screen (key) marked, loading the page around it when it is not there.
    void jumpTo(const QString &key, qint64 id);
    // What is on screen may have changed: the next page is asked for when the view is at an edge of what is
    // loaded and the server has more.
    void fetchIfAtEdge();

signals:
    // The message jumped to is gone (deleted, or past the history's limit).
    void jumpMissed();

private:
    void onAround(const Msg::HistoryReply &history);
    void onNewer(const Msg::HistoryReply &history);
    void request(const QString &key, std::optional<qint64> before, int count);
    void fetchNewerIfAtBottom();
    // The model of what is on screen, when the view shows it and is not being placed; else nullptr.
    MessageModel *onScreen() const;

    ChatClient &m_client;
    Parts m_parts;
    std::pair<QString, qint64> m_jumpTarget; // the key and id a jump waits for
    bool m_fetchingNewer = false;
};
