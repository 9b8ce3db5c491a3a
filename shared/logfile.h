// A program's log file: every qDebug/qInfo/qWarning line, with time, level and category, rotated by size.
#pragma once

#include <QString>

namespace LogFile {

// Installs the message handler. Lines also go to stderr when echo is true. Keeps up to 3 old files
// (server.log.1 .. .3) once the current one passes maxBytes. Returns false (and why) if the file cannot be opened.
bool install(const QString &fileName, qint64 maxBytes, bool echo, QString *error);
// Flushes and closes the file; later messages go to stderr only.
void shutdown();

} // namespace LogFile
