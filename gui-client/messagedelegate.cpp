#include "messagedelegate.h"

#include "filecard.h"
#include "messagedocument.h"

#include "messagemodel.h"
#include "messagetext.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QTextBlock>
#include <QTextFormat>
#include <QTimer>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int Margin = MessageDocument::Margin;
constexpr int GutterGap = 10;             // between the time and the text
constexpr int MaxRememberedPeople = 4096; // colours kept; past that the cache starts again

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
    const Widths &w = widths(option.font);
    doc.setTextWidth(std::max(50, std::min(option.rect.width(), w.readable)));
    MessageDocument::build(doc, index,
                           {colors(option.palette),
                            [this, &option](const QString &name) { return personColor(name, option.palette); },
                            w.gutter, m_thumbnails, m_voices});
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
        const Widths &w = widths(option.font);
        const QSize size(layoutWidth(option),
                         MessageDocument::estimatedHeight(
                             index, {textWidth(option) - w.gutter - 2 * Margin, w.charWidth, w.lineHeight}));
        m_sizes.setEstimated(key, size, context);
        return size;
    }
    const QSize size = DocumentDelegate::sizeHint(option, index);
    measured(key, context, size, false);
    return size;
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
        if (block.blockFormat().hasProperty(MessageDocument::TimeLineProperty))
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
    for (QTextBlock block = doc.begin();
         block.isValid() && block.blockFormat().hasProperty(MessageDocument::SeparatorProperty); block = block.next())
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
        if (!block.blockFormat().hasProperty(MessageDocument::TimeLineProperty))
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
            if (href == MessageDocument::QuoteAnchor) {
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
            if (href.startsWith(MessageDocument::ReactionAnchorPrefix)) {
                emit reactionActivated(index, href.mid(MessageDocument::ReactionAnchorPrefix.size()));
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
