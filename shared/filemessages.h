// Messages about sending files (version 2): an upload announced on the session, its bytes on a transfer
// connection of their own, and the word that they are stored (docs/PROTOCOL.md, "Files").
#pragma once

#include "sessionmessages.h"

#include <optional>

namespace Msg {

// client -> server: a file to send to a room the account is in or to a conversation; answered with
// upload_ready (where its bytes start), or an error (a limit, not in the room, no such user).
struct Upload
{
    static constexpr QLatin1StringView Type{"upload"};
    std::optional<QString> room;
    std::optional<QString> with;
    QString name;    // as the sender calls it, 1-255 characters; receivers make a name of their own from it
    qint64 size = 0; // bytes, at least 1
    QString sha256;  // of the whole content, 64 lowercase hexadecimal digits
    QString mime;    // "type/subtype"
    QJsonObject toJson() const;
    static Parsed<Upload> fromJson(const QJsonObject &o);
    bool operator==(const Upload &) const = default;
};

// server -> client: the upload's id (also the key of its transfer connection: keep it secret), and how
// much of it the server has (size when it has all of it: the same content was stored before).
struct UploadReady
{
    static constexpr QLatin1StringView Type{"upload_ready"};
    QString upload; // 32 lowercase hexadecimal digits
    qint64 offset = 0;
    qint64 size = 0;
    QJsonObject toJson() const;
    static Parsed<UploadReady> fromJson(const QJsonObject &o);
    bool operator==(const UploadReady &) const = default;
};

// client -> server: the account gives up one of its uploads not shared yet (cancelled, or its client will
// not resume it): the server forgets it at once, its bytes go, and it no longer counts against the
// account's limits. No answer; an upload that is not the account's (or no longer there) gets
// no_such_upload.
struct CancelUpload
{
    static constexpr QLatin1StringView Type{"cancel_upload"};
    QString upload; // 32 lowercase hexadecimal digits
    QJsonObject toJson() const;
    static Parsed<CancelUpload> fromJson(const QJsonObject &o);
    bool operator==(const CancelUpload &) const = default;
};

// client -> server: the first frame of a transfer connection (instead of hello): its bytes are this
// upload's, or this download's. Answered with transfer_ready, after which the client sends the upload's
// bytes from the server's offset, or the server sends the download's from the client's. Exactly one of
// upload and download.
struct Transfer
{
    static constexpr QLatin1StringView Type{"transfer"};
    std::optional<QString> upload;
    std::optional<QString> download = std::nullopt;
    qint64 offset = 0; // with download: the first byte wanted
    QJsonObject toJson() const;
    static Parsed<Transfer> fromJson(const QJsonObject &o);
    bool operator==(const Transfer &) const = default;
};

// server -> client, on a transfer connection: where the bytes go on from.
struct TransferReady
{
    static constexpr QLatin1StringView Type{"transfer_ready"};
    qint64 offset = 0;
    QJsonObject toJson() const;
    static Parsed<TransferReady> fromJson(const QJsonObject &o);
    bool operator==(const TransferReady &) const = default;
};

// server -> client, to every version 2 session of the uploader (and on the transfer connection): the
// upload is stored, its hash checked; or it failed (error set: hash_mismatch, server_error), and must be
// started again.
struct Uploaded
{
    static constexpr QLatin1StringView Type{"uploaded"};
    QString upload;
    std::optional<QString> error;   // an error code's spelling; absent when stored
    std::optional<QString> message; // for people, with the error
    QJsonObject toJson() const;
    static Parsed<Uploaded> fromJson(const QJsonObject &o);
    bool operator==(const Uploaded &) const = default;
};

// client -> server: the file (or its thumbnail) of a message the account can read; answered with
// download_ready, or no_such_message (no such message, not one the account can read, or none with a file).
struct Download
{
    static constexpr QLatin1StringView Type{"download"};
    qint64 message = 0;
    bool thumbnail = false;
    QJsonObject toJson() const;
    static Parsed<Download> fromJson(const QJsonObject &o);
    bool operator==(const Download &) const = default;
};

// server -> client: the key of a transfer connection that fetches the file (a secret of this account, good
// for Protocol::DownloadKeyLifetime), its size and its SHA-256.
struct DownloadReady
{
    static constexpr QLatin1StringView Type{"download_ready"};
    qint64 message = 0;
    bool thumbnail = false;
    QString download; // 32 lowercase hexadecimal digits
    qint64 size = 0;
    QString sha256;
    QJsonObject toJson() const;
    static Parsed<DownloadReady> fromJson(const QJsonObject &o);
    bool operator==(const DownloadReady &) const = default;
};

} // namespace Msg
