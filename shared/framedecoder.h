// Splits a TCP byte stream into newline-terminated frames, whatever way the stream was cut into reads.
#pragma once

#include "protocol.h"
#include "protocolerror.h"

#include <QByteArray>
#include <QList>
#include <optional>

class FrameDecoder
{
public:
    explicit FrameDecoder(qsizetype maxFrameBytes = Protocol::MaxFrameBytes) : m_maxFrame(maxFrameBytes) {}

    // Adds bytes from the stream. Complete frames become available to takeFrame(). Returns false once the
    // stream is broken (a frame longer than the maximum); then error() says why and all later input is ignored.
    // Memory stays bounded: at most one partial frame is buffered, plus the complete frames not yet taken.
    bool feed(QByteArrayView bytes);

    // The next complete frame's text, without its line ending ("\n" or "\r\n"); empty lines are skipped.
    std::optional<QByteArray> takeFrame();

    bool hasFrame() const { return m_frameCount > 0; }
    // Everything fed but not taken as a frame, as it came (line endings included), and the decoder
    // empty: for a stream that stops being frames (Connection::switchToRaw).
    QByteArray takeRest();
    std::optional<ProtocolError> error() const { return m_error; }
    qsizetype bufferedBytes() const { return m_buffer.size() - m_readPos; }

private:
    QByteArray m_buffer;     // complete frames (separated by '\n') followed by one partial frame
    qsizetype m_readPos = 0; // start of the first frame not yet taken
    qsizetype m_partial = 0; // start of the partial frame
    qsizetype m_frameCount = 0;
    qsizetype m_maxFrame;
    std::optional<ProtocolError> m_error;
};
