// DownloadNames against names a sender chose: paths, hidden files, control characters, very long names,
// a name already taken, and files that could run when opened.
#include "downloadnames.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestDownloadNames : public QObject
{
    Q_OBJECT
private slots:
    void safeName_data();
    void safeName();
    void longNamesKeepTheirSuffix();
    void aTakenNameGetsANumber();
    void createdFilesStayInTheFolderAndNeverRun();
    void mightRun_data();
    void mightRun();
};

void TestDownloadNames::safeName_data()
{
    QTest::addColumn<QString>("offered");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"report.pdf"_s << u"report.pdf"_s;
    QTest::newRow("parent dirs") << u"../../.bashrc"_s << u"bashrc"_s;
    QTest::newRow("absolute") << u"/etc/passwd"_s << u"passwd"_s;
    QTest::newRow("windows path") << u"C:\\Users\\x\\evil.exe"_s << u"evil.exe"_s;
    QTest::newRow("hidden") << u".config"_s << u"config"_s;
    QTest::newRow("dot") << u"."_s << u"download"_s;
    QTest::newRow("dot dot") << u".."_s << u"download"_s;
    QTest::newRow("empty") << QString() << u"download"_s;
    QTest::newRow("trailing slash") << u"photos/"_s << u"download"_s;
    QTest::newRow("control characters") << u"a\nb\tc\x01.txt"_s << u"a_b_c_.txt"_s;
    QTest::newRow("direction override") << u"invoice\u202Efdp.exe"_s << u"invoice_fdp.exe"_s;
    QTest::newRow("reserved") << u"what?<now>|*:\".txt"_s << u"what__now_____.txt"_s;
    QTest::newRow("trailing dots and spaces") << u"notes. . "_s << u"notes"_s;
    QTest::newRow("unicode kept") << u"Übersicht – café.png"_s << u"Übersicht – café.png"_s;
    QTest::newRow("dot space dot") << u". .bashrc"_s << u"bashrc"_s;
    QTest::newRow("percent signs kept") << u"100%1 off %2.pdf"_s << u"100%1 off %2.pdf"_s;
    QTest::newRow("very long, no suffix") << QString(40'000, u'x') << QString(DownloadNames::MaxNameBytes, u'x');
}

void TestDownloadNames::safeName()
{
    QFETCH(QString, offered);
    QFETCH(QString, expected);
    QCOMPARE(DownloadNames::safeName(offered), expected);
}

void TestDownloadNames::longNamesKeepTheirSuffix()
{
    const QString name = DownloadNames::safeName(QString(400, u'é') + u".tar.gz"_s);
    QVERIFY(name.toUtf8().size() <= DownloadNames::MaxNameBytes);
    QVERIFY2(name.endsWith(u".tar.gz"_s), qPrintable(name));
    // Never half a character: a pair of surrogates is kept or dropped whole.
    QString smileys;
    for (int i = 0; i < 100; ++i)
        smileys += u"😀"_s; // 4 bytes of UTF-8 each, a surrogate pair each
    const QString emoji = DownloadNames::safeName(u"x"_s + smileys);
    QVERIFY(emoji.toUtf8().size() <= DownloadNames::MaxNameBytes);
    QVERIFY(!emoji.back().isHighSurrogate());
    QVERIFY(QString::fromUtf8(emoji.toUtf8()) == emoji);
}

void TestDownloadNames::aTakenNameGetsANumber()
{
    QTemporaryDir dir;
    QString error;
    QStringList made;
    for (int i = 0; i < 3; ++i) {
        auto file = DownloadNames::create(dir.path(), u"report.pdf"_s, &error);
        QVERIFY2(file, qPrintable(error));
        QVERIFY(file->write("x") == 1);
        made << QFileInfo(file->fileName()).fileName();
    }
    QCOMPARE(made, (QStringList{u"report.pdf"_s, u"report (1).pdf"_s, u"report (2).pdf"_s}));
    const auto second = [&](const QString &name) {
        auto first = DownloadNames::create(dir.path(), name, &error);
        auto again = DownloadNames::create(dir.path(), name, &error);
        return first && again ? QFileInfo(again->fileName()).fileName() : error;
    };
    QCOMPARE(second(u"backup.tar.gz"_s), u"backup (1).tar.gz"_s);
    QCOMPARE(second(u"my.photo.jpg"_s), u"my.photo (1).jpg"_s);
    QCOMPARE(second(u"100%1 off.pdf"_s), u"100%1 off (1).pdf"_s); // the name's own % signs stay as they are
    // What was there stays as it was.
    QFile first(dir.filePath(u"report.pdf"_s));
    QVERIFY(first.open(QIODevice::ReadOnly));
    QCOMPARE(first.readAll(), QByteArray("x"));
}

void TestDownloadNames::createdFilesStayInTheFolderAndNeverRun()
{
    QTemporaryDir parent;
    QVERIFY(QDir(parent.path()).mkdir(u"downloads"_s));
    const QString folder = parent.filePath(u"downloads"_s);
    QString error;
    auto file = DownloadNames::create(folder, u"../escape.sh"_s, &error);
    QVERIFY2(file, qPrintable(error));
    QCOMPARE(QFileInfo(file->fileName()).absolutePath(), QFileInfo(folder).absoluteFilePath());
    QVERIFY(!QFile::exists(parent.filePath(u"escape.sh"_s)));
    const QFileDevice::Permissions p = file->permissions();
    QVERIFY(!(p & (QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther | QFileDevice::ExeUser)));
    QVERIFY(!(p & (QFileDevice::WriteGroup | QFileDevice::WriteOther)));
    // A folder that cannot take files says so.
    QVERIFY(!DownloadNames::create(parent.filePath(u"missing"_s), u"a.txt"_s, &error));
    QVERIFY(!error.isEmpty());
}

void TestDownloadNames::mightRun_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("executable");
    QTest::addColumn<bool>("runs");
    QTest::newRow("pdf") << u"report.pdf"_s << QByteArray("%PDF-1.7") << false << false;
    QTest::newRow("png") << u"photo.png"_s << QByteArray("\x89PNG") << false << false;
    QTest::newRow("desktop entry") << u"open me.desktop"_s << QByteArray("[Desktop Entry]") << false << true;
    QTest::newRow("script by name") << u"install.SH"_s << QByteArray("echo hi") << false << true;
    QTest::newRow("windows program") << u"setup.exe"_s << QByteArray("MZ\x90") << false << true;
    QTest::newRow("shebang in a text") << u"notes.txt"_s << QByteArray("#!/bin/sh\nrm -rf ~") << false << true;
    QTest::newRow("elf in an image") << u"cat.jpg"_s
                                     << QByteArray("\x7f"
                                                   "ELF\x02\x01")
                                     << false << true;
    QTest::newRow("executable bit") << u"tool"_s << QByteArray("plain") << true << true;
    QTest::newRow("plain text") << u"readme"_s << QByteArray("hello") << false << false;
}

void TestDownloadNames::mightRun()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(bool, executable);
    QFETCH(bool, runs);
    QTemporaryDir dir;
    QFile file(dir.filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    if (executable)
        QVERIFY(file.setPermissions(file.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeUser));
    QCOMPARE(DownloadNames::mightRun(file.fileName()), runs);
}

QTEST_GUILESS_MAIN(TestDownloadNames)
#include "tst_client_downloadnames.moc"
