// What a line typed in the chat window's input does: a message to the room or conversation on screen (or
// an edit of one), or a slash command (SlashCommand parses it; this carries it out), /export among them.
#pragma once

#include <QObject>

class ChatClient;
class MainWindow;
class MessageExporter;
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
    // /export [FILE]: the messages this account sent, into FILE (relative: in the documents folder; one that
    // exists is refused unless replace), or where a file dialog says.
    void exportMessages(const QString &fileName, bool replace = false);

private:
    void leave(const QString &room);
    void topic(const QString &text);

    MainWindow &m_window;
    ChatClient &m_client;
    RoomHeader *m_header;
    MessageActions *m_actions;
    OutgoingMessages *m_outgoing;
    MessageExporter *m_exporter = nullptr; // while one runs
};
