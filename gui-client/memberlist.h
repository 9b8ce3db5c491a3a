// The people pane: who is in each room, as far as the server has told, shown for the room on screen.
#pragma once

#include "message.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QListWidget;

class MemberList : public QWidget
{
    Q_OBJECT
public:
    explicit MemberList(QWidget *parent = nullptr);

    // From `joined`: the members, and the total when they are only a sample (a large room).
    void setMembers(const QString &room, const QList<Msg::UserInfo> &members, std::optional<qint64> total);
    void memberJoined(const QString &room, const QString &user);
    void memberLeft(const QString &room, const QString &user);
    void forgetRoom(const QString &room);
    // The room whose members are shown; empty for none.
    void showRoom(const QString &room);
    QStringList members(const QString &room) const { return m_members.value(room); }
    // The room's size: its total when the list is a sample (a large room), else the members known.
    qint64 total(const QString &room) const
    {
        return std::max<qint64>(m_totals.value(room), m_members.value(room).size());
    }
    // While disconnected nobody is known to be online: the list is greyed until the connection is back.
    void setConnected(bool connected);
    // The user's own name: never offered a conversation with themself.
    void setSelf(const QString &self) { m_self = self; }
    // What the window knows of someone: the rooms they share with the user.
    QString describe(const QString &user) const;

signals:
    // The number of people in a room changed (a join, a leave, a new list).
    void countChanged(const QString &room, qint64 total);
    // From a person's menu (or Enter on them).
    void directMessageWanted(const QString &user);
    void mentionWanted(const QString &user);

private:
    void refresh();
    void showMenu(const QPoint &pos);

    QLabel *m_header;
    QListWidget *m_list;
    QString m_current;
    QString m_self;
    bool m_connected = true;
    QHash<QString, QStringList> m_members;
    // Rooms whose list is a sample (large rooms): how many members they had when last told.
    QHash<QString, qint64> m_totals;
};
