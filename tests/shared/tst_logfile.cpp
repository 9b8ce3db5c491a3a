// The log file both programs write: one line per message with time, level and category; text from the
// network cannot forge a line; rotation by size keeps three old files.
#include "logfile.h"

#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcTest, "chat.test.log")

class TestLogFile : public QObject
{
    Q_OBJECT
private slots:
    void cleanup();
    void linesHaveTimeLevelAndCategory();
    void messagesCannotForgeLines();
    void rotatesBySizeKeepingThreeOldFiles();
    void shutdownClosesTheFile();
    void unwritablePathIsAnError();

private:
    static QStringList lines(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }
    QTemporaryDir m_dir;
};

void TestLogFile::cleanup()
{
    LogFile::shutdown();
    qInstallMessageHandler(nullptr);
}

void TestLogFile::linesHaveTimeLevelAndCategory()
{
    const QString file = m_dir.filePath(u"format.log"_s);
    QString error;
    QVERIFY2(LogFile::install(file, 0, false, &error), qPrintable(error));
    qCInfo(lcTest) << "hello";
    qCWarning(lcTest) << "careful";
    const QStringList got = lines(file);
    QCOMPARE(got.size(), 2);
    static const QRegularExpression format(
        u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z (INFO|WARN) chat\\.test\\.log: "_s);
    QVERIFY2(format.match(got[0]).hasMatch(), qPrintable(got[0]));
    QVERIFY(got[0].endsWith(u"INFO chat.test.log: hello"_s));
    QVERIFY(got[1].endsWith(u"WARN chat.test.log: careful"_s));
}

void TestLogFile::messagesCannotForgeLines()
{
    const QString file = m_dir.filePath(u"forge.log"_s);
    QString error;
    QVERIFY(LogFile::install(file, 0, false, &error));
    // As if a name or an error text from a peer were quoted in a log message.
    qCInfo(lcTest).noquote() << u"peer said: x\n2030-01-01T00:00:00.000Z INFO chat.server.net: logged in: admin"_s;
    qCInfo(lcTest).noquote() << u"carriage\rreturn, escape \x1b[31mred, line\u2028separator"_s;
    const QStringList got = lines(file);
    QCOMPARE(got.size(), 3); // the first message's second line is indented, not a line of its own
    QVERIFY(got[1].startsWith(u"  2030-01-01"_s));
    for (const QString &line : got) {
        QVERIFY2(!line.startsWith(u"2030"_s), qPrintable(line));
        QVERIFY(!line.contains(u'\r') && !line.contains(QChar(0x1b)) && !line.contains(QChar(0x2028)));
    }
    QVERIFY(got[2].endsWith(u"carriage?return, escape ?[31mred, line?separator"_s));
}

void TestLogFile::rotatesBySizeKeepingThreeOldFiles()
{
    const QString file = m_dir.filePath(u"rotate.log"_s);
    QString error;
    QVERIFY(LogFile::install(file, 500, false, &error));
    for (int i = 0; i < 100; ++i)
        qCInfo(lcTest) << "line" << i << "of a log that keeps growing";
    for (int i = 1; i <= 3; ++i)
        QVERIFY2(QFile::exists(file + u".%1"_s.arg(i)), qPrintable(u"no %1.%2"_s.arg(file).arg(i)));
    QVERIFY(!QFile::exists(file + u".4"_s));
    QVERIFY(QFileInfo(file).size() <= 500);
    QVERIFY(lines(file).constLast().contains(u"line 99 "_s)); // the newest line is in the current file
}

void TestLogFile::shutdownClosesTheFile()
{
    const QString file = m_dir.filePath(u"shutdown.log"_s);
    QString error;
    QVERIFY(LogFile::install(file, 0, false, &error));
    qCInfo(lcTest) << "before";
    LogFile::shutdown();
    qCInfo(lcTest) << "after";
    const QStringList got = lines(file);
    QCOMPARE(got.size(), 1);
    QVERIFY(got[0].endsWith(u"before"_s));
}

void TestLogFile::unwritablePathIsAnError()
{
    QString error;
    QVERIFY(!LogFile::install(u"/proc/no-such-dir/x.log"_s, 0, false, &error));
    QVERIFY2(error.contains(u"Cannot write the log file /proc/no-such-dir/x.log"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
