#include "requestbudget.h"

#include <algorithm>

RequestBudget::RequestBudget(double rate, double burst)
    : m_rate(rate), m_burst(burst), m_requests(BeforeLoginRate, BeforeLoginBurst), m_typing(TypingRate, TypingBurst),
      m_refusals(RefusalRate, RefusalBurst)
{}

void RequestBudget::setLoggedIn()
{
    m_requests = TokenBucket(m_rate, m_burst);
}

int RequestBudget::costOf(const Msg::Message &request)
{
    return std::visit(
        [](const auto &m) -> int {
            using T = std::decay_t<decltype(m)>;
            if constexpr (std::is_same_v<T, Msg::ListUsers>)
                return m.room ? 5 : 10; // every online name, sorted
            else if constexpr (std::is_same_v<T, Msg::HistoryRequest> || std::is_same_v<T, Msg::ListMentions> ||
                               std::is_same_v<T, Msg::ExportRequest>)
                return std::clamp(m.limit / 20, 2, MaxCost); // a database page: 10 for 200 messages
            else if constexpr (std::is_same_v<T, Msg::ListRooms>)
                return 5; // every room
            else if constexpr (std::is_same_v<T, Msg::ListConversations> || std::is_same_v<T, Msg::Search>)
                return MaxCost; // up to 500 conversations, each unread one counted
            else if constexpr (std::is_same_v<T, Msg::ListSessions>)
                return 5;
            else if constexpr (std::is_same_v<T, Msg::MarkRead> || std::is_same_v<T, Msg::EndSession> ||
                               std::is_same_v<T, Msg::Topic> || std::is_same_v<T, Msg::Invite> ||
                               std::is_same_v<T, Msg::Notify> || std::is_same_v<T, Msg::Upload> ||
                               std::is_same_v<T, Msg::CancelUpload>)
                return 2; // a database write (most told to every device)
            else if constexpr (std::is_same_v<T, Msg::Join> || std::is_same_v<T, Msg::Leave> ||
                               std::is_same_v<T, Msg::Register> || std::is_same_v<T, Msg::Login> ||
                               std::is_same_v<T, Msg::Resume> || std::is_same_v<T, Msg::Download>)
                return 2; // notices to a room, or a database look-up (hashing has limits of its own)
            else
                return 1;
        },
        request);
}

RequestBudget::Verdict RequestBudget::charge(TokenBucket &bucket, qint64 &notBeforeMs, int cost, qint64 nowMs,
                                             qint64 *retryAfterMs)
{
    if (bucket.take(nowMs, retryAfterMs, cost))
        return Verdict::Allowed;
    const bool waitedAsTold = nowMs >= notBeforeMs;
    notBeforeMs = std::max(notBeforeMs, nowMs + *retryAfterMs);
    if (waitedAsTold)
        return Verdict::Refused;
    qint64 unused = 0;
    return m_refusals.take(nowMs, &unused) ? Verdict::Refused : Verdict::Disconnect;
}

int RequestBudget::sizeCost(int kindCost, qsizetype frameBytes)
{
    return std::max<int>(kindCost, int(std::min<qsizetype>(MaxCost, frameBytes / BytesPerUnit)));
}

RequestBudget::Verdict RequestBudget::charge(const Msg::Message &request, qsizetype frameBytes, qint64 nowMs,
                                             qint64 *retryAfterMs)
{
    if (std::holds_alternative<Msg::Logout>(request))
        return Verdict::Allowed;
    if (std::holds_alternative<Msg::Typing>(request)) {
        const Verdict typing = charge(m_typing, m_typingNotBeforeMs, 1, nowMs, retryAfterMs);
        if (typing != Verdict::Allowed)
            return typing;
    }
    return charge(m_requests, m_requestsNotBeforeMs, sizeCost(costOf(request), frameBytes), nowMs, retryAfterMs);
}

RequestBudget::Verdict RequestBudget::chargeInvalid(qsizetype frameBytes, qint64 nowMs, qint64 *retryAfterMs)
{
    return charge(m_requests, m_requestsNotBeforeMs, sizeCost(1, frameBytes), nowMs, retryAfterMs);
}

bool RequestBudget::allowTyping(qint64 nowMs)
{
    qint64 unused = 0;
    return m_typing.take(nowMs, &unused);
}
