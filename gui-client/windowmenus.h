// The window's menu bar: every action of the chat window with its shortcut, so that each is found and
// reached by keyboard (Alt and the underlined letter) as well as by mouse. The window connects them.
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QWidget;

class WindowMenus : public QObject
{
    Q_OBJECT
public:
    explicit WindowMenus(QMainWindow *window);

    // Chat
    QAction *joinRoom;
    QAction *leaveRoom;
    QAction *directMessage;
    QAction *sendFiles;
    QAction *recordVoice;
    QAction *devices;
    QAction *exportMessages;
    QAction *logOut;
    QAction *quit;
    // Edit
    QAction *copy = nullptr; // the message view's own (MessageActions), shown here
    QAction *search;
    QAction *mentions;
    QAction *insertEmoji;
    QAction *settings;
    // Go
    QAction *quickSwitch;
    QAction *nextRoom;
    QAction *previousRoom;
    QList<QAction *> roomByNumber; // Alt+1 ... Alt+9
    QAction *focusInput;
    // View
    QAction *showPeople;
    // Help
    QAction *shortcuts;
    QAction *about;

    // Puts the message view's Copy at the top of the Edit menu.
    void setCopyAction(QAction *action);
    // Every action with a shortcut, as the keyboard help lists them.
    QList<QAction *> all() const;
    // The keyboard help: each action and its keys, then the keys that are not actions.
    static QWidget *shortcutsDialog(const QList<QAction *> &actions, QWidget *parent);

private:
    QMenu *m_edit;
};
