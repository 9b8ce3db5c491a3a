// The window's colours: a light and a dark palette (the system's scheme or the user's choice), and the
// colours the message view draws, each kept at WCAG AA contrast (4.5:1) against what it is drawn on.
#pragma once

#include <QColor>
#include <QList>
#include <QPalette>

class ChatTheme
{
public:
    enum class Scheme { System, Light, Dark };
    static constexpr double MinContrast = 4.5; // WCAG 2 AA for normal text

    // The colours of one palette, all opaque: backgrounds are the row tints already laid over Base.
    struct Colors
    {
        QColor text;     // message text
        QColor dim;      // times, "(edited)", notices, quotes
        QColor link;     // links, the "new messages" line, day separators
        QColor error;    // refusals, "(not delivered)"
        QColor announce; // the server's announcements (broadcast, shutdown)

        QColor base;              // a plain row
        QColor ownBackground;     // the user's own messages
        QColor directBackground;  // direct messages
        QColor mentionBackground; // messages that mention the user
        QColor selectedBackground;
        QColor markBackground;     // announcements
        QColor chipBackground;     // a reaction chip
        QColor mineChipBackground; // a reaction chip the user chose

        // Every background above, for checking a colour against all of them.
        QList<QColor> backgrounds() const;
    };

    // The palette for a scheme: Light and Dark are Chat Room's own; System is what the platform gives,
    // replaced by ours when the platform cannot draw the scheme it reports (a dark desktop, a light style).
    static QPalette palette(Scheme scheme);
    // Sets the application's palette for the scheme (System follows QStyleHints::colorScheme).
    static void apply(Scheme scheme);
    static Scheme schemeFromName(const QString &name); // "light", "dark", anything else: System
    static QString schemeName(Scheme scheme);
    // Whether a palette is dark (its Base darker than its Text).
    static bool isDark(const QPalette &palette);

    static Colors colors(const QPalette &palette);
    // A person's colour: the same for a name (ignoring case) in every session and on every machine, from
    // a set of distinct hues, made readable against every background in colors.
    static QColor personColor(const QString &name, const Colors &colors);

    // WCAG 2 contrast ratio of two opaque colours, 1 to 21.
    static double contrast(const QColor &a, const QColor &b);
    // fg, made lighter or darker (keeping its hue) until it reaches min against each of backgrounds.
    static QColor readable(const QColor &fg, const QList<QColor> &backgrounds, double min = MinContrast);
    // a laid over b with a's share 0..1: the opaque colour a translucent a would show on b.
    static QColor mix(const QColor &a, const QColor &b, double share);
};
