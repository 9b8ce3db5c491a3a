// Fuzzes every message's fromJson through Msg::parse. Whatever parses must survive encode and parse unchanged.
#include "message.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = Msg::parse(input);
    if (!parsed) {
        if (parsed.error().message.isEmpty())
            std::abort(); // every error must say what is wrong
        return 0;
    }
    const QByteArray frame = Msg::encodeMessage(*parsed);
    if (frame.count('\n') != 1 || !frame.endsWith('\n'))
        std::abort();
    const auto again = Msg::parse(QByteArrayView(frame).chopped(1));
    if (!again || !(*again == *parsed))
        std::abort();
    return 0;
}
