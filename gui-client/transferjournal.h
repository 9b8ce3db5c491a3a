// What is on its way to or from the server, written down so that the next start of the client goes on
// with it (a send or a save cut short by a crash, a quit, a logout or a power cut): one entry per job, for
// one account on one server, in the client's settings. Entries go when their jobs end, however they end.
// One client at a time takes an account's entries up (claim()): two clients of one account on one computer
// would otherwise both send what the first left.
#pragma once

#include <QDateTime>
#include <QList>
#include <QLockFile>
#include <QSet>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <utility>

class QJsonObject;

class TransferJournal
{
public:
    // Entries kept at most per account: the oldest of those no job here works on go first, so that a drop of
    // thousands of files cannot grow the settings file (rewritten at every change) without bound.
    static constexpr int MaxEntries = 100;
    // An entry older than this is not taken up (its upload is gone from the server after a day, and a file
    // shared days after it was sent would come out of context): it is dropped.
    static constexpr qint64 MaxAgeMs = 3LL * 24 * 3600 * 1000;

    struct Upload
    {
        QString path;
        qint64 size = 0;
        QDateTime modified; // the file as it was when sent: a changed file is not sent in its place
        QString sha256;     // once looked at: a changed file of the same size and time is not sent either
        QString room;       // or
        QString to;
        QString caption;
        std::optional<qint64> durationMs; // a recording: its length and type, and the file is the job's
        QString mime;
        QString sharedUpload; // the file's upload, once its share went out (it may have arrived)
        QStringList uploads;  // every upload the server gave this send (its thumbnail's and its file's)

        QJsonObject toJson() const;
        static std::optional<Upload> fromJson(const QJsonObject &json);
    };
    struct Download
    {
        qint64 message = 0;
        QString sha256;
        qint64 size = 0;
        QString partPath;
        QString finalPath;

        QJsonObject toJson() const;
        static std::optional<Download> fromJson(const QJsonObject &json);
    };

    // account: who on which server ("alice@chat.example.org:5000").
    explicit TransferJournal(const QString &account);

    // Whether this client may take the account's entries up: false while another client (another process,
    // or another FileTransfers here) has claimed them. Held until this object goes; a crashed holder's claim
    // is taken over.
    bool claim();

    // The new entry's key; entries in `keep` (those jobs here work on) are never evicted for it.
    QString add(const Upload &upload, const QSet<QString> &keep = {}) const;
    QString add(const Download &download, const QSet<QString> &keep = {}) const;
    void update(const QString &key, const Upload &upload) const;
    void remove(const QString &key) const;

    // Oldest first, without the entries too old to take up (removed) or unreadable (removed).
    QList<std::pair<QString, Upload>> uploads() const;
    QList<std::pair<QString, Download>> downloads() const;

private:
    QString add(const QJsonObject &entry, const QSet<QString> &keep) const;
    QList<std::pair<QString, QJsonObject>> entries(const QString &kind) const;
    // The entries of a kind that make an Upload or a Download; the others are removed.
    template <typename Entry> QList<std::pair<QString, Entry>> parsed(const QString &kind) const;

    QString m_account;
    QString m_group;
    std::shared_ptr<QLockFile> m_claim;
};
