#include "roomexport.h"

#include "messagestore.h"
#include "roomstore.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

bool RoomExport::run(Database &db, const QString &room, QIODevice &out, MessageExportWriter::Format format,
                     const std::function<void(qint64 written)> &progress, QString *error)
{
    RoomStore rooms(db);
    const std::optional<RoomRecord> record = rooms.find(room);
    if (!record) {
        *error = rooms.lastError().isEmpty() ? u"There is no room named %1."_s.arg(room) : rooms.lastError();
        return false;
    }
    MessageStore store(db);
    MessageExportWriter writer(out, format, QJsonObject{{u"room"_s, room}}, QTimeZone::systemTimeZone());
    qint64 after = 0;
    for (bool more = true; more;) {
        const QList<Msg::ChatMessage> page = store.roomHistory(room, std::nullopt, after, PageSize, &more);
        if (store.readFailed()) {
            *error = u"The messages could not be read: %1"_s.arg(store.lastError());
            return false;
        }
        for (const Msg::ChatMessage &m : page)
            writer.write(m);
        if (!page.isEmpty())
            after = page.constLast().id;
        progress(writer.count());
    }
    if (!writer.finish()) {
        *error = u"Cannot write the export: %1"_s.arg(out.errorString());
        return false;
    }
    return true;
}
