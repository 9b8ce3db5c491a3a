#include "names.h"

#include <algorithm>

#include "protocol.h"

#include <QTextBoundaryFinder>

namespace {

bool isNameCharacter(QChar c, bool allowDot)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_' || u == u'-' ||
           (allowDot && u == u'.');
}

} // namespace

namespace Names {

std::optional<QString> usernameProblem(const QString &name)
{
    if (name.size() < Protocol::MinUsernameLength || name.size() > Protocol::MaxUsernameLength)
        return QStringLiteral("A username has %1 to %2 characters.")
            .arg(Protocol::MinUsernameLength)
            .arg(Protocol::MaxUsernameLength);
    const char16_t first = name.front().unicode();
    if (!((first >= u'a' && first <= u'z') || (first >= u'A' && first <= u'Z')))
        return QStringLiteral("A username starts with a letter (a-z).");
    for (QChar c : name) {
        if (!isNameCharacter(c, true))
            return QStringLiteral("A username may contain only letters a-z, digits, '_', '-' and '.'.");
    }
    return std::nullopt;
}

std::optional<QString> roomNameProblem(const QString &name)
{
    if (name.size() < Protocol::MinRoomNameLength || name.size() > Protocol::MaxRoomNameLength)
        return QStringLiteral("A room name has %1 to %2 characters.")
            .arg(Protocol::MinRoomNameLength)
            .arg(Protocol::MaxRoomNameLength);
    for (QChar c : name) {
        if (!isNameCharacter(c, false))
            return QStringLiteral("A room name may contain only letters a-z, digits, '_' and '-'.");
    }
    return std::nullopt;
}

std::optional<QString> deviceNameProblem(const QString &name)
{
    if (name.isEmpty() || name.size() > Protocol::MaxDeviceNameLength)
        return QStringLiteral("A device name has 1 to %1 characters.").arg(Protocol::MaxDeviceNameLength);
    if (name.trimmed().isEmpty())
        return QStringLiteral("A device name cannot be only spaces.");
    for (QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line ||
            c.category() == QChar::Separator_Paragraph)
            return QStringLiteral("A device name cannot contain control characters or line breaks.");
    }
    return std::nullopt;
}

std::optional<QString> reactionProblem(const QString &emoji)
{
    if (emoji.isEmpty() || emoji.size() > Protocol::MaxReactionLength)
        return QStringLiteral("A reaction is one emoji of 1 to %1 characters.").arg(Protocol::MaxReactionLength);
    // One character as people see it (a grapheme cluster), so "👍👍" or a run of digits is not one.
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, emoji);
    if (graphemes.toNextBoundary() != emoji.size())
        return QStringLiteral("A reaction is one emoji.");
    bool symbol = false;
    char32_t previous = 0;
    const QList<uint> points = emoji.toUcs4();
    const auto keycapBase = [](char32_t c) { return (c >= U'0' && c <= U'9') || c == U'#' || c == U'*'; };
    for (const char32_t c : points) {
        const bool ok = [&] {
            if (c == QChar::ReplacementCharacter)
                return false;                              // what a broken surrogate became
            if (QChar::category(c) == QChar::Symbol_Other) // emoji, and the regional indicators of flags
                return symbol = true;
            if (c == 0x20E3) // a keycap ("1️⃣"), after its digit, '#' or '*'
                return symbol = keycapBase(points.first()) && (previous == points.first() || previous == 0xFE0F);
            if (keycapBase(c))
                return previous == 0;       // only a keycap's first character
            if (c == 0xFE0E || c == 0xFE0F) // text or emoji presentation, once after what it presents
                return previous != 0 && previous != 0xFE0E && previous != 0xFE0F && previous != 0x200D;
            if (c == 0x200D) // a joiner, between two parts
                return previous != 0 && previous != 0x200D;
            if (c >= 0x1F3FB && c <= 0x1F3FF) // skin tones
                return true;
            if (c >= 0xE0020 && c <= 0xE007F) // the tags of subdivision flags, after the black flag
                return previous == 0x1F3F4 || (previous >= 0xE0020 && previous <= 0xE007F);
            return false;
        }();
        if (!ok)
            return QStringLiteral("A reaction is one emoji, without letters, spaces or punctuation.");
        previous = c;
    }
    if (!symbol)
        return QStringLiteral("A reaction is one emoji.");
    return std::nullopt;
}

std::optional<QString> passwordProblem(const QString &password)
{
    if (password.size() < Protocol::MinPasswordLength || password.size() > Protocol::MaxPasswordLength)
        return QStringLiteral("A password has %1 to %2 characters.")
            .arg(Protocol::MinPasswordLength)
            .arg(Protocol::MaxPasswordLength);
    if (password.trimmed().isEmpty())
        return QStringLiteral("A password cannot be only spaces.");
    return std::nullopt;
}

QStringList mentionsIn(const QString &text)
{
    QStringList out;
    for (qsizetype i = text.indexOf(u'@'); i >= 0 && out.size() < Protocol::MaxMentions;
         i = text.indexOf(u'@', i + 1)) {
        if (i > 0 && isNameCharacter(text[i - 1], true))
            continue;
        qsizetype end = i + 1;
        while (end < text.size() && isNameCharacter(text[end], true)) // the whole word: a longer one is no name
            ++end;
        QString name = text.mid(i + 1, end - i - 1);
        while (name.endsWith(u'.') || name.endsWith(u'-')) // "@bob." ends a sentence
            name.chop(1);
        if (!usernameProblem(name) && !out.contains(canonical(name)))
            out.append(canonical(name));
    }
    return out;
}

QString canonical(const QString &name)
{
    return name.toLower();
}

QString deviceKey(const QString &device)
{
    // Never a null QString, which Qt SQL would bind as NULL.
    return device.isNull() ? QStringLiteral("") : device.toCaseFolded();
}

bool isLowerHex(QStringView text, qsizetype length)
{
    return text.size() == length && std::all_of(text.begin(), text.end(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
           });
}

} // namespace Names
