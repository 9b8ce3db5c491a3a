// Every translation is complete, compiled into the client, and loads for its locale.
#include "translations.h"
#include "typingtracker.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void complete_data();
    void complete();
    void loadsAndTranslates_data();
    void loadsAndTranslates();
    void otherLocalesGetEnglishWithPlurals();
    void germanUsesOneFormOfAddress();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(QStringLiteral(CHATROOM_TRANSLATIONS_DIR));
    for (const QString &name : dir.entryList({u"*.ts"_s}))
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestTranslations::complete()
{
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    int messages = 0;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == "source"_L1) {
            source = xml.readElementText();
            ++messages;
        } else if (xml.name() == "translation"_L1) {
            const auto type = xml.attributes().value(u"type"_s);
            QVERIFY2(type != "unfinished"_L1 && type != "vanished"_L1 && type != "obsolete"_L1,
                     qPrintable(u"%1: not translated: %2"_s.arg(QFileInfo(file).fileName(), source)));
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(messages > 0);
}

void TestTranslations::loadsAndTranslates_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("typing");
    QTest::newRow("de") << u"de_DE"_s << u"alice schreibt…"_s;
    QTest::newRow("es") << u"es_ES"_s << u"alice está escribiendo…"_s;
    QTest::newRow("en") << u"en_US"_s << u"alice is typing…"_s;
    QTest::newRow("fr") << u"fr_FR"_s << u"alice écrit…"_s;
}

void TestTranslations::loadsAndTranslates()
{
    QFETCH(QString, locale);
    QFETCH(QString, typing);
    QTranslator translator;
    QVERIFY(translator.load(QLocale(locale), u"chatroom"_s, u"_"_s, u":/i18n"_s));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCOMPARE(TypingTracker::describe({u"alice"_s}), typing);
    QCoreApplication::removeTranslator(&translator);
}

void TestTranslations::otherLocalesGetEnglishWithPlurals()
{
    // No Japanese translation: English, and its plural forms, never "member(s)".
    QCOMPARE(Translations::install(QLocale(u"ja_JP"_s)), u"en"_s);
    QCOMPARE(QCoreApplication::translate("RoomHeader", "%1 · %n member(s)", nullptr, 1).arg(u"dev"_s),
             u"dev · 1 member"_s);
    QCOMPARE(QCoreApplication::translate("RoomHeader", "%1 · %n member(s)", nullptr, 3).arg(u"dev"_s),
             u"dev · 3 members"_s);
    // Qt's own buttons follow: English too (Qt's Japanese would be empty boxes without a Japanese font).
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
    QCOMPARE(Translations::install(QLocale(u"fr_CA"_s)), u"fr"_s); // a country variant gets its language
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Annuler"_s);
    QCOMPARE(QCoreApplication::translate("RoomHeader", "%1 · %n member(s)", nullptr, 3).arg(u"dev"_s),
             u"dev · 3 membres"_s); // French plurals (the file must say its language)
    QCOMPARE(QCoreApplication::translate("RoomHeader", "%1 · %n member(s)", nullptr, 1).arg(u"dev"_s),
             u"dev · 1 membre"_s);
    Translations::install(QLocale(u"en"_s));
}

void TestTranslations::germanUsesOneFormOfAddress()
{
    // "du" throughout: no "Sie", "Ihr", "Ihnen" or "Ihre" addressing the user.
    QFile f(QDir(QStringLiteral(CHATROOM_TRANSLATIONS_DIR)).filePath(u"chatroom_de.ts"_s));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    static const QRegularExpression formal(u"\\b(Sie|Ihr|Ihre|Ihren|Ihrem|Ihnen)\\b"_s);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && (xml.name() == "translation"_L1 || xml.name() == "numerusform"_L1)) {
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            QVERIFY2(!formal.match(text).hasMatch(), qPrintable(text));
        }
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_client_translations.moc"
