#include "downloadnames.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {
// Suffixes of what a desktop may run, or hand to an interpreter, when the file is opened.
const QStringList &runnableSuffixes()
{
    static const QStringList suffixes = {u"desktop"_s, u"sh"_s, u"bash"_s, u"zsh"_s, u"csh"_s, u"ksh"_s, u"fish"_s,
                                         u"py"_s, u"pyw"_s, u"pl"_s, u"rb"_s, u"php"_s, u"lua"_s, u"tcl"_s, u"js"_s,
                                         u"mjs"_s, u"jar"_s, u"exe"_s, u"msi"_s, u"com"_s, u"bat"_s, u"cmd"_s, u"scr"_s,
                                         u"pif"_s, u"vbs"_s, u"vbe"_s, u"wsf"_s, u"ps1"_s, u"psm1"_s, u"run"_s,
                                         u"appimage"_s, u"bin"_s, u"deb"_s, u"rpm"_s, u"apk"_s, u"command"_s, u"app"_s,
                                         u"lnk"_s, u"reg"_s, u"hta"_s, u"cpl"_s, u"elf"_s, u"out"_s, u"so"_s, u"dll"_s,
                                         // Opened in a browser, where their scripts run; or mounted and run from.
                                         u"html"_s, u"htm"_s, u"xhtml"_s, u"svg"_s, u"svgz"_s, u"flatpakref"_s,
                                         u"flatpakrepo"_s, u"iso"_s, u"img"_s, u"dmg"_s};
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
    // Only the last part, but for the compound suffixes of archives: "my.photo.jpg" → "my.photo (1).jpg".
    QString suffix = info.suffix();
    static const QStringList compound{u"tar.gz"_s, u"tar.bz2"_s, u"tar.xz"_s, u"tar.zst"_s, u"tar.lz"_s};
    for (const QString &c : compound) {
        if (name.endsWith(u'.' + c, Qt::CaseInsensitive) && name.size() > c.size() + 1)
            suffix = name.right(c.size());
    }
    if (suffix.isEmpty())
        return {name, {}};
    return {name.left(name.size() - suffix.size() - 1), u'.' + suffix};
}
} // namespace

QString DownloadNames::safeName(const QString &offered)
{
    // The last part of a path, whichever separator it uses; no longer than a name can be in any case, so
    // that the work below stays small whatever was offered.
    QString name = offered.mid(std::max(offered.lastIndexOf(u'/'), offered.lastIndexOf(u'\\')) + 1).left(1024);
    for (QChar &c : name) {
        if (isReservedChar(c))
            c = u'_';
    }
    // Not hidden, and not "." or "..": leading dots and spaces go (and trailing ones, which Windows drops).
    const auto isEdge = [](QChar c) { return c == u'.' || c.isSpace(); };
    const qsizetype first = std::find_if_not(name.cbegin(), name.cend(), isEdge) - name.cbegin();
    qsizetype end = name.size();
    while (end > first && isEdge(name.at(end - 1)))
        --end;
    name = name.sliced(first, end - first);
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
        // (One arg() call: a name with "%1" in it must stay as it is.)
        const QString candidate = copy == 0 ? name : u"%1 (%2)%3"_s.arg(stem, QString::number(copy), suffix);
        auto file = std::make_unique<QFile>(folder + u'/' + candidate);
        // NewOnly: the check and the creation are one step, so nothing that appears meanwhile is overwritten.
        // Made rw-r--r-- at most (the user's umask may take more away), never executable.
        if (file->open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                                      QFileDevice::ReadGroup | QFileDevice::ReadOther))
            return file;
        const QFileInfo there(file->fileName());
        if (!there.exists() && !there.isSymLink()) { // (a dangling link at the name also takes it)
            *error = file->errorString();
            return nullptr;
        }
    }
    *error = QCoreApplication::translate("DownloadNames", "There are %1 copies of %2 already.")
                 .arg(QString::number(MaxCopies), name);
    return nullptr;
}

bool DownloadNames::mightRun(const QString &path)
{
    const QFileInfo info(path);
    if (info.isExecutable() || runnableSuffixes().contains(info.suffix(), Qt::CaseInsensitive))
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return true;                       // what cannot be looked at is not called safe
    const QByteArray start = file.read(4); // programs and scripts announce themselves in their first bytes
    return start.startsWith("\x7f"
                            "ELF") ||
           start.startsWith("#!") || start.startsWith("MZ");
}
