#include "outputqueue.h"

#include <algorithm>
#include <cstring>

void OutputQueue::append(const QByteArray &frame)
{
    m_frames.append(frame);
    m_bytes += frame.size();
}

int OutputQueue::buffers(iovec *parts, int max) const
{
    int count = 0;
    for (qsizetype i = 0; i < m_frames.size() && count < max; ++i, ++count) {
        const qsizetype skip = i == 0 ? m_offset : 0;
        parts[count].iov_base = const_cast<char *>(m_frames.at(i).constData() + skip);
        parts[count].iov_len = size_t(m_frames.at(i).size() - skip);
    }
    return count;
}

QByteArrayView OutputQueue::front(char *scratch, qsizetype max) const
{
    if (m_frames.isEmpty())
        return {};
    const QByteArray &first = m_frames.first();
    qsizetype length = first.size() - m_offset;
    if (length >= max || m_frames.size() == 1)
        return QByteArrayView(first.constData() + m_offset, std::min(length, max));
    std::memcpy(scratch, first.constData() + m_offset, size_t(length));
    for (qsizetype i = 1; i < m_frames.size() && length < max; ++i) {
        const qsizetype part = std::min(m_frames.at(i).size(), max - length);
        std::memcpy(scratch + length, m_frames.at(i).constData(), size_t(part));
        length += part;
    }
    return QByteArrayView(scratch, length);
}

void OutputQueue::consume(qint64 sent)
{
    m_bytes -= sent;
    while (sent > 0) {
        const qsizetype left = m_frames.first().size() - m_offset;
        if (sent < left) {
            m_offset += sent;
            return;
        }
        sent -= left;
        m_frames.removeFirst();
        m_offset = 0;
    }
    if (m_frames.isEmpty())
        clear(); // a burst's worth of entries would otherwise keep their memory
}

void OutputQueue::clear()
{
    m_frames = {};
    m_offset = 0;
    m_bytes = 0;
}
