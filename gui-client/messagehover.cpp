#include "messagehover.h"

#include "filecard.h"
#include "messagedelegate.h"
#include "messagemodel.h"
#include "thumbnails.h"

#include <QListView>
#include <QMouseEvent>

MessageHover::MessageHover(QListView *view, MessageDelegate *delegate, Thumbnails *thumbnails, QObject *parent)
    : QObject(parent), m_view(view), m_delegate(delegate), m_thumbnails(thumbnails)
{
    m_viewport = m_view->viewport();
    m_viewport->setMouseTracking(true);
    m_viewport->installEventFilter(this);
}

bool MessageHover::eventFilter(QObject *watched, QEvent *event)
{
    const bool moved = event->type() == QEvent::MouseMove;
    if (watched != m_viewport || (!moved && event->type() != QEvent::Leave))
        return QObject::eventFilter(watched, event);
    if (moved) {
        pointerAt(static_cast<QMouseEvent *>(event)->position().toPoint());
    } else {
        // Leave: the viewport outlives the view's own destructor (it is the view's child) and may be left
        // while the view is being destroyed, so nothing of the view is asked here.
        m_viewport->unsetCursor();
        m_thumbnails->stop();
    }
    return QObject::eventFilter(watched, event);
}

void MessageHover::pointerAt(const QPoint &pos)
{
    const QModelIndex index = m_view->viewport()->rect().contains(pos) ? m_view->indexAt(pos) : QModelIndex();
    QString link;
    if (index.isValid()) {
        QStyleOptionViewItem option;
        option.initFrom(m_view->viewport());
        option.rect = m_view->visualRect(index);
        option.font = m_view->font();
        link = m_delegate->linkAt(option, index, pos - option.rect.topLeft());
    }
    if (link.isEmpty())
        m_view->viewport()->unsetCursor();
    else
        m_view->viewport()->setCursor(Qt::PointingHandCursor);
    const std::optional<Msg::Attachment> file =
        link == FileCard::ViewAnchor ? FileCard::fromVariant(index.data(MessageModel::FileRole)) : std::nullopt;
    if (file && Thumbnails::playsOnHover(*file))
        m_thumbnails->play(index.data(MessageModel::IdRole).toLongLong(), *file);
    else
        m_thumbnails->stop();
}
