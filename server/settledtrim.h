// Gives the heap's free pages back once a storm of new connections has settled. Their handshakes and
// logins, and what the clients ask for next (their rooms, history), free their buffers in holes among the
// small objects the sessions keep, and glibc keeps a hole's pages resident until malloc_trim
// (docs/PERFORMANCE.md, issue 19). Once enough connections came, the server watches for a settled, quiet
// moment (none still waiting, in its handshake or before its login, and no request since the last look),
// and then gives the pages back, once per storm (a trim walks the whole heap); one that stays busy is
// trimmed once more, after MostLooks.
#pragma once

#include <QObject>
#include <QTimer>
#include <chrono>
#include <functional>

class SettledTrim : public QObject
{
    Q_OBJECT
public:
    // unsettled: connections still waiting, in their handshake or before their login. held: no trim at
    // all while true (file transfers keep freed memory on purpose, and trim at their end). trim: gives
    // the pages back.
    SettledTrim(std::function<qsizetype()> unsettled, std::function<bool()> held, std::function<void()> trim,
                QObject *parent = nullptr);

    void connectionOpened() { ++m_openedSinceTrim; }
    // A connection logged in, or ended (its handshake failed, it was refused, it closed): once enough came,
    // starts watching for a settled, quiet moment.
    void connectionSettled();
    void requestHandled() { ++m_requests; }

    bool isWatching() const { return m_watch.isActive(); }
    // What the watch does every QuietInterval (tests call it directly): trims if nothing is unsettled and no
    // request came since the last look, and stops. After MostLooks (10 s) on a server that is never so, it
    // trims once anyway and goes on watching for the quiet one.
    void lookAgain();
    int trims() const { return m_trims; }

    static constexpr int TrimAfterConnections = 256;
    static constexpr auto QuietInterval = std::chrono::milliseconds(250);
    static constexpr int MostLooks = 40;

private:
    void trimNow();

    std::function<qsizetype()> m_unsettled;
    std::function<bool()> m_held;
    std::function<void()> m_trim;
    QTimer m_watch;
    int m_openedSinceTrim = 0;
    int m_looks = 0;
    int m_trims = 0;
    bool m_forced = false; // this watch has trimmed without waiting for quiet
    quint64 m_requests = 0;
    quint64 m_requestsAtLastLook = 0;
};
