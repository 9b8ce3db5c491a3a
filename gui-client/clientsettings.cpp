#include "clientsettings.h"

#include "logindialog.h"
#include "names.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace {
// A yes-or-no from a file a person may have edited: only true/false (1/0) count; anything else is the default.
bool flag(const QSettings &s, const QString &key, bool fallback)
{
    const QString v = s.value(key).toString().trimmed().toLower();
    if (v == "true"_L1 || v == "1"_L1)
        return true;
    if (v == "false"_L1 || v == "0"_L1)
        return false;
    return fallback;
}

// The application's font as the platform gave it, before any size the user chose.
QFont &systemFont()
{
    static QFont font = QApplication::font();
    return font;
}
} // namespace

ClientSettings ClientSettings::load()
{
    const QSettings s;
    ClientSettings c;
    c.theme = ChatTheme::schemeFromName(s.value(u"appearance/theme"_s).toString());
    const int size = s.value(u"appearance/fontSize"_s, 0).toInt();
    c.fontSize = size >= MinFontSize && size <= MaxFontSize ? size : 0;
    c.twelveHour = flag(s, u"appearance/twelveHour"_s, false);
    c.showPresence = flag(s, u"messages/showJoinsAndLeaves"_s, true);
    c.notifications = flag(s, u"notifications/enabled"_s, true);
    const QString language = s.value(u"language"_s).toString();
    c.language = languages().contains(language) ? language : QString();
    const QString device = s.value(u"login/device"_s, LoginDialog::defaultDeviceName()).toString().trimmed();
    c.device = Names::deviceNameProblem(device) ? LoginDialog::defaultDeviceName() : device;
    return c;
}

void ClientSettings::save() const
{
    QSettings s;
    s.setValue(u"appearance/theme"_s, ChatTheme::schemeName(theme));
    s.setValue(u"appearance/fontSize"_s, fontSize);
    s.setValue(u"appearance/twelveHour"_s, twelveHour);
    s.setValue(u"messages/showJoinsAndLeaves"_s, showPresence);
    s.setValue(u"notifications/enabled"_s, notifications);
    s.setValue(u"language"_s, language);
    s.setValue(u"login/device"_s, device);
}

QStringList ClientSettings::languages()
{
    return {u"en"_s, u"de"_s, u"es"_s, u"fr"_s};
}

QString ClientSettings::languageName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper(); // "español" is "Español" in a list of languages
    return name;
}

void ClientSettings::applyToApplication() const
{
    ChatTheme::apply(theme);
    QFont font = systemFont();
    if (fontSize > 0)
        font.setPointSize(fontSize);
    QApplication::setFont(font);
}
