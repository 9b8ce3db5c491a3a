// Fuzzes the frame decoder: the first byte picks how the input is cut into reads; every frame is parsed.
#include "framedecoder.h"
#include "message.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const qsizetype step = 1 + data[0] % 64;
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    FrameDecoder decoder(4096); // a small limit so the oversize path is reached often
    for (qsizetype pos = 0; pos < input.size(); pos += step) {
        if (!decoder.feed(input.sliced(pos, std::min(step, input.size() - pos)))) {
            if (!decoder.error() || decoder.error()->code != ErrorCode::FrameTooLarge)
                std::abort();
            break;
        }
        if (decoder.bufferedBytes() > 4096 + step + 2 && !decoder.hasFrame())
            std::abort(); // a partial frame must never outgrow the limit
        while (auto frame = decoder.takeFrame()) {
            if (frame->isEmpty() || frame->contains('\n') || frame->size() > 4096)
                std::abort();
            (void)Msg::parse(*frame);
        }
    }
    return 0;
}
