// The user's choices for the client (QSettings, in the platform's standard place): looks, times, joins and
// leaves, notifications, language and this device's name; and applying the application-wide ones.
#pragma once

#include "chattheme.h"

#include <QString>

struct ClientSettings
{
    static constexpr int MinFontSize = 7; // points; 0 is the system's size
    static constexpr int MaxFontSize = 32;

    ChatTheme::Scheme theme = ChatTheme::Scheme::System;
    int fontSize = 0;
    bool twelveHour = false;
    bool showPresence = true;
    bool notifications = true; // desktop notifications and the taskbar alert
    QString language;          // "" for the system's, else a code such as "de"
    QString device;            // the name this device logs in with (from the next login)

    static ClientSettings load();
    void save() const;
    // The languages the client can be shown in, as codes ("en" first), and each one's own name.
    static QStringList languages();
    static QString languageName(const QString &code);

    // The theme and the font size, for every window of the application.
    void applyToApplication() const;

    bool operator==(const ClientSettings &) const = default;
};
