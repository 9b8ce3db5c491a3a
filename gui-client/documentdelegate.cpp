#include "documentdelegate.h"

#include <QAbstractItemView>
#include <QPainter>
#include <cmath>

QSize DocumentDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Laid out at the width it is painted at: the view's viewport (the view asks with no width), so that
    // the row is as tall as what is drawn in it.
    QStyleOptionViewItem opt(option);
    if (const auto *view = qobject_cast<const QAbstractItemView *>(opt.widget))
        opt.rect.setWidth(view->viewport()->width());
    else if (opt.rect.width() <= 0 && opt.widget)
        opt.rect.setWidth(opt.widget->width());
    QTextDocument doc;
    layout(doc, opt, index);
    return QSize(int(doc.idealWidth()), int(std::ceil(doc.size().height())));
}

void DocumentDelegate::paintDocument(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                                     const QColor &background) const
{
    QTextDocument doc;
    layout(doc, option, index);
    paintDocument(painter, option, doc, background);
}

void DocumentDelegate::paintDocument(QPainter *painter, const QStyleOptionViewItem &option, QTextDocument &doc,
                                     const QColor &background)
{
    painter->save();
    if (background.isValid())
        painter->fillRect(option.rect, background);
    painter->translate(option.rect.topLeft());
    doc.drawContents(painter, QRectF(0, 0, option.rect.width(), option.rect.height()));
    painter->restore();
}
