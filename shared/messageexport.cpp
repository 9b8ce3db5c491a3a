#include "messageexport.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

MessageExportWriter::Format MessageExportWriter::formatFor(const QString &fileName)
{
    return fileName.endsWith(".txt"_L1, Qt::CaseInsensitive) ? Format::Text : Format::Json;
}

MessageExportWriter::MessageExportWriter(QIODevice &out, Format format, const QJsonObject &subject,
                                         const QTimeZone &zone)
    : m_out(out), m_format(format), m_subject(subject), m_zone(zone)
{}

QString MessageExportWriter::timeText(qint64 ts, bool forPeople) const
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(ts, m_zone);
    return forPeople ? when.toString(u"yyyy-MM-dd HH:mm:ss"_s) : when.toString(Qt::ISODateWithMs);
}

void MessageExportWriter::begin()
{
    if (std::exchange(m_begun, true))
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QByteArray head;
    if (m_format == Format::Json) {
        // The header's fields, then the array left open: each message follows on a line of its own.
        QJsonObject about{
            {u"format"_s, u"chatroom-export"_s}, {u"version"_s, 1}, {u"exported"_s, timeText(now, false)}};
        for (auto it = m_subject.constBegin(); it != m_subject.constEnd(); ++it)
            about.insert(it.key(), it.value());
        head = QJsonDocument(about).toJson(QJsonDocument::Compact);
        head.chop(1); // the closing brace
        head += ",\"messages\":[";
    } else {
        const QString whose = m_subject.contains("room"_L1)
                                  ? u"the room %1"_s.arg(m_subject.value("room"_L1).toString())
                                  : u"%1"_s.arg(m_subject.value("account"_L1).toString());
        head = u"# Chat Room: messages of %1, exported %2 (times in %3)\n"_s
                   .arg(whose, timeText(now, true), QString::fromUtf8(m_zone.id()))
                   .toUtf8();
    }
    m_failed = m_out.write(head) != head.size();
}

void MessageExportWriter::writeJson(QJsonObject o, qint64 ts)
{
    o.remove("type"_L1);
    o.insert("time"_L1, timeText(ts, false));
    QByteArray line = (m_count == 0 ? "\n" : ",\n") + QJsonDocument(o).toJson(QJsonDocument::Compact);
    m_failed = m_failed || m_out.write(line) != line.size();
}

void MessageExportWriter::writeText(const QString &where, const QString &from, const QString &text, qint64 ts,
                                    bool action, const Msg::MessageState &state,
                                    const std::optional<Msg::Attachment> &file)
{
    QString line = u"[%1] %2 "_s.arg(timeText(ts, true), where);
    line += action ? u"* %1 "_s.arg(from) : u"<%1> "_s.arg(from);
    if (state.reply)
        line += u"(replying to %1) "_s.arg(state.reply->from.isEmpty() ? u"an earlier message"_s : state.reply->from);
    // Lines after the first are indented, so that every line that starts with '[' starts a message; other
    // control characters (a carriage return that would draw a forged line, a terminal's escapes) become '?'.
    QString body = text;
    for (QChar &c : body) {
        const char16_t u = c.unicode();
        if (u != u'\n' && (u < 0x20 || (u >= 0x7f && u < 0xa0) || u == 0x2028 || u == 0x2029))
            c = u'?';
    }
    line += body.replace(u'\n', "\n    "_L1);
    if (file)
        line += u" [file: %1, %2 bytes]"_s.arg(file->name, QLocale::c().toString(file->size));
    if (state.edited > 0)
        line += u" (edited)"_s;
    const QByteArray bytes = (line + u'\n').toUtf8();
    m_failed = m_failed || m_out.write(bytes) != bytes.size();
}

template <typename M> void MessageExportWriter::writeMessage(const M &m, const QString &where)
{
    if (m.state.deleted)
        return;
    begin();
    if (m_format == Format::Json)
        writeJson(m.toJson(), m.ts);
    else
        writeText(where, m.from, m.text, m.ts, m.action, m.state, m.file);
    ++m_count;
}

void MessageExportWriter::write(const Msg::ChatMessage &m)
{
    writeMessage(m, u'#' + m.room);
}

void MessageExportWriter::write(const Msg::PrivateMessage &m)
{
    writeMessage(m, u'@' + m.to);
}

bool MessageExportWriter::finish()
{
    begin();
    if (m_format == Format::Json) {
        const QByteArray tail = m_count == 0 ? "]}\n" : "\n]}\n";
        m_failed = m_failed || m_out.write(tail) != tail.size();
    }
    return !m_failed;
}
