#include "roomheader.h"

#include <QResizeEvent>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

RoomHeader::RoomHeader(QWidget *parent) : QLabel(parent)
{
    setObjectName(u"roomHeader"_s);
    setTextFormat(Qt::PlainText); // a topic is text from the network: never markup
    setMargin(4);
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
}

void RoomHeader::setRoomDetails(const QString &room, const QString &topic, bool isPrivate)
{
    if (isPrivate)
        m_private.insert(room);
    else
        m_private.remove(room);
    setTopic(room, topic);
}

void RoomHeader::setTopic(const QString &room, const QString &topic)
{
    if (topic.isEmpty())
        m_topics.remove(room);
    else
        m_topics.insert(room, topic);
    refresh();
}

void RoomHeader::forget(const QString &room)
{
    m_topics.remove(room);
    m_private.remove(room);
    m_counts.remove(room);
}

void RoomHeader::setMemberCount(const QString &room, qint64 count)
{
    if (m_counts.value(room, -1) == count)
        return;
    m_counts.insert(room, count);
    if (property("room").toString() == room)
        refresh();
}

void RoomHeader::showRoom(const QString &room)
{
    setProperty("room", room);
    refresh();
}

void RoomHeader::showConversation(const QString &user)
{
    setProperty("room", QString());
    m_full = tr("Conversation with %1").arg(user);
    setToolTip(QString());
    resizeEvent(nullptr);
}

void RoomHeader::showNothing()
{
    setProperty("room", QString());
    m_full.clear();
    clear();
}

void RoomHeader::refresh()
{
    const QString room = property("room").toString();
    if (room.isEmpty())
        return;
    QString name = m_private.contains(room) ? tr("%1 (private)").arg(room) : room;
    if (const qint64 count = m_counts.value(room, -1); count >= 0)
        name = tr("%1 · %n member(s)", nullptr, int(std::min<qint64>(count, 1'000'000'000))).arg(name);
    const QString topic = m_topics.value(room);
    // One line: the topic may be long, and wraps in its tooltip. Text from the network: an isolate of its
    // own (a right-to-left override reverses only itself), and escaped where Qt would read markup.
    QString shown = topic;
    for (QChar &c : shown) {
        if (c == u'\n' || c.category() == QChar::Other_Control)
            c = u' ';
    }
    m_full = topic.isEmpty() ? name : tr("%1 — %2").arg(name, QChar(0x2068) + shown + QChar(0x2069));
    setToolTip(topic.toHtmlEscaped());
    resizeEvent(nullptr);
}

void RoomHeader::resizeEvent(QResizeEvent *event)
{
    if (event)
        QLabel::resizeEvent(event);
    setText(fontMetrics().elidedText(m_full, Qt::ElideRight, std::max(0, width() - 2 * margin())));
}
