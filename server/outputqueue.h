// The frames a connection has yet to send, shared with their other receivers (a room's members get one
// encoded frame), and the views a write takes of them: buffers for sendmsg, or one TLS record.
#pragma once

#include <QByteArray>
#include <QList>
#include <sys/uio.h>

class OutputQueue
{
public:
    void append(const QByteArray &frame);
    qint64 bytes() const { return m_bytes; }
    bool isEmpty() const { return m_bytes == 0; }
    // Up to max buffers from the front, for one sendmsg; how many were filled.
    int buffers(iovec *parts, int max) const;
    // Up to max bytes from the front: the first frame itself when it has that many or stands alone,
    // else the next frames copied together into scratch (which holds max bytes).
    QByteArrayView front(char *scratch, qsizetype max) const;
    // The first bytes were sent.
    void consume(qint64 sent);
    void clear(); // and its memory

private:
    QList<QByteArray> m_frames;
    qsizetype m_offset = 0; // of m_frames.first(), already sent
    qint64 m_bytes = 0;
};
