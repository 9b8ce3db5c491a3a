#include "roommessagebatch.h"

#include <QElapsedTimer>
#include <algorithm>

void RoomMessageBatch::add(MessageStore::NewRoomMessage message, Then then)
{
    m_waiting.push_back({std::move(message), std::move(then)});
    if (int(m_waiting.size()) >= MaxMessages) {
        flush();
        return;
    }
    if (!m_flushPosted) {
        m_flushPosted = true;
        // An event posted during a pass is delivered in the next one, after what this pass read.
        QMetaObject::invokeMethod(
            &m_context,
            [this] {
                m_flushPosted = false;
                flush();
            },
            Qt::QueuedConnection);
    }
}

void RoomMessageBatch::flush()
{
    if (m_waiting.empty())
        return;
    // Taken first: what the answers set off (a connection lost, a session dropped) may flush again.
    std::vector<Waiting> batch = std::exchange(m_waiting, {});
    // Room by room, each in the order it came: every node of a cluster then locks the rooms' counters in
    // the same order, and two nodes' batches cannot wait for each other.
    std::stable_sort(batch.begin(), batch.end(),
                     [](const Waiting &a, const Waiting &b) { return a.message.room < b.message.room; });
    QList<MessageStore::NewRoomMessage> messages;
    messages.reserve(qsizetype(batch.size()));
    for (const Waiting &w : batch)
        messages.append(w.message);
    QElapsedTimer clock;
    clock.start();
    if (const auto stored = m_store.storeRoomMessages(messages)) {
        const qint64 ns = clock.nsecsElapsed();
        for (std::size_t i = 0; i < batch.size(); ++i)
            batch[i].then(stored->at(qsizetype(i)), ns);
        return;
    }
    if (batch.size() == 1) {
        batch.front().then(std::nullopt, clock.nsecsElapsed());
        return;
    }
    // One of them could not be stored, or the commit failed: each again on its own, so that only what
    // cannot be stored is refused.
    for (Waiting &w : batch) {
        clock.restart();
        const auto stored = m_store.storeRoomMessages({w.message});
        w.then(stored ? std::optional(stored->first()) : std::nullopt, clock.nsecsElapsed());
    }
}
