// RoomMessageBatch: a pass's room messages in one transaction, and what happens when one cannot be stored.
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
    // What the answers set off (a connection lost, a session dropped) may flush again: the flush under way
    // goes on with what came meanwhile once it has answered its own, so that nothing overtakes them.
    if (m_flushing)
        return;
    m_flushing = true;
    while (!m_waiting.empty()) {
        std::vector<Waiting> batch = std::exchange(m_waiting, {});
        store(batch);
    }
    m_flushing = false;
}

void RoomMessageBatch::store(std::vector<Waiting> &batch)
{
    // Room by room, each in the order it came: every node of a cluster then locks the rooms' counters in
    // the same order, and two nodes' batches cannot wait for each other.
    std::stable_sort(batch.begin(), batch.end(),
                     [](const Waiting &a, const Waiting &b) { return a.message.room < b.message.room; });
    std::size_t next = 0;
    while (next < batch.size()) {
        QList<MessageStore::NewRoomMessage> messages;
        messages.reserve(qsizetype(batch.size() - next));
        for (std::size_t i = next; i < batch.size(); ++i)
            messages.append(batch[i].message);
        QElapsedTimer clock;
        clock.start();
        qsizetype failed = -1;
        const auto stored = m_store.storeRoomMessages(messages, &failed);
        m_transactions.observeNs(clock.nsecsElapsed());
        if (stored) {
            for (qsizetype i = 0; i < stored->size(); ++i)
                batch[next + std::size_t(i)].then(stored->at(i));
            return;
        }
        if (failed < 0) {
            // The transaction itself failed: without a connection nothing can be stored now, and a commit
            // whose answer was lost may have stored them; nothing is tried again.
            for (std::size_t i = next; i < batch.size(); ++i)
                batch[i].then(std::nullopt);
            return;
        }
        // One message could not be stored: those before it again (they were rolled back with it), it refused,
        // and the rest go on as a batch of their own.
        if (failed > 0) {
            std::vector<Waiting> before(std::make_move_iterator(batch.begin() + qsizetype(next)),
                                        std::make_move_iterator(batch.begin() + qsizetype(next) + failed));
            store(before);
        }
        batch[next + std::size_t(failed)].then(std::nullopt);
        next += std::size_t(failed) + 1;
    }
}
