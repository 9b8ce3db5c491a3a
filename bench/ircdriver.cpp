#include "ircdriver.h"

namespace {

std::string nick(const BenchClient &client)
{
    return "b" + std::to_string(client.index);
}

// The command of a line, skipping its ":prefix" if any: ":x!y@z PRIVMSG #r :text" -> "PRIVMSG #r :text".
std::string_view command(std::string_view line)
{
    if (!line.empty() && line.front() == ':') {
        const std::size_t space = line.find(' ');
        return space == std::string_view::npos ? std::string_view() : line.substr(space + 1);
    }
    return line;
}

} // namespace

void IrcDriver::start(LoadEngine &engine, BenchClient &client)
{
    const std::string n = nick(client);
    engine.write(client, "NICK " + n + "\r\nUSER " + n + " 0 * :chatroom-bench\r\n");
}

void IrcDriver::join(LoadEngine &engine, BenchClient &client, const std::string &room)
{
    engine.write(client, "JOIN #" + room + "\r\n");
}

void IrcDriver::say(LoadEngine &engine, BenchClient &client, const std::string &room, std::string_view text)
{
    std::string line = "PRIVMSG #" + room + " :";
    line.append(text);
    line.append("\r\n");
    engine.write(client, line);
}

void IrcDriver::onLine(LoadEngine &engine, BenchClient &client, std::string_view line)
{
    const std::string_view cmd = command(line);
    if (cmd.starts_with("PRIVMSG ")) {
        const std::size_t colon = cmd.find(" :");
        if (colon != std::string_view::npos)
            engine.delivered(client, cmd.substr(colon + 2));
    } else if (line.starts_with("PING ")) {
        std::string pong(line);
        pong[1] = 'O';
        engine.write(client, pong + "\r\n");
    } else if (cmd.starts_with("001 ")) {
        engine.markLoggedIn(client);
    } else if (cmd.starts_with("366 ")) {
        engine.markJoined(client);
    } else if (cmd.starts_with("ERROR") || cmd.starts_with("433 ") || cmd.starts_with("465 ")) {
        engine.markFailed(client, std::string(line));
    }
}
