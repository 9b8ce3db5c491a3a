// Reads a message's fields with their types and ranges checked; the first problem found is kept as the error.
#pragma once

#include "protocolerror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <expected>
#include <optional>

// A message object with its "type" set: where every toJson() starts.
QJsonObject typedObject(QLatin1StringView type);
// The string with each unpaired UTF-16 surrogate replaced by U+FFFD; every string a reader returns is.
QString withoutLoneSurrogates(QString s);

class FieldReader
{
public:
    FieldReader(const QJsonObject &object, QLatin1StringView type) : m_object(object), m_type(type) {}

    QString string(QLatin1StringView key, int minLength, int maxLength);
    std::optional<QString> optionalString(QLatin1StringView key, int minLength, int maxLength);
    qint64 integer(QLatin1StringView key, qint64 min, qint64 max);
    std::optional<qint64> optionalInteger(QLatin1StringView key, qint64 min, qint64 max);
    bool boolean(QLatin1StringView key);
    bool optionalBoolean(QLatin1StringView key, bool fallback);
    QJsonArray array(QLatin1StringView key, int maxEntries);
    QJsonArray optionalArray(QLatin1StringView key, int maxEntries); // absent: empty
    std::optional<QJsonObject> optionalObject(QLatin1StringView key);
    QString reaction(QLatin1StringView key); // one emoji, by the rules in names.h
    // Usernames and room names also follow the rules in names.h.
    QString username(QLatin1StringView key);
    std::optional<QString> optionalUsername(QLatin1StringView key);
    QString roomName(QLatin1StringView key);
    std::optional<QString> optionalRoomName(QLatin1StringView key);
    QString text(QLatin1StringView key, int maxLength);
    QString deviceName(QLatin1StringView key);
    // An optional array of usernames (absent: empty).
    QStringList usernames(QLatin1StringView key, int maxEntries);
    std::optional<QString> optionalDeviceName(QLatin1StringView key);
    // A place: exactly one of "room" (a room name) and "with" (a username), else missing_field.
    void roomOrWith(std::optional<QString> *room, std::optional<QString> *with);
    // A string of exactly `length` lowercase hexadecimal digits (an id, a SHA-256).
    QString hex(QLatin1StringView key, int length);
    // A MIME type: lowercase "type/subtype", 3 to Protocol::MaxMimeLength characters.
    QString mimeType(QLatin1StringView key);

    // For nested objects: the error of a nested reader becomes this reader's error.
    void adopt(const ProtocolError &error);
    void fail(ErrorCode code, const QString &message);
    bool ok() const { return !m_error.has_value(); }
    const std::optional<ProtocolError> &error() const { return m_error; }
    QLatin1StringView type() const { return m_type; }

    template <typename T> std::expected<T, ProtocolError> finish(T &&value)
    {
        if (m_error)
            return std::unexpected(*m_error);
        return std::forward<T>(value);
    }

private:
    const QJsonValue *valueOf(QLatin1StringView key, bool required);
    bool present(QLatin1StringView key) const; // there and not null
    QString describe(QLatin1StringView key) const;
    bool checkLength(QLatin1StringView key, const QString &value, int minLength, int maxLength);

    const QJsonObject &m_object;
    QLatin1StringView m_type;
    QJsonValue m_current;
    std::optional<ProtocolError> m_error;
};
