// The interface's language: Chat Room's own words and Qt's, for a locale; a locale Chat Room has no
// translation for gets English, whose plural forms ("1 member", "2 members") come from a file of their own.
#pragma once

#include <QLocale>

class Translations
{
public:
    // Installs the translators for locale (replacing earlier ones); returns the language the words are
    // in now ("de", or "en" when the locale has none of its own).
    static QString install(const QLocale &locale);
};
