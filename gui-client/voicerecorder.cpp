#include "voicerecorder.h"

#include <QAudioBufferInput>
#include <QAudioDevice>
#include <QAudioInput>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QMediaFormat>
#include <QMediaRecorder>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcVoice, "chat.client.voice")

namespace {
struct Choice
{
    QMediaFormat format;
    QString extension;
    QString mime;
};

// Opus in Ogg is what voice messages are elsewhere (Matrix, Signal, Telegram); Qt 6.8's FFmpeg backend
// writes Opus only in WebM, Matroska or MP4, so WebM comes next.
Choice bestFormat()
{
    const QList<std::tuple<QMediaFormat::FileFormat, QMediaFormat::AudioCodec, QString, QString>> wanted{
        {QMediaFormat::Ogg, QMediaFormat::AudioCodec::Opus, u"ogg"_s, u"audio/ogg"_s},
        {QMediaFormat::WebM, QMediaFormat::AudioCodec::Opus, u"weba"_s, u"audio/webm"_s},
        {QMediaFormat::Mpeg4Audio, QMediaFormat::AudioCodec::AAC, u"m4a"_s, u"audio/mp4"_s},
    };
    for (const auto &[container, codec, extension, mime] : wanted) {
        QMediaFormat format(container);
        if (format.supportedAudioCodecs(QMediaFormat::Encode).contains(codec)) {
            format.setAudioCodec(codec);
            return {format, extension, mime};
        }
    }
    return {QMediaFormat(QMediaFormat::Wave), u"wav"_s, u"audio/wav"_s};
}
} // namespace

VoiceRecorder::VoiceRecorder(const QString &folder, QObject *parent)
    : QObject(parent), m_folder(folder), m_session(new QMediaCaptureSession(this)), m_recorder(new QMediaRecorder(this))
{
    m_session->setRecorder(m_recorder);
    m_recorder->setQuality(QMediaRecorder::NormalQuality);
    connect(m_recorder, &QMediaRecorder::recorderStateChanged, this, &VoiceRecorder::onStateChanged);
    connect(m_recorder, &QMediaRecorder::errorOccurred, this, &VoiceRecorder::onError);
    connect(m_recorder, &QMediaRecorder::durationChanged, this, [this](qint64 ms) {
        emit durationChanged(ms);
        if (ms >= MaxDurationMs && m_recording)
            stop();
    });
}

VoiceRecorder::~VoiceRecorder()
{
    if (m_recording) {
        m_cancelled = true;
        m_recorder->stop();
        QFile::remove(m_path);
    }
}

bool VoiceRecorder::canRecord() const
{
    return m_buffers || !QMediaDevices::audioInputs().isEmpty();
}

void VoiceRecorder::setBufferInput(QAudioBufferInput *input)
{
    m_buffers = input;
    emit availabilityChanged();
}

qint64 VoiceRecorder::durationMs() const
{
    return m_recorder->duration();
}

bool VoiceRecorder::start(QString *why)
{
    if (m_recording)
        return true;
    if (m_recorder->recorderState() != QMediaRecorder::StoppedState) {
        *why = tr("The last recording is still being finished; try again in a moment.");
        return false;
    }
    if (!canRecord()) {
        *why = tr("No microphone is connected.");
        return false;
    }
    if (!QDir().mkpath(m_folder)) {
        *why = tr("%1 cannot be written.").arg(QDir::toNativeSeparators(m_folder));
        return false;
    }
    if (m_buffers) {
        m_session->setAudioInput(nullptr);
        m_session->setAudioBufferInput(m_buffers);
    } else {
        if (!m_microphone)
            m_microphone = new QAudioInput(QMediaDevices::defaultAudioInput(), this);
        else
            m_microphone->setDevice(QMediaDevices::defaultAudioInput());
        m_session->setAudioBufferInput(nullptr);
        m_session->setAudioInput(m_microphone);
    }
    const Choice choice = bestFormat();
    m_mime = choice.mime;
    m_recorder->setMediaFormat(choice.format);
    // A name of its own, even for two recordings in one second (the first may still be on its way).
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyy-MM-dd HHmmss"_s);
    m_path = m_folder + u'/' + tr("Voice message %1").arg(stamp) + u'.' + choice.extension;
    for (int n = 2; QFile::exists(m_path); ++n)
        m_path =
            m_folder + u'/' + tr("Voice message %1").arg(stamp + u'-' + QString::number(n)) + u'.' + choice.extension;
    m_recorder->setOutputLocation(QUrl::fromLocalFile(m_path));
    m_cancelled = false;
    m_failed = false;
    m_recording = true;
    emit recordingChanged(true);
    m_recorder->record();
    return true;
}

void VoiceRecorder::stop()
{
    if (m_recording)
        m_recorder->stop();
}

void VoiceRecorder::cancel()
{
    if (!m_recording)
        return;
    m_cancelled = true;
    m_recorder->stop();
}

void VoiceRecorder::onError()
{
    if (!m_recording)
        return;
    m_failed = true;
    const QString why = m_recorder->errorString().isEmpty()
                            ? tr("The recording failed.")
                            : tr("The recording failed: %1").arg(m_recorder->errorString());
    qCWarning(lcVoice) << "recording failed:" << m_recorder->errorString();
    if (m_recorder->recorderState() == QMediaRecorder::StoppedState) { // it never started: no change comes
        m_recording = false;
        QFile::remove(m_path);
        emit recordingChanged(false);
    } else {
        m_recorder->stop(); // the stop's state change ends it (onStateChanged)
    }
    emit failed(why);
}

void VoiceRecorder::onStateChanged()
{
    if (m_recorder->recorderState() != QMediaRecorder::StoppedState || !m_recording)
        return;
    m_recording = false;
    emit recordingChanged(false);
    const qint64 length = m_recorder->duration();
    if (m_cancelled || m_failed) {
        QFile::remove(m_path);
        return;
    }
    if (length < MinDurationMs || !QFile::exists(m_path)) {
        QFile::remove(m_path);
        emit failed(tr("Hold the button while you speak; release it to send."));
        return;
    }
    emit finished(m_path, length);
}
