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

void FileCard::insert(QTextCursor &cursor, const Msg::Attachment &file, const QTextCharFormat &body,
                      const QTextCharFormat &dim, const QColor &link)
{
    cursor.insertText(u"📎 "_s, body);
    QTextCharFormat name = body;
    name.setFontWeight(QFont::DemiBold);
    // The sender's name for it, isolated: a right-to-left override in it reverses only itself.
    MessageText::insertText(cursor, QString(QChar(0x2068)) + MessageText::displayText(file.name) + QChar(0x2069), name);
    cursor.insertText(u"  "_s + details(file), dim);
    for (const auto &[anchor, label] : {std::pair{SaveAnchor, tr("Save")}, std::pair{OpenAnchor, tr("Open")}}) {
        QTextCharFormat action = body;
        action.setAnchor(true);
        action.setAnchorHref(anchor);
        action.setFontUnderline(true);
        action.setForeground(link);
        cursor.insertText(u"\u00a0\u00a0"_s, dim); // Save and Open stay together on their line
        cursor.insertText(label, action);
    }
}
