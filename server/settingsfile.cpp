#include "settingsfile.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

// Read here rather than by QSettings, whose INI reading turns commas into lists, lets a stray quote in a
// comment swallow the lines after it, cuts values at ';', caches a file whose size and time did not change,
// and cannot say which line a value came from. The format is the same for the files an administrator writes.
std::optional<SettingsFile> SettingsFile::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"Cannot read the settings file %1: %2."_s.arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > MaxBytes) {
        *error = u"The settings file %1 is larger than %2 KiB; it is not one."_s.arg(path).arg(MaxBytes / 1024);
        return std::nullopt;
    }
    static const QRegularExpression section(uR"(^\[([^\]]*)\]$)"_s);
    static const QRegularExpression assignment(uR"(^([^=\s][^=]*?)\s*=\s*(.*)$)"_s);
    static const QRegularExpression trailingComment(uR"(\s+[#;].*$)"_s);
    SettingsFile result;
    result.m_path = QFileInfo(path).absoluteFilePath();
    const QString where = result.m_path;
    QString group;
    int number = 0;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        ++number;
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        if (const auto m = section.match(line); m.hasMatch()) {
            group = m.captured(1).trimmed();
            if (group.compare("General"_L1, Qt::CaseInsensitive) == 0)
                group.clear(); // QSettings' name for the top level
            continue;
        }
        const auto a = assignment.match(line);
        if (!a.hasMatch()) {
            result.m_problems
                << u"%1, line %2: \"%3\" is not a setting; write \"name = value\"."_s.arg(where).arg(number).arg(
                       line.left(60));
            continue;
        }
        const QString key = group.isEmpty() ? a.captured(1) : group + u'/' + a.captured(1);
        QString value = a.captured(2);
        if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
            value = value.mid(1, value.size() - 2); // quoted: kept whole, '#' and ';' too
        else
            value = value.remove(trailingComment).trimmed();
        if (const auto before = result.m_entries.constFind(key); before != result.m_entries.cend())
            result.m_problems << u"%1, line %2: %3 was set on line %4 already; give each setting once."_s.arg(where)
                                     .arg(number)
                                     .arg(key)
                                     .arg(before->line);
        else if (value.isEmpty())
            result.m_problems << u"%1, line %2: %3 has no value."_s.arg(where).arg(number).arg(key);
        result.m_entries.insert(key, Entry{value, number});
    }
    return result;
}

QStringList SettingsFile::keys() const
{
    QStringList keys = m_entries.keys();
    std::ranges::sort(keys, [this](const QString &a, const QString &b) {
        return std::pair(m_entries[a].line, a) < std::pair(m_entries[b].line, b);
    });
    return keys;
}

std::optional<SettingsFile::Entry> SettingsFile::entry(const QString &key) const
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.cend())
        return std::nullopt;
    return *it;
}

QString SettingsFile::where(const QString &key) const
{
    const int line = m_entries.value(key).line;
    return line > 0 ? u"%1, line %2: "_s.arg(m_path).arg(line) : u"%1: "_s.arg(m_path);
}
