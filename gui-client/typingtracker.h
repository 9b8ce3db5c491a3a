// Who is typing in which room, each entry expiring by itself, and the sentence that says so.
#pragma once

#include <QHash>
#include <QObject>
#include <QTimer>

class TypingTracker : public QObject
{
    Q_OBJECT
public:
    explicit TypingTracker(QObject *parent = nullptr);

    void update(const QString &room, const QString &user, bool active, qint64 ttlMs);
    void userLeft(const QString &room, const QString &user); // a message from them also ends it
    void clear();
    QStringList typists(const QString &room) const;

    // "alice is typing…", "alice and bob are typing…", "several people are typing…", or empty.
    static QString describe(const QStringList &names);

signals:
    void changed(const QString &room);

private:
    void onExpire();

    QHash<QString, QHash<QString, qint64>> m_until; // room -> user -> expiry (ms since epoch)
    QTimer m_timer;
};
