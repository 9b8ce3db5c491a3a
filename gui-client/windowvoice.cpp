#include "windowvoice.h"

#include "filecache.h"
#include "filecard.h"
#include "voiceplayer.h"
#include "voicerecorder.h"
#include "windowfiles.h"

#include <QAudioDevice>
#include <QLabel>
#include <QMediaDevices>
#include <QMouseEvent>
#include <QShortcut>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

WindowVoice::WindowVoice(QWidget *window, WindowFiles &files)
    : QObject(window), m_files(files), m_button(new QToolButton(window)), m_indicator(new QLabel(window)),
      m_recorder(
          new VoiceRecorder(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/voice"_s, this)),
      m_player(new VoicePlayer(files.cache(), this))
{
    m_button->setObjectName(u"voiceButton"_s);
    m_button->setText(u"🎤"_s);
    m_button->setFocusPolicy(Qt::NoFocus); // the shortcut does it from the keyboard
    m_indicator->setObjectName(u"voiceIndicator"_s);
    m_indicator->setTextFormat(Qt::PlainText);
    m_indicator->hide();
    // Hold to talk: pressed starts, released sends; released off the button throws it away (as in
    // Telegram and Signal, sliding away cancels).
    // Pressed starts; the release decides (eventFilter): over the button it sends, off it (the pointer
    // slid away) it throws the recording away.
    connect(m_button, &QToolButton::pressed, this, &WindowVoice::startRecording);
    m_button->installEventFilter(this);
    connect(m_recorder, &VoiceRecorder::recordingChanged, this, [this](bool recording) {
        m_button->setDown(recording);
        if (recording)
            say(tr("● Recording 0:00 — release to send, Esc to throw away"), true);
        else if (m_showsRecording)
            m_indicator->hide();
    });
    connect(m_recorder, &VoiceRecorder::durationChanged, this, [this](qint64 ms) {
        if (m_recorder->isRecording() && m_showsRecording) // not once it is being stopped or thrown away
            say(tr("● Recording %1 — release to send, Esc to throw away").arg(FileCard::clock(ms)), true);
    });
    connect(m_recorder, &VoiceRecorder::failed, this, [this](const QString &why) { say(why); });
    // It goes where it was started, whatever the window shows by the time it ends.
    connect(m_recorder, &VoiceRecorder::finished, this, [this](const QString &path, qint64 ms) {
        m_files.sendRecording(m_target, path, ms, m_recorder->mimeType());
    });
    connect(new QMediaDevices(this), &QMediaDevices::audioInputsChanged, this, &WindowVoice::refresh);
    connect(m_recorder, &VoiceRecorder::availabilityChanged, this, &WindowVoice::refresh);
    connect(m_player, &VoicePlayer::failed, this, [this](qint64, const QString &why) { say(why); });
    // A recording held by the button ends when the window loses the pointer's press (another window, a
    // dialog): the release may never come, and the microphone must not stay on.
    window->installEventFilter(this);
    refresh();
}

bool WindowVoice::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_button && event->type() == QEvent::WindowDeactivate && m_held && m_recorder->isRecording())
        finishRecording(true);
    if (watched == m_button && event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton)
            finishRecording(!m_button->rect().contains(mouse->position().toPoint()));
    }
    return QObject::eventFilter(watched, event);
}

void WindowVoice::refresh()
{
    if (m_recorder->canRecord()) {
        m_button->setToolTip(tr("Hold to record a voice message, release to send (or Ctrl+Shift+R to start and "
                                "again to send)"));
        m_button->setAccessibleName(tr("Record a voice message"));
    } else {
        m_button->setToolTip(tr("No microphone is connected: connect one to send voice messages"));
        m_button->setAccessibleName(tr("Record a voice message (no microphone is connected)"));
    }
}

void WindowVoice::say(const QString &text, bool recording)
{
    m_showsRecording = recording;
    m_indicator->setText(text);
    m_indicator->show();
    if (!recording) {
        // Words about a failure go after a while; the recording's own line goes when it ends.
        QTimer::singleShot(NoteMs, m_indicator, [indicator = m_indicator, text] {
            if (indicator->text() == text)
                indicator->hide();
        });
    }
}

void WindowVoice::startRecording()
{
    refresh();
    m_target = m_files.place();
    if (m_target.room.isEmpty() && m_target.user.isEmpty())
        return say(tr("Open a room or a conversation to send a voice message."));
    QString why;
    if (!m_recorder->start(&why))
        say(why);
    m_held = m_recorder->isRecording() && m_button->isDown();
}

void WindowVoice::toggleRecording()
{
    if (m_recorder->isRecording())
        return finishRecording(false);
    startRecording();
    m_held = false; // from the keyboard: it goes on until asked again
}

void WindowVoice::finishRecording(bool cancel)
{
    if (!m_recorder->isRecording())
        return;
    if (cancel) {
        m_recorder->cancel();
        say(tr("The recording was thrown away."));
    } else {
        m_recorder->stop();
    }
}
