// Draws the message rows: each as the document MessageDocument builds (plain text, links marked by format),
// on its background, with the time in a gutter and a focus frame; colours from ChatTheme, keeping AA contrast
// in light and dark. Sizes rows (remembered, or estimated far from the newest), and reports clicks on links
// (http, https and mailto only), quotes, reactions and files.
#pragma once

#include "chattheme.h"
#include "documentdelegate.h"
#include "filecard.h"
#include "rowsizes.h"

#include <QHash>

class Thumbnails;
class VoicePlayer;

class MessageDelegate : public DocumentDelegate
{
    Q_OBJECT
public:
    // The longest a line of text gets on a wide window, in average characters: longer lines are hard to read.
    static constexpr int MaxLineChars = 110;

    using DocumentDelegate::DocumentDelegate;

    // Rows are measured by laying them out, and the size is remembered until something it depends on
    // changes. A room of thousands would take a second to measure, so rows further than ExactRows from
    // the newest are estimated from their characters until they are first painted (then measured, and the
    // view lays out again): a room opens in the time its newest screen takes.
    static constexpr int ExactRows = 100;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    // The message's height may have changed (an edit, a tombstone, reactions): the view lays it out again.
    void relayout(const QModelIndex &index) { emit sizeHintChanged(index); }

    // Times as 13:05 (the default) or 1:05 PM.
    void setTwelveHour(bool on) { m_twelveHour = on; }
    // Where the pictures of shared images come from (none: a placeholder of their size).
    void setThumbnails(Thumbnails *thumbnails) { m_thumbnails = thumbnails; }
    // Where audio plays (none: every recording shows as not playing).
    void setVoicePlayer(VoicePlayer *voices) { m_voices = voices; }
    bool twelveHour() const { return m_twelveHour; }
    QString timeText(const QDateTime &time) const;

    // The row as it is drawn (for tests, and for what paint() draws): its document and background.
    void layoutRow(QTextDocument &doc, const QStyleOptionViewItem &option, const QModelIndex &index) const
    {
        layout(doc, option, index);
    }
    QColor background(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    // Every colour pair the row is drawn with: {text colour, the colour behind it}.
    QList<std::pair<QColor, QColor>> drawnColors(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    // The link under a point of the row (relative to the row's top left); empty when none.
    QString linkAt(const QStyleOptionViewItem &option, const QModelIndex &index, const QPointF &pos) const;

signals:
    void linkActivated(const QUrl &url);
    // The quote above a reply was clicked: the message it answers is wanted.
    void quoteActivated(qint64 id);
    // A reaction under a message was clicked: the user's own reaction with it is to be toggled.
    void reactionActivated(const QModelIndex &index, const QString &emoji);
    // Save or Open was clicked on the file of the message at index, or its thumbnail (View).
    void fileActivated(const QModelIndex &index, FileCard::Action action);

protected:
    // Lays the message out as a plain-text document with link ranges marked (no markup is parsed).
    void layout(QTextDocument &doc, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int gutterWidth(const QFont &font) const;
    struct Widths
    {
        int gutter = 0;         // the time's column
        int readable = 0;       // the widest a message is laid out
        quint64 generation = 0; // counts font and time format changes: sizes measured before do not count
        qreal lineHeight = 0;   // for estimates: one line of text
        qreal charWidth = 0;    // for estimates: an average character
    };
    const Widths &widths(const QFont &font) const;
    // The palette's colours, worked out once per palette; and each person's, once per name.
    const ChatTheme::Colors &colors(const QPalette &palette) const;
    QColor personColor(const QString &name, const QPalette &palette) const;
    // The key a row's measured size is remembered by (0 when the model gives no layout key): the model's
    // layout key for the row, the width its text wraps at, and the font and gutter.
    size_t sizeKey(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    // A row was measured (asked for, or painted): remembered, and when an estimate of it was wrong the view
    // lays the rows out again (once for all the rows of a pass).
    // painted: measured while painting (the row was placed by an estimate), not when the view asked.
    void measured(size_t key, const RowSizes::Context &context, const QSize &size, bool painted) const;
    // The width a row's text wraps at: the view's, capped at the readable line.
    int textWidth(const QStyleOptionViewItem &option) const;
    RowSizes::Context sizeContext(const QStyleOptionViewItem &option) const;

    bool m_twelveHour = false;
    Thumbnails *m_thumbnails = nullptr;
    VoicePlayer *m_voices = nullptr;
    mutable std::pair<qint64, int> m_paletteKey{-1, -1};
    mutable ChatTheme::Colors m_colors;
    mutable QHash<QString, QColor> m_people;
    mutable RowSizes m_sizes;               // by sizeKey: measured and estimated
    mutable bool m_relayoutPending = false; // rows painted since the last layout were estimated before
    mutable QFont m_widthsFont;
    mutable int m_widthsTwelveHour = -1;
    mutable Widths m_widths;
};
