// chatroom-client: the login dialog, then the chat window.
#include "chatclient.h"
#include "clientsettings.h"
#include "logfile.h"
#include "loginflow.h"
#include "notifier.h"
#include "protocol.h"
#include "streammemory.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QStyleHints>
#include <QTimer>
#include <QtCrypto>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Options
{
    QCommandLineOption port{u"port"_s, u"Server TCP port, 1 to 65535 (default 5000)."_s, u"port"_s};
    QCommandLineOption user{u"user"_s, u"Username to fill in."_s, u"name"_s};
    QCommandLineOption lang{
        u"lang"_s,
        u"Language of the interface: en, de, es or fr (default: the one chosen in Settings, else the system's)."_s,
        u"code"_s};
    QCommandLineOption noTls{u"no-tls"_s, u"INSECURE, for a server run with --no-tls: connect without encryption."_s};
};

void setIdentity()
{
    QCoreApplication::setOrganizationName(u"chatroom"_s);
    QCoreApplication::setApplicationName(u"chatroom-client"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CHATROOM_VERSION));
}

void describe(QCommandLineParser &parser, const Options &o)
{
    parser.setApplicationDescription(u"Chat Room desktop client."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        u"server_host"_s, u"Server to connect to (default: the last one used, or 127.0.0.1)."_s, u"[server_host]"_s);
    parser.addOptions({o.port, o.user, o.lang, o.noTls});
}

// --help and --version print text and need no display, so they are answered before the GUI starts.
bool asksOnlyForText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

// Without a display Qt would abort with a message about platform plugins; say what is missing instead.
// Qt's own -platform and -display options (taken by QApplication) name one as well.
bool hasDisplay(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "-platform" || arg == "--platform" || arg == "-display" || arg == "--display")
            return true;
    }
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

} // namespace

namespace {

// How long start-up takes (chatroom-guibench reads it): QT_LOGGING_RULES="chat.client.startup.debug=true".
Q_LOGGING_CATEGORY(lcStartup, "chat.client.startup")

// Says, once, when a widget is first painted.
class FirstPaint : public QObject
{
public:
    FirstPaint(QWidget *widget, const QElapsedTimer &since) : QObject(widget), m_since(since)
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // Said once the paint (the dialog and its children, which come in the same pass) is done.
            QTimer::singleShot(0, this, [this] {
                qCDebug(lcStartup).noquote() << u"login dialog painted, %1 ms after main()"_s.arg(m_since.elapsed());
            });
        }
        return false;
    }

private:
    QElapsedTimer m_since;
};

} // namespace

int main(int argc, char *argv[])
{
    StreamMemory::tune(); // files cross without a page fault per buffer
    QElapsedTimer sinceStart;
    sinceStart.start();
    const Options options;
    if (asksOnlyForText(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        QCommandLineParser parser;
        describe(parser, options);
        parser.process(app); // prints and exits
        return 0;
    }
#ifdef Q_OS_LINUX
    if (!hasDisplay(argc, argv)) {
        // A mistyped option is the first thing to say: it would be the next one once there is a display.
        QStringList arguments;
        for (int i = 0; i < argc; ++i)
            arguments << QString::fromLocal8Bit(argv[i]);
        QCommandLineParser parser;
        describe(parser, options);
        if (!parser.parse(arguments)) {
            std::fprintf(stderr, "chatroom-client: %s\n", qPrintable(parser.errorText()));
            return 1;
        }
        std::fputs("chatroom-client: no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set). "
                   "Start it from a desktop session, or with QT_QPA_PLATFORM=offscreen for tests.\n",
                   stderr);
        return 1;
    }
#endif
    Notifier::findEventsFile(); // sets the environment: before any thread starts
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(u"Chat Room"_s);
    QGuiApplication::setDesktopFileName(u"chatroom-client"_s); // matches the installed desktop entry
    QApplication::setWindowIcon(QIcon(u":/icons/app.svg"_s));

    QCommandLineParser parser;
    describe(parser, options);
    parser.process(app);
    quint16 port = Protocol::DefaultTcpPort;
    if (parser.isSet(options.port)) {
        bool ok = false;
        const uint value = parser.value(options.port).toUInt(&ok);
        if (!ok || value < 1 || value > 65535) {
            std::fprintf(stderr, "chatroom-client: --port takes a number from 1 to 65535, not '%s'.\n",
                         qPrintable(parser.value(options.port)));
            return 2;
        }
        port = quint16(value);
    }

    const ClientSettings settings = ClientSettings::load();
    settings.applyToApplication();
    // The system's light or dark, followed as it changes, unless the user chose one.
    QObject::connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, &app, [] {
        if (ClientSettings::load().theme == ChatTheme::Scheme::System)
            ChatTheme::apply(ChatTheme::Scheme::System);
    });
    const QLocale locale = parser.isSet(options.lang)    ? QLocale(parser.value(options.lang))
                           : settings.language.isEmpty() ? QLocale()
                                                         : QLocale(settings.language);
    QLocale::setDefault(locale); // dates and numbers in the language of the words around them
    Translations::install(locale);

    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"*.debug=false"_s);
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QString error;
    // Whoever sets QT_LOGGING_RULES wants to see the lines: on the terminal too, not only in the file.
    const bool echo = !qEnvironmentVariableIsEmpty("QT_LOGGING_RULES");
    if (!LogFile::install(QDir(dataDir).filePath(u"client.log"_s), 2 * 1024 * 1024, echo, &error))
        qWarning().noquote() << error;

    QCA::Initializer qca;
    ChatClient client;
    client.setTlsEnabled(!parser.isSet(options.noTls));
    if (parser.isSet(options.noTls))
        qWarning() << "TLS is off (--no-tls): the password and messages cross the network in plain text";
    LoginFlow flow(client);
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() || parser.isSet(options.port))
        flow.dialog().setServer(positional.isEmpty() ? u"127.0.0.1"_s : positional.first(), port);
    if (parser.isSet(options.user))
        flow.dialog().setUsername(parser.value(options.user));
    // The dialog closes a moment before the window opens: that is not the last window closing.
    QApplication::setQuitOnLastWindowClosed(false);
    QObject::connect(&flow, &LoginFlow::windowShown, &app, [] { QApplication::setQuitOnLastWindowClosed(true); });
    QObject::connect(&flow, &LoginFlow::loggedOut, &app, [] { QApplication::setQuitOnLastWindowClosed(false); });
    QObject::connect(&flow, &LoginFlow::cancelled, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    if (lcStartup().isDebugEnabled())
        new FirstPaint(&flow.dialog(), sinceStart);
    flow.start();
    const int result = app.exec();
    client.stop();
    LogFile::shutdown();
    return result;
}
