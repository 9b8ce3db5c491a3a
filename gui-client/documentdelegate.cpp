#include "documentdelegate.h"

#include <QPainter>
#include <cmath>

QSize DocumentDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    if (opt.rect.width() <= 0 && opt.widget)
        opt.rect.setWidth(opt.widget->width() - 20);
    QTextDocument doc;
    layout(doc, opt, index);
    return QSize(int(doc.idealWidth()), int(std::ceil(doc.size().height())));
}

void DocumentDelegate::paintDocument(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                                     const QColor &background) const
{
    painter->save();
    if (background.isValid())
        painter->fillRect(option.rect, background);
    QTextDocument doc;
    layout(doc, option, index);
    painter->translate(option.rect.topLeft());
    doc.drawContents(painter, QRectF(0, 0, option.rect.width(), option.rect.height()));
    painter->restore();
}
