// A voice message being recorded with Qt Multimedia: from the microphone (the desktop's default one), or
// from audio handed in buffers (setBufferInput: tests, with no device). Opus in Ogg where Qt Multimedia can
// write it, else Opus in WebM (what Qt 6.8's FFmpeg backend writes), else what it can; into a file of its
// own in the cache. At most MaxDurationMs long: it stops by itself then.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

class QAudioBufferInput;
class QAudioInput;
class QMediaCaptureSession;
class QMediaRecorder;

class VoiceRecorder : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 MaxDurationMs = 5 * 60 * 1000;
    // Shorter than this is a slip of the finger, not a message: not sent.
    static constexpr qint64 MinDurationMs = 500;

    explicit VoiceRecorder(const QString &folder, QObject *parent = nullptr);
    ~VoiceRecorder() override;

    // Whether there is something to record from: a microphone, or buffers.
    bool canRecord() const;
    // Records from buffers handed to input instead of a microphone (owned by the caller; null: the
    // microphone again).
    void setBufferInput(QAudioBufferInput *input);

    bool isRecording() const { return m_recording; }
    qint64 durationMs() const;
    // The type of what is recorded (audio/ogg, audio/webm …).
    QString mimeType() const { return m_mime; }

    // Starts; false and why when it cannot.
    bool start(QString *why);
    // Stops: finished() follows once the file is written (or failed(): too short, or an error).
    void stop();
    // Stops and throws it away.
    void cancel();

signals:
    void durationChanged(qint64 ms);
    void finished(const QString &path, qint64 durationMs);
    void failed(const QString &why);
    // Something to record from came or went (setBufferInput).
    void availabilityChanged();
    // Recording started or stopped.
    void recordingChanged(bool recording);

private:
    void onStateChanged();
    void onError();

    QString m_folder;
    QString m_path;
    QString m_mime;
    QMediaCaptureSession *m_session;
    QMediaRecorder *m_recorder;
    QAudioInput *m_microphone = nullptr;
    QAudioBufferInput *m_buffers = nullptr;
    bool m_recording = false;
    bool m_cancelled = false;
    bool m_failed = false;
};
