#include "valkeyreply.h"

#include <algorithm>
#include <hiredis/hiredis.h>

ValkeyReply ValkeyReply::from(const void *node, int depthLeft, bool *tooDeep)
{
    const auto *reply = static_cast<const redisReply *>(node);
    ValkeyReply out;
    switch (reply->type) {
    case REDIS_REPLY_STRING:
    case REDIS_REPLY_VERB:
    case REDIS_REPLY_BIGNUM:
    case REDIS_REPLY_DOUBLE:
        out.type = ValkeyReply::Type::String;
        out.string = QByteArray(reply->str, qsizetype(reply->len));
        break;
    case REDIS_REPLY_STATUS:
    case REDIS_REPLY_ERROR:
        out.type = reply->type == REDIS_REPLY_ERROR ? ValkeyReply::Type::Error : ValkeyReply::Type::Status;
        out.string = QByteArray(reply->str, qsizetype(reply->len));
        break;
    case REDIS_REPLY_INTEGER:
    case REDIS_REPLY_BOOL:
        out.type = ValkeyReply::Type::Integer;
        out.integer = reply->integer;
        break;
    case REDIS_REPLY_ARRAY:
    case REDIS_REPLY_MAP:
    case REDIS_REPLY_SET:
    case REDIS_REPLY_PUSH:
        out.type = ValkeyReply::Type::Array;
        if (depthLeft <= 0) {
            *tooDeep = true;
            break;
        }
        out.elements.reserve(qsizetype(std::min<size_t>(reply->elements, 1024))); // (the reader bounds the count)
        for (size_t i = 0; i < reply->elements && !*tooDeep; ++i)
            out.elements.append(from(reply->element[i], depthLeft - 1, tooDeep));
        break;
    default:
        break;
    }
    return out;
}
