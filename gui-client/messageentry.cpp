#include "messageentry.h"

#include <QDateTime>

MessageEntry MessageEntry::fromChat(const Msg::ChatMessage &m, const QString &me)
{
    const bool own = m.from == me;
    MessageEntry entry{own ? Kind::Own : Kind::Chat, m.id, m.from, {}, m.text, m.ts, m.action};
    entry.mentionsMe = !own && m.mentions.contains(me, Qt::CaseInsensitive);
    entry.state = m.state;
    entry.file = m.file;
    return entry;
}

MessageEntry MessageEntry::fromPrivate(const Msg::PrivateMessage &m)
{
    MessageEntry entry{Kind::Private, m.id, m.from, m.to, m.text, m.ts, m.action};
    entry.state = m.state;
    entry.file = m.file;
    return entry;
}

MessageEntry MessageEntry::local(Kind kind, const QString &text, qint64 ts)
{
    return MessageEntry{kind, 0, {}, {}, text, ts > 0 ? ts : QDateTime::currentMSecsSinceEpoch(), false};
}
