// The line above the messages: which room or conversation is on screen, the room's topic, and whether it is
// private. Keeps every room's topic, as the server tells them.
#pragma once

#include <QHash>
#include <QLabel>
#include <QSet>

class RoomHeader : public QLabel
{
    Q_OBJECT
public:
    explicit RoomHeader(QWidget *parent = nullptr);

    void setRoomDetails(const QString &room, const QString &topic, bool isPrivate);
    void setTopic(const QString &room, const QString &topic);
    QString topic(const QString &room) const { return m_topics.value(room); }
    bool isPrivate(const QString &room) const { return m_private.contains(room); }
    void forget(const QString &room);
    // How many people the room has, as the server last said (shown after its name).
    void setMemberCount(const QString &room, qint64 count);

    void showRoom(const QString &room);
    void showConversation(const QString &user);
    void showNothing();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();

    QHash<QString, QString> m_topics;
    QSet<QString> m_private;
    QHash<QString, qint64> m_counts;
    QString m_full; // what is shown, before eliding to the width
};
