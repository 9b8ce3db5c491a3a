// Messages written to a file people keep (the client's /export, the server's --export-room): JSON, one
// object whose "messages" array holds each message as the protocol gives it plus its time in words, or text,
// a line per message. Written as the pages come, so a long history never needs to fit in memory.
#pragma once

#include "chatmessages.h"

#include <QIODevice>
#include <QString>
#include <QTimeZone>

class MessageExportWriter
{
public:
    enum class Format { Json, Text };
    // By the file's name: ".txt" is text, anything else JSON.
    static Format formatFor(const QString &fileName);

    // subject: {"account": NAME} or {"room": NAME}, said at the start. Times are written in `zone`.
    MessageExportWriter(QIODevice &out, Format format, const QJsonObject &subject, const QTimeZone &zone);
    // Deleted messages are left out.
    void write(const Msg::ChatMessage &m);
    void write(const Msg::PrivateMessage &m);
    // Closes the JSON; false when a write failed (the device's errorString() says why).
    bool finish();
    qint64 count() const { return m_count; }

private:
    void begin();
    template <typename M> void writeMessage(const M &m, const QString &where);
    void writeJson(QJsonObject o, qint64 ts);
    void writeText(const QString &where, const QString &from, const QString &text, qint64 ts, bool action,
                   const Msg::MessageState &state, const std::optional<Msg::Attachment> &file);
    QString timeText(qint64 ts, bool forPeople) const;

    QIODevice &m_out;
    Format m_format;
    QJsonObject m_subject;
    QTimeZone m_zone;
    qint64 m_count = 0;
    bool m_begun = false;
    bool m_failed = false;
};
