// A file shared in a message, as a line of the message's text: its name (the sender's words, shown as plain
// text), size and type, and the links that save or open it.
#pragma once

#include "attachment.h"

#include <QCoreApplication>
#include <QTextCharFormat>
#include <QVariantMap>

class QTextCursor;

class FileCard
{
    Q_DECLARE_TR_FUNCTIONS(FileCard)
public:
    static inline const QString SaveAnchor = QStringLiteral("#file:save");
    static inline const QString OpenAnchor = QStringLiteral("#file:open");
    // A picture's thumbnail: a click shows it full size.
    static inline const QString ViewAnchor = QStringLiteral("#file:view");
    // Audio (a voice message): play or pause it where it is.
    static inline const QString PlayAnchor = QStringLiteral("#file:play");
    enum class Action { Save, Open, View, Play };
    // How far the audio of the message is, when it is the one playing.
    struct Playback
    {
        bool playing = false;
        qint64 positionMs = 0;
        qint64 durationMs = 0;
    };
    static constexpr int BarSegments = 20;

    // What MessageModel::FileRole gives for a message's file (invalid for none), and back.
    static QVariant toVariant(const std::optional<Msg::Attachment> &file);
    static std::optional<Msg::Attachment> fromVariant(const QVariant &value);
    // Whether a message's text is only its file's name (a file sent without a caption): then not shown twice.
    static bool isBareName(const QString &text, const QVariant &file);
    // Size, pixels or length, and type, for people.
    static QString details(const Msg::Attachment &file);
    // "1:05": a length or a position.
    static QString clock(qint64 ms);
    // Appends the card at the cursor: text in `body`, details in `dim`, links in `link`. Audio gets Play (or
    // Pause), a bar of how far it is and the time.
    static void insert(QTextCursor &cursor, const Msg::Attachment &file, const QTextCharFormat &body,
                       const QTextCharFormat &dim, const QColor &link, const Playback &playback);
};
