// The rules for usernames, room names and message text, shared so the client can check before sending.
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace Names {

// nullopt when the name is acceptable, otherwise a sentence saying what is wrong.
// Usernames: 2-32 characters, ASCII letters, digits, '_', '-' and '.', starting with a letter.
std::optional<QString> usernameProblem(const QString &name);
// Room names: 1-32 characters, ASCII letters, digits, '_' and '-'. Compared case-insensitively.
std::optional<QString> roomNameProblem(const QString &name);
// Device names: 1-64 characters, no control characters, not only spaces.
std::optional<QString> deviceNameProblem(const QString &name);
// Reactions: one emoji (sequences joined with U+200D, flags, skin tones and keycaps included), at most
// Protocol::MaxReactionLength UTF-16 code units: symbols (Unicode "So"), with their modifiers, variation
// selectors and joiners, and the digits, '#' and '*' of keycaps; no letters, spaces or markup.
std::optional<QString> reactionProblem(const QString &emoji);
// Passwords: 8-256 characters, at least one that is not a space.
std::optional<QString> passwordProblem(const QString &password);

// The users a text mentions: "@name" where name follows the username rules and the '@' does not follow a
// letter, digit or one of "_-." (so "a@b.c" mentions nobody). Canonical names, each once, at most
// Protocol::MaxMentions, in the order they appear.
QStringList mentionsIn(const QString &text);

// The form used to compare names: usernames and rooms are unique regardless of case.
QString canonical(const QString &name);
// The form used to compare device names (any script, case folded); "" for the unnamed device.
QString deviceKey(const QString &device);
// Whether text is exactly length lowercase hexadecimal digits (hashes and ids that name files).
bool isLowerHex(QStringView text, qsizetype length);

} // namespace Names
