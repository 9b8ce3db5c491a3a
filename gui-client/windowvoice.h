// Voice messages in the chat window: hold the 🎤 button (or press Ctrl+Shift+R once to start and again to
// send) to record, see the length while recording, release to send it where the window is; Esc or moving
// off the button before releasing throws it away. Where no microphone is connected, the button says so. A
// recording in a message plays where it is (VoicePlayer).
#pragma once

#include <QObject>

class QLabel;
class QToolButton;
class QWidget;
class VoicePlayer;
class VoiceRecorder;
class WindowFiles;

class WindowVoice : public QObject
{
    Q_OBJECT
public:
    WindowVoice(QWidget *window, WindowFiles &files);

    QToolButton *button() const { return m_button; }
    // "Recording 0:03 …" while recording, or why not; hidden otherwise.
    QLabel *indicator() const { return m_indicator; }
    VoiceRecorder &recorder() const { return *m_recorder; }
    VoicePlayer &player() const { return *m_player; }

    void startRecording();
    // Stops and sends (or throws away, when cancel).
    void finishRecording(bool cancel);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void say(const QString &text);

    WindowFiles &m_files;
    QToolButton *m_button;
    QLabel *m_indicator;
    VoiceRecorder *m_recorder;
    VoicePlayer *m_player;
};
