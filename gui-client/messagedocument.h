// One message row as a plain-text document, the way MessageDelegate draws it: the day it starts and the
// "new messages" line above it, the sender's name (once for a group), the quote it answers, the text with
// its links marked by format (no markup is ever parsed), an "edited" mark or a tombstone, a shared file
// (its thumbnail, name, size, Save and Open) and its reactions, all right of the time's gutter. And a
// row's height estimated from its characters, for rows not laid out yet.
#pragma once

#include "chattheme.h"
#include "messageentry.h"

#include <QCoreApplication>
#include <QModelIndex>
#include <QTextFormat>
#include <functional>

class QTextDocument;
class Thumbnails;
class VoicePlayer;

class MessageDocument
{
    Q_DECLARE_TR_FUNCTIONS(MessageDocument)
public:
    static constexpr int Margin = 4; // the document's, around the row
    // Anchors of the window's own: a message's text never makes one (only http, https and mailto links).
    static inline const QString QuoteAnchor = QStringLiteral("#quote");
    static inline const QString ReactionAnchorPrefix = QStringLiteral("#react:");
    // Mark the block the time is drawn beside, and the lines above a message (the day, "new messages").
    static constexpr int TimeLineProperty = QTextFormat::UserProperty + 1;
    static constexpr int SeparatorProperty = QTextFormat::UserProperty + 2;

    // What a row is drawn with.
    struct Look
    {
        const ChatTheme::Colors &colors;
        std::function<QColor(const QString &name)> personColor;
        int gutter = 0;                   // the time's column, left of everything
        Thumbnails *thumbnails = nullptr; // none: a placeholder of each picture's size
        VoicePlayer *voices = nullptr;    // none: every recording shows as not playing
    };
    // Fills doc (empty, with its font, margin and text width set) with the row at index of a MessageModel.
    static void build(QTextDocument &doc, const QModelIndex &index, const Look &look);

    struct Metrics
    {
        int lineWidth = 0;   // what the text wraps at
        qreal charWidth = 1; // an average character
        qreal lineHeight = 0;
    };
    // The row's height from its characters and lines, without laying it out.
    static int estimatedHeight(const QModelIndex &index, const Metrics &metrics);

private:
    // Whether the row is someone speaking (a message), rather than a line of the window's or the server's:
    // such a row has the sender's name above it, unless grouped.
    static bool speaks(MessageEntry::Kind kind);
};
