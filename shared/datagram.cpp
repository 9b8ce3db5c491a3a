#include "datagram.h"

#include <QJsonDocument>
#include <QtCrypto>
#include <QtEndian>

using namespace Qt::Literals::StringLiterals;

namespace Datagram {

namespace {

constexpr char Magic0 = 'C';
constexpr char Magic1 = 'R';
constexpr auto HmacName = "hmac(sha256)";

QByteArray tagOf(QByteArrayView data, const QByteArray &key)
{
    QCA::MessageAuthenticationCode mac(QString::fromLatin1(HmacName), QCA::SymmetricKey(key));
    mac.update(QCA::MemoryRegion(data.toByteArray()));
    return mac.final().toByteArray().left(TagBytes);
}

// Compares in constant time: a forger learns nothing from how long the check took.
bool sameTag(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

ProtocolError dropped(const QString &why)
{
    return ProtocolError{ErrorCode::BadJson, why};
}

bool allowedOverUdp(const Msg::Message &m)
{
    return std::holds_alternative<Msg::Ping>(m) || std::holds_alternative<Msg::Pong>(m) ||
           std::holds_alternative<Msg::Typing>(m);
}

} // namespace

bool cryptoAvailable()
{
    return QCA::isSupported(HmacName);
}

QByteArray seal(const Header &header, const Msg::Message &message, const QByteArray &key)
{
    Q_ASSERT(allowedOverUdp(message));
    QByteArray payload = Msg::encodeMessage(message);
    payload.chop(1); // the newline belongs to TCP framing only
    QByteArray out;
    out.reserve(HeaderBytes + payload.size() + TagBytes);
    out.append(Magic0).append(Magic1).append(char(FormatVersion)).append(char(header.direction));
    char buf[8];
    qToBigEndian(header.session, buf);
    out.append(buf, 4);
    qToBigEndian(header.counter, buf);
    out.append(buf, 8);
    out.append(payload);
    out.append(tagOf(out, key));
    return out;
}

std::optional<Header> peekHeader(QByteArrayView datagram)
{
    if (datagram.size() < HeaderBytes + TagBytes + 2 || datagram.size() > Protocol::MaxDatagramBytes)
        return std::nullopt;
    if (datagram[0] != Magic0 || datagram[1] != Magic1 || quint8(datagram[2]) != FormatVersion)
        return std::nullopt;
    const quint8 direction = quint8(datagram[3]);
    if (direction > 1)
        return std::nullopt;
    Header h;
    h.direction = Direction(direction);
    h.session = qFromBigEndian<quint32>(datagram.data() + 4);
    h.counter = qFromBigEndian<quint64>(datagram.data() + 8);
    return h;
}

Msg::Parsed<Msg::Message> open(QByteArrayView datagram, const QByteArray &key)
{
    if (!peekHeader(datagram))
        return std::unexpected(dropped(u"not a Chat Room datagram (size, magic or version)"_s));
    const QByteArrayView signedPart = datagram.first(datagram.size() - TagBytes);
    const QByteArray expected = tagOf(signedPart, key);
    if (!sameTag(expected, datagram.last(TagBytes)))
        return std::unexpected(dropped(u"the datagram's tag does not verify"_s));
    auto message = Msg::parse(signedPart.sliced(HeaderBytes));
    if (!message)
        return message;
    if (!allowedOverUdp(*message))
        return std::unexpected(ProtocolError{ErrorCode::UnknownType, u"only ping, pong and typing travel over UDP"_s});
    return message;
}

bool ReplayWindow::accept(quint64 counter)
{
    if (counter > m_highest) {
        const quint64 shift = counter - m_highest;
        m_seen = shift >= 64 ? 0 : m_seen << shift;
        m_seen |= 1;
        m_highest = counter;
        return true;
    }
    const quint64 age = m_highest - counter;
    if (age >= 64)
        return false;
    const quint64 bit = quint64(1) << age;
    if (m_seen & bit)
        return false;
    m_seen |= bit;
    return true;
}

} // namespace Datagram
