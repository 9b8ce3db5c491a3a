#include "message.h"

#include "fieldreader.h"
#include "protocol.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace Msg {

namespace {

using Parser = Parsed<Message> (*)(const QJsonObject &);

template <typename T> Parsed<Message> parseAs(const QJsonObject &o)
{
    auto parsed = T::fromJson(o);
    if (!parsed)
        return std::unexpected(parsed.error());
    return Message(std::move(*parsed));
}

template <std::size_t... I> constexpr auto makeParsers(std::index_sequence<I...>)
{
    return std::array<std::pair<QLatin1StringView, Parser>, sizeof...(I)>{
        std::pair{std::variant_alternative_t<I, Message>::Type, &parseAs<std::variant_alternative_t<I, Message>>}...};
}

constexpr auto Parsers = makeParsers(std::make_index_sequence<std::variant_size_v<Message>>{});

} // namespace

QLatin1StringView typeOf(const Message &m)
{
    return std::visit([](const auto &msg) { return std::decay_t<decltype(msg)>::Type; }, m);
}

Parsed<Message> fromJson(const QJsonObject &o)
{
    const auto type = o.constFind("type"_L1);
    if (type == o.constEnd())
        return std::unexpected(ProtocolError{ErrorCode::MissingField, u"field 'type' is missing"_s});
    if (!type->isString())
        return std::unexpected(ProtocolError{ErrorCode::WrongType, u"field 'type' must be a string"_s});
    const QString name = type->toString();
    for (const auto &[typeName, parser] : Parsers) {
        if (name == typeName)
            return parser(o);
    }
    return std::unexpected(ProtocolError{ErrorCode::UnknownType, u"unknown message type '%1'"_s.arg(name.left(64))});
}

Parsed<Message> parse(QByteArrayView json, std::optional<qint64> *ref)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return std::unexpected(ProtocolError{
            ErrorCode::BadJson, u"not valid JSON: %1 at offset %2"_s.arg(error.errorString()).arg(error.offset)});
    if (!doc.isObject())
        return std::unexpected(ProtocolError{ErrorCode::BadJson, u"a message must be a JSON object"_s});
    const QJsonObject object = doc.object();
    const QByteArray typeName = object.value("type"_L1).toString().left(64).toLatin1();
    FieldReader envelope(object, QLatin1StringView(typeName));
    const std::optional<qint64> requestRef = envelope.optionalInteger("ref"_L1, 0, Protocol::MaxId);
    if (!envelope.ok())
        return std::unexpected(*envelope.error());
    if (ref)
        *ref = requestRef;
    auto message = fromJson(object);
    if (!message)
        message.error().ref = requestRef;
    return message;
}

QByteArray encodeObject(const QJsonObject &o)
{
    QByteArray frame = QJsonDocument(o).toJson(QJsonDocument::Compact);
    frame.append('\n');
    return frame;
}

QByteArray encodeMessage(const Message &m)
{
    return std::visit([](const auto &msg) { return encode(msg); }, m);
}

} // namespace Msg
