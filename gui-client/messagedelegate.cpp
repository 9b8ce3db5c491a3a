#include "messagedelegate.h"

#include "filecard.h"
#include "thumbnails.h"
#include "voiceplayer.h"

#include "messagemodel.h"
#include "messagetext.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextFormat>
#include <QTimer>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int Margin = 4;
constexpr int GutterGap = 10;             // between the time and the text
constexpr int MaxRememberedPeople = 4096; // colours kept; past that the cache starts again
// Anchors of the window's own: a message's text never makes one (only http, https and mailto links).
const QString QuoteAnchor = u"#quote"_s;
const QString ReactionAnchorPrefix = u"#react:"_s;
// Marks the block the time is drawn beside, and the lines above a message (the day, "new messages").
constexpr int TimeLineProperty = QTextFormat::UserProperty + 1;
constexpr int SeparatorProperty = QTextFormat::UserProperty + 2;

bool speaks(MessageEntry::Kind kind)
{
    return kind == MessageEntry::Kind::Chat || kind == MessageEntry::Kind::Own || kind == MessageEntry::Kind::Private;
}

// The next block of the document: the first one is there from the start.
void startBlock(QTextCursor &cursor, const QTextBlockFormat &format)
{
    if (cursor.document()->isEmpty() && cursor.block().blockNumber() == 0)
        cursor.setBlockFormat(format);
    else
        cursor.insertBlock(format);
}

} // namespace

QString MessageDelegate::timeText(const QDateTime &time) const
{
    return QLocale().toString(time.toLocalTime().time(), m_twelveHour ? u"h:mm AP"_s : u"HH:mm"_s);
}

int MessageDelegate::gutterWidth(const QFont &font) const
{
    return widths(font).gutter;
}

const MessageDelegate::Widths &MessageDelegate::widths(const QFont &font) const
{
    // Measured once per font and time format: every row's layout asks (so no QFont::key(), which is slow).
    if (int(m_twelveHour) != m_widthsTwelveHour || font != m_widthsFont) {
        const QFontMetricsF metrics(font);
        const QString sample = m_twelveHour ? QLocale().toString(QTime(12, 59), u"h:mm AP"_s) : u"88:88"_s;
        m_widths.gutter = int(std::ceil(metrics.horizontalAdvance(sample))) + GutterGap;
        m_widths.readable = m_widths.gutter + int(MaxLineChars * metrics.averageCharWidth()) + 2 * Margin;
        m_widths.lineHeight = metrics.lineSpacing();
        m_widths.charWidth = std::max(1.0, metrics.averageCharWidth());
        m_widthsFont = font;
        m_widthsTwelveHour = int(m_twelveHour);
        ++m_widths.generation;
    }
    return m_widths;
}

const ChatTheme::Colors &MessageDelegate::colors(const QPalette &palette) const
{
    // The cache key names the palette, not the group it is read in (an inactive window's may differ).
    const auto key = std::pair(palette.cacheKey(), int(palette.currentColorGroup()));
    if (key != m_paletteKey) {
        m_paletteKey = key;
        m_colors = ChatTheme::colors(palette);
        m_people.clear();
    }
    return m_colors;
}

QColor MessageDelegate::personColor(const QString &name, const QPalette &palette) const
{
    const ChatTheme::Colors &c = colors(palette);
    auto it = m_people.constFind(name);
    if (it != m_people.cend())
        return *it;
    if (m_people.size() >= MaxRememberedPeople)
        m_people.clear();
    return *m_people.insert(name, ChatTheme::personColor(name, c));
}

void MessageDelegate::layout(QTextDocument &doc, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(Margin);
    if (index.data(MessageModel::HiddenRole).toBool())
        return;
    const ChatTheme::Colors &c = colors(option.palette);
    const auto kind = MessageEntry::Kind(index.data(MessageModel::KindRole).toInt());
    const QString from = index.data(MessageModel::FromRole).toString();
    const QString to = index.data(MessageModel::ToRole).toString();
    const bool action = index.data(MessageModel::ActionRole).toBool();
    const int gutter = widths(option.font).gutter;
    const int readable = widths(option.font).readable;
    doc.setTextWidth(std::max(50, std::min(option.rect.width(), readable)));
    QTextCursor cursor(&doc);

    QTextCharFormat dim;
    dim.setForeground(c.dim);
    QTextBlockFormat centred;
    centred.setAlignment(Qt::AlignHCenter);
    centred.setProperty(SeparatorProperty, true);
    if (const QString day = index.data(MessageModel::DayRole).toString(); !day.isEmpty()) {
        startBlock(cursor, centred);
        QTextCharFormat separator = dim;
        separator.setFontWeight(QFont::Bold);
        cursor.insertText(u"──  "_s + day + u"  ──"_s, separator);
    }
    if (index.data(MessageModel::FirstUnreadRole).toBool()) {
        // Where the news starts: a line of its own above the first message not read yet.
        startBlock(cursor, centred);
        QTextCharFormat marker;
        marker.setFontWeight(QFont::Bold);
        marker.setForeground(c.link);
        cursor.insertText(tr("── New messages ──"), marker);
    }

    // Everything of the message itself sits right of the gutter, wrapped lines included.
    QTextBlockFormat area;
    area.setLeftMargin(gutter);
    QTextBlockFormat timeLine = area;
    timeLine.setProperty(TimeLineProperty, true);
    QTextCharFormat name;
    name.setFontWeight(QFont::Bold);
    name.setForeground(personColor(from, option.palette));
    const bool hasHeader = speaks(kind) && !action && !index.data(MessageModel::GroupedRole).toBool();
    if (hasHeader) {
        // The sender once, above a group of their messages.
        startBlock(cursor, timeLine);
        cursor.insertText(from, name);
        if (kind == MessageEntry::Kind::Private) {
            QTextCharFormat other = name;
            other.setForeground(personColor(to, option.palette));
            cursor.insertText(u" → "_s, dim);
            cursor.insertText(to, other);
        }
    }
    // What it answers, under the sender's name and above the text: a click there jumps to that message.
    const QVariantMap quote = index.data(MessageModel::QuoteRole).toMap();
    const bool hasQuote = !quote.isEmpty();
    if (hasQuote) {
        startBlock(cursor, hasHeader ? area : timeLine);
        QTextCharFormat quoted = dim;
        quoted.setFontItalic(true);
        quoted.setAnchor(true);
        quoted.setAnchorHref(QuoteAnchor);
        QString text = quote.value(u"deleted"_s).toBool() ? tr("(deleted message)")
                                                          : MessageText::displayText(quote.value(u"text"_s).toString());
        text.replace(QChar::LineSeparator, u' ');
        cursor.insertText(u"↪ "_s, quoted);
        cursor.insertText(quote.value(u"from"_s).toString() + u": "_s, quoted);
        MessageText::insertText(cursor, QString(QChar(0x2068)) + text + QChar(0x2069), quoted);
    }

    startBlock(cursor, hasHeader || hasQuote ? area : timeLine);

    QTextCharFormat body;
    body.setForeground(c.text);
    switch (kind) {
    case MessageEntry::Kind::Notice:
    case MessageEntry::Kind::Presence:
        body.setFontItalic(true);
        body.setForeground(c.dim);
        break;
    case MessageEntry::Kind::Error:
        body.setFontItalic(true);
        body.setForeground(c.error);
        break;
    case MessageEntry::Kind::Announcement: {
        QTextCharFormat label;
        label.setFontWeight(QFont::Bold);
        label.setForeground(c.announce);
        cursor.insertText(tr("Announcement:") + u' ', label);
        break;
    }
    case MessageEntry::Kind::Chat:
    case MessageEntry::Kind::Own:
    case MessageEntry::Kind::Private:
        if (action)
            cursor.insertText(u"* "_s + from + u' ', name);
        break;
    }

    // Plain text, with link ranges marked by format: nothing in the text is ever parsed as markup. The
    // text is an isolate of its own: a right-to-left override in it reverses only itself.
    const auto status = MessageEntry::Status(index.data(MessageModel::StatusRole).toInt());
    if (status == MessageEntry::Status::Pending)
        body.setForeground(c.dim); // not there yet
    if (index.data(MessageModel::DeletedRole).toBool()) {
        QTextCharFormat tombstone = dim;
        tombstone.setFontItalic(true);
        cursor.insertText(tr("This message was deleted."), tombstone);
        return;
    }
    const QVariant file = index.data(MessageModel::FileRole);
    const QString raw = index.data(MessageModel::TextRole).toString();
    // A file sent without a caption carries its name as its text: shown once, on the card.
    const QString text = FileCard::isBareName(raw, file) ? QString() : MessageText::displayText(raw);
    cursor.insertText(QString(QChar(0x2068)), body); // FIRST STRONG ISOLATE
    qsizetype pos = 0;
    for (const MessageText::Link &found : MessageText::links(text)) {
        MessageText::insertText(cursor, text.mid(pos, found.start - pos), body);
        QTextCharFormat link = body;
        link.setAnchor(true);
        link.setAnchorHref(found.target);
        link.setFontUnderline(true);
        link.setForeground(c.link);
        cursor.insertText(found.target, link);
        pos = found.start + found.target.size();
    }
    MessageText::insertText(cursor, text.mid(pos), body);
    cursor.insertText(QString(QChar(0x2069)), body); // POP DIRECTIONAL ISOLATE
    if (index.data(MessageModel::EditedRole).toBool())
        cursor.insertText(u"  "_s + tr("(edited)"), dim);

    switch (status) {
    case MessageEntry::Status::Pending:
        cursor.insertText(u"  "_s + tr("(waiting to be sent)"), dim);
        break;
    case MessageEntry::Status::Failed: {
        QTextCharFormat failed;
        failed.setFontItalic(true);
        failed.setForeground(c.error);
        cursor.insertText(u"  "_s + tr("(not delivered)"), failed);
        break;
    }
    case MessageEntry::Status::Done:
        break;
    }
    if (const std::optional<Msg::Attachment> attached = FileCard::fromVariant(file)) {
        if (!text.isEmpty())
            startBlock(cursor, area);
        if (attached->thumbnail) {
            // Its size is the message's word, so the row never jumps when the picture comes; until then, a
            // quiet rectangle holds its place. A click on it shows the picture full size.
            const QSize shown = Thumbnails::shownSize(*attached, int(doc.textWidth()) - gutter - 2 * Margin);
            QImage picture =
                m_thumbnails ? m_thumbnails->image(index.data(MessageModel::IdRole).toLongLong(), *attached) : QImage();
            if (picture.isNull()) {
                picture = QImage(shown, QImage::Format_RGB32);
                picture.fill(c.chipBackground);
            }
            const QString name = u"thumbnail:"_s + attached->sha256;
            doc.addResource(QTextDocument::ImageResource, QUrl(name), picture);
            QTextImageFormat image;
            image.setName(name);
            image.setWidth(shown.width());
            image.setHeight(shown.height());
            image.setAnchor(true);
            image.setAnchorHref(FileCard::ViewAnchor);
            image.setToolTip(tr("Show %1 full size").arg(attached->name));
            cursor.insertImage(image);
            startBlock(cursor, area);
        }
        FileCard::Playback playback;
        if (m_voices && VoicePlayer::plays(*attached)) {
            const VoicePlayer::State s = m_voices->state(index.data(MessageModel::IdRole).toLongLong());
            playback = {s.playing, s.positionMs, s.durationMs};
        }
        FileCard::insert(cursor, *attached, body, dim, c.link, playback);
    }

    const QVariantList reactions = index.data(MessageModel::ReactionsRole).toList();
    if (reactions.isEmpty())
        return;
    // Each emoji and its count as a chip: the user's own ones stand out; a click toggles the user's.
    startBlock(cursor, area);
    for (const QVariant &v : reactions) {
        const QVariantMap r = v.toMap();
        const bool mine = r.value(u"mine"_s).toBool();
        QTextCharFormat chip;
        chip.setAnchor(true);
        chip.setAnchorHref(ReactionAnchorPrefix + r.value(u"emoji"_s).toString());
        chip.setForeground(c.text);
        chip.setBackground(mine ? c.mineChipBackground : c.chipBackground);
        if (mine)
            chip.setFontWeight(QFont::Bold);
        chip.setToolTip(mine ? tr("You reacted with this; click to take it back.")
                             : tr("Click to react with this too."));
        MessageText::insertText(
            cursor, u" %1 %2 "_s.arg(r.value(u"emoji"_s).toString()).arg(r.value(u"count"_s).toLongLong()), chip);
        cursor.insertText(u"  "_s, QTextCharFormat());
    }
}

size_t MessageDelegate::sizeKey(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant layoutKey = index.data(MessageModel::LayoutKeyRole);
    if (!layoutKey.isValid())
        return 0;
    const Widths &w = widths(option.font);
    return qHashMulti(1, layoutKey.toULongLong(), textWidth(option), w.gutter, w.generation);
}

int MessageDelegate::textWidth(const QStyleOptionViewItem &option) const
{
    return std::max(50, std::min(layoutWidth(option), widths(option.font).readable));
}

RowSizes::Context MessageDelegate::sizeContext(const QStyleOptionViewItem &option) const
{
    return {textWidth(option), widths(option.font).generation};
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // QListView lays every row out again whenever one comes or goes: sizes are remembered.
    const size_t key = sizeKey(option, index);
    if (key == 0) // not a MessageModel: measured each time
        return DocumentDelegate::sizeHint(option, index);
    if (const std::optional<QSize> size = m_sizes.measured(key))
        return *size;
    const RowSizes::Context context = sizeContext(option);
    if (index.data(MessageModel::HiddenRole).toBool()) {
        m_sizes.setMeasured(key, {0, 0}, context);
        return {0, 0};
    }
    // (Rows of the same key share a size: an older row's estimate does not stand for a newest one.)
    if (index.row() < index.model()->rowCount(index.parent()) - ExactRows) {
        // The height only: the row is as wide as the view now (an estimate may come from a wider one).
        if (const std::optional<QSize> size = m_sizes.estimated(key))
            return {layoutWidth(option), size->height()};
        const QSize size = estimatedSize(option, index);
        m_sizes.setEstimated(key, size, context);
        return size;
    }
    const QSize size = DocumentDelegate::sizeHint(option, index);
    measured(key, context, size, false);
    return size;
}

QSize MessageDelegate::estimatedSize(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Widths &w = widths(option.font);
    const int lineWidth = textWidth(option) - w.gutter - 2 * Margin;
    const qreal perLine = std::max(1.0, std::floor(lineWidth / w.charWidth));
    const auto linesOf = [perLine](const QString &text) {
        qreal lines = 0;
        for (const QStringView part : QStringView(text).split(u'\n'))
            lines += std::max(1.0, std::ceil(part.size() / perLine));
        return lines;
    };
    const auto kind = MessageEntry::Kind(index.data(MessageModel::KindRole).toInt());
    qreal lines = linesOf(index.data(MessageModel::TextRole).toString());
    if (const std::optional<Msg::Attachment> file = FileCard::fromVariant(index.data(MessageModel::FileRole))) {
        lines += VoicePlayer::plays(*file) ? 2 : 1; // audio: its player's line above the card
        lines += Thumbnails::shownSize(*file, lineWidth).height() / w.lineHeight;
    }
    if (!index.data(MessageModel::DayRole).toString().isEmpty())
        ++lines;
    if (index.data(MessageModel::FirstUnreadRole).toBool())
        ++lines;
    if (speaks(kind) && !index.data(MessageModel::ActionRole).toBool() &&
        !index.data(MessageModel::GroupedRole).toBool())
        ++lines;
    if (const QVariantMap quote = index.data(MessageModel::QuoteRole).toMap(); !quote.isEmpty())
        lines += linesOf(quote.value(u"text"_s).toString().replace(u'\n', u' '));
    if (!index.data(MessageModel::ReactionsRole).toList().isEmpty())
        ++lines;
    return {layoutWidth(option), int(std::ceil(lines * w.lineHeight)) + 2 * Margin};
}

void MessageDelegate::measured(size_t key, const RowSizes::Context &context, const QSize &size, bool painted) const
{
    if (key == 0 || m_sizes.measured(key))
        return;
    // An estimate of the same key may have placed rows already (painted ones, or older rows like a newest
    // one): when it was wrong, the view lays out again. A painted row not measured before was placed by an
    // estimate, even when that estimate was since dropped.
    const std::optional<QSize> estimate = m_sizes.estimated(key);
    m_sizes.setMeasured(key, size, context);
    const bool wrong = estimate ? estimate->height() != size.height() : painted;
    if (!wrong || m_relayoutPending)
        return;
    // Once for all the rows measured in this pass, after it. An invalid index: the view may show another
    // model by then, and every row is laid out anyway.
    m_relayoutPending = true;
    QTimer::singleShot(0, this, [this] {
        m_relayoutPending = false;
        emit const_cast<MessageDelegate *>(this)->sizeHintChanged(QModelIndex());
    });
}

QColor MessageDelegate::background(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const ChatTheme::Colors &c = colors(option.palette);
    const auto kind = MessageEntry::Kind(index.data(MessageModel::KindRole).toInt());
    if ((option.state & QStyle::State_Selected) || index.data(MessageModel::MarkedRole).toBool())
        return c.selectedBackground;
    if (kind == MessageEntry::Kind::Announcement)
        return c.markBackground;
    if (index.data(MessageModel::MentionsMeRole).toBool())
        return c.mentionBackground; // it names the user: stands out
    if (kind == MessageEntry::Kind::Private)
        return c.directBackground;
    if (kind == MessageEntry::Kind::Own)
        return c.ownBackground;
    return c.base;
}

QList<std::pair<QColor, QColor>> MessageDelegate::drawnColors(const QStyleOptionViewItem &option,
                                                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    QTextDocument doc;
    layout(doc, opt, index);
    const QColor behind = background(opt, index);
    QList<std::pair<QColor, QColor>> pairs;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().hasProperty(TimeLineProperty))
            pairs.append({colors(opt.palette).dim, behind}); // the time in the gutter
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.text().trimmed().isEmpty())
                continue;
            const QTextCharFormat format = fragment.charFormat();
            const QColor fg = format.foreground().style() == Qt::NoBrush ? QColor() : format.foreground().color();
            const QColor bg = format.background().style() == Qt::NoBrush ? behind : format.background().color();
            pairs.append({fg, bg});
        }
    }
    return pairs;
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.data(MessageModel::HiddenRole).toBool())
        return;
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    QTextDocument doc;
    layout(doc, opt, index);
    // Remembered when laid out at the width the view measures rows at (the text's width, capped).
    if (std::min(opt.rect.width(), widths(opt.font).readable) ==
        std::min(layoutWidth(option), widths(opt.font).readable))
        measured(sizeKey(option, index), sizeContext(option),
                 QSize(int(doc.idealWidth()), int(std::ceil(doc.size().height()))), true);
    // The lines above the message stay on the plain background; the message's own tint starts below them.
    qreal separators = 0;
    for (QTextBlock block = doc.begin(); block.isValid() && block.blockFormat().hasProperty(SeparatorProperty);
         block = block.next())
        separators = doc.documentLayout()->blockBoundingRect(block).bottom();
    const QColor behind = background(opt, index);
    if (separators > 0 && behind != colors(opt.palette).base) {
        painter->fillRect(QRectF(opt.rect).adjusted(0, separators, 0, 0), behind);
        paintDocument(painter, opt, doc, QColor());
    } else {
        paintDocument(painter, opt, doc, behind);
    }

    // The time, in the gutter beside the line it belongs to.
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (!block.blockFormat().hasProperty(TimeLineProperty))
            continue;
        const QRectF line = doc.documentLayout()->blockBoundingRect(block);
        painter->save();
        painter->setFont(opt.font);
        painter->setPen(colors(opt.palette).dim);
        const QRectF where(opt.rect.left() + Margin, opt.rect.top() + line.top(), gutterWidth(opt.font),
                           QFontMetricsF(opt.font).height());
        painter->drawText(where, Qt::AlignLeft | Qt::AlignTop,
                          timeText(index.data(MessageModel::TimeRole).toDateTime()));
        painter->restore();
        break;
    }
    if (opt.state & QStyle::State_HasFocus) {
        // Where the keyboard is in the list (Ctrl and the arrows move it without selecting).
        QStyleOptionFocusRect focus;
        focus.initFrom(opt.widget);
        focus.rect = opt.rect.adjusted(1, 1, -1, -1);
        focus.backgroundColor = background(opt, index);
        const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, opt.widget);
    }
}

QString MessageDelegate::linkAt(const QStyleOptionViewItem &option, const QModelIndex &index, const QPointF &pos) const
{
    QTextDocument doc;
    layout(doc, option, index);
    return doc.documentLayout()->anchorAt(pos);
}

bool MessageDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                  const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton && !(mouse->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier))) {
            const QString href = linkAt(option, index, mouse->position() - option.rect.topLeft());
            if (href == QuoteAnchor) {
                if (const qint64 id = index.data(MessageModel::QuoteRole).toMap().value(u"id"_s).toLongLong(); id > 0)
                    emit quoteActivated(id);
                return true;
            }
            static const QHash<QString, FileCard::Action> fileActions{{FileCard::SaveAnchor, FileCard::Action::Save},
                                                                      {FileCard::OpenAnchor, FileCard::Action::Open},
                                                                      {FileCard::ViewAnchor, FileCard::Action::View},
                                                                      {FileCard::PlayAnchor, FileCard::Action::Play}};
            if (const auto action = fileActions.constFind(href); action != fileActions.cend()) {
                emit fileActivated(index, *action);
                return true;
            }
            if (href.startsWith(ReactionAnchorPrefix)) {
                emit reactionActivated(index, href.mid(ReactionAnchorPrefix.size()));
                return true;
            }
            const QUrl url(href);
            if (!href.isEmpty() && MessageText::isSafeLink(url)) {
                emit linkActivated(url);
                return true;
            }
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}
