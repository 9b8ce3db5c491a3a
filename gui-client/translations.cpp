#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

QString Translations::install(const QLocale &locale)
{
    static QTranslator ours;
    static QTranslator qt;
    QCoreApplication::removeTranslator(&ours);
    QCoreApplication::removeTranslator(&qt);
    QString language = locale.name().section(u'_', 0, 0);
    if (!ours.load(locale, u"chatroom"_s, u"_"_s, u":/i18n"_s)) {
        language = u"en"_s;
        if (!ours.load(u"chatroom_en"_s, u":/i18n"_s))
            return {};
    }
    QCoreApplication::installTranslator(&ours);
    // Qt's own words (Cancel, Close) in the same language as ours: a locale we fell back to English for
    // gets none (English is Qt's own), not Japanese buttons in an English window.
    if (language != "en"_L1 &&
        qt.load(QLocale(language), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
    return language;
}
