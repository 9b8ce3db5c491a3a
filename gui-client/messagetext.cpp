#include "messagetext.h"

#include <QFont>
#include <QRegularExpression>
#include <QTextCursor>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

QStringList MessageText::emojiFontFamilies()
{
    return {u"Noto Color Emoji"_s, u"Apple Color Emoji"_s, u"Segoe UI Emoji"_s, u"Twemoji"_s};
}

bool MessageText::isEmojiPart(char32_t c)
{
    return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) || (c >= 0x2300 && c <= 0x23FF) ||
           (c >= 0x2B00 && c <= 0x2BFF) || (c >= 0xE0020 && c <= 0xE007F) || c == 0x200D || c == 0xFE0F ||
           c == 0x20E3 || c == 0x3030 || c == 0x303D || c == 0x3297 || c == 0x3299;
}

void MessageText::insertText(QTextCursor &cursor, const QString &text, const QTextCharFormat &format)
{
    // Qt 6.8 draws a character with the first font that has it, and text fonts (DejaVu) have some emoji in
    // black and white: runs of emoji ask for a colour emoji font first.
    qsizetype start = 0;
    bool inEmoji = false;
    const auto flush = [&](qsizetype end) {
        if (end <= start)
            return;
        if (!inEmoji) {
            cursor.insertText(text.mid(start, end - start), format);
            return;
        }
        QTextCharFormat emoji = format;
        QStringList families = emojiFontFamilies();
        families << QFont().family();
        emoji.setFontFamilies(families);
        cursor.insertText(text.mid(start, end - start), emoji);
    };
    for (qsizetype i = 0; i < text.size();) {
        const char32_t c = text.at(i).isHighSurrogate() && i + 1 < text.size()
                               ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1))
                               : char32_t(text.at(i).unicode());
        const bool emoji = isEmojiPart(c);
        if (emoji != inEmoji) {
            flush(i);
            start = i;
            inEmoji = emoji;
        }
        i += c > 0xFFFF ? 2 : 1;
    }
    flush(text.size());
}

bool MessageText::isSafeLink(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == "http"_L1 || scheme == "https"_L1 || scheme == "mailto"_L1);
}

QString MessageText::displayText(const QString &text)
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

namespace {

const QRegularExpression &linkPattern()
{
    static const QRegularExpression links(u"\\b(?:https?://|mailto:)[^\\s<>\"]+"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    return links;
}

// The link a match is: trailing punctuation is the sentence's, not the link's.
QString linkOf(const QRegularExpressionMatch &m)
{
    QString target = m.captured();
    while (!target.isEmpty() && QStringView(u".,;:!?)").contains(target.back()))
        target.chop(1);
    return target;
}

} // namespace

QList<MessageText::Link> MessageText::links(const QString &text)
{
    QList<Link> out;
    for (auto it = linkPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out.append(Link{m.capturedStart(), linkOf(m)});
    }
    return out;
}
