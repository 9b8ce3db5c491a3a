#include "viewplacement.h"

#include "messagemodel.h"

#include <QListView>
#include <QScrollBar>
#include <QTimer>

ViewPlacement::ViewPlacement(QListView *view) : QObject(view), m_view(view)
{
    // The view sticks to the newest message unless the user scrolled up to read, also when a tall message
    // is laid out after it arrived or the window's width changes the messages' heights.
    QScrollBar *bar = m_view->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) {
        if (m_placing)
            return; // the view is being placed; the user did not scroll
        m_followNewest = value >= bar->maximum() - SlackPixels;
        emit moved();
    });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int max) {
        if (m_placing)
            return;
        if (m_followNewest)
            bar->setValue(max);
        else // opened at the first unread message: when everything fits, the newest is on screen too
            m_followNewest = bar->value() >= max - SlackPixels;
        emit moved();
    });
}

bool ViewPlacement::atBottom() const
{
    const QScrollBar *bar = m_view->verticalScrollBar();
    return bar->value() >= bar->maximum() - SlackPixels;
}

bool ViewPlacement::atTop() const
{
    const QScrollBar *bar = m_view->verticalScrollBar();
    return bar->value() <= bar->minimum() + SlackPixels;
}

void ViewPlacement::beginSwitch()
{
    m_placing = true; // until showNews() has placed it
    m_followNewest = false;
}

void ViewPlacement::showNews(const MessageModel *model)
{
    // What is seen is judged once the view has settled.
    m_placing = true;
    const int first = model->firstUnreadRow();
    m_followNewest = first < 0;
    if (first < 0)
        m_view->scrollToBottom();
    else
        m_view->scrollTo(model->index(first), QAbstractItemView::PositionAtTop);
    QTimer::singleShot(0, this, [this] {
        m_placing = false;
        if (m_followNewest)
            m_view->scrollToBottom();
        else
            m_followNewest = atBottom(); // all of it fits: read
        emit placed();
    });
}

void ViewPlacement::followNewest()
{
    m_followNewest = true;
    m_view->scrollToBottom();
}

void ViewPlacement::keepAtTop(const QModelIndex &formerTop)
{
    // Placed at once (the scroll range grows on the way, which is not the user reaching the top again).
    m_placing = true;
    m_view->scrollTo(formerTop, QAbstractItemView::PositionAtTop);
    m_placing = false;
}

void ViewPlacement::mark(MessageModel *model, int row)
{
    m_placing = true;
    m_followNewest = false;
    const QModelIndex index = model->index(row);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_marked = index.data(MessageModel::IdRole).toLongLong();
    model->setMarked(m_marked);
    QTimer::singleShot(0, this, [this] {
        m_placing = false;
        emit placed(); // the page may fit on screen: nothing to scroll
    });
    QTimer::singleShot(MarkMs, this, [this, marked = m_marked] {
        if (m_marked == marked) {
            m_marked = 0;
            emit markExpired();
        }
    });
}
