// Speaks IRC for the benchmark, so the same load can be measured against an IRC server (ngircd).
#pragma once

#include "loadengine.h"

class IrcDriver : public BenchProtocol
{
public:
    void start(LoadEngine &engine, BenchClient &client) override;
    void join(LoadEngine &engine, BenchClient &client, const std::string &room) override;
    void say(LoadEngine &engine, BenchClient &client, const std::string &room, std::string_view text) override;
    void onLine(LoadEngine &engine, BenchClient &client, std::string_view line) override;
    bool hasAcks() const override { return false; }
};
