#include "framedecoder.h"

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {
// An emptied buffer keeps its memory up to this size for the next frames; a larger one (a burst of
// requests, a long message) is given back, so that an idle connection holds next to nothing.
constexpr qsizetype KeptCapacity = 2048;
} // namespace

bool FrameDecoder::feed(QByteArrayView bytes)
{
    if (m_error)
        return false;
    // Reclaim the space of frames already taken before growing the buffer.
    if (m_readPos > 0 && m_readPos >= m_buffer.size() / 2) {
        m_buffer.remove(0, m_readPos);
        m_partial -= m_readPos;
        m_readPos = 0;
    }
    while (!bytes.isEmpty()) {
        const qsizetype newline = bytes.indexOf('\n');
        const QByteArrayView piece = newline < 0 ? bytes : bytes.first(newline);
        const qsizetype length = m_buffer.size() - m_partial + piece.size();
        const bool endsWithCr = piece.isEmpty() ? (length > 0 && m_buffer.endsWith('\r')) : piece.endsWith('\r');
        // A "\r\n" line ending's '\r' is not part of the frame, so it may stand one byte past the limit.
        const qsizetype content = length - (endsWithCr ? 1 : 0);
        if (content > m_maxFrame) {
            m_error = ProtocolError{ErrorCode::FrameTooLarge,
                                    u"a frame is longer than the limit of %1 bytes"_s.arg(m_maxFrame)};
            m_buffer.clear();
            m_readPos = m_partial = m_frameCount = 0;
            return false;
        }
        m_buffer.append(piece);
        if (newline < 0)
            break;
        m_buffer.append('\n');
        m_partial = m_buffer.size();
        ++m_frameCount;
        bytes = bytes.sliced(newline + 1);
    }
    return true;
}

std::optional<QByteArray> FrameDecoder::takeFrame()
{
    while (m_frameCount > 0) {
        const qsizetype end = m_buffer.indexOf('\n', m_readPos);
        Q_ASSERT(end >= 0 && end < m_partial);
        const qsizetype start = m_readPos;
        QByteArrayView line = QByteArrayView(m_buffer).sliced(start, end - start);
        m_readPos = end + 1;
        --m_frameCount;
        if (line.endsWith('\r'))
            line.chop(1);
        if (start == 0 && m_readPos == m_buffer.size()) {
            // The buffer is this one frame (the usual case): it becomes the frame, not copied, and an idle
            // connection keeps no buffer at all.
            QByteArray frame = std::exchange(m_buffer, QByteArray());
            frame.truncate(line.size());
            m_partial = 0;
            m_readPos = 0;
            if (!frame.isEmpty())
                return frame;
            continue;
        }
        if (m_frameCount == 0 && m_readPos == m_partial) {
            // Nothing complete remains: keep only the partial frame.
            QByteArray frame = line.toByteArray();
            m_buffer.remove(0, m_readPos);
            if (m_buffer.isEmpty() && m_buffer.capacity() > KeptCapacity)
                m_buffer = QByteArray();
            m_partial = 0;
            m_readPos = 0;
            if (!frame.isEmpty())
                return frame;
            continue;
        }
        if (!line.isEmpty())
            return line.toByteArray();
    }
    return std::nullopt;
}

QByteArray FrameDecoder::takeRest()
{
    QByteArray rest = m_buffer.mid(m_readPos);
    m_buffer.clear();
    m_readPos = m_partial = m_frameCount = 0;
    return rest;
}
