#include "flooder.h"

#include "message.h"
#include "protocol.h"

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr std::array<std::pair<Flooder::Kind, std::string_view>, 7> KindNames{{
    {Flooder::Kind::PingBeforeHello, "ping-before-hello"},
    {Flooder::Kind::Ping, "ping"},
    {Flooder::Kind::ListUsers, "list-users"},
    {Flooder::Kind::History, "history"},
    {Flooder::Kind::Join, "join"},
    {Flooder::Kind::Typing, "typing"},
    {Flooder::Kind::Invalid, "invalid"},
}};

QString floodRoom()
{
    return QString::fromLatin1(Flooder::Room.data(), qsizetype(Flooder::Room.size()));
}

QByteArray floodFrame(Flooder::Kind kind)
{
    switch (kind) {
    case Flooder::Kind::PingBeforeHello:
    case Flooder::Kind::Ping:
        return Msg::encode(Msg::Ping{0});
    case Flooder::Kind::ListUsers:
        return Msg::encode(Msg::ListUsers{std::nullopt}); // every name online: the dearest request
    case Flooder::Kind::History: {
        Msg::HistoryRequest request;
        request.room = floodRoom();
        request.limit = Protocol::MaxHistoryLimit;
        return Msg::encode(request);
    }
    case Flooder::Kind::Join:
        return Msg::encode(Msg::Join{floodRoom()});
    case Flooder::Kind::Typing: {
        Msg::Typing typing;
        typing.room = floodRoom();
        typing.active = true;
        return Msg::encode(typing);
    }
    case Flooder::Kind::Invalid:
        return "this is not a frame\n"_ba;
    }
    return {};
}

bool contains(std::string_view line, std::string_view what)
{
    return line.find(what) != std::string_view::npos;
}

} // namespace

std::optional<Flooder::Kind> Flooder::kindFromName(std::string_view name)
{
    for (const auto &[kind, text] : KindNames) {
        if (text == name)
            return kind;
    }
    return std::nullopt;
}

std::string Flooder::nameOf(Kind kind)
{
    for (const auto &[k, text] : KindNames) {
        if (k == kind)
            return std::string(text);
    }
    return {};
}

std::string Flooder::kindNames()
{
    std::string names;
    for (const auto &[kind, text] : KindNames)
        names += (names.empty() ? "" : ", ") + std::string(text);
    return names;
}

Flooder::Flooder(Kind kind, QString username, QString password)
    : m_kind(kind), m_username(std::move(username)), m_password(std::move(password)), m_frame(floodFrame(kind))
{}

void Flooder::begin(LoadEngine &engine)
{
    if (!m_client)
        m_client = &engine.addHostile(*this);
    m_active = true;
    engine.open(*m_client);
}

void Flooder::end(LoadEngine &engine)
{
    if (!m_active)
        return;
    m_active = m_flooding = m_reconnect = false;
    engine.disconnect(*m_client);
}

void Flooder::tick(LoadEngine &engine)
{
    if (!m_active)
        return;
    if (m_reconnect) {
        m_reconnect = false;
        engine.open(*m_client);
        return;
    }
    if (!m_flooding || m_client->out.size() >= LowWater)
        return;
    std::string burst;
    burst.reserve(HighWater + m_frame.size());
    while (m_client->out.size() + burst.size() < HighWater) {
        burst += m_frame;
        ++m_frames;
    }
    engine.write(*m_client, burst);
}

void Flooder::send(LoadEngine &engine, const QByteArray &frame)
{
    engine.write(*m_client, std::string_view(frame.constData(), std::size_t(frame.size())));
}

void Flooder::start(LoadEngine &engine, BenchClient &)
{
    if (m_kind == Kind::PingBeforeHello) {
        startFlooding(engine);
        return;
    }
    send(engine, Msg::encode(Msg::Hello{Protocol::Version, u"chatroom-bench-flooder"_s}));
    if (m_registered)
        send(engine, Msg::encode(Msg::Login{m_username, m_password}));
    else
        send(engine, Msg::encode(Msg::Register{m_username, m_password}));
}

void Flooder::startFlooding(LoadEngine &engine)
{
    m_flooding = true;
    tick(engine);
}

void Flooder::onLine(LoadEngine &engine, BenchClient &, std::string_view line)
{
    // What it reads while flooding is nearly all refusals and answers: look no further than needed.
    // QJsonDocument sorts keys, so an error frame starts with its code.
    if (line.starts_with(R"({"code":"rate_limited")")) {
        ++m_refusals;
        return;
    }
    if (m_flooding) {
        ++m_answers;
        return;
    }
    if (line.starts_with(R"({"code":"username_taken")")) {
        m_registered = true;
        send(engine, Msg::encode(Msg::Login{m_username, m_password}));
    } else if (contains(line, R"("type":"auth_ok")")) {
        m_registered = true;
        ++m_logins;
        if (m_kind == Kind::History || m_kind == Kind::Typing)
            send(engine, Msg::encode(Msg::Join{floodRoom()}));
        else
            startFlooding(engine);
    } else if (contains(line, R"("type":"joined")") && contains(line, R"("room":"benchflood")")) {
        // A history page is dearest when it is full: fill the room first, within the budget a fresh login
        // has (each session starts with its burst, so a few reconnections fill it).
        constexpr int FillPerLogin = 80;
        for (int i = 0; m_kind == Kind::History && m_filled < HistoryFill && i < FillPerLogin; ++i, ++m_filled) {
            Msg::Say say;
            say.room = floodRoom();
            say.text =
                u"flood history filler %1, long enough to weigh like a real message in a history page"_s.arg(m_filled);
            send(engine, Msg::encode(say));
        }
        startFlooding(engine);
    }
}

void Flooder::closed(LoadEngine &, BenchClient &client, std::string_view)
{
    m_frames -= std::int64_t(client.out.size() / m_frame.size()); // queued, never sent
    m_flooding = false;
    if (!m_active)
        return;
    ++m_closes;
    m_reconnect = true;
}
