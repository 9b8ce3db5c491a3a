// The window's side panes on a narrow window: below NarrowWidth the room list becomes a drawer opened by a
// button (and closed once a room is chosen) and the people pane a button, so the messages keep the width.
#pragma once

#include <QList>
#include <QObject>

class QToolButton;
class QWidget;

class NarrowLayout : public QObject
{
    Q_OBJECT
public:
    static constexpr int NarrowWidth = 700; // pixels of the window

    // rooms and people: the side panes; barParent: where the buttons' row goes.
    NarrowLayout(QWidget *window, QWidget *rooms, QWidget *people, QWidget *barParent);

    bool isNarrow() const { return m_narrow; }
    QWidget *bar() const { return m_bar; }
    QToolButton *roomsButton() const { return m_roomsButton; }
    QToolButton *peopleButton() const { return m_peopleButton; }
    // View > People: whether the people pane shows on a wide window.
    void setPeopleWanted(bool wanted);
    // A room was chosen: the drawer closes.
    void roomChosen();

signals:
    // Escape closed an open pane: the keyboard goes back to the input.
    void closedByKey();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();

    QWidget *m_window;
    QWidget *m_rooms;
    QWidget *m_people;
    QWidget *m_bar;
    QToolButton *m_roomsButton;
    QToolButton *m_peopleButton;
    bool m_narrow = false;
    bool m_peopleWanted = true;
    QList<int> m_wideSizes; // the splitter's, before the window became narrow
};
