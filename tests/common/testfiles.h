// Files for tests against the real server: content that is easy to tell apart, its SHA-256, where the server
// stores it, and the steps of an upload (announce, transfer connection) as a client takes them.
#pragma once

#include "serverprocess.h"
#include "testclient.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>

namespace TestFiles {

using namespace Qt::Literals::StringLiterals;

inline QByteArray content(qsizetype size, int seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char((i * 131 + seed * 7 + (i >> 11)) & 0xff);
    return bytes;
}

inline QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

inline Msg::Upload announce(const QByteArray &bytes, const QString &room = u"lobby"_s,
                            const QString &mime = u"application/octet-stream"_s)
{
    return Msg::Upload{room, std::nullopt, u"data.bin"_s, bytes.size(), sha256(bytes), mime};
}

inline QString storedPath(const ServerProcess &server, const QString &hash)
{
    return server.dataDir() + u"/files/"_s + hash.left(2) + u'/' + hash.mid(2, 2) + u'/' + hash;
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Announces an upload on c's session and returns the answer (nullopt: an error came instead).
inline std::optional<Msg::UploadReady> begin(TestClient &c, const Msg::Upload &upload)
{
    static qint64 ref = 1000;
    c.send(upload, ++ref);
    return c.waitFor<Msg::UploadReady>(5000);
}

// A transfer connection for an upload: connected, transfer sent, transfer_ready waited for.
inline std::unique_ptr<TestClient> transfer(quint16 port, const QString &upload, qint64 *offset)
{
    auto t = std::make_unique<TestClient>();
    if (!t->connectTo(port))
        return nullptr;
    t->send(Msg::Transfer{upload, std::nullopt, 0});
    const std::optional<Msg::TransferReady> ready = t->waitFor<Msg::TransferReady>(5000);
    if (!ready)
        return nullptr;
    *offset = ready->offset;
    return t;
}

// The whole upload: announced, sent, stored; its id, or empty when a step failed. A transfer connection the
// server closes on the way (a short idle timeout on a loaded machine) is resumed, as a client does.
inline QString upload(TestClient &c, quint16 port, const Msg::Upload &announced, const QByteArray &bytes)
{
    for (int attempt = 0; attempt < 5; ++attempt) {
        const std::optional<Msg::UploadReady> ready = begin(c, announced);
        if (!ready)
            return QString();
        std::unique_ptr<TestClient> t; // open until the upload is stored: closing it might cut the bytes off
        if (ready->offset < ready->size) {
            qint64 offset = -1;
            t = transfer(port, ready->upload, &offset);
            if (!t)
                continue;
            t->sendRaw(bytes.sliced(offset));
        }
        const auto stored = [&](const Msg::Uploaded &u) { return u.upload == ready->upload; };
        std::optional<Msg::Uploaded> done;
        QTRY_VERIFY_WITH_TIMEOUT_NOFAIL((done = c.waitFor<Msg::Uploaded>(0, stored)) || (t && !t->isConnected()),
                                        20000);
        if (!done && t && !t->isConnected()) // broken off: it goes on from where the server has it
            done = c.waitFor<Msg::Uploaded>(500, stored);
        if (done)
            return done->error ? QString() : ready->upload;
    }
    return QString();
}

// A say with a file: its ack's id, or 0 (and the error in *error).
inline qint64 share(TestClient &c, const QString &room, const Msg::ShareFile &file, const QString &text = u"data.bin"_s,
                    QString *error = nullptr)
{
    static qint64 ref = 500;
    Msg::Say say{room, text, ++ref};
    say.file = file;
    c.send(say);
    QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired()) {
        if (const auto ack = c.waitFor<Msg::Ack>(20, [&](const Msg::Ack &a) { return a.ref == ref; }))
            return ack->id;
        if (const auto e = c.waitFor<Msg::ErrorReply>(20, [&](const Msg::ErrorReply &e) { return e.ref == ref; })) {
            if (error)
                *error = e->code;
            return 0;
        }
    }
    return 0;
}

// Asks for a message's file and fetches it on a transfer connection to port from offset: the bytes (empty and
// *error set when an error came instead).
inline QByteArray fetch(TestClient &c, quint16 port, qint64 message, bool thumbnail = false, qint64 offset = 0,
                        QString *error = nullptr)
{
    c.send(Msg::Download{message, thumbnail});
    std::optional<Msg::DownloadReady> ready;
    QDeadlineTimer deadline(5000);
    while (!ready && !deadline.hasExpired()) {
        ready = c.waitFor<Msg::DownloadReady>(20);
        if (const auto e = c.waitFor<Msg::ErrorReply>(20)) {
            if (error)
                *error = e->code;
            return {};
        }
    }
    if (!ready)
        return {};
    TestClient t;
    t.expectBytesAfterTransferReady();
    if (!t.connectTo(port))
        return {};
    t.send(Msg::Transfer{std::nullopt, ready->download, offset});
    const qint64 expected = ready->size - offset;
    QTRY_VERIFY_WITH_TIMEOUT_NOFAIL(t.rawBytes().size() >= expected || t.has<Msg::ErrorReply>(), 20000);
    if (!t.waitForDisconnect(5000)) // the server closes after the last byte
        return {};
    if (t.rawBytes().size() == ready->size - offset && offset == 0 &&
        sha256(t.rawBytes()) != ready->sha256) // what download_ready promised
        return {};
    return t.rawBytes();
}

} // namespace TestFiles
