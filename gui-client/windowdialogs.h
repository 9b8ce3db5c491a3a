// The chat window's dialogs: search, settings, the quick switcher, the emoji picker, joining a room,
// starting a direct message, devices and about. Each opens without blocking the window, and the keyboard
// returns to the input when it closes.
#pragma once

#include <QObject>

class ChatClient;
class ChatInput;
class EmojiPicker;
class MainWindow;
class MemberList;
class QListView;
class QuickSwitcher;
class RoomList;
class SearchDialog;
class SettingsDialog;

class WindowDialogs : public QObject
{
    Q_OBJECT
public:
    WindowDialogs(MainWindow &window, ChatClient &client, RoomList *rooms, MemberList *members, ChatInput *input,
                  QListView *view);

    // Ctrl+F: the search (and mentions) dialog, shown.
    SearchDialog *openSearch();
    SettingsDialog *openSettings();
    // Ctrl+;: the emoji picker, whose choice goes into the input at the cursor.
    EmojiPicker *openEmojiPicker();
    // Ctrl+K: the quick switcher, with every room, conversation and person the window knows.
    QuickSwitcher *openSwitcher();
    void showDevices();
    void askToJoin();
    void askForDirectMessage();
    void showAbout();

private:
    MainWindow &m_window;
    ChatClient &m_client;
    RoomList *m_rooms;
    MemberList *m_members;
    ChatInput *m_input;
    QListView *m_view;
    SearchDialog *m_search = nullptr;
    QuickSwitcher *m_switcher = nullptr;
};
