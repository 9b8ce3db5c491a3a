// The settings file (issue 18): every option may be set there, the command line wins, paths are relative
// to the file, and every problem is told with its line. Also the journal's fields for a log line.
#include "serverconfig.h"
#include "serveroptions.h"
#include "systemdservice.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <syslog.h>

using namespace Qt::Literals::StringLiterals;

class TestServerSettings : public QObject
{
    Q_OBJECT
private slots:
    void fileValuesAreUsedAndTheCommandLineWins();
    void flagsTakeTrueOrFalse();
    void pathsAreRelativeToTheFile();
    void everyProblemIsToldWithItsLine();
    void aMissingGivenFileIsAnError();
    void theExampleFileNamesEverySetting();
    void journalFieldsCarryPriorityAndCategory();

private:
    std::optional<ServerConfig> parse(const QByteArray &file, const QStringList &arguments = {},
                                      QStringList *problems = nullptr);
    QTemporaryDir m_dir;
};

std::optional<ServerConfig> TestServerSettings::parse(const QByteArray &text, const QStringList &arguments,
                                                      QStringList *problems)
{
    const QString path = m_dir.filePath(u"server.conf"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
        return std::nullopt;
    file.close();
    int exitCode = -1;
    QStringList ignored;
    auto config = ServerConfig::fromArguments(QStringList{u"chatroom-server"_s, u"--config"_s, path} + arguments,
                                              exitCode, problems ? problems : &ignored);
    if (config && exitCode != 0)
        return std::nullopt;
    return config;
}

void TestServerSettings::fileValuesAreUsedAndTheCommandLineWins()
{
    const auto c = parse("# a comment\n; another\n# port = 1\nport = 6000 # a comment after a value\nudp-port=6001\n"
                         "  message-burst = 33  \n"
                         "listen = ::1\nmax-rooms-per-user = 7\n",
                         {u"--port"_s, u"7000"_s});
    QVERIFY(c);
    QCOMPARE(c->tcpPort, 7000); // the command line
    QCOMPARE(c->udpPort, 6001); // the file
    QCOMPARE(c->messageBurst, 33);
    QCOMPARE(c->maxRoomsPerUser, 7);
    QCOMPARE(c->listenAddress, QHostAddress(u"::1"_s));
    QCOMPARE(c->messageRate, 5.0); // neither: the default
    QCOMPARE(c->settingsFile, QDir(m_dir.path()).filePath(u"server.conf"_s));
    // A comma is kept as written (QSettings would read a list).
    QCOMPARE(parse("data-dir = /tmp/a,b\n")->dataDir, u"/tmp/a,b"_s);
}

void TestServerSettings::flagsTakeTrueOrFalse()
{
    auto c = parse("no-tls = yes\nreuse-port = false\nno-console = 1\n");
    QVERIFY(c);
    QVERIFY(!c->tls);
    QVERIFY(!c->reusePort);
    QVERIFY(!c->console);
    c = parse("no-tls = off\n", {u"--reuse-port"_s});
    QVERIFY(c);
    QVERIFY(c->tls);
    QVERIFY(c->reusePort);
}

void TestServerSettings::pathsAreRelativeToTheFile()
{
    const auto c = parse("data-dir = state\nlog-file = logs/server.log\n", {u"--files-dir"_s, u"shared"_s});
    QVERIFY(c);
    QCOMPARE(c->dataDir, QDir(m_dir.path()).filePath(u"state"_s));
    QCOMPARE(c->logFile, QDir(m_dir.path()).filePath(u"logs/server.log"_s));
    QCOMPARE(c->database.file, QDir(m_dir.path()).filePath(u"state/chatroom.db"_s));
    // The command line's are relative to where the command runs.
    QCOMPARE(c->filesDir, QDir::current().absoluteFilePath(u"shared"_s));
}

void TestServerSettings::everyProblemIsToldWithItsLine()
{
    QStringList problems;
    const auto c = parse("port = 5000\nmessage-rate = fast\nbogus = 1\ntls-cert = cert.pem\nno-tls = maybe\n"
                         "check-config = true\n[server]\nudp-port = 1\n",
                         {}, &problems);
    QVERIFY(!c);
    const QString file = QDir(m_dir.path()).filePath(u"server.conf"_s);
    auto told = [&](const QString &text) {
        for (const QString &p : std::as_const(problems))
            if (p.contains(text))
                return true;
        return false;
    };
    QVERIFY2(told(file + u", line 2: message-rate must be a whole number"_s), qPrintable(problems.join(u'\n')));
    QVERIFY2(told(file + u", line 3: there is no setting \"bogus\""_s), qPrintable(problems.join(u'\n')));
    QVERIFY2(told(file + u", line 5: no-tls is true or false (got \"maybe\")"_s), qPrintable(problems.join(u'\n')));
    QVERIFY2(told(file + u", line 6: check-config is an action"_s), qPrintable(problems.join(u'\n')));
    QVERIFY2(told(file + u", line 8: settings are not grouped: remove the section [server]"_s),
             qPrintable(problems.join(u'\n')));
    QCOMPARE(problems.size(), 6); // and tls-cert without tls-key
    QVERIFY(told(file + u", line 4: tls-cert and tls-key go together"_s));
    // In the order of the file's lines.
    for (qsizetype i = 1; i < problems.size(); ++i)
        QVERIFY2(problems[i - 1].section(u", line "_s, 1).toInt() <= problems[i].section(u", line "_s, 1).toInt(),
                 qPrintable(problems.join(u'\n')));

    // Lines that are no setting, a setting given twice, one without a value.
    problems.clear();
    QVERIFY(!parse("port 5000\nudp-port: 6001\nmessage-burst = 3\nmessage-burst = 4\ndata-dir =\n", {}, &problems));
    QVERIFY2(told(file + u", line 1: \"port 5000\" is not a setting; write \"name = value\"."_s),
             qPrintable(problems.join(u'\n')));
    QVERIFY(told(file + u", line 2: \"udp-port: 6001\" is not a setting"_s));
    QVERIFY(told(file + u", line 4: message-burst was set on line 3 already"_s));
    QVERIFY(told(file + u", line 5: data-dir has no value."_s));

    // The same mistake on the command line names the option.
    problems.clear();
    QVERIFY(!parse("", {u"--message-rate"_s, u"fast"_s}, &problems));
    QCOMPARE(problems, QStringList{u"--message-rate must be a whole number from 0 to 1000000 (got \"fast\")."_s});
}

void TestServerSettings::aMissingGivenFileIsAnError()
{
    int exitCode = -1;
    QStringList problems;
    const QString missing = m_dir.filePath(u"nowhere.conf"_s);
    QVERIFY(!ServerConfig::fromArguments({u"chatroom-server"_s, u"--config"_s, missing}, exitCode, &problems));
    QCOMPARE(exitCode, 2);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.constFirst().contains(missing), qPrintable(problems.constFirst()));
}

void TestServerSettings::theExampleFileNamesEverySetting()
{
    QFile example(QStringLiteral(CHATROOM_SOURCE_DIR "/resources/service/server.conf"));
    QVERIFY(example.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(example.readAll());
    const ServerOptions options;
    for (const QCommandLineOption *o : options.settings()) {
        const QString name = o->names().constFirst();
        QVERIFY2(text.contains(u"\n# "_s + name + u" = "_s) || text.contains(u"\n"_s + name + u" = "_s),
                 qPrintable(name + u" is not in server.conf"_s));
    }
    // As installed, it names the service's directories and leaves every other setting at its default.
    const auto c = parse(text.toUtf8());
    QVERIFY(c);
    QCOMPARE(c->dataDir, u"/var/lib/chatroom"_s);
    QCOMPARE(c->adminSocket, u"/run/chatroom/admin.sock"_s);
    QCOMPARE(c->tcpPort, 5000);
    QCOMPARE(c->maxRoomsPerUser, ServerConfig().maxRoomsPerUser);
}

void TestServerSettings::journalFieldsCarryPriorityAndCategory()
{
    const QMessageLogContext context("server.cpp", 42, "void f()", "chat.server.auth");
    const QList<QByteArray> fields = SystemdService::journalFields(QtWarningMsg, context, u"two lines\nof ünïcode"_s);
    QVERIFY(fields.contains("MESSAGE=two lines\nof ünïcode"));
    QVERIFY(fields.contains("PRIORITY=" + QByteArray::number(LOG_WARNING)));
    QVERIFY(fields.contains("CHATROOM_CATEGORY=chat.server.auth"));
    QVERIFY(fields.contains("SYSLOG_IDENTIFIER=chatroom-server"));
    QVERIFY(fields.contains("CODE_LINE=42"));
    QVERIFY(SystemdService::journalFields(QtCriticalMsg, QMessageLogContext(), u"x"_s)
                .contains("PRIORITY=" + QByteArray::number(LOG_ERR)));
}

QTEST_GUILESS_MAIN(TestServerSettings)
#include "tst_server_settings.moc"
