// Fuzzes the UDP datagram parser, and the replay window with the counters of datagrams that verify.
#include "datagram.h"

#include <QtCrypto>
#include <cstdint>
#include <cstdlib>

namespace {
const QByteArray Key(32, '\x11');
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    static QCA::Initializer qca;
    if (!Datagram::cryptoAvailable())
        std::abort();
    // OpenSSL allocates its tables on first use; do that here so they are not taken for per-input leaks.
    (void)Datagram::open(Datagram::seal({}, Msg::Ping{1}, Key), Key);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Datagram::ReplayWindow window;
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto header = Datagram::peekHeader(input);
    // Half the time, seal the fuzzer's bytes as a payload so the parser behind the tag is reached too.
    if (header && (header->counter & 1)) {
        auto inner = Msg::parse(input.sliced(Datagram::HeaderBytes));
        if (inner && (std::holds_alternative<Msg::Ping>(*inner) || std::holds_alternative<Msg::Typing>(*inner))) {
            const QByteArray sealed = Datagram::seal(*header, *inner, Key);
            const auto opened = Datagram::open(sealed, Key);
            if (sealed.size() <= Protocol::MaxDatagramBytes && (!opened || !(*opened == *inner)))
                std::abort();
        }
    }
    const auto opened = Datagram::open(input, Key);
    if (opened && header)
        (void)window.accept(header->counter);
    return 0;
}
