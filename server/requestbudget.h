// What a session's requests cost, and what happens when it spends faster than its budget refills: one
// flooding client must not cost anyone else their latency (docs/SECURITY.md, "Limits").
#pragma once

#include "message.h"
#include "ratelimiter.h"

class RequestBudget
{
public:
    enum class Verdict {
        Allowed,
        Refused,    // answer rate_limited with the retry delay
        Disconnect, // refused again and again without waiting: close the connection
    };

    // Before login a session gets a small fixed budget; after it, `rate` units a second with `burst` at once
    // (0: no budget). Typing has a budget of its own, the pace of a person.
    RequestBudget(double rate = 0, double burst = 0);
    void setLoggedIn();

    // Charges the request's cost; the delay until it would be allowed in *retryAfterMs when refused.
    Verdict charge(const Msg::Message &request, qint64 nowMs, qint64 *retryAfterMs);
    // A frame that is not a valid message costs what the cheapest request does.
    Verdict chargeInvalid(qint64 nowMs, qint64 *retryAfterMs);
    // A typing datagram: true when within the typing budget (UDP has no answer to give).
    bool allowTyping(qint64 nowMs);

    // Units per request kind: what it costs the server to answer, in pings.
    static int costOf(const Msg::Message &request);
    static constexpr int MaxCost = 10;

    // Refusals in a row (no allowed request between them) after which the connection is closed. A client
    // that waits as told is never closed; one that keeps sending without reading its errors is.
    // Enough for a client that sent a burst of requests before the first refusal reached it.
    static constexpr int MaxRefusalsInARow = 50;
    static constexpr double BeforeLoginRate = 2;
    static constexpr double BeforeLoginBurst = 10;
    static constexpr double TypingRate = 3;
    static constexpr double TypingBurst = 6;

private:
    Verdict charge(TokenBucket &bucket, int cost, qint64 nowMs, qint64 *retryAfterMs);

    double m_rate;
    double m_burst;
    TokenBucket m_requests;
    TokenBucket m_typing;
    int m_refusedInARow = 0;
};
