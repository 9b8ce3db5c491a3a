// Draws one message: the quote it answers, time, sender and text, told apart by kind (own, private, notice,
// error), an "edited" mark or a tombstone, and its reactions. The text is always plain; http, https and
// mailto links in it are underlined and open on click; a click on the quote or a reaction is reported.
#pragma once

#include "documentdelegate.h"

class MessageDelegate : public DocumentDelegate
{
    Q_OBJECT
public:
    using DocumentDelegate::DocumentDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    // Only these schemes are ever opened; anything else (file:, custom handlers) is never handed to the OS.
    static bool isSafeLink(const QUrl &url);
    // Someone else's text as it is shown: control characters (but tab) become U+FFFD and line breaks stay
    // breaks inside the message. layout() also wraps it in a directional isolate (U+2068 ... U+2069), so
    // its own direction overrides end with it.
    static QString displayText(const QString &text);
    // The message's height may have changed (an edit, a tombstone, reactions): the view lays it out again.
    void relayout(const QModelIndex &index) { emit sizeHintChanged(index); }

signals:
    void linkActivated(const QUrl &url);
    // The quote above a reply was clicked: the message it answers is wanted.
    void quoteActivated(qint64 id);
    // A reaction under a message was clicked: the user's own reaction with it is to be toggled.
    void reactionActivated(const QModelIndex &index, const QString &emoji);

protected:
    // Lays the message out as a plain-text document with link ranges marked (no markup is parsed).
    void layout(QTextDocument &doc, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
