#include "messagerate.h"

#include "clientsession.h"
#include "monotonicclock.h"
#include "onlineaccounts.h"
#include "serverstats.h"

using namespace Qt::Literals::StringLiterals;

bool MessageRate::allow(ClientSession *s, std::optional<qint64> ref)
{
    qint64 retryAfter = 0;
    if (m_online.messageBucket(s->userKey()).take(MonotonicClock::nowMs(), &retryAfter))
        return true;
    ++m_stats.rateLimited;
    Msg::ErrorReply e(ErrorCode::RateLimited,
                      u"You are sending too fast; wait %1 ms before sending again."_s.arg(retryAfter), ref);
    e.retryAfterMs = retryAfter;
    s->sendMessage(e);
    return false;
}
