// The server's settings file (/etc/chatroom/server.conf when installed, or --config FILE): INI, as QSettings
// writes it, with the command-line options' long names as keys ("port = 5000", "no-tls = false"), and comments
// after '#' or ';' (at a line's start, or after a space). Each value keeps the line it came from, so that an
// error can say where to look.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

class SettingsFile
{
public:
    struct Entry
    {
        QString value; // without surrounding double quotes, or a comment after " #" or " ;"
        int line = 0;  // 1-based
    };

    static constexpr qint64 MaxBytes = 1024 * 1024;

    // nullopt and *error (a sentence naming the file) when it cannot be read or is too large; a file that
    // does not exist is an error too: the caller decides whether a missing file matters.
    static std::optional<SettingsFile> read(const QString &path, QString *error);

    QString path() const { return m_path; }
    // Lines that are no "name = value", keys given twice, empty values: sentences with their lines.
    QStringList problems() const { return m_problems; }
    QStringList keys() const; // in the file's order
    std::optional<Entry> entry(const QString &key) const;
    // "FILE, line N: " for messages about key.
    QString where(const QString &key) const;

private:
    QString m_path;
    QHash<QString, Entry> m_entries;
    QStringList m_problems;
};
