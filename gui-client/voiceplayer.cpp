#include "voiceplayer.h"

#include "filecache.h"

#include <QAudioOutput>
#include <QMediaPlayer>
#include <QUrl>

VoicePlayer::VoicePlayer(FileCache &cache, QObject *parent)
    : QObject(parent), m_cache(cache), m_player(new QMediaPlayer(this)), m_output(new QAudioOutput(this))
{
    // An output even where the machine has none: the player then keeps time by the clock and ends.
    m_player->setAudioOutput(m_output);
    connect(m_player, &QMediaPlayer::positionChanged, this, [this] {
        if (m_message)
            emit changed(m_message);
    });
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 ms) {
        if (m_message && ms > 0)
            m_lengths.insert(m_message, ms);
    });
    // Stopped from the event loop, not inside the player's own signal (the backend is still emitting).
    connect(
        m_player, &QMediaPlayer::mediaStatusChanged, this,
        [this](QMediaPlayer::MediaStatus status) {
            if (status == QMediaPlayer::EndOfMedia)
                stop();
        },
        Qt::QueuedConnection);
    connect(
        m_player, &QMediaPlayer::errorOccurred, this,
        [this] {
            const qint64 message = m_message;
            if (!message)
                return;
            const QString why = tr("This recording cannot be played: %1").arg(m_player->errorString());
            stop();
            emit failed(message, why);
        },
        Qt::QueuedConnection);
}

VoicePlayer::~VoicePlayer() = default;

void VoicePlayer::toggle(qint64 message, const Msg::Attachment &file)
{
    if (message == m_message && m_fetching)
        return stop(); // Pause while it is still coming: it does not play when it comes
    if (message == m_message) {
        if (m_player->playbackState() == QMediaPlayer::PlayingState)
            m_player->pause();
        else
            m_player->play();
        emit changed(message);
        return;
    }
    stop();
    m_message = message;
    m_announcedMs = file.durationMs.value_or(0);
    m_fetching = true;
    emit changed(message);
    m_cache.get(message, file, this, [this, message](const QString &path, const QString &why) {
        if (m_message != message)
            return; // another was started meanwhile
        m_fetching = false;
        if (path.isEmpty()) {
            stop();
            if (!why.isEmpty())
                emit failed(message, why);
            return;
        }
        m_player->setSource(QUrl::fromLocalFile(path));
        m_player->play();
        emit changed(message);
    });
}

void VoicePlayer::stop()
{
    const qint64 was = std::exchange(m_message, 0);
    m_fetching = false;
    m_player->stop();
    m_player->setSource(QUrl());
    if (was)
        emit changed(was);
}

VoicePlayer::State VoicePlayer::state(qint64 message) const
{
    if (!message || message != m_message)
        return State{false, 0, m_lengths.value(message)}; // its length, once it has played
    State s;
    s.playing = m_fetching || m_player->playbackState() == QMediaPlayer::PlayingState;
    // The recorder's length, as the message says, over the file's: Qt 6.8 writes WebM whose own length is
    // a little off. The sender could claim any length (up to the protocol's bound): only the clock shows it.
    s.durationMs = m_announcedMs > 0 ? m_announcedMs : m_player->duration();
    // The file's length may differ a little from the message's: the bar never runs past its end.
    s.positionMs = s.durationMs > 0 ? std::min(m_player->position(), s.durationMs) : m_player->position();
    return s;
}
