// What a line typed in the chat window's input does: a message to the room or conversation on screen (or
// an edit of one), or a slash command (SlashCommand parses it; this carries it out).
#pragma once

#include <QObject>

class ChatClient;
class MainWindow;
class MessageActions;
class OutgoingMessages;
class RoomHeader;

class WindowCommands : public QObject
{
    Q_OBJECT
public:
    WindowCommands(MainWindow &window, ChatClient &client, RoomHeader *header, MessageActions *actions,
                   OutgoingMessages *outgoing);

    void run(const QString &line);

private:
    void leave(const QString &room);
    void topic(const QString &text);

    MainWindow &m_window;
    ChatClient &m_client;
    RoomHeader *m_header;
    MessageActions *m_actions;
    OutgoingMessages *m_outgoing;
};
