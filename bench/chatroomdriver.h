// Speaks the Chat Room protocol for the benchmark: register (or log in), join, say, count deliveries.
#pragma once

#include "loadengine.h"

#include <QString>

class ChatRoomDriver : public BenchProtocol
{
public:
    // devices: connections per account (each a device of its own); consecutive clients share an account.
    ChatRoomDriver(QString userPrefix, QString password, int devices = 1)
        : m_prefix(std::move(userPrefix)), m_password(std::move(password)), m_devices(std::max(1, devices))
    {}

    void start(LoadEngine &engine, BenchClient &client) override;
    void join(LoadEngine &engine, BenchClient &client, const std::string &room) override;
    void say(LoadEngine &engine, BenchClient &client, const std::string &room, std::string_view text) override;
    void onLine(LoadEngine &engine, BenchClient &client, std::string_view line) override;
    bool hasAcks() const override { return true; }

private:
    QString username(const BenchClient &client) const;
    std::optional<QString> device(const BenchClient &client) const;

    QString m_prefix;
    QString m_password;
    int m_devices;
};
