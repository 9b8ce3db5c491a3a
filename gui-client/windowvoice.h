// Voice messages in the chat window: hold the 🎤 button (or press Ctrl+Shift+R once to start and again to
// send) to record, see the length while recording, release to send it to the room or conversation it was
// started in; Esc, releasing off the button or the window losing the press throws it away. Where no microphone is
// connected, the button says so. A recording in a message plays where it is (VoicePlayer).
#pragma once

#include "windowfiles.h"

#include <QObject>

class QLabel;
class QToolButton;
class QWidget;
class VoicePlayer;
class VoiceRecorder;

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

    // How long words about a failure stay.
    static constexpr int NoteMs = 8000;

    void startRecording();
    // Starts a recording that goes on until asked again (the menu, Ctrl+Shift+R), or sends it.
    void toggleRecording();
    // Stops and sends (or throws away, when cancel).
    void finishRecording(bool cancel);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void say(const QString &text, bool recording = false);

    WindowFiles &m_files;
    QToolButton *m_button;
    QLabel *m_indicator;
    VoiceRecorder *m_recorder;
    VoicePlayer *m_player;
    WindowFiles::Place m_target;   // where the recording under way goes
    bool m_held = false;           // recording while the button is held
    bool m_showsRecording = false; // the indicator shows the recording's own line
};
