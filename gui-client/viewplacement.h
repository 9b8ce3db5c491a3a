// Where the message view stands: at the newest message and following what arrives, or where it was put
// (the first message not read yet, a message jumped to). Placing the view moves its scroll bar, which
// does not count as the user reading: moved() tells of the user's own scrolling, and of range changes
// while following, never of a placement still under way.
#pragma once

#include <QObject>

class MessageModel;
class QListView;

class ViewPlacement : public QObject
{
    Q_OBJECT
public:
    static constexpr int SlackPixels = 4; // this close to the bottom counts as at the bottom
    static constexpr int MarkMs = 2500;   // how long a message jumped to stays marked

    explicit ViewPlacement(QListView *view);

    // At the newest message, and staying there as more arrive.
    bool followsNewest() const { return m_followNewest; }
    // Being placed: the scroll bar's moves are not the user's.
    bool isPlacing() const { return m_placing; }
    // The scroll bar is at its end, or at its start.
    bool atBottom() const;
    bool atTop() const;
    // The id of the message marked by the last jump; 0 when none.
    qint64 marked() const { return m_marked; }

    // Another room or conversation goes into the view (call before setModel, then showNews()).
    void beginSwitch();
    // Puts the first message not read yet at the top of the view, or the newest at the bottom.
    void showNews(const MessageModel *model);
    // What the user sends, the user sees go out: the view goes to the newest and follows.
    void followNewest();
    // Older rows came in above while the user read at the top: the row that was at the top stays there.
    void keepAtTop(const QModelIndex &formerTop);
    // Shows a row in the middle of the view and marks it for MarkMs (what the user selected stays theirs).
    void mark(MessageModel *model, int row);

signals:
    // The user scrolled, or the view grew while following: what is seen may have changed.
    void moved();
    // A placement (showNews or mark) has settled.
    void placed();
    // The mark of a jump ran out: no message is to be marked any more.
    void markExpired();

private:
    QListView *m_view;
    bool m_followNewest = true;
    bool m_placing = false;
    qint64 m_marked = 0;
};
