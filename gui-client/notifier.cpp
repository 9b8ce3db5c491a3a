#include "notifier.h"

#include "messagetext.h"

#include <KNotification>
#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusServiceWatcher>
#include <QDir>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QWidget>
#include <QWindow>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString EventsFile = u"knotifications6/chatroom-client.notifyrc"_s;
const QString MessageEvent = u"message"_s;
constexpr int TrayMs = 5000;
} // namespace

Notifier::Notifier(QWidget *window) : QObject(window), m_window(window)
{
    // Asked once, then followed: no call on the bus for each message.
    const QString service = u"org.freedesktop.Notifications"_s;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (const QDBusConnectionInterface *iface = bus.interface())
        m_service =
            iface->isServiceRegistered(service).value() || iface->activatableServiceNames().value().contains(service);
    auto *watcher = new QDBusServiceWatcher(service, bus, QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(watcher, &QDBusServiceWatcher::serviceOwnerChanged, this,
            [this](const QString &, const QString &, const QString &owner) { m_service = !owner.isEmpty(); });
}

Notifier::~Notifier()
{
    // Closed (taken off the desktop) and deleted now: the event loop that would delete them later may not
    // run again (the program is ending).
    const QList<QPointer<KNotification>> open = std::exchange(m_open, {});
    for (const QPointer<KNotification> &n : open) {
        if (n) {
            n->close();
            delete n.data();
        }
    }
}

void Notifier::setActive(bool active)
{
    if (!active) {
        delete std::exchange(m_tray, nullptr);
        return;
    }
    if (m_tray || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(m_window->windowIcon(), this);
    m_tray->setToolTip(tr("Chat Room"));
    m_tray->show();
    connect(m_tray, &QSystemTrayIcon::activated, this, [this] { bringBack(QString()); });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { bringBack(m_trayKey); });
}

void Notifier::bringBack(const QString &key)
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
    if (!key.isEmpty())
        emit activated(key);
}

void Notifier::findEventsFile()
{
    if (!QStandardPaths::locate(QStandardPaths::GenericDataLocation, EventsFile).isEmpty())
        return;
#ifdef CHATROOM_BUILD_DATA_DIR
    // Run from the build tree: the copy the build made, found where KNotifications looks (XDG_DATA_DIRS).
    const QString dir = QStringLiteral(CHATROOM_BUILD_DATA_DIR);
    if (QFile::exists(QDir(dir).filePath(EventsFile))) {
        QByteArray dirs = qgetenv("XDG_DATA_DIRS");
        if (dirs.isEmpty())
            dirs = "/usr/local/share:/usr/share";
        qputenv("XDG_DATA_DIRS", QByteArray(QFile::encodeName(dir) + ':' + dirs));
    }
#endif
}

void Notifier::withdraw(const QString &key)
{
    const Merged merged = m_byKey.take(key);
    if (merged.notification)
        merged.notification->close(); // deletes itself
}

QString Notifier::safeBody(const QString &text)
{
    // Desktop notification services read the body as markup (KDE's even loads images): with '<' and '&'
    // swapped for look-alikes no tag or entity can form, in either kind of notification.
    QString body = MessageText::displayText(text.left(MaxBodyLength));
    body.replace(u'<', QChar(0xFF1C)); // FULLWIDTH LESS-THAN SIGN
    body.replace(u'&', QChar(0xFF06)); // FULLWIDTH AMPERSAND
    return body;
}

void Notifier::notify(const QString &title, const QString &text, const QString &key, const QString &place)
{
    const QString body = safeBody(text);
    QApplication::alert(m_window); // the taskbar entry asks for attention, on every desktop
    if (m_service) {
        // A room that already has one on screen: the message joins it (KNotifications updates it in place),
        // titled with the room, each line with its sender.
        if (auto it = m_byKey.find(key); !place.isEmpty() && it != m_byKey.end() && it->notification) {
            Merged &merged = *it;
            ++merged.count;
            merged.lines.append(tr("%1: %2").arg(safeBody(title), body));
            while (merged.lines.size() > MergedLines)
                merged.lines.removeFirst();
            const int before = merged.count - int(merged.lines.size());
            merged.notification->setTitle(safeBody(place));
            merged.notification->setText(
                (before > 0 ? tr("… and %n earlier message(s)", nullptr, before) + u'\n' : QString()) +
                merged.lines.join(u'\n'));
            // The newest to give way last.
            m_open.removeAll(merged.notification);
            m_open.append(merged.notification);
            emit shown(place, body, u"desktop"_s);
            return;
        }
        // A burst of messages does not bury the desktop: the oldest of ours gives way.
        m_open.removeAll(nullptr);
        while (m_open.size() >= MaxShown) {
            if (KNotification *oldest = m_open.takeFirst())
                oldest->close();
        }
        // No parent: a KNotification deletes itself once closed (m_open forgets it through QPointer).
        auto *n = new KNotification(MessageEvent, KNotification::CloseOnTimeout);
        n->setTitle(safeBody(title));
        n->setText(body);
        n->setIconName(u"chatroom-client"_s);
        n->setWindow(m_window->windowHandle());
        KNotificationAction *open = n->addDefaultAction(tr("Open"));
        connect(open, &KNotificationAction::activated, this, [this, key] { bringBack(key); });
        m_open.append(n);
        if (!place.isEmpty()) {
            m_byKey.insert(key, Merged{n, {tr("%1: %2").arg(safeBody(title), body)}, 1});
            // Closed (by the user, a timeout, or giving way): later messages open a new one.
            connect(n, &KNotification::closed, this, [this, key, n] {
                if (const auto it = m_byKey.constFind(key); it != m_byKey.cend() && it->notification == n)
                    m_byKey.remove(key);
            });
        }
        n->sendEvent(); // deletes itself when closed
        emit shown(title, body, u"desktop"_s);
    } else if (m_tray && m_tray->isVisible()) {
        m_trayKey = key;
        m_tray->showMessage(safeBody(title), body, QSystemTrayIcon::Information, TrayMs);
        emit shown(title, body, u"tray"_s);
    } else {
        emit shown(title, body, u"none"_s);
    }
}
