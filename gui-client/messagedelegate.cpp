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
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    painter->save();
    const auto kind = MessageEntry::Kind(index.data(MessageModel::KindRole).toInt());
    if (opt.state & QStyle::State_Selected)
        painter->fillRect(opt.rect, opt.palette.color(QPalette::Highlight).lighter(170));
    else if (index.data(MessageModel::MentionsMeRole).toBool())
        painter->fillRect(opt.rect, QColor(0xe0, 0x9a, 0x1f, 48)); // it names the user: stands out
    else if (kind == MessageEntry::Kind::Private)
        painter->fillRect(opt.rect, QColor(0x8e, 0x3c, 0xb4, 18));
    else if (kind == MessageEntry::Kind::Own)
        painter->fillRect(opt.rect, QColor(0x1f, 0x6f, 0xd1, 12));
    QTextDocument doc;
    layout(doc, opt, index);
    painter->translate(opt.rect.topLeft());
    doc.drawContents(painter, QRectF(0, 0, opt.rect.width(), opt.rect.height()));
    painter->restore();
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    if (opt.rect.width() <= 0 && opt.widget)
        opt.rect.setWidth(opt.widget->width() - 20);
    QTextDocument doc;
    layout(doc, opt, index);
    return QSize(int(doc.idealWidth()), int(std::ceil(doc.size().height())));
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
            const QUrl url(href);
            if (!href.isEmpty() && isSafeLink(url)) {
                emit linkActivated(url);
                return true;
            }
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}
