#include "chatroomdriver.h"

#include "message.h"
#include "protocol.h"

using namespace Qt::Literals::StringLiterals;

namespace {

void send(LoadEngine &engine, BenchClient &client, const QByteArray &frame)
{
    engine.write(client, std::string_view(frame.constData(), std::size_t(frame.size())));
}

// Chat frames are most of what arrives: find the text without a full JSON parse, which would cost the
// benchmark more CPU than the server spends per delivery. QJsonDocument writes keys in sorted order, so a
// chat frame ends with "type":"chat"}, and bench texts hold no characters that JSON escapes.
bool quickChatText(std::string_view line, std::string_view &text)
{
    constexpr std::string_view Tail = R"("type":"chat"})";
    constexpr std::string_view TextKey = R"("text":")";
    if (line.size() < Tail.size() || line.substr(line.size() - Tail.size()) != Tail)
        return false;
    const std::size_t start = line.find(TextKey);
    if (start == std::string_view::npos)
        return false;
    const std::size_t begin = start + TextKey.size();
    const std::size_t end = line.find('"', begin);
    if (end == std::string_view::npos)
        return false;
    text = line.substr(begin, end - begin);
    return true;
}

} // namespace

QString ChatRoomDriver::username(const BenchClient &client) const
{
    return m_prefix + QString::number(client.index / m_devices);
}

std::optional<QString> ChatRoomDriver::device(const BenchClient &client) const
{
    if (m_devices == 1)
        return std::nullopt;
    return u"device-"_s + QString::number(client.index % m_devices);
}

void ChatRoomDriver::start(LoadEngine &engine, BenchClient &client)
{
    send(engine, client, Msg::encode(Msg::Hello{Protocol::Version, u"chatroom-bench"_s}));
    send(engine, client, Msg::encode(Msg::Register{username(client), m_password, device(client)}));
}

void ChatRoomDriver::join(LoadEngine &engine, BenchClient &client, const std::string &room)
{
    send(engine, client, Msg::encode(Msg::Join{QString::fromStdString(room)}));
}

void ChatRoomDriver::say(LoadEngine &engine, BenchClient &client, const std::string &room, std::string_view text)
{
    Msg::Say say;
    say.room = QString::fromStdString(room);
    say.text = QString::fromLatin1(text.data(), qsizetype(text.size()));
    say.ref = client.nextRef++;
    send(engine, client, Msg::encode(say));
}

void ChatRoomDriver::onLine(LoadEngine &engine, BenchClient &client, std::string_view line)
{
    std::string_view text;
    if (quickChatText(line, text)) {
        engine.delivered(client, text);
        return;
    }
    const auto message = Msg::parse(QByteArrayView(line.data(), qsizetype(line.size())));
    if (!message) {
        engine.markFailed(client, "the server sent an invalid frame: " + message.error().message.toStdString());
        return;
    }
    if (std::holds_alternative<Msg::AuthOk>(*message)) {
        engine.markLoggedIn(client);
    } else if (const auto *joined = std::get_if<Msg::Joined>(&*message)) {
        if (joined->room != Protocol::DefaultRoom) {
            engine.markJoined(client);
            // Leave the lobby everyone lands in, so its join notices do not swamp the measurement.
            send(engine, client, Msg::encode(Msg::Leave{QString(Protocol::DefaultRoom)}));
        }
    } else if (std::holds_alternative<Msg::Ack>(*message)) {
        engine.markAcked(client);
    } else if (const auto *chat = std::get_if<Msg::ChatMessage>(&*message)) {
        const QByteArray latin = chat->text.toLatin1();
        engine.delivered(client, std::string_view(latin.constData(), std::size_t(latin.size())));
    } else if (const auto *ping = std::get_if<Msg::Ping>(&*message)) {
        send(engine, client, Msg::encode(Msg::Pong{ping->ts}));
    } else if (const auto *error = std::get_if<Msg::ErrorReply>(&*message)) {
        if (error->errorCode() == ErrorCode::UsernameTaken)
            send(engine, client, Msg::encode(Msg::Login{username(client), m_password, device(client)}));
        else if (error->errorCode() != ErrorCode::NotInRoom)
            engine.markFailed(client, QString(error->code + u": "_s + error->message).toStdString());
    }
}
