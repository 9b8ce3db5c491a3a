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
        Disconnect, // refused more than a client that waits as told ever is: close the connection
    };

    // Before login a session gets a small fixed budget; after it, `rate` units a second with `burst` at once
    // (either 0: no budget after login). Typing has a budget of its own, the pace of a person.
    RequestBudget(double rate = 0, double burst = 0);
    void setLoggedIn();

    // Charges the request's cost (by its kind, and by its size: every 4 KiB of frame costs a unit, so that
    // big frames cannot be sent as often as pings); the delay until it would be allowed in *retryAfterMs
    // when refused. A logout is always allowed: it must never leave a session (and its token) behind.
    Verdict charge(const Msg::Message &request, qsizetype frameBytes, qint64 nowMs, qint64 *retryAfterMs);
    // A frame that is not a valid message costs what the cheapest request does, and its size.
    Verdict chargeInvalid(qsizetype frameBytes, qint64 nowMs, qint64 *retryAfterMs);
    // A typing datagram: true when within the typing budget (UDP has no answer to give).
    bool allowTyping(qint64 nowMs);

    // Units per request kind: what it costs the server to answer, in pings.
    static int costOf(const Msg::Message &request);
    static constexpr int MaxCost = 10;

    // Refusals are a budget too: 50 at once (a client that sent a burst of requests before the first
    // refusal reached it), then one a second. Past that the connection is closed. Only a refusal of a
    // request sent before the delay the last refusal gave has passed counts: a client that waits as told
    // is never closed (even when the request it sends next is refused again, its budget being still low);
    // one that keeps sending, or sends just enough allowed requests between its refused ones, is.
    static constexpr double RefusalBurst = 50;
    static constexpr double RefusalRate = 1;
    static constexpr qsizetype BytesPerUnit = 4096;
    static constexpr double BeforeLoginRate = 2;
    static constexpr double BeforeLoginBurst = 20; // hello and a few mistyped passwords (those have their own delay)
    static constexpr double TypingRate = 3;
    static constexpr double TypingBurst = 6;

private:
    Verdict charge(TokenBucket &bucket, qint64 &notBeforeMs, int cost, qint64 nowMs, qint64 *retryAfterMs);
    static int sizeCost(int kindCost, qsizetype frameBytes);

    double m_rate;
    double m_burst;
    TokenBucket m_requests;
    TokenBucket m_typing;
    TokenBucket m_refusals;
    // When the last refusal from each bucket said the client could try again.
    qint64 m_requestsNotBeforeMs = 0;
    qint64 m_typingNotBeforeMs = 0;
};
