// A reply from Valkey (or Redis), out of hiredis' reply tree: its type and value, arrays (maps, sets and
// pushes too) as elements.
#pragma once

#include <QByteArray>
#include <QList>

struct ValkeyReply
{
    enum class Type { Nil, Status, Error, Integer, String, Array };
    Type type = Type::Nil;
    qint64 integer = 0;
    QByteArray string; // a status, an error or a string
    QList<ValkeyReply> elements;

    bool isError() const { return type == Type::Error; }

    // From a hiredis redisReply, arrays nested at most depthLeft deep (deeper: *tooDeep, and the rest of
    // it left out).
    static ValkeyReply from(const void *redisReply, int depthLeft, bool *tooDeep);
};
