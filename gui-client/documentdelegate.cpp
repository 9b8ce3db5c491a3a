#include "documentdelegate.h"

#include <QAbstractItemView>
#include <QPainter>
#include <cmath>

int DocumentDelegate::layoutWidth(const QStyleOptionViewItem &option)
{
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->viewport()->width();
    if (option.rect.width() <= 0 && option.widget)
        return option.widget->width();
    return option.rect.width();
}

QSize DocumentDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Laid out at the width it is painted at, so that the row is as tall as what is drawn in it.
    QStyleOptionViewItem opt(option);
    opt.rect.setWidth(layoutWidth(option));
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
