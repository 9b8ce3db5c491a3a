// Version 2: a file shared in a message (docs/PROTOCOL.md, "Sharing a file"): what a say or whisper names
// (uploads of its own account, stored), and what receivers see of it (never an upload id).
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <optional>

class FieldReader;

namespace Msg {

// Pixels, as senders describe images and videos (the server never decodes them; receivers check).
inline constexpr qint64 MaxPixelSide = 100'000;
// A thumbnail: at most this many pixels a side and this many bytes, PNG, JPEG or WebP.
inline constexpr qint64 MaxThumbnailSide = 320;
inline constexpr qint64 MaxThumbnailBytes = 64 * 1024;
// A voice message's or a video's length, as its sender says.
inline constexpr qint64 MaxDurationMs = 24LL * 60 * 60 * 1000;

// What a say or whisper shares: a stored upload of the sender's to the same place, and what the sender read
// from it.
struct ShareFile
{
    QString upload;                             // 32 lowercase hexadecimal digits
    std::optional<qint64> width = std::nullopt; // pixels; with height, or neither
    std::optional<qint64> height = std::nullopt;
    std::optional<qint64> durationMs = std::nullopt; // audio and video
    std::optional<QString> thumbnail = std::nullopt; // an upload too: a small picture of the file
    qint64 thumbnailWidth = 0;                       // with thumbnail: its pixels
    qint64 thumbnailHeight = 0;

    QJsonObject toJson() const;
    static std::optional<ShareFile> readFrom(FieldReader &r);
    bool operator==(const ShareFile &) const = default;
};

// A thumbnail as receivers see it: fetched with download {message, thumbnail:true}.
struct Thumbnail
{
    qint64 width = 0;
    qint64 height = 0;
    QString mime;
    qint64 size = 0;
    bool operator==(const Thumbnail &) const = default;
};

// A file in a message, as every reader of it sees it: fetched with download {message}.
struct Attachment
{
    QString name; // as its sender called it: never a path to trust
    qint64 size = 0;
    QString mime;
    QString sha256;
    std::optional<qint64> width = std::nullopt;
    std::optional<qint64> height = std::nullopt;
    std::optional<qint64> durationMs = std::nullopt;
    std::optional<Thumbnail> thumbnail = std::nullopt;

    QJsonObject toJson() const;
    static std::optional<Attachment> readFrom(FieldReader &r);
    bool operator==(const Attachment &) const = default;
};

} // namespace Msg

Q_DECLARE_METATYPE(Msg::Attachment)
