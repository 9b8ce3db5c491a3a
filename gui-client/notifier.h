// Tells the user about a message while the window is not in front: a desktop notification through
// KNotifications (the freedesktop service, or the portal) where the desktop has one, else the tray's
// balloon where there is a tray; the taskbar entry asks for attention in every case. A click on the
// notification brings the window back at the room it came from.
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

class KNotification;
class QSystemTrayIcon;
class QWidget;

class Notifier : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxBodyLength = 200; // characters of the message shown
    static constexpr int MaxShown = 3;        // notifications on screen at once; the oldest gives way
    static constexpr int MergedLines = 3;     // a room's newest messages shown in its one notification

    explicit Notifier(QWidget *window);
    // Closes what is still on screen: the messages of a session that ended do not stay on the desktop.
    ~Notifier() override;

    // Whether the window is the logged-in one on screen: only then is there a tray icon to click.
    void setActive(bool active);

    // key: the room or conversation it belongs to (activated() gives it back). With a place (the room's or
    // conversation's name), while its notification is still on screen the message joins it, titled with
    // the place (its newest MergedLines, each with its sender, and how many came before), instead of
    // opening another.
    void notify(const QString &title, const QString &text, const QString &key, const QString &place = {});
    // The room or conversation was read in the window: its notification leaves the desktop.
    void withdraw(const QString &key);
    // The text as it is handed to the desktop, which reads it as markup: no tag can form in it.
    static QString safeBody(const QString &text);
    // Whether a desktop notification service is on the session bus (as last seen; watched as it comes
    // and goes).
    bool desktopServiceAvailable() const { return m_service; }
    // Where KNotifications finds its description of our events when the client runs from its build tree.
    // Sets XDG_DATA_DIRS: call it before QApplication, while no other thread reads the environment.
    static void findEventsFile();

signals:
    // The user clicked a notification: the window should show key.
    void activated(const QString &key);
    // For tests and the log: what was shown, and how ("desktop", "tray" or "none").
    void shown(const QString &title, const QString &body, const QString &how);

private:
    void bringBack(const QString &key);

    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_trayKey; // where the tray's last balloon came from
    bool m_service = false;
    QList<QPointer<KNotification>> m_open;
    struct Merged
    {
        QPointer<KNotification> notification;
        QStringList lines; // the newest bodies, at most MergedLines
        int count = 0;     // messages in it
    };
    QHash<QString, Merged> m_byKey; // the notification on screen for a room or conversation
};
