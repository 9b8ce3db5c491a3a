#include "serverstats.h"

#include <QFile>
#include <algorithm>
#include <sys/resource.h>

using namespace Qt::Literals::StringLiterals;

void ServerStats::connectionOpened()
{
    ++connectionsTotal;
    ++connectionsActive;
    connectionsPeak = std::max(connectionsPeak, connectionsActive);
}

void ServerStats::connectionClosed()
{
    --connectionsActive;
}

double processCpuSeconds()
{
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

qint64 processRssKib()
{
    // /proc files report a size of 0, so QFile::atEnd() is true before the first read: read them whole.
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QString ServerStats::report() const
{
    const qint64 seconds = uptime.isValid() ? uptime.elapsed() / 1000 : 0;
    QString out;
    out += u"uptime            %1 h %2 min %3 s\n"_s.arg(seconds / 3600).arg(seconds / 60 % 60).arg(seconds % 60);
    out += u"connections       %1 now, %2 peak, %3 in all\n"_s.arg(connectionsActive)
               .arg(connectionsPeak)
               .arg(connectionsTotal);
    out += u"logins            %1 ok, %2 failed, %3 registrations, %4 timeouts\n"_s.arg(loginsOk)
               .arg(loginsFailed)
               .arg(registrations)
               .arg(timeouts);
    out += u"tcp               %1 bytes in, %2 bytes out, %3 invalid frames\n"_s.arg(tcpBytesIn)
               .arg(tcpBytesOut)
               .arg(invalidFrames);
    out += u"udp               %1 bytes in (%2 datagrams), %3 bytes out (%4 datagrams), %5 dropped, %6 new keys\n"_s
               .arg(udpBytesIn)
               .arg(udpDatagramsIn)
               .arg(udpBytesOut)
               .arg(udpDatagramsOut)
               .arg(udpDropped)
               .arg(udpRekeys);
    out += u"storage errors    %1\n"_s.arg(storageErrors);
    out += u"files             %1 stored, %2 failed, %3 expired unshared, %4 cancelled, %5 bytes received; %6 download "
           "keys, %7 bytes sent; %8 removed as unreferenced (%9 bytes)\n"_s.arg(filesStored)
               .arg(uploadsFailed)
               .arg(uploadsExpired)
               .arg(uploadsCancelled)
               .arg(fileBytesIn)
               .arg(downloads)
               .arg(fileBytesOut)
               .arg(filesCollected)
               .arg(fileBytesCollected);
    out += u"tls               %1 failed handshakes, %2 plain-text clients refused\n"_s.arg(tlsHandshakesFailed)
               .arg(tlsPlainTextRefused);
    out += u"limits            %1 rate-limited, %2 logins throttled, %3 connections refused, %4 login timeouts, "
           "%5 slow readers cut off, %6 room-limit hits, %7 requests over budget, %8 closed for flooding\n"_s
               .arg(rateLimited)
               .arg(loginsThrottled)
               .arg(connectionsRefused)
               .arg(authTimeouts)
               .arg(slowConsumers)
               .arg(roomLimitHits)
               .arg(requestsRefused)
               .arg(floodDisconnects);
    out += u"process           %1 s CPU, %2 KiB resident, %3 heap trims\n"_s.arg(processCpuSeconds(), 0, 'f', 2)
               .arg(processRssKib())
               .arg(heapTrims);
    QStringList kinds = framesIn.keys();
    std::sort(kinds.begin(), kinds.end());
    QStringList parts;
    for (const QString &k : kinds)
        parts << u"%1 %2"_s.arg(k).arg(framesIn.value(k));
    out += u"frames in         %1\n"_s.arg(parts.isEmpty() ? u"none"_s : parts.join(u", "_s));
    QList<std::pair<qint64, QString>> users;
    for (auto it = messagesByUser.cbegin(); it != messagesByUser.cend(); ++it)
        users.append({it.value(), it.key()});
    std::sort(users.begin(), users.end(), std::greater<>());
    parts.clear();
    for (qsizetype i = 0; i < std::min<qsizetype>(users.size(), 10); ++i)
        parts << u"%1 %2"_s.arg(users[i].second).arg(users[i].first);
    out += u"messages by user  %1"_s.arg(parts.isEmpty() ? u"none"_s : parts.join(u", "_s));
    return out;
}
