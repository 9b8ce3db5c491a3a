// chatroom-client: the login dialog, then the chat window.
#include "certificateprompt.h"
#include "chatclient.h"
#include "logfile.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "protocol.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTranslator>
#include <QtCrypto>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"chatroom"_s);
    QApplication::setApplicationName(u"chatroom-client"_s);
    QApplication::setApplicationDisplayName(u"Chat Room"_s);
    QApplication::setApplicationVersion(u"0.1.0"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/app.png"_s));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Chat Room desktop client."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        u"server_host"_s, u"Server to connect to (default: the last one used, or 127.0.0.1)."_s, u"[server_host]"_s);
    const QCommandLineOption port(u"port"_s, u"Server TCP port (default 5000)."_s, u"port"_s);
    const QCommandLineOption user(u"user"_s, u"Username to fill in."_s, u"name"_s);
    const QCommandLineOption lang(u"lang"_s, u"Language of the interface, e.g. de or es (default: the system's)."_s,
                                  u"code"_s);
    const QCommandLineOption noTls(u"no-tls"_s,
                                   u"INSECURE, for a server run with --no-tls: connect without encryption."_s);
    parser.addOptions({port, user, lang, noTls});
    parser.process(app);

    QTranslator translator;
    const QLocale locale = parser.isSet(lang) ? QLocale(parser.value(lang)) : QLocale();
    if (translator.load(locale, u"chatroom"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&translator);
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"*.debug=false"_s);
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QString error;
    if (!LogFile::install(QDir(dataDir).filePath(u"client.log"_s), 2 * 1024 * 1024, false, &error))
        qWarning().noquote() << error;

    QCA::Initializer qca;
    ChatClient client;
    client.setTlsEnabled(!parser.isSet(noTls));
    if (parser.isSet(noTls))
        qWarning() << "TLS is off (--no-tls): the password and messages cross the network in plain text";
    CertificatePrompt certificatePrompt(client);
    LoginDialog login(client);
    certificatePrompt.setParentWidget(&login);
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() || parser.isSet(port)) {
        const quint16 p = parser.isSet(port) ? quint16(parser.value(port).toUInt()) : Protocol::DefaultTcpPort;
        login.setServer(positional.isEmpty() ? u"127.0.0.1"_s : positional.first(), p ? p : Protocol::DefaultTcpPort);
    }
    if (parser.isSet(user))
        login.setUsername(parser.value(user));
    if (login.exec() != QDialog::Accepted)
        return 0;

    MainWindow window(client);
    certificatePrompt.setParentWidget(&window);
    window.show();
    const int result = app.exec();
    client.stop();
    LogFile::shutdown();
    return result;
}
