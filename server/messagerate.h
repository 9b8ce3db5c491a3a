// The account's message limit, as every request that others will see (a message, an edit, a reaction)
// draws on it: one place that refuses with rate_limited and counts the refusal.
#pragma once

#include <QtGlobal>
#include <optional>

class ClientSession;
class OnlineAccounts;
struct ServerStats;

class MessageRate
{
public:
    MessageRate(OnlineAccounts &online, ServerStats &stats) : m_online(online), m_stats(stats) {}

    // Takes one from the account's allowance; false when it is spent (the session was told when to retry).
    bool allow(ClientSession *s, std::optional<qint64> ref);

private:
    OnlineAccounts &m_online;
    ServerStats &m_stats;
};
