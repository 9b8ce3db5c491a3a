// Gives the heap's free pages back once a storm of new connections has settled. Their handshakes and
// logins free their buffers in holes among the small objects the sessions keep, and glibc keeps a hole's
// pages resident until malloc_trim (StreamMemory also keeps up to 64 MiB at the heap's top): after 10,000
// logins that was 0.8 KiB per idle connection (docs/PERFORMANCE.md, "Memory"). Once enough connections
// came and none is any longer waiting, in its handshake or before its login, the pages go back once.
// Not on a timer: a trim walks the whole heap, and idle memory would depend on when it is looked at.
#pragma once

#include <QObject>
#include <functional>

class SettledTrim : public QObject
{
    Q_OBJECT
public:
    // unsettled: connections still waiting, in their handshake or before their login. trim: gives the
    // pages back (StreamMemory::giveBack unless a test counts).
    explicit SettledTrim(std::function<qsizetype()> unsettled, std::function<void()> trim = {},
                         QObject *parent = nullptr);

    void connectionOpened() { ++m_openedSinceTrim; }
    // A connection logged in, or ended: trims in the next pass of the event loop (once the login's
    // replies are written and their buffers freed) if the storm has settled by then.
    void connectionSettled();
    int trims() const { return m_trims; }

    static constexpr int TrimAfterConnections = 256;

private:
    void onSettled();

    std::function<qsizetype()> m_unsettled;
    std::function<void()> m_trim;
    int m_openedSinceTrim = 0;
    int m_trims = 0;
    bool m_queued = false;
};
