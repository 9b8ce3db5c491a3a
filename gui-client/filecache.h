// The files of messages kept in the cache folder, by their SHA-256: a folder per file, the file in it under
// a safe name of its own (programs go by the extension). Fetched once however many ask at the same time:
// what Open, the image viewer, a GIF playing on hover and a voice message playing use.
#pragma once

#include "attachment.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>

class DownloadJob;
class FileTransfers;

class FileCache : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const QString &path, const QString &why)>;

    FileCache(FileTransfers &transfers, const QString &folder, QObject *parent = nullptr);

    // Where the file is (or will be) kept.
    QString pathOf(const Msg::Attachment &file) const;
    // A part file of its own for a fetch into path: two windows, or two clients on one account of this
    // computer, share the cache, and two fetches into one part would mix their bytes. (Cache fetches
    // therefore start again from nothing after a restart; saves keep theirs.)
    static QString partFor(const QString &path);
    // Removes, in the thread pool, the parts under folder that a quit or a crash left behind (older than
    // a day: a fetch under way in another window or client keeps its own fresh).
    static void sweepParts(const QString &folder);
    bool has(const Msg::Attachment &file) const;
    // The message's file: done(path, "") once it is here, or done("", why) when it cannot be; always
    // called later, from the event loop, and never once context is gone. Returns the fetch when one runs
    // (for its progress), else nullptr.
    DownloadJob *get(qint64 message, const Msg::Attachment &file, QObject *context, Done done);

private:
    FileTransfers &m_transfers;
    QString m_folder;
    QHash<QString, QPointer<DownloadJob>> m_fetching; // by path (the same content may come under two names)
};
