// What is on its way to or from the server, written down so that the next start of the client goes on
// with it (a send or a save cut short by a crash, a quit, a logout or a power cut): one entry per job, for
// one account on one server, in the client's settings. Entries go when their jobs end, however they end.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>
#include <utility>

class TransferJournal
{
public:
    // Entries kept at most per account: a client that never ends its jobs cannot grow the settings file
    // without bound (the oldest go first).
    static constexpr int MaxEntries = 100;

    struct Upload
    {
        QString path;
        qint64 size = 0;
        QDateTime modified; // the file as it was when sent: a changed file is not sent in its place
        QString room;       // or
        QString to;
        QString caption;
        std::optional<qint64> durationMs; // a recording: its length and type, and the file is the job's
        QString mime;
    };
    struct Download
    {
        qint64 message = 0;
        QString sha256;
        qint64 size = 0;
        QString partPath;
        QString finalPath;
    };

    // account: who on which server ("alice@chat.example.org:5000").
    explicit TransferJournal(const QString &account);

    // The new entry's key.
    QString add(const Upload &upload) const;
    QString add(const Download &download) const;
    void remove(const QString &key) const;

    // Oldest first.
    QList<std::pair<QString, Upload>> uploads() const;
    QList<std::pair<QString, Download>> downloads() const;

private:
    QString add(const QString &kind, const QVariantMap &fields) const;
    QList<std::pair<QString, QVariantMap>> entries(const QString &kind) const;

    QString m_group;
};
