// Text that came from the network, as the window shows it: control characters made visible, links found
// (only those that are safe to open), emoji drawn in colour.
#pragma once

#include <QStringList>

class QTextCharFormat;
class QTextCursor;
class QUrl;

class MessageText
{
public:
    // Only these schemes are ever opened; anything else (file:, custom handlers) is never handed to the OS.
    static bool isSafeLink(const QUrl &url);
    // Someone else's text as it is shown: control characters (but tab) become U+FFFD and line breaks stay
    // breaks inside the message. MessageDelegate also wraps it in a directional isolate (U+2068 ... U+2069), so
    // its own direction overrides end with it.
    static QString displayText(const QString &text);
    // Inserts text with format, its emoji in a colour emoji font.
    static void insertText(QTextCursor &cursor, const QString &text, const QTextCharFormat &format);
    // The colour emoji fonts of the common desktops, best first (the first one installed draws).
    static QStringList emojiFontFamilies();
    // Whether a code point is (part of) an emoji: pictographs, symbols, joiners, keycaps, tags.
    static bool isEmojiPart(char32_t c);
    // A link a text shows (http, https and mailto): where it starts, and what it opens, as it is opened
    // (trailing punctuation is the sentence's).
    struct Link
    {
        qsizetype start = 0;
        QString target;
    };
    static QList<Link> links(const QString &text);
};
