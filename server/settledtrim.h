// Gives the heap's free pages back once a storm of new connections has settled. Their handshakes and
// logins free their buffers in holes among the small objects the sessions keep, and glibc keeps a hole's
// pages resident until malloc_trim (docs/PERFORMANCE.md, "Memory"). Once enough connections came and none
// is still waiting, in its handshake or before its login, the pages go back, once. Not on a timer: a trim
// walks the whole heap, and what an idle server holds would depend on when one looked.
#pragma once

#include <QObject>
#include <functional>

class SettledTrim : public QObject
{
    Q_OBJECT
public:
    // unsettled: connections still waiting, in their handshake or before their login (or anything else
    // that should hold the trim back). trim: gives the pages back.
    SettledTrim(std::function<qsizetype()> unsettled, std::function<void()> trim, QObject *parent = nullptr);

    void connectionOpened() { ++m_openedSinceTrim; }
    // A connection logged in, or ended (its handshake failed, it was refused, it closed): trims in the next
    // pass of the event loop (once the login's replies are written and their buffers freed) if the storm
    // has settled by then.
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
