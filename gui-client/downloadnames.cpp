#include "downloadnames.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace {
// Suffixes of what a desktop may run, or hand to an interpreter, when the file is opened.
const QStringList &runnableSuffixes()
{
    static const QStringList suffixes = {
        u"desktop"_s, u"sh"_s,   u"bash"_s, u"zsh"_s,      u"csh"_s, u"ksh"_s, u"fish"_s, u"py"_s,  u"pyw"_s,
        u"pl"_s,      u"rb"_s,   u"php"_s,  u"lua"_s,      u"tcl"_s, u"js"_s,  u"mjs"_s,  u"jar"_s, u"exe"_s,
        u"msi"_s,     u"com"_s,  u"bat"_s,  u"cmd"_s,      u"scr"_s, u"pif"_s, u"vbs"_s,  u"vbe"_s, u"wsf"_s,
        u"ps1"_s,     u"psm1"_s, u"run"_s,  u"appimage"_s, u"bin"_s, u"deb"_s, u"rpm"_s,  u"apk"_s, u"command"_s,
        u"app"_s,     u"lnk"_s,  u"reg"_s,  u"hta"_s,      u"cpl"_s, u"elf"_s, u"out"_s,  u"so"_s,  u"dll"_s};
    return suffixes;
}

bool isReservedChar(QChar c)
{
    // Path separators, what Windows forbids (the file may be copied there), and control characters.
    return c == u'/' || c == u'\\' || c == u':' || c == u'*' || c == u'?' || c == u'"' || c == u'<' || c == u'>' ||
           c == u'|' || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
           c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
}

// Cuts text to at most bytes of UTF-8, never inside a character (or a surrogate pair).
QString cutToBytes(const QString &text, int bytes)
{
    QString out = text;
    while (out.toUtf8().size() > bytes) {
        out.chop(1);
        if (!out.isEmpty() && out.back().isHighSurrogate())
            out.chop(1);
    }
    return out;
}

// "report.pdf" → ("report", ".pdf"); "archive.tar.gz" → ("archive", ".tar.gz"); "notes" → ("notes", "").
std::pair<QString, QString> stemAndSuffix(const QString &name)
{
    const QFileInfo info(name);
    QString suffix = info.completeSuffix();
    if (suffix.size() > 12) // "v1.2.3 final.pdf" is not a 12-character suffix: only the last part is
        suffix = info.suffix();
    if (suffix.isEmpty())
        return {name, {}};
    return {name.left(name.size() - suffix.size() - 1), u'.' + suffix};
}
} // namespace

QString DownloadNames::safeName(const QString &offered)
{
    // The last part of a path, whichever separator it uses.
    QString name = offered.mid(std::max(offered.lastIndexOf(u'/'), offered.lastIndexOf(u'\\')) + 1);
    for (QChar &c : name) {
        if (isReservedChar(c))
            c = u'_';
    }
    name = name.trimmed();
    // Not hidden, and not "." or "..": leading dots go (and trailing ones, which Windows drops).
    while (name.startsWith(u'.'))
        name.remove(0, 1);
    while (name.endsWith(u'.') || name.endsWith(u' '))
        name.chop(1);
    if (name.isEmpty())
        name = u"download"_s;
    if (name.toUtf8().size() > MaxNameBytes) {
        const auto [stem, suffix] = stemAndSuffix(name);
        const QString keptSuffix = suffix.toUtf8().size() < MaxNameBytes / 4 ? suffix : QString();
        name = cutToBytes(stem, MaxNameBytes - int(keptSuffix.toUtf8().size())).trimmed() + keptSuffix;
    }
    return name;
}

std::unique_ptr<QFile> DownloadNames::create(const QString &folder, const QString &offered, QString *error)
{
    const QString name = safeName(offered);
    const auto [stem, suffix] = stemAndSuffix(name);
    for (int copy = 0; copy <= MaxCopies; ++copy) {
        const QString candidate = copy == 0 ? name : u"%1 (%2)%3"_s.arg(stem).arg(copy).arg(suffix);
        auto file = std::make_unique<QFile>(folder + u'/' + candidate);
        // NewOnly: the check and the creation are one step, so nothing that appears meanwhile is overwritten.
        if (file->open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                 QFileDevice::ReadOther);
            return file;
        }
        if (file->error() != QFileDevice::OpenError || !QFileInfo::exists(file->fileName())) {
            *error = file->errorString();
            return nullptr;
        }
    }
    *error = u"%1 copies of %2 are there already"_s.arg(MaxCopies).arg(name);
    return nullptr;
}

bool DownloadNames::mightRun(const QString &path)
{
    const QFileInfo info(path);
    if (info.isExecutable() || runnableSuffixes().contains(info.suffix(), Qt::CaseInsensitive))
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return true; // what cannot be looked at is not called safe
    const QByteArray start = file.read(4);
    return start.startsWith("\x7f"
                            "ELF") ||
           start.startsWith("#!") || start.startsWith("MZ");
}
