#include "messagedocument.h"

#include "filecard.h"
#include "messagemodel.h"
#include "messagetext.h"
#include "thumbnails.h"
#include "voiceplayer.h"

#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

// The next block of the document: the first one is there from the start.
void startBlock(QTextCursor &cursor, const QTextBlockFormat &format)
{
    if (cursor.document()->isEmpty() && cursor.block().blockNumber() == 0)
        cursor.setBlockFormat(format);
    else
        cursor.insertBlock(format);
}

} // namespace

bool MessageDocument::speaks(MessageEntry::Kind kind)
{
    return kind == MessageEntry::Kind::Chat || kind == MessageEntry::Kind::Own || kind == MessageEntry::Kind::Private;
}

void MessageDocument::build(QTextDocument &doc, const QModelIndex &index, const Look &look)
{
    const ChatTheme::Colors &c = look.colors;
    const auto kind = MessageEntry::Kind(index.data(MessageModel::KindRole).toInt());
    const QString from = index.data(MessageModel::FromRole).toString();
    const QString to = index.data(MessageModel::ToRole).toString();
    const bool action = index.data(MessageModel::ActionRole).toBool();
    const int gutter = look.gutter;
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
    name.setForeground(look.personColor(from));
    const bool hasHeader = speaks(kind) && !action && !index.data(MessageModel::GroupedRole).toBool();
    if (hasHeader) {
        // The sender once, above a group of their messages.
        startBlock(cursor, timeLine);
        cursor.insertText(from, name);
        if (kind == MessageEntry::Kind::Private) {
            QTextCharFormat other = name;
            other.setForeground(look.personColor(to));
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
            QImage picture = look.thumbnails
                                 ? look.thumbnails->image(index.data(MessageModel::IdRole).toLongLong(), *attached)
                                 : QImage();
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
        if (look.voices && VoicePlayer::plays(*attached)) {
            const VoicePlayer::State s = look.voices->state(index.data(MessageModel::IdRole).toLongLong());
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

int MessageDocument::estimatedHeight(const QModelIndex &index, const Metrics &m)
{
    const qreal perLine = std::max(1.0, std::floor(m.lineWidth / m.charWidth));
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
        lines += Thumbnails::shownSize(*file, m.lineWidth).height() / m.lineHeight;
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
    return int(std::ceil(lines * m.lineHeight)) + 2 * Margin;
}
