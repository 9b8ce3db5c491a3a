// The window's side panes on a narrow window: below NarrowWidth the room list becomes a drawer opened by a
// button (and closed once a room is chosen or with Escape) and the people pane one too, each over the
// messages at its side, so that the messages keep their width.
#pragma once

#include <QList>
#include <QObject>

class QSplitter;
class QToolButton;
class QWidget;

class NarrowLayout : public QObject
{
    Q_OBJECT
public:
    static constexpr int NarrowWidth = 700;    // pixels of the window
    static constexpr int DrawerMinWidth = 200; // an open pane on a narrow window, over the messages

    // rooms and people: the side panes; barParent: where the buttons' row goes.
    NarrowLayout(QWidget *window, QWidget *rooms, QWidget *people, QWidget *barParent);

    bool isNarrow() const { return m_narrow; }
    QWidget *bar() const { return m_bar; }
    QToolButton *roomsButton() const { return m_roomsButton; }
    QToolButton *peopleButton() const { return m_peopleButton; }
    // View > People: on a wide window, whether the people pane shows there; on a narrow one, the drawer
    // opens or closes.
    void setPeopleWanted(bool wanted);
    // A room was chosen: the open panes close.
    void roomChosen();
    // Escape anywhere in the window: open panes close.
    void closePanes();

signals:
    // The window became narrow (or wide again).
    void narrowChanged(bool narrow);
    // The people pane came or went (its drawer, on a narrow window): View > People follows.
    void peopleShown(bool shown);
    // Escape closed an open pane: the keyboard goes back to the input.
    void closedByKey();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    // Opens or closes a side pane: on a narrow window it floats over the messages, else it sits in the
    // splitter.
    void showPane(QWidget *pane, bool open);
    void place(QWidget *pane) const;

    QWidget *m_window;
    QWidget *m_rooms;
    QWidget *m_people;
    QSplitter *m_splitter; // where the panes sit on a wide window
    QWidget *m_bar;
    QToolButton *m_roomsButton;
    QToolButton *m_peopleButton;
    bool m_narrow = false;
    bool m_peopleWanted = true;
    QList<int> m_wideSizes; // the splitter's, before the window became narrow
};
