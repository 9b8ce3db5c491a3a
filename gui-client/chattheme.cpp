#include "chattheme.h"

#include <QApplication>
#include <QStyleHints>
#include <cmath>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Roles
{
    QColor window, windowText, base, alternateBase, text, button, buttonText, highlight, highlightedText, link,
        linkVisited, placeholder, toolTipBase, toolTipText, light, midlight, mid, dark, shadow, disabledText;
};

QPalette makePalette(const Roles &r)
{
    QPalette p;
    const auto set = [&p](QPalette::ColorRole role, const QColor &c) { p.setColor(QPalette::All, role, c); };
    set(QPalette::Window, r.window);
    set(QPalette::WindowText, r.windowText);
    set(QPalette::Base, r.base);
    set(QPalette::AlternateBase, r.alternateBase);
    set(QPalette::Text, r.text);
    set(QPalette::Button, r.button);
    set(QPalette::ButtonText, r.buttonText);
    set(QPalette::BrightText, r.highlightedText);
    set(QPalette::Highlight, r.highlight);
    set(QPalette::HighlightedText, r.highlightedText);
    set(QPalette::Link, r.link);
    set(QPalette::LinkVisited, r.linkVisited);
    set(QPalette::PlaceholderText, r.placeholder);
    set(QPalette::ToolTipBase, r.toolTipBase);
    set(QPalette::ToolTipText, r.toolTipText);
    set(QPalette::Light, r.light);
    set(QPalette::Midlight, r.midlight);
    set(QPalette::Mid, r.mid);
    set(QPalette::Dark, r.dark);
    set(QPalette::Shadow, r.shadow);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, r.disabledText);
    return p;
}

const QPalette &lightPalette()
{
    static const QPalette p = makePalette({
        .window = QColor(0xf2, 0xf2, 0xf2),
        .windowText = QColor(0x1d, 0x1d, 0x1f),
        .base = QColor(0xff, 0xff, 0xff),
        .alternateBase = QColor(0xf4, 0xf5, 0xf7),
        .text = QColor(0x1d, 0x1d, 0x1f),
        .button = QColor(0xea, 0xea, 0xec),
        .buttonText = QColor(0x1d, 0x1d, 0x1f),
        .highlight = QColor(0x2a, 0x62, 0xc9),
        .highlightedText = QColor(0xff, 0xff, 0xff),
        .link = QColor(0x15, 0x58, 0xb0),
        .linkVisited = QColor(0x6b, 0x3f, 0xa0),
        .placeholder = QColor(0x6b, 0x6b, 0x70),
        .toolTipBase = QColor(0xff, 0xff, 0xe8),
        .toolTipText = QColor(0x1d, 0x1d, 0x1f),
        .light = QColor(0xff, 0xff, 0xff),
        .midlight = QColor(0xe3, 0xe3, 0xe6),
        .mid = QColor(0xb8, 0xb8, 0xbd),
        .dark = QColor(0x8c, 0x8c, 0x92),
        .shadow = QColor(0x40, 0x40, 0x44),
        .disabledText = QColor(0x8a, 0x8a, 0x8f),
    });
    return p;
}

const QPalette &darkPalette()
{
    static const QPalette p = makePalette({
        .window = QColor(0x20, 0x21, 0x24),
        .windowText = QColor(0xe8, 0xe8, 0xea),
        .base = QColor(0x17, 0x18, 0x1a),
        .alternateBase = QColor(0x22, 0x23, 0x26),
        .text = QColor(0xe6, 0xe6, 0xe8),
        .button = QColor(0x2c, 0x2d, 0x31),
        .buttonText = QColor(0xe8, 0xe8, 0xea),
        .highlight = QColor(0x2a, 0x62, 0xc9),
        .highlightedText = QColor(0xff, 0xff, 0xff),
        .link = QColor(0x80, 0xb4, 0xff),
        .linkVisited = QColor(0xc3, 0x9b, 0xf0),
        .placeholder = QColor(0x9a, 0x9a, 0xa0),
        .toolTipBase = QColor(0x2c, 0x2d, 0x31),
        .toolTipText = QColor(0xe8, 0xe8, 0xea),
        .light = QColor(0x4a, 0x4b, 0x50),
        .midlight = QColor(0x38, 0x39, 0x3d),
        .mid = QColor(0x30, 0x31, 0x35),
        .dark = QColor(0x10, 0x11, 0x13),
        .shadow = QColor(0x00, 0x00, 0x00),
        .disabledText = QColor(0x80, 0x80, 0x86),
    });
    return p;
}

// The platform's own palette, as it was before the first apply() replaced the application's.
std::optional<QPalette> &platformPalette()
{
    static std::optional<QPalette> p;
    return p;
}

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

bool meets(const QColor &fg, const QList<QColor> &backgrounds, double min)
{
    for (const QColor &bg : backgrounds) {
        if (ChatTheme::contrast(fg, bg) < min)
            return false;
    }
    return true;
}

// Hues (degrees) far enough apart to tell people apart at a glance.
constexpr int PersonHues[] = {0, 22, 40, 85, 130, 160, 185, 205, 225, 255, 280, 305, 330};

} // namespace

QList<QColor> ChatTheme::Colors::backgrounds() const
{
    return {base,           ownBackground,  directBackground,  mentionBackground, selectedBackground,
            markBackground, chipBackground, mineChipBackground};
}

QPalette ChatTheme::palette(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Light:
        return lightPalette();
    case Scheme::Dark:
        return darkPalette();
    case Scheme::System:
        break;
    }
    const QPalette platform = platformPalette().value_or(QGuiApplication::palette());
    switch (QGuiApplication::styleHints()->colorScheme()) {
    case Qt::ColorScheme::Dark:
        return isDark(platform) ? platform : darkPalette();
    case Qt::ColorScheme::Light:
        return isDark(platform) ? lightPalette() : platform;
    case Qt::ColorScheme::Unknown:
        break;
    }
    return platform;
}

void ChatTheme::apply(Scheme scheme)
{
    if (!platformPalette())
        platformPalette() = QGuiApplication::palette();
    QApplication::setPalette(palette(scheme));
}

ChatTheme::Scheme ChatTheme::schemeFromName(const QString &typed)
{
    const QString name = typed.trimmed().toCaseFolded();
    if (name == "light"_L1)
        return Scheme::Light;
    if (name == "dark"_L1)
        return Scheme::Dark;
    return Scheme::System;
}

QString ChatTheme::schemeName(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Light:
        return u"light"_s;
    case Scheme::Dark:
        return u"dark"_s;
    case Scheme::System:
        break;
    }
    return u"system"_s;
}

bool ChatTheme::isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Base)) < luminance(palette.color(QPalette::Text));
}

ChatTheme::Colors ChatTheme::colors(const QPalette &palette)
{
    const bool dark = isDark(palette);
    Colors c;
    c.base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor highlight = palette.color(QPalette::Highlight);
    c.ownBackground = mix(QColor(0x1f, 0x6f, 0xd1), c.base, dark ? 0.16 : 0.06);
    c.directBackground = mix(QColor(0x8e, 0x3c, 0xb4), c.base, dark ? 0.16 : 0.07);
    c.mentionBackground = mix(QColor(0xe0, 0x9a, 0x1f), c.base, dark ? 0.22 : 0.20);
    c.selectedBackground = mix(highlight, c.base, dark ? 0.40 : 0.25);
    c.markBackground = mix(QColor(0xd9, 0x7a, 0x00), c.base, dark ? 0.18 : 0.12);
    c.chipBackground = mix(text, c.base, dark ? 0.12 : 0.07);
    c.mineChipBackground = mix(highlight, c.base, dark ? 0.45 : 0.22);
    const QList<QColor> all = c.backgrounds();
    c.text = readable(text, all);
    c.dim = readable(mix(text, c.base, 0.62), all);
    c.link = readable(palette.color(QPalette::Link), all);
    c.error = readable(QColor(0xc0, 0x39, 0x2b), all);
    c.announce = readable(QColor(0xa8, 0x55, 0x00), all);
    return c;
}

QColor ChatTheme::personColor(const QString &name, const Colors &colors)
{
    // FNV-1a: qHash is seeded per process, and a person's colour must not change between sessions.
    quint32 hash = 2166136261u;
    for (const char byte : name.toCaseFolded().toUtf8()) {
        hash ^= quint8(byte);
        hash *= 16777619u;
    }
    const int hue = PersonHues[hash % std::size(PersonHues)];
    const bool dark = luminance(colors.base) < 0.2;
    return readable(QColor::fromHslF(hue / 360.0, 0.70, dark ? 0.68 : 0.38), colors.backgrounds());
}

double ChatTheme::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor ChatTheme::readable(const QColor &fg, const QList<QColor> &backgrounds, double min)
{
    if (backgrounds.isEmpty() || meets(fg, backgrounds, min))
        return fg;
    double average = 0;
    for (const QColor &bg : backgrounds)
        average += luminance(bg);
    average /= double(backgrounds.size());
    // Away from the backgrounds' lightness, keeping the hue: darker on light ones, lighter on dark ones.
    const double step = average > 0.18 ? -0.02 : 0.02;
    const QColor hsl = fg.toHsl();
    for (double l = hsl.lightnessF(); l >= 0 && l <= 1; l += step) {
        const QColor candidate = QColor::fromHslF(hsl.hslHueF(), hsl.hslSaturationF(), l);
        if (meets(candidate, backgrounds, min))
            return candidate;
    }
    return step < 0 ? QColor(Qt::black) : QColor(Qt::white);
}

QColor ChatTheme::mix(const QColor &a, const QColor &b, double share)
{
    const QColor x = a.toRgb();
    const QColor y = b.toRgb();
    return QColor::fromRgbF(float(x.redF() * share + y.redF() * (1 - share)),
                            float(x.greenF() * share + y.greenF() * (1 - share)),
                            float(x.blueF() * share + y.blueF() * (1 - share)));
}
