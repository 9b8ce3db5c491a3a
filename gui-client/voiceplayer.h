// Plays the audio of messages (voice messages and other audio files), one at a time: fetched into the
// file cache first, then played with Qt Multimedia to the desktop's default output. The row of the message
// playing shows Pause, a bar of how far it is and the time; another Play stops it first.
#pragma once

#include "attachment.h"

#include <QHash>
#include <QObject>

class FileCache;
class QAudioOutput;
class QMediaPlayer;

class VoicePlayer : public QObject
{
    Q_OBJECT
public:
    explicit VoicePlayer(FileCache &cache, QObject *parent = nullptr);
    ~VoicePlayer() override;

    static bool plays(const Msg::Attachment &file) { return file.mime.startsWith(QStringLiteral("audio/")); }

    // Play (or pause, when it is the one playing) the audio of a message.
    void toggle(qint64 message, const Msg::Attachment &file);
    void stop();

    struct State
    {
        bool playing = false; // playing, or fetching to play
        qint64 positionMs = 0;
        qint64 durationMs = 0; // 0 until known
    };
    // How far a message's audio is (all zero when it is not the one playing).
    State state(qint64 message) const;
    qint64 current() const { return m_message; }

signals:
    // A message's row changed (playing, paused, further on, ended).
    void changed(qint64 message);
    // It could not be played: why, for people.
    void failed(qint64 message, const QString &why);

private:
    FileCache &m_cache;
    QMediaPlayer *m_player;
    QAudioOutput *m_output;
    qint64 m_message = 0;
    qint64 m_announcedMs = 0; // the length the message says (the file's own may be a little off)
    bool m_fetching = false;
    QHash<qint64, qint64> m_lengths; // of the messages played, by message, as their files said
};
