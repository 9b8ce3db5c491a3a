// Where a received file goes on disk: a name of its own (the sender's offered name, with nothing in it
// trusted as a path), never over an existing file ("report (1).pdf" after "report.pdf"), never
// executable; and whether a file could run when opened, so that the window asks first.
#pragma once

#include <QString>
#include <memory>

class QFile;

class DownloadNames
{
public:
    // The longest name made, in bytes of UTF-8 (most file systems take 255).
    static constexpr int MaxNameBytes = 200;
    // Copies tried after the name itself ("name (1)" … "name (n)") before giving up.
    static constexpr int MaxCopies = 999;

    // A file name from one a sender offered: its last path part only (either slash), no control or
    // reserved characters, not hidden (no leading dot), not empty, not "." or "..", at most MaxNameBytes.
    static QString safeName(const QString &offered);
    // Creates a new file in folder for the offered name: the safe name, or "stem (n).ext" when that is
    // taken, opened for writing, readable and writable by its owner and only readable by others (never
    // executable). Null (and why) when none can be made.
    static std::unique_ptr<QFile> create(const QString &folder, const QString &offered, QString *error);
    // Whether opening the file could run something: the executable bit, a desktop entry, a script or
    // program by its name, or content that starts like one (ELF, "#!", "MZ").
    static bool mightRun(const QString &path);
};
