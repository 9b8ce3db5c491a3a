// A tone for voice-message tests, with no sound device: handed to the recorder as a microphone would, in
// buffers (QAudioBufferInput).
#pragma once

#include <QAudioBuffer>
#include <QAudioBufferInput>
#include <QObject>
#include <cmath>

// Hands a tone of ms milliseconds to the recorder, buffer by buffer as it asks for them (960 samples at
// 48 kHz: the 20 ms of an Opus frame).
class TestTone : public QObject
{
public:
    explicit TestTone(qint64 ms) : m_total(48 * ms)
    {
        m_format.setSampleRate(48000);
        m_format.setChannelCount(1);
        m_format.setSampleFormat(QAudioFormat::Int16);
        connect(&input, &QAudioBufferInput::readyToSendAudioBuffer, this, &TestTone::next);
    }
    bool done() const { return m_sent >= m_total; }
    QAudioBufferInput input;

private:
    void next()
    {
        while (!done()) {
            QByteArray data(960 * 2, Qt::Uninitialized);
            auto *samples = reinterpret_cast<qint16 *>(data.data());
            for (int i = 0; i < 960; ++i)
                samples[i] = qint16(8000 * std::sin(2 * M_PI * 440 * double(m_sent + i) / 48000.0));
            if (!input.sendAudioBuffer(QAudioBuffer(data, m_format)))
                return; // it asks again when ready
            m_sent += 960;
        }
    }

    QAudioFormat m_format;
    qint64 m_total;
    qint64 m_sent = 0;
};
