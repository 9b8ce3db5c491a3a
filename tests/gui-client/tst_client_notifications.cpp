// Desktop notifications through KNotifications, on a private D-Bus session bus with a notification
// service of the test's own (as a desktop's would be): a message to a window that is not in front is
// shown, without markup, once per message and a few at a time; a click brings its room back; the room's
// level and the user's setting are obeyed.
#include "chatclient.h"
#include "clientsettings.h"
#include "mainwindow.h"
#include "notifier.h"
#include "serverprocess.h"
#include "testclient.h"
#include "translations.h"
#include "windowsession.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusError>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtCrypto>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

// The desktop's side of org.freedesktop.Notifications, run as a process of its own (this test program
// started with --notification-service), as a desktop's would be. It prints each call as a line of JSON
// and reads "click ID" lines from its input: the user clicking a notification.
class NotificationService : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    void report(const QJsonObject &o)
    {
        std::fputs(QJsonDocument(o).toJson(QJsonDocument::Compact).append('\n').constData(), stdout);
        std::fflush(stdout);
    }

public slots:
    uint Notify(const QString &app, uint replaces, const QString &, const QString &summary, const QString &body,
                const QStringList &actions, const QVariantMap &, int)
    {
        // As the specification says: a notification that replaces one keeps its id (an update, not a new one).
        const uint id = replaces > 0 && replaces <= m_nextId ? replaces : ++m_nextId;
        report({{u"call"_s, replaces > 0 ? u"update"_s : u"notify"_s},
                {u"id"_s, int(id)},
                {u"app"_s, app},
                {u"summary"_s, summary},
                {u"body"_s, body},
                {u"actions"_s, QJsonArray::fromStringList(actions)}});
        return id;
    }
    QStringList GetCapabilities() { return {u"body"_s, u"actions"_s}; }
    void CloseNotification(uint id)
    {
        report({{u"call"_s, u"close"_s}, {u"id"_s, int(id)}});
        emit NotificationClosed(id, 3); // as the specification says: closed by a call to CloseNotification
    }
    QString GetServerInformation(QString &vendor, QString &version, QString &spec)
    {
        vendor = u"chatroom tests"_s;
        version = u"1"_s;
        spec = u"1.2"_s;
        return u"test-notifications"_s;
    }

signals:
    void ActionInvoked(uint id, const QString &action);
    void NotificationClosed(uint id, uint reason);

private:
    uint m_nextId = 0;
};

int runService(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    NotificationService service;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.registerObject(u"/org/freedesktop/Notifications"_s, &service,
                            QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals) ||
        !bus.registerService(u"org.freedesktop.Notifications"_s)) {
        std::fprintf(stderr, "cannot serve notifications: %s\n", qPrintable(bus.lastError().message()));
        return 1;
    }
    QSocketNotifier input(0, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char line[64] = {};
        if (!std::fgets(line, sizeof line, stdin))
            return QCoreApplication::quit();
        uint id = 0;
        if (std::sscanf(line, "click %u", &id) == 1) {
            emit service.ActionInvoked(id, u"default"_s);
            emit service.NotificationClosed(id, 2);
        }
    });
    service.report({{u"call"_s, u"ready"_s}});
    return app.exec();
}

} // namespace

class TestNotifications : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void aMessageToAWindowBehindIsShownWithoutMarkup();
    void aClickBringsTheRoomBack();
    void aBurstInARoomIsOneNotification();
    void manyRoomsKeepOnlyAFewOnScreen();
    void roomLevelsAndTheSettingAreObeyed();

private:
    bool startBus();
    // Puts another window in front of ann's.
    void goBehind();
    bool bobSays(const QString &room, const QString &text);
    bool bobWhispers(const QString &text);
    // Ann reads every room in the window: their notifications leave the desktop.
    void readEverything();

    QCA::Initializer m_qca;
    QTemporaryDir m_busDir;
    QProcess m_bus;
    QProcess m_service;
    QList<QJsonObject> m_calls; // what the service was asked, in order
    QList<QJsonObject> calls(const QString &kind) const;
    void click(int id);
    ServerProcess m_server;
    std::unique_ptr<WindowSession> m_ann;
    std::unique_ptr<TestClient> m_bob;
    QWidget m_other;
};

bool TestNotifications::startBus()
{
    const QString config = m_busDir.filePath(u"bus.conf"_s);
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QStringLiteral(R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig><type>session</type><listen>unix:dir=%1</listen><auth>EXTERNAL</auth>
<policy context="default"><allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/><allow own="*"/></policy>
</busconfig>
)")
                   .arg(m_busDir.path())
                   .toUtf8());
    file.close();
    m_bus.start(u"dbus-daemon"_s, {u"--config-file="_s + config, u"--nofork"_s, u"--print-address=1"_s});
    if (!m_bus.waitForStarted(5000))
        return false;
    if (!QTest::qWaitFor([&] { return m_bus.canReadLine(); }, 5000))
        return false;
    const QByteArray address = m_bus.readLine().trimmed();
    // Before anything in this process touches the session bus: every connection goes to this one.
    qputenv("DBUS_SESSION_BUS_ADDRESS", address);
    return !address.isEmpty();
}

void TestNotifications::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"chatroom-client"_s); // KNotifications finds our events by it
    QSettings().clear();
    QVERIFY(startBus());
    connect(&m_service, &QProcess::readyReadStandardOutput, this, [this] {
        while (m_service.canReadLine())
            m_calls.append(QJsonDocument::fromJson(m_service.readLine()).object());
    });
    m_service.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_service.start(QCoreApplication::applicationFilePath(), {u"--notification-service"_s});
    QTRY_VERIFY_WITH_TIMEOUT(!calls(u"ready"_s).isEmpty(), 10000);
    QTRY_VERIFY(QDBusConnection::sessionBus().interface()->isServiceRegistered(u"org.freedesktop.Notifications"_s));

    QVERIFY(m_server.start());
    m_ann = WindowSession::open(u"ann"_s, m_server.tcpPort());
    QVERIFY(m_ann);
    m_bob = TestClient::open(m_server.tcpPort(), u"bob"_s, std::nullopt, true);
    QVERIFY(m_bob);
    auto *input = m_ann->window->findChild<QLineEdit *>(u"input"_s);
    for (const QString &room : {u"side"_s, u"third"_s}) {
        m_bob->send(Msg::Join{room});
        QVERIFY(m_bob->waitFor<Msg::Joined>());
        QTest::keyClicks(input, u"/join "_s + room);
        QTest::keyClick(input, Qt::Key_Return);
        QTRY_COMPARE(m_ann->window->currentRoom(), room);
    }
    m_ann->window->showRoom(u"lobby"_s);
    m_other.resize(200, 100);
}

void TestNotifications::cleanupTestCase()
{
    if (m_ann)
        m_ann->client->stop();
    m_ann.reset();
    m_service.closeWriteChannel();
    m_service.waitForFinished(5000);
    m_bus.terminate();
    m_bus.waitForFinished(5000);
}

void TestNotifications::init()
{
    m_calls.removeIf([](const QJsonObject &o) { return o.value(u"call"_s) != u"ready"_s; });
}

QList<QJsonObject> TestNotifications::calls(const QString &kind) const
{
    QList<QJsonObject> out;
    for (const QJsonObject &o : m_calls) {
        if (o.value(u"call"_s).toString() == kind)
            out << o;
    }
    return out;
}

void TestNotifications::click(int id)
{
    m_service.write(QByteArray("click ") + QByteArray::number(id) + '\n');
}

void TestNotifications::goBehind()
{
    m_other.show();
    m_other.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&m_other));
    QVERIFY(!m_ann->window->isActiveWindow());
}

bool TestNotifications::bobSays(const QString &room, const QString &text)
{
    static qint64 ref = 100;
    m_bob->send(Msg::Say{room, text, ++ref});
    return m_bob->waitFor<Msg::Ack>(5000, [&](const Msg::Ack &a) { return a.ref == ref; }).has_value();
}

bool TestNotifications::bobWhispers(const QString &text)
{
    static qint64 ref = 10'000;
    m_bob->send(Msg::Whisper{u"ann"_s, text, ++ref});
    return m_bob->waitFor<Msg::Ack>(5000, [&](const Msg::Ack &a) { return a.ref == ref; }).has_value();
}

void TestNotifications::readEverything()
{
    m_ann->window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_ann->window.get()));
    for (const QString &room : {u"side"_s, u"third"_s, u"lobby"_s}) {
        m_ann->window->showRoom(room);
        QTest::qWait(50);
    }
    if (m_ann->window->conversationModel(u"bob"_s)) {
        m_ann->window->showConversation(u"bob"_s);
        QTest::qWait(50);
        m_ann->window->showRoom(u"lobby"_s);
    }
    QTest::qWait(200); // the closes go out
    init();
}

void TestNotifications::aMessageToAWindowBehindIsShownWithoutMarkup()
{
    goBehind();
    QVERIFY(bobSays(u"lobby"_s, u"<b>lunch</b> & <img src=\"http://example.org/x.png\"> now?"_s));
    QTRY_COMPARE_WITH_TIMEOUT(calls(u"notify"_s).size(), 1, 5000);
    const QJsonObject n = calls(u"notify"_s).first();
    QCOMPARE(n.value(u"summary"_s).toString(), u"bob"_s);
    QCOMPARE(n.value(u"app"_s).toString(), u"Chat Room"_s);
    const QString body = n.value(u"body"_s).toString();
    QVERIFY2(body.contains(u"lunch"_s) && body.contains(u"now?"_s), qPrintable(body));
    QVERIFY2(!body.contains(u'<') && !body.contains(u'&'), qPrintable(body));
    QVERIFY(n.value(u"actions"_s).toArray().contains(u"default"_s)); // a click opens the window
    QTest::qWait(300);
    QCOMPARE(calls(u"notify"_s).size(), 1); // once

    // In front, reading the room: no notification.
    m_ann->window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_ann->window.get()));
    QVERIFY(bobSays(u"lobby"_s, u"seen as it comes"_s));
    QTest::qWait(300);
    QCOMPARE(calls(u"notify"_s).size(), 1);
}

void TestNotifications::aClickBringsTheRoomBack()
{
    m_ann->window->showRoom(u"lobby"_s);
    goBehind();
    QVERIFY(bobSays(u"side"_s, u"over here"_s));
    QTRY_COMPARE_WITH_TIMEOUT(calls(u"notify"_s).size(), 1, 5000);
    click(calls(u"notify"_s).first().value(u"id"_s).toInt());
    QTRY_COMPARE_WITH_TIMEOUT(m_ann->window->currentRoom(), u"side"_s, 5000);
    QTRY_VERIFY(m_ann->window->isActiveWindow());
}

void TestNotifications::aBurstInARoomIsOneNotification()
{
    // Six messages in one room while the first is on screen: one notification, updated in place with the
    // newest three and how many came before.
    readEverything();
    goBehind();
    for (int i = 0; i < 6; ++i)
        QVERIFY(bobSays(u"lobby"_s, u"burst %1"_s.arg(i)));
    QTRY_VERIFY_WITH_TIMEOUT(!calls(u"update"_s).isEmpty() &&
                                 calls(u"update"_s).last().value(u"body"_s).toString().contains(u"burst 5"_s),
                             5000);
    QCOMPARE(calls(u"notify"_s).size(), 1);
    const QJsonObject last = calls(u"update"_s).last();
    QCOMPARE(last.value(u"id"_s), calls(u"notify"_s).first().value(u"id"_s));
    const QString body = last.value(u"body"_s).toString();
    for (const QString &shown : {u"burst 3"_s, u"burst 4"_s, u"burst 5"_s})
        QVERIFY2(body.contains(shown), qPrintable(body));
    QVERIFY2(!body.contains(u"burst 2"_s) && body.contains(u"3 earlier messages"_s), qPrintable(body));
    QVERIFY2(body.contains(u"bob: burst 5"_s), qPrintable(body)); // each line with its sender
    QCOMPARE(last.value(u"summary"_s).toString(), u"lobby"_s);    // titled with the room
    for (const QJsonObject &closed : calls(u"close"_s))
        QVERIFY(closed.value(u"id"_s) != last.value(u"id"_s)); // still on screen
}

void TestNotifications::manyRoomsKeepOnlyAFewOnScreen()
{
    // Each room and conversation has its own; past Notifier::MaxShown the oldest gives way.
    readEverything();
    goBehind();
    QVERIFY(bobSays(u"lobby"_s, u"in the lobby"_s));
    QVERIFY(bobSays(u"side"_s, u"on the side"_s));
    QVERIFY(bobSays(u"third"_s, u"in the third"_s));
    QVERIFY(bobWhispers(u"just to you"_s));
    QTRY_COMPARE_WITH_TIMEOUT(calls(u"notify"_s).size(), 4, 5000);
    // (Closes of earlier tests' notifications may still come in: only this test's count.)
    QList<QJsonValue> ids;
    for (const QJsonObject &n : calls(u"notify"_s))
        ids << n.value(u"id"_s);
    const auto closedHere = [&] {
        QList<QJsonValue> closed;
        for (const QJsonObject &c : calls(u"close"_s)) {
            if (ids.contains(c.value(u"id"_s)))
                closed << c.value(u"id"_s);
        }
        return closed;
    };
    QTRY_COMPARE_WITH_TIMEOUT(closedHere().size(), 4 - Notifier::MaxShown, 5000);
    QCOMPARE(closedHere().first(), ids.first()); // the oldest gave way
}

void TestNotifications::roomLevelsAndTheSettingAreObeyed()
{
    // Only mentions in the lobby.
    m_ann->window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_ann->window.get()));
    auto *input = m_ann->window->findChild<QLineEdit *>(u"input"_s);
    m_ann->window->showRoom(u"lobby"_s);
    QTest::keyClicks(input, u"/notify mentions"_s);
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_VERIFY(!rowsWith(m_ann->window->model(u"lobby"_s), u"only when you are mentioned"_s).isEmpty());
    goBehind();
    QVERIFY(bobSays(u"lobby"_s, u"nobody in particular"_s));
    QVERIFY(bobSays(u"lobby"_s, u"@ann look at this"_s));
    QTRY_COMPARE_WITH_TIMEOUT(calls(u"notify"_s).size(), 1, 5000);
    QVERIFY(calls(u"notify"_s).first().value(u"body"_s).toString().contains(u"look at this"_s));

    // Notifications turned off in the settings: nothing at all.
    ClientSettings off = m_ann->window->settings();
    off.notifications = false;
    m_ann->window->applySettings(off);
    init();
    QVERIFY(bobSays(u"side"_s, u"anyone?"_s));
    QVERIFY(bobSays(u"lobby"_s, u"@ann again"_s));
    QTest::qWait(500);
    QCOMPARE(calls(u"notify"_s).size(), 0);
}

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "--notification-service") == 0)
        return runService(argc, argv);
    Notifier::findEventsFile();
    QApplication app(argc, argv);
    Translations::install(QLocale(u"en"_s)); // the plurals, as a user has them
    TestNotifications test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_client_notifications.moc"
