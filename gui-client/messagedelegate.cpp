#include "messagedelegate.h"

#include "messagemodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QTextCursor>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int Margin = 4;
// Anchors of the window's own: a message's text never makes one (only http, https and mailto links).
const QString QuoteAnchor = u"#quote"_s;
const QString ReactionAnchorPrefix = u"#react:"_s;

QColor senderColor(MessageEntry::Kind kind, const QPalette &palette)
{
    switch (kind) {
    case MessageEntry::Kind::Own:
        return QColor(0x1f, 0x6f, 0xd1);
    case MessageEntry::Kind::Private:
        return QColor(0x8e, 0x3c, 0xb4);
    case MessageEntry::Kind::Notice:
        return palette.color(QPalette::PlaceholderText);
    case MessageEntry::Kind::Error:
        return QColor(0xc0, 0x39, 0x2b);
    case MessageEntry::Kind::Chat:
        break;
    }
    return QColor(0x1e, 0x8c, 0x5a);
}

} // namespace

bool MessageDelegate::isSafeLink(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == "http"_L1 || scheme == "https"_L1 || scheme == "mailto"_L1);
}

QString MessageDelegate::displayText(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c == u'\n')
            c = QChar::LineSeparator; // a break within the message, not a new paragraph
        else if (c != u'\t' && c.category() == QChar::Other_Control)
            c = QChar::ReplacementCharacter;
    }
    return out;
}

void MessageDelegate::layout(QTextDocument &doc, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto kind = MessageEntry::Kind(index.data(MessageModel::KindRole).toInt());
    const QString from = index.data(MessageModel::FromRole).toString();
    const QString to = index.data(MessageModel::ToRole).toString();
    const bool action = index.data(MessageModel::ActionRole).toBool();
    const QDateTime time = index.data(MessageModel::TimeRole).toDateTime();

    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(Margin);
    doc.setTextWidth(std::max(50, option.rect.width()));
    QTextCursor cursor(&doc);

    QTextCharFormat dim;
    dim.setForeground(option.palette.color(QPalette::PlaceholderText));
    if (index.data(MessageModel::FirstUnreadRole).toBool()) {
        // Where the news starts: a line of its own above the first message not read yet.
        QTextBlockFormat centred;
        centred.setAlignment(Qt::AlignHCenter);
        cursor.setBlockFormat(centred);
        QTextCharFormat marker;
        marker.setFontWeight(QFont::Bold);
        marker.setForeground(option.palette.color(QPalette::Link));
        cursor.insertText(tr("── New messages ──"), marker);
        cursor.insertBlock(QTextBlockFormat());
    }
    if (const QVariantMap quote = index.data(MessageModel::QuoteRole).toMap(); !quote.isEmpty()) {
        // What it answers, on a line of its own above it: a click there jumps to that message.
        QTextCharFormat quoted = dim;
        quoted.setFontItalic(true);
        quoted.setAnchor(true);
        quoted.setAnchorHref(QuoteAnchor);
        QString text = quote.value(u"deleted"_s).toBool() ? tr("(deleted message)")
                                                          : displayText(quote.value(u"text"_s).toString());
        text.replace(QChar::LineSeparator, u' ');
        cursor.insertText(u"↪ "_s, quoted);
        cursor.insertText(quote.value(u"from"_s).toString() + u": "_s, quoted);
        cursor.insertText(QString(QChar(0x2068)) + text + QChar(0x2069), quoted);
        cursor.insertBlock(QTextBlockFormat());
    }
    cursor.insertText(time.toLocalTime().toString(u"HH:mm"_s) + u"  "_s, dim);

    QTextCharFormat name;
    name.setFontWeight(QFont::Bold);
    name.setForeground(senderColor(kind, option.palette));
    QTextCharFormat body;
    body.setForeground(option.palette.color(QPalette::Text));
    if (kind == MessageEntry::Kind::Notice || kind == MessageEntry::Kind::Error) {
        body.setFontItalic(true);
        body.setForeground(senderColor(kind, option.palette));
    } else if (action) {
        cursor.insertText(u"* "_s + from + u' ', name);
    } else if (kind == MessageEntry::Kind::Private) {
        cursor.insertText(tr("%1 → %2").arg(from, to) + u"  "_s, name);
    } else {
        cursor.insertText(from + u"  "_s, name);
    }

    // Plain text, with link ranges marked by format: nothing in the text is ever parsed as markup. The
    // text is an isolate of its own: a right-to-left override in it reverses only itself.
    if (MessageEntry::Status(index.data(MessageModel::StatusRole).toInt()) == MessageEntry::Status::Pending)
        body.setForeground(option.palette.color(QPalette::PlaceholderText)); // not there yet
    if (index.data(MessageModel::DeletedRole).toBool()) {
        QTextCharFormat tombstone = dim;
        tombstone.setFontItalic(true);
        cursor.insertText(tr("This message was deleted."), tombstone);
        return;
    }
    const QString text = displayText(index.data(MessageModel::TextRole).toString());
    cursor.insertText(QString(QChar(0x2068)), body); // FIRST STRONG ISOLATE
    static const QRegularExpression links(u"\\b(?:https?://|mailto:)[^\\s<>\"]+"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    qsizetype pos = 0;
    for (auto it = links.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        cursor.insertText(text.mid(pos, m.capturedStart() - pos), body);
        QString target = m.captured();
        while (!target.isEmpty() && QStringView(u".,;:!?)").contains(target.back()))
            target.chop(1); // trailing punctuation is the sentence's, not the link's
        QTextCharFormat link = body;
        link.setAnchor(true);
        link.setAnchorHref(target);
        link.setFontUnderline(true);
        link.setForeground(option.palette.color(QPalette::Link));
        cursor.insertText(target, link);
        pos = m.capturedStart() + target.size();
    }
    cursor.insertText(text.mid(pos), body);
    cursor.insertText(QString(QChar(0x2069)), body); // POP DIRECTIONAL ISOLATE
    if (index.data(MessageModel::EditedRole).toBool())
        cursor.insertText(u"  "_s + tr("(edited)"), dim);

    switch (MessageEntry::Status(index.data(MessageModel::StatusRole).toInt())) {
    case MessageEntry::Status::Pending:
        cursor.insertText(u"  "_s + tr("(waiting to be sent)"), dim);
        break;
    case MessageEntry::Status::Failed: {
        QTextCharFormat failed;
        failed.setFontItalic(true);
        failed.setForeground(senderColor(MessageEntry::Kind::Error, option.palette));
        cursor.insertText(u"  "_s + tr("(not delivered)"), failed);
        break;
    }
    case MessageEntry::Status::Done:
        break;
    }

    const QVariantList reactions = index.data(MessageModel::ReactionsRole).toList();
    if (reactions.isEmpty())
        return;
    // Each emoji and its count as a chip: the user's own ones stand out; a click toggles the user's.
    cursor.insertBlock(QTextBlockFormat());
    for (const QVariant &v : reactions) {
        const QVariantMap r = v.toMap();
        QTextCharFormat chip;
        chip.setAnchor(true);
        chip.setAnchorHref(ReactionAnchorPrefix + r.value(u"emoji"_s).toString());
        chip.setForeground(option.palette.color(QPalette::Text));
        chip.setBackground(r.value(u"mine"_s).toBool() ? option.palette.color(QPalette::Highlight).lighter(160)
                                                       : option.palette.color(QPalette::AlternateBase));
        chip.setToolTip(r.value(u"mine"_s).toBool() ? tr("You reacted with this; click to take it back.")
                                                    : tr("Click to react with this too."));
        cursor.insertText(u" %1 %2 "_s.arg(r.value(u"emoji"_s).toString()).arg(r.value(u"count"_s).toLongLong()), chip);
        cursor.insertText(u"  "_s, QTextCharFormat());
    }
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const auto kind = MessageEntry::Kind(index.data(MessageModel::KindRole).toInt());
    QColor background;
    if (opt.state & QStyle::State_Selected)
        background = opt.palette.color(QPalette::Highlight).lighter(170);
    else if (index.data(MessageModel::MentionsMeRole).toBool())
        background = QColor(0xe0, 0x9a, 0x1f, 48); // it names the user: stands out
    else if (kind == MessageEntry::Kind::Private)
        background = QColor(0x8e, 0x3c, 0xb4, 18);
    else if (kind == MessageEntry::Kind::Own)
        background = QColor(0x1f, 0x6f, 0xd1, 12);
    paintDocument(painter, opt, index, background);
}

bool MessageDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                  const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton) {
            QTextDocument doc;
            layout(doc, option, index);
            const QString href = doc.documentLayout()->anchorAt(mouse->position() - option.rect.topLeft());
            if (href == QuoteAnchor) {
                if (const qint64 id = index.data(MessageModel::QuoteRole).toMap().value(u"id"_s).toLongLong(); id > 0)
                    emit quoteActivated(id);
                return true;
            }
            if (href.startsWith(ReactionAnchorPrefix)) {
                emit reactionActivated(index, href.mid(ReactionAnchorPrefix.size()));
                return true;
            }
            const QUrl url(href);
            if (!href.isEmpty() && isSafeLink(url)) {
                emit linkActivated(url);
                return true;
            }
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}
