#pragma once

#include <QString>
#include <QStringList>

#include <algorithm>

// The rooms one session is in, kept sorted. A session is in a few rooms: a sorted list costs a few dozen
// bytes where a QSet starts at more than a kilobyte, and each idle connection pays for it.
class RoomSet
{
public:
    bool contains(const QString &room) const
    {
        const auto it = std::lower_bound(m_rooms.cbegin(), m_rooms.cend(), room);
        return it != m_rooms.cend() && *it == room;
    }
    // False when it was there already.
    bool insert(const QString &room)
    {
        const auto it = std::lower_bound(m_rooms.cbegin(), m_rooms.cend(), room);
        if (it != m_rooms.cend() && *it == room)
            return false;
        m_rooms.insert(it - m_rooms.cbegin(), room);
        return true;
    }
    // False when it was not there.
    bool remove(const QString &room)
    {
        const auto it = std::lower_bound(m_rooms.cbegin(), m_rooms.cend(), room);
        if (it == m_rooms.cend() || *it != room)
            return false;
        m_rooms.removeAt(it - m_rooms.cbegin());
        if (m_rooms.isEmpty())
            m_rooms = QStringList(); // gives the storage back
        return true;
    }
    qsizetype size() const { return m_rooms.size(); }
    bool isEmpty() const { return m_rooms.isEmpty(); }
    const QStringList &sorted() const { return m_rooms; }
    QStringList::const_iterator begin() const { return m_rooms.cbegin(); }
    QStringList::const_iterator end() const { return m_rooms.cend(); }

private:
    QStringList m_rooms;
};
