// chatroom-server --export-room ROOM: every message of a room, oldest first, from the database (the server
// may be running), through MessageExportWriter, page by page.
#pragma once

#include "messageexport.h"

#include <QString>
#include <functional>

class Database;

namespace RoomExport {

constexpr int PageSize = 500;

// Writes the room's messages to `out`; progress(written) after each page. False and *error when the room does
// not exist or the database or the device failed.
bool run(Database &db, const QString &room, QIODevice &out, MessageExportWriter::Format format,
         const std::function<void(qint64 written)> &progress, QString *error);

} // namespace RoomExport
