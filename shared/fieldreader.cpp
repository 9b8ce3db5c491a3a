#include "fieldreader.h"

#include "names.h"
#include "protocol.h"

#include <QRegularExpression>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

QJsonObject typedObject(QLatin1StringView type)
{
    return QJsonObject{{"type"_L1, type}};
}

QString withoutLoneSurrogates(QString s)
{
    // JSON's "\ud800" escapes can name half a character. Such a string cannot be written as UTF-8 (the
    // database, other clients) and would come out differently each way: make each lone half U+FFFD here,
    // so that what is counted, stored and relayed is the same text.
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate())
            ++i; // a whole pair
        else if (c.isSurrogate())
            s[i] = QChar::ReplacementCharacter;
    }
    return s;
}

const QJsonValue *FieldReader::valueOf(QLatin1StringView key, bool required)
{
    if (m_error)
        return nullptr;
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd() || it->isNull()) {
        if (required)
            fail(ErrorCode::MissingField, QStringLiteral("%1 is missing").arg(describe(key)));
        return nullptr;
    }
    m_current = *it;
    return &m_current;
}

bool FieldReader::present(QLatin1StringView key) const
{
    const auto it = m_object.constFind(key);
    return it != m_object.constEnd() && !it->isNull();
}

QString FieldReader::describe(QLatin1StringView key) const
{
    return QStringLiteral("'%1': field '%2'").arg(m_type, key);
}

void FieldReader::fail(ErrorCode code, const QString &message)
{
    if (!m_error)
        m_error = ProtocolError{code, message};
}

void FieldReader::adopt(const ProtocolError &error)
{
    if (!m_error)
        m_error = error;
}

bool FieldReader::checkLength(QLatin1StringView key, const QString &value, int minLength, int maxLength)
{
    if (value.size() < minLength) {
        fail(ErrorCode::OutOfRange,
             minLength == 1 ? QStringLiteral("%1 must not be empty").arg(describe(key))
                            : QStringLiteral("%1 must have at least %2 characters").arg(describe(key)).arg(minLength));
        return false;
    }
    if (value.size() > maxLength) {
        fail(ErrorCode::OutOfRange,
             QStringLiteral("%1 must have at most %2 characters").arg(describe(key)).arg(maxLength));
        return false;
    }
    return true;
}

std::optional<QString> FieldReader::optionalString(QLatin1StringView key, int minLength, int maxLength)
{
    const QJsonValue *v = valueOf(key, false);
    if (!v)
        return std::nullopt;
    if (!v->isString()) {
        fail(ErrorCode::WrongType, QStringLiteral("%1 must be a string").arg(describe(key)));
        return std::nullopt;
    }
    QString s = withoutLoneSurrogates(v->toString());
    if (!checkLength(key, s, minLength, maxLength))
        return std::nullopt;
    if (s.contains(QChar(u'\0'))) { // no database stores it as text (PostgreSQL refuses it)
        fail(ErrorCode::OutOfRange, QStringLiteral("%1 must not contain the character U+0000").arg(describe(key)));
        return std::nullopt;
    }
    return s;
}

QString FieldReader::string(QLatin1StringView key, int minLength, int maxLength)
{
    if (!m_error && !present(key))
        fail(ErrorCode::MissingField, QStringLiteral("%1 is missing").arg(describe(key)));
    return optionalString(key, minLength, maxLength).value_or(QString());
}

std::optional<qint64> FieldReader::optionalInteger(QLatin1StringView key, qint64 min, qint64 max)
{
    const QJsonValue *v = valueOf(key, false);
    if (!v)
        return std::nullopt;
    if (!v->isDouble()) {
        fail(ErrorCode::WrongType, QStringLiteral("%1 must be a number").arg(describe(key)));
        return std::nullopt;
    }
    const double d = v->toDouble();
    if (!std::isfinite(d) || d != std::trunc(d)) {
        fail(ErrorCode::WrongType, QStringLiteral("%1 must be a whole number").arg(describe(key)));
        return std::nullopt;
    }
    if (d < double(min) || d > double(max)) {
        fail(ErrorCode::OutOfRange,
             QStringLiteral("%1 must be between %2 and %3").arg(describe(key)).arg(min).arg(max));
        return std::nullopt;
    }
    return qint64(d);
}

qint64 FieldReader::integer(QLatin1StringView key, qint64 min, qint64 max)
{
    if (!m_error && !present(key))
        fail(ErrorCode::MissingField, QStringLiteral("%1 is missing").arg(describe(key)));
    return optionalInteger(key, min, max).value_or(0);
}

bool FieldReader::boolean(QLatin1StringView key)
{
    const QJsonValue *v = valueOf(key, true);
    if (!v)
        return false;
    if (!v->isBool()) {
        fail(ErrorCode::WrongType, QStringLiteral("%1 must be true or false").arg(describe(key)));
        return false;
    }
    return v->toBool();
}

bool FieldReader::optionalBoolean(QLatin1StringView key, bool fallback)
{
    if (!m_error && !present(key))
        return fallback;
    return boolean(key);
}

QJsonArray FieldReader::array(QLatin1StringView key, int maxEntries)
{
    const QJsonValue *v = valueOf(key, true);
    if (!v)
        return {};
    if (!v->isArray()) {
        fail(ErrorCode::WrongType, QStringLiteral("%1 must be an array").arg(describe(key)));
        return {};
    }
    QJsonArray a = v->toArray();
    if (a.size() > maxEntries) {
        fail(ErrorCode::OutOfRange,
             QStringLiteral("%1 must have at most %2 entries").arg(describe(key)).arg(maxEntries));
        return {};
    }
    return a;
}

QJsonArray FieldReader::optionalArray(QLatin1StringView key, int maxEntries)
{
    return m_error || !present(key) ? QJsonArray() : array(key, maxEntries);
}

std::optional<QJsonObject> FieldReader::optionalObject(QLatin1StringView key)
{
    const QJsonValue *v = valueOf(key, false);
    if (!v)
        return std::nullopt;
    if (!v->isObject()) {
        fail(ErrorCode::WrongType, QStringLiteral("%1 must be an object").arg(describe(key)));
        return std::nullopt;
    }
    return v->toObject();
}

QString FieldReader::username(QLatin1StringView key)
{
    QString name = string(key, Protocol::MinUsernameLength, Protocol::MaxUsernameLength);
    if (!m_error) {
        if (auto problem = Names::usernameProblem(name))
            fail(ErrorCode::OutOfRange, QStringLiteral("%1: %2").arg(describe(key), *problem));
    }
    return name;
}

std::optional<QString> FieldReader::optionalUsername(QLatin1StringView key)
{
    if (m_error || !present(key))
        return std::nullopt;
    return username(key);
}

std::optional<QString> FieldReader::optionalRoomName(QLatin1StringView key)
{
    auto name = optionalString(key, Protocol::MinRoomNameLength, Protocol::MaxRoomNameLength);
    if (name) {
        if (auto problem = Names::roomNameProblem(*name)) {
            fail(ErrorCode::OutOfRange, QStringLiteral("%1: %2").arg(describe(key), *problem));
            return std::nullopt;
        }
        return Names::canonical(*name);
    }
    return std::nullopt;
}

QString FieldReader::roomName(QLatin1StringView key)
{
    if (!m_error && !present(key))
        fail(ErrorCode::MissingField, QStringLiteral("%1 is missing").arg(describe(key)));
    return optionalRoomName(key).value_or(QString());
}

QString FieldReader::text(QLatin1StringView key, int maxLength)
{
    QString s = string(key, 1, maxLength);
    if (!m_error && s.trimmed().isEmpty())
        fail(ErrorCode::OutOfRange, QStringLiteral("%1 must not be blank").arg(describe(key)));
    return s;
}

std::optional<QString> FieldReader::optionalDeviceName(QLatin1StringView key)
{
    auto name = optionalString(key, 1, Protocol::MaxDeviceNameLength);
    if (name) {
        if (auto problem = Names::deviceNameProblem(*name)) {
            fail(ErrorCode::OutOfRange, QStringLiteral("%1: %2").arg(describe(key), *problem));
            return std::nullopt;
        }
    }
    return name;
}

QString FieldReader::reaction(QLatin1StringView key)
{
    QString emoji = string(key, 1, Protocol::MaxReactionLength);
    if (m_error)
        return emoji;
    if (auto problem = Names::reactionProblem(emoji))
        fail(ErrorCode::OutOfRange, QStringLiteral("%1: %2").arg(describe(key), *problem));
    return emoji;
}

QString FieldReader::deviceName(QLatin1StringView key)
{
    if (!m_error && !present(key))
        fail(ErrorCode::MissingField, QStringLiteral("%1 is missing").arg(describe(key)));
    return optionalDeviceName(key).value_or(QString());
}

QStringList FieldReader::usernames(QLatin1StringView key, int maxEntries)
{
    QStringList out;
    if (m_error || !present(key))
        return out;
    const QJsonArray a = array(key, maxEntries);
    for (const QJsonValue &v : a) {
        const QString name = v.toString();
        if (!v.isString() || Names::usernameProblem(name)) {
            fail(ErrorCode::OutOfRange, QStringLiteral("%1 must hold usernames").arg(describe(key)));
            return {};
        }
        out.append(name);
    }
    return out;
}

void FieldReader::roomOrWith(std::optional<QString> *room, std::optional<QString> *with)
{
    *room = optionalRoomName(QLatin1StringView("room"));
    *with = optionalUsername(QLatin1StringView("with"));
    if (ok() && room->has_value() == with->has_value())
        fail(ErrorCode::MissingField,
             QStringLiteral("'%1': give either 'room' or 'with', not both or neither").arg(m_type));
}

QString FieldReader::hex(QLatin1StringView key, int length)
{
    const QString value = string(key, length, length);
    if (ok() && !Names::isLowerHex(value, length))
        fail(ErrorCode::OutOfRange,
             QStringLiteral("%1 must be %2 lowercase hexadecimal digits").arg(describe(key)).arg(length));
    return value;
}

QString FieldReader::mimeType(QLatin1StringView key)
{
    const QString value = string(key, 3, Protocol::MaxMimeLength);
    // Anchored whole: a "$" would also match before a final newline ("text/plain\n").
    static const QRegularExpression mime(
        QRegularExpression::anchoredPattern(u"[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*"_s));
    if (ok() && !mime.match(value).hasMatch())
        fail(ErrorCode::OutOfRange, QStringLiteral("%1 must be a lowercase type/subtype").arg(describe(key)));
    return value;
}
