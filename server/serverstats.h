// The server's network statistics: counters kept by the server, and its CPU time and memory from the OS.
#pragma once

#include "histogram.h"

#include <QElapsedTimer>
#include <QHash>
#include <QString>

struct ServerStats
{
    qint64 tcpBytesIn = 0;
    qint64 tcpBytesOut = 0;
    qint64 udpBytesIn = 0;
    qint64 udpBytesOut = 0;
    qint64 udpDatagramsIn = 0;
    qint64 udpDatagramsOut = 0;
    qint64 udpDropped = 0;
    qint64 udpRekeys = 0; // new keys sent to clients whose datagrams stopped verifying
    qint64 connectionsTotal = 0;
    int connectionsActive = 0;
    int connectionsPeak = 0;
    qint64 loginsOk = 0;
    qint64 loginsFailed = 0;
    qint64 registrations = 0;
    qint64 timeouts = 0;
    qint64 invalidFrames = 0;
    qint64 storageErrors = 0;
    qint64 rateLimited = 0;         // messages refused by the token bucket
    qint64 loginsThrottled = 0;     // logins refused while a failed-login delay ran
    qint64 connectionsRefused = 0;  // over the total or per-address connection limit
    qint64 authTimeouts = 0;        // closed for not logging in in time
    qint64 slowConsumers = 0;       // closed for not reading their output
    qint64 roomLimitHits = 0;       // joins refused by the rooms-per-user limit
    qint64 requestsRefused = 0;     // requests over the session's request or typing budget
    qint64 floodDisconnects = 0;    // closed for going on sending after being refused
    qint64 tlsHandshakesFailed = 0; // connections that never finished the TLS handshake
    qint64 tlsPlainTextRefused = 0; // clients that spoke plain text to the TLS port
    qint64 heapTrims = 0;           // free pages given back after a connection storm (SettledTrim)
    qint64 fileBytesIn = 0;         // bytes of uploads taken on transfer connections
    qint64 filesStored = 0;         // uploads whole and checked
    qint64 uploadsFailed = 0;       // uploads whose content did not match what was announced
    qint64 uploadsExpired = 0;      // uploads not shared within a day, given up
    qint64 uploadsCancelled = 0;    // uploads their account gave up (cancel_upload)
    qint64 filesCollected = 0;      // stored files removed because nothing referred to them any more
    qint64 fileBytesCollected = 0;  // ... and their bytes
    qint64 fileBytesOut = 0;        // bytes of downloads sent on transfer connections
    qint64 downloads = 0;           // download keys handed out (each may serve several transfers)
    qint64 messagesDelivered = 0;
    qint64 messagesExpired = 0; // deleted past their retention (Retention)    // frames of room messages and notices
                                // handed to members' connections
    QHash<QString, qint64> framesIn;   // per message type
    QHash<QString, qint64> errorsSent; // per error code (a bounded set)
    qint64 sendQueueBytes = 0;         // output not yet taken by the kernel, over every connection (a snapshot)
    int sessionsActive = 0;            // logged in (a snapshot)
    int transfersActive = 0;           // file transfer connections (a snapshot)
    // Latencies (Prometheus histograms, /metrics): a TLS handshake's server side, a login from request to
    // answer (the password hash is most of it), storing a room message, and a room message from its arrival
    // to its frame written to every member here.
    Histogram tlsHandshakeSeconds = Histogram::latency();
    Histogram loginSeconds = Histogram::latency();
    Histogram databaseSeconds = Histogram::latency();
    Histogram deliverySeconds = Histogram::latency();
    QHash<QString, qint64> messagesByUser;
    QElapsedTimer uptime;

    void connectionOpened();
    void connectionClosed();

    // A multi-line report for the console and the log.
    QString report() const;
};

// The process's CPU time (user + system, seconds) and resident memory (KiB); -1 where unknown.
double processCpuSeconds();
qint64 processRssKib();
