// The UDP datagram format: a small authenticated header around one message's JSON.
//
//   offset size  field
//   0      2     magic "CR"
//   2      1     format version (1)
//   3      1     direction: 0 client -> server, 1 server -> client
//   4      4     session id (big-endian), from auth_ok's udpSession
//   8      8     counter (big-endian), strictly increasing per sender and session
//   16     n     payload: one message as compact JSON (ping, pong or typing)
//   16+n   16    tag: the first 16 bytes of HMAC-SHA256(udpKey, bytes 0 .. 16+n)
#pragma once

#include "message.h"
#include "protocol.h"

#include <QByteArray>
#include <optional>

namespace Datagram {

inline constexpr qsizetype HeaderBytes = 16;
inline constexpr qsizetype TagBytes = 16;
inline constexpr quint8 FormatVersion = 1;

enum class Direction : quint8 { ToServer = 0, ToClient = 1 };

struct Header
{
    Direction direction = Direction::ToServer;
    quint32 session = 0;
    quint64 counter = 0;
};

// Is the HMAC this format needs available (QCA with a provider that has hmac(sha256))?
bool cryptoAvailable();

// Builds a datagram. Only ping, pong and typing travel over UDP.
QByteArray seal(const Header &header, const Msg::Message &message, const QByteArray &key);

// Reads the header without checking anything but the size and magic, so the receiver can find the key.
std::optional<Header> peekHeader(QByteArrayView datagram);

// Checks the tag with the session's key and parses the payload. Errors say why the datagram was dropped.
Msg::Parsed<Msg::Message> open(QByteArrayView datagram, const QByteArray &key);

// Remembers which counters were seen, so a replayed datagram is refused. Accepts counters up to 64 behind
// the highest seen (datagrams may arrive out of order), each once.
class ReplayWindow
{
public:
    // True, and records the counter, when it was not seen before and is not too old.
    bool accept(quint64 counter);
    quint64 highest() const { return m_highest; }

private:
    quint64 m_highest = 0;
    quint64 m_seen = 0; // bit i: counter m_highest - i was seen
};

} // namespace Datagram
