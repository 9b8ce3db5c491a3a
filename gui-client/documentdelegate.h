// An item delegate that draws each item as a plain-text QTextDocument its subclass lays out (formats over
// plain text, never markup), sized to the document: messages and search results.
#pragma once

#include <QStyledItemDelegate>
#include <QTextDocument>

class DocumentDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    // The width an item is laid out at: the view's viewport (a view asks for sizes with no width), else the
    // option's, else the widget's.
    static int layoutWidth(const QStyleOptionViewItem &option);
    // Fills doc for the item, at the width of option.rect.
    virtual void layout(QTextDocument &doc, const QStyleOptionViewItem &option, const QModelIndex &index) const = 0;
    // Paints the background (when given) and the item's document.
    void paintDocument(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                       const QColor &background) const;
    // The same with the document already laid out.
    static void paintDocument(QPainter *painter, const QStyleOptionViewItem &option, QTextDocument &doc,
                              const QColor &background);
};
