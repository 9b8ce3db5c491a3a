#include "historypage.h"

#include "message.h"
#include "messagestore.h"
#include "names.h"
#include "protocol.h"

#include <algorithm>

namespace {

// Version 1 knows no tombstones (a text is never empty there): a deleted message says so in words.
template <typename M> QList<M> forVersion(QList<M> messages, int protocolVersion)
{
    if (protocolVersion < 2) {
        for (M &m : messages) {
            if (m.state.deleted)
                m.text = QStringLiteral("(This message was deleted.)");
            m.state = {};
        }
    }
    return messages;
}

// One kind of page: a room's (ChatMessage) or a conversation's (PrivateMessage).
template <typename M, typename Fetch>
QByteArray pageFrame(const Msg::HistoryRequest &m, Msg::HistoryReply &reply, QList<M> &messages, Fetch fetch)
{
    if (m.around) {
        // AROUND: up to half the page before the id, the rest from it on (the message itself included);
        // when one side has fewer, the other fills the page.
        bool newerRemain = false, olderRemain = false;
        QList<M> newer = fetch(std::nullopt, *m.around - 1, m.limit, &newerRemain);
        const int olderWanted = m.limit - int(std::min<qsizetype>(newer.size(), m.limit - m.limit / 2));
        messages = fetch(m.around, std::nullopt, olderWanted, &olderRemain);
        if (newer.size() > m.limit - messages.size()) {
            newer.resize(m.limit - messages.size());
            newerRemain = true;
        }
        messages += newer;
        reply.more = olderRemain || newerRemain;
    } else {
        messages = fetch(m.before, m.after, m.limit, &reply.more);
    }
    QByteArray frame = Msg::encode(reply);
    // A reply must fit one frame: drop the messages farthest from where the client is reading (for
    // AROUND, from whichever side of the message asked for is longer, never that message).
    while (frame.size() > Protocol::MaxFrameBytes && !messages.isEmpty()) {
        const qsizetype excess = frame.size() - Protocol::MaxFrameBytes;
        const qsizetype average = frame.size() / messages.size();
        const qsizetype drop = std::min<qsizetype>(messages.size(), excess / std::max<qsizetype>(average, 1) + 1);
        if (m.around) {
            // The message asked for (or where it would be) splits the page; each cut shortens the longer side.
            qsizetype older =
                std::find_if(messages.cbegin(), messages.cend(), [&](const M &c) { return c.id >= *m.around; }) -
                messages.cbegin();
            qsizetype newer = std::max<qsizetype>(0, messages.size() - older - 1);
            for (qsizetype i = 0; i < drop && !messages.isEmpty(); ++i) {
                if (older == 0 && newer == 0) {
                    messages.clear(); // only the message asked for is left, and it does not fit
                } else if (older >= newer) {
                    messages.removeFirst();
                    --older;
                } else {
                    messages.removeLast();
                    --newer;
                }
            }
        } else if (m.after) {
            messages.remove(messages.size() - drop, drop);
        } else {
            messages.remove(0, drop);
        }
        reply.more = true;
        frame = Msg::encode(reply);
    }
    return frame;
}

} // namespace

QByteArray historyPageFrame(MessageStore &store, const Msg::HistoryRequest &m, qint64 userId, const QString &userKey,
                            int protocolVersion)
{
    Msg::HistoryReply reply;
    if (m.with) {
        reply.with = *m.with;
        const QString peerKey = Names::canonical(*m.with);
        return pageFrame(m, reply, reply.direct,
                         [&](std::optional<qint64> before, std::optional<qint64> after, int limit, bool *more) {
                             return forVersion(
                                 store.directHistory(userKey, peerKey, before, after, limit, more, userId),
                                 protocolVersion);
                         });
    }
    reply.room = m.room;
    return pageFrame(m, reply, reply.messages,
                     [&](std::optional<qint64> before, std::optional<qint64> after, int limit, bool *more) {
                         return forVersion(store.roomHistory(m.room, before, after, limit, more, userId),
                                           protocolVersion);
                     });
}
