// The room messages that arrive in one pass of the event loop, stored together: one transaction and one
// commit (with its write to the journal) for all of them, which was most of what storing a message cost. Each message's sender is answered, and its room told, only once it is stored (`ack` still means
// stored), in the next pass at the latest.
#pragma once

#include "histogram.h"
#include "messagestore.h"

#include <QObject>
#include <functional>
#include <vector>

class RoomMessageBatch
{
public:
    // A pass's messages beyond this many are stored at once, without waiting for the pass to end.
    static constexpr int MaxMessages = 256;

    // What becomes of a message once its transaction is over: stored, or nullopt when it could not be.
    using Then = std::function<void(const std::optional<StoredMessage> &stored)>;

    // Each transaction's time goes to `transactions`.
    RoomMessageBatch(MessageStore &store, Histogram &transactions) : m_store(store), m_transactions(transactions) {}

    void add(MessageStore::NewRoomMessage message, Then then);
    // Stores what is waiting now. Whatever must come after the messages already sent (another request, a
    // session's end, a command) calls this first. Called from what a flush's answers set off, it returns at
    // once: the flush under way stores what came meanwhile after its answers.
    void flush();
    bool isEmpty() const { return m_waiting.empty(); }

private:
    struct Waiting
    {
        MessageStore::NewRoomMessage message;
        Then then;
    };
    // Stores the messages (sorted), and answers each.
    void store(std::vector<Waiting> &batch);

    MessageStore &m_store;
    Histogram &m_transactions;
    QObject m_context; // carries the call in the next pass, and takes it along when the batch goes
    std::vector<Waiting> m_waiting;
    bool m_flushPosted = false;
    bool m_flushing = false;
};
