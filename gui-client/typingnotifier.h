// Our own typing, as the server should hear of it: "started" at the first keystroke in a room, again
// before the server's time-to-live runs out while the keystrokes go on, and "stopped" after a pause,
// on sending, or on moving to another room. The counterpart of TypingTracker, which shows the others.
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <chrono>

class TypingNotifier : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds DefaultPause{3000};   // no keystroke for this long: stopped
    static constexpr std::chrono::milliseconds DefaultRefresh{4000}; // before the server's 6 s time-to-live runs out

    explicit TypingNotifier(QObject *parent = nullptr, std::chrono::milliseconds pause = DefaultPause,
                            std::chrono::milliseconds refresh = DefaultRefresh);

    void keystroke(const QString &room);
    void stop(const QString &room);
    // The connection is gone: forget everything without telling anyone.
    void reset();

signals:
    void typingChanged(const QString &room, bool active);

private:
    std::chrono::milliseconds m_refresh;
    QHash<QString, QElapsedTimer> m_since; // rooms the server was told we are typing in
    QTimer m_pause;
    QString m_room; // where the last keystroke was
};
