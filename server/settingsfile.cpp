#include "settingsfile.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

// QSettings gives the values but not their lines: the lines come from reading the text beside it, with
// the same rules (sections in brackets, keys before '='), comments being lines that start with ';' or '#'.
QHash<QString, int> keyLines(const QByteArray &text)
{
    static const QRegularExpression section(uR"(^\s*\[([^\]]*)\]\s*$)"_s);
    static const QRegularExpression assignment(uR"(^\s*([^=;#\s][^=]*?)\s*=)"_s);
    QHash<QString, int> lines;
    QString group;
    int number = 0;
    for (const QByteArray &raw : text.split('\n')) {
        ++number;
        const QString line = QString::fromUtf8(raw);
        if (const auto m = section.match(line); m.hasMatch()) {
            group = m.captured(1).trimmed();
            if (group.compare("General"_L1, Qt::CaseInsensitive) == 0)
                group.clear();
        } else if (const auto a = assignment.match(line); a.hasMatch()) {
            const QString key = group.isEmpty() ? a.captured(1) : group + u'/' + a.captured(1);
            lines.insert(key, number); // a key given twice: QSettings keeps the last, and so do we
        }
    }
    return lines;
}

} // namespace

std::optional<SettingsFile> SettingsFile::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"Cannot read the settings file %1: %2."_s.arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray text = file.readAll();
    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        *error = u"%1 is not a settings file in INI format (lines of \"name = value\")."_s.arg(path);
        return std::nullopt;
    }
    const QHash<QString, int> lines = keyLines(text);
    SettingsFile result;
    result.m_path = QFileInfo(path).absoluteFilePath();
    static const QRegularExpression trailingComment(uR"(\s+#.*$)"_s);
    for (const QString &key : settings.allKeys()) {
        // QSettings takes only ';' for a comment; a line starting with '#' reads as a key, and is skipped here.
        if (key.section(u'/', -1).startsWith(u'#'))
            continue;
        const QVariant v = settings.value(key);
        // An unquoted value with commas reads as a list; none of ours is one, so it is joined back.
        QString value = v.typeId() == QMetaType::QStringList ? v.toStringList().join(u", "_s) : v.toString();
        result.m_entries.insert(key, Entry{value.remove(trailingComment).trimmed(), lines.value(key)});
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
