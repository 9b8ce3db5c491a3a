// One hostile client for the benchmark: floods one kind of request as fast as its socket takes it, and when
// the server closes it, connects again (and logs in again where the kind needs it), as an attacker would.
#pragma once

#include "loadengine.h"

#include <QString>
#include <optional>

class Flooder : public BenchDriver
{
public:
    enum class Kind { PingBeforeHello, Ping, ListUsers, History, Join, Typing, Invalid };

    static std::optional<Kind> kindFromName(std::string_view name);
    static std::string nameOf(Kind kind);
    static std::string kindNames(); // "ping-before-hello, ping, ...", for --help and errors

    // The room it floods in (history, typing, join), away from the measured rooms.
    static constexpr std::string_view Room = "benchflood";
    // Messages put in its room before history is flooded, so that each reply is a full page.
    static constexpr int HistoryFill = 200;

    Flooder(Kind kind, QString username, QString password);

    void begin(LoadEngine &engine); // connect, and flood from then on
    void tick(LoadEngine &engine);  // connect again if closed; keep the socket full
    void end(LoadEngine &engine);   // stop flooding and hang up

    void start(LoadEngine &engine, BenchClient &client) override;
    void onLine(LoadEngine &engine, BenchClient &client, std::string_view line) override;
    void closed(LoadEngine &engine, BenchClient &client, std::string_view why) override;

    std::int64_t frames() const { return m_frames; }     // flood frames written
    std::int64_t refusals() const { return m_refusals; } // rate_limited answers read
    std::int64_t answers() const { return m_answers; }   // any other frame read while flooding
    int closes() const { return m_closes; }              // times the server closed it
    int logins() const { return m_logins; }

private:
    void send(LoadEngine &engine, const QByteArray &frame);
    void startFlooding(LoadEngine &engine);

    // What it writes while it floods at a time: enough that the socket never runs dry between passes of the
    // loop, little enough that one pass never keeps the measured clients waiting long.
    static constexpr std::size_t LowWater = 16 * 1024;
    static constexpr std::size_t HighWater = 64 * 1024;

    Kind m_kind;
    QString m_username;
    QString m_password;
    std::string m_frame; // the request it floods with
    BenchClient *m_client = nullptr;
    bool m_active = false;
    bool m_flooding = false;
    bool m_reconnect = false;
    bool m_registered = false;
    int m_filled = 0;
    std::int64_t m_frames = 0;
    std::int64_t m_refusals = 0;
    std::int64_t m_answers = 0;
    int m_closes = 0;
    int m_logins = 0;
};
