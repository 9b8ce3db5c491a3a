#include "filecard.h"

#include "messagetext.h"

#include <QLocale>
#include <QTextCursor>

using namespace Qt::Literals::StringLiterals;

QVariant FileCard::toVariant(const std::optional<Msg::Attachment> &file)
{
    if (!file)
        return {};
    return QVariant::fromValue(*file);
}

std::optional<Msg::Attachment> FileCard::fromVariant(const QVariant &value)
{
    if (!value.canConvert<Msg::Attachment>())
        return std::nullopt;
    return value.value<Msg::Attachment>();
}

bool FileCard::isBareName(const QString &text, const QVariant &file)
{
    const std::optional<Msg::Attachment> f = fromVariant(file);
    return f && text == f->name;
}

QString FileCard::details(const Msg::Attachment &file)
{
    QString details = QLocale().formattedDataSize(file.size);
    if (file.width && file.height)
        details += u" · "_s + tr("%1×%2 pixels").arg(*file.width).arg(*file.height);
    if (file.durationMs)
        details += u" · "_s + tr("%n second(s)", nullptr, int((*file.durationMs + 999) / 1000));
    // A type never breaks at its slash (a word joiner after it).
    return details + u" · "_s + QString(file.mime).replace(u'/', u"/\u2060"_s);
}

QString FileCard::clock(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms) / 1000;
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
}

void FileCard::insert(QTextCursor &cursor, const Msg::Attachment &file, const QTextCharFormat &body,
                      const QTextCharFormat &dim, const QColor &link, const Playback &playback)
{
    QTextCharFormat action = body;
    action.setAnchor(true);
    action.setFontUnderline(true);
    action.setForeground(link);
    if (file.mime.startsWith(u"audio/"_s)) {
        // ▶ Play ━━━━━━────────── 0:03 / 0:07, on a line of its own above the name.
        QTextCharFormat play = action;
        play.setAnchorHref(PlayAnchor);
        // Drawn as text, alike (fonts draw the pause sign U+23F8 as a coloured emoji even when asked not to).
        cursor.insertText(playback.playing ? u"\u275a\u275a "_s : u"\u25b6\ufe0e "_s, play);
        cursor.insertText(playback.playing ? tr("Pause") : tr("Play"), play);
        const qint64 length = playback.durationMs > 0 ? playback.durationMs : file.durationMs.value_or(0);
        const int done =
            length > 0 ? int(std::clamp<qint64>(playback.positionMs * BarSegments / length, 0, BarSegments)) : 0;
        QTextCharFormat played = body;
        played.setForeground(link);
        cursor.insertText(u"  "_s, dim);
        cursor.insertText(QString(done, QChar(0x2501)), played);            // ━ heard
        cursor.insertText(QString(BarSegments - done, QChar(0x2500)), dim); // ─ still to come
        QString time;
        if (playback.playing || playback.positionMs > 0)
            time = clock(playback.positionMs) + (length > 0 ? u" / "_s + clock(length) : QString());
        else if (length > 0)
            time = clock(length);
        cursor.insertText(u"  "_s + time, dim);
        cursor.insertText(QString(QChar::LineSeparator), dim);
    }
    // A recording (its length said by the recorder) is a voice message; other audio is music or sound.
    const QString sign = !file.mime.startsWith(u"audio/"_s) ? u"📎 "_s : file.durationMs ? u"🎤 "_s : u"🎵 "_s;
    cursor.insertText(sign, body);
    QTextCharFormat name = body;
    name.setFontWeight(QFont::DemiBold);
    // The sender's name for it, isolated: a right-to-left override in it reverses only itself.
    MessageText::insertText(cursor, QString(QChar(0x2068)) + MessageText::displayText(file.name) + QChar(0x2069), name);
    cursor.insertText(u"  "_s + details(file), dim);
    // A picture can be looked at here, even without a preview (the viewer then says why it shows none).
    QList<std::pair<QString, QString>> links{{SaveAnchor, tr("Save")}, {OpenAnchor, tr("Open")}};
    if (file.mime.startsWith(u"image/"_s))
        links.prepend({ViewAnchor, tr("View")});
    for (const auto &[anchor, label] : std::as_const(links)) {
        action.setAnchorHref(anchor);
        cursor.insertText(u"\u00a0\u00a0"_s, dim); // Save and Open stay together on their line
        cursor.insertText(label, action);
    }
}
