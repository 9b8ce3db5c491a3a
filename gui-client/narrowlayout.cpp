#include "narrowlayout.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QSplitter>
#include <QToolButton>
#include <QWidget>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

NarrowLayout::NarrowLayout(QWidget *window, QWidget *rooms, QWidget *people, QWidget *barParent)
    : QObject(window), m_window(window), m_rooms(rooms), m_people(people),
      m_splitter(qobject_cast<QSplitter *>(rooms->parentWidget())), m_bar(new QWidget(barParent)),
      m_roomsButton(new QToolButton(m_bar)), m_peopleButton(new QToolButton(m_bar))
{
    m_bar->setObjectName(u"narrowBar"_s);
    m_roomsButton->setObjectName(u"roomsButton"_s);
    m_roomsButton->setText(tr("☰ Rooms"));
    m_roomsButton->setAccessibleName(tr("Show the rooms"));
    m_roomsButton->setCheckable(true);
    m_peopleButton->setObjectName(u"peopleButton"_s);
    m_peopleButton->setText(tr("People"));
    m_peopleButton->setAccessibleName(tr("Show the people in this room"));
    m_peopleButton->setCheckable(true);
    auto *layout = new QHBoxLayout(m_bar);
    layout->setContentsMargins(2, 2, 2, 0);
    layout->addWidget(m_roomsButton);
    layout->addStretch(1);
    layout->addWidget(m_peopleButton);
    m_bar->hide();
    connect(m_roomsButton, &QToolButton::toggled, this, [this](bool open) {
        if (open)
            m_peopleButton->setChecked(false); // one drawer at a time: together they would cover the messages
        showPane(m_rooms, open);
        if (open)
            m_rooms->setFocus(); // the drawer is for choosing: the keyboard goes there
    });
    connect(m_peopleButton, &QToolButton::toggled, this, [this](bool open) {
        if (open)
            m_roomsButton->setChecked(false);
        showPane(m_people, open);
        emit peopleShown(open);
    });
    m_window->installEventFilter(this);
    // Escape inside an open pane closes it (the keys reach the pane's lists first, then the pane).
    m_rooms->installEventFilter(this);
    m_people->installEventFilter(this);
}

void NarrowLayout::setPeopleWanted(bool wanted)
{
    if (m_narrow)
        return m_peopleButton->setChecked(wanted);
    m_peopleWanted = wanted;
    m_people->setVisible(wanted);
}

void NarrowLayout::roomChosen()
{
    if (m_narrow)
        closePanes();
}

void NarrowLayout::showPane(QWidget *pane, bool open)
{
    const bool floating = m_splitter && pane->parentWidget() != m_splitter;
    if (open && m_narrow && m_splitter) {
        // Over the messages at its side, as a drawer: the messages keep their width under it.
        if (!floating) {
            pane->setParent(m_window);
            pane->setAutoFillBackground(true);
        }
        place(pane);
        pane->raise();
        pane->show();
        return;
    }
    if (floating) { // back in its place in the splitter
        pane->hide();
        m_splitter->insertWidget(pane == m_rooms ? 0 : m_splitter->count(), pane);
    }
    pane->setVisible(open);
}

void NarrowLayout::place(QWidget *pane) const
{
    // Under the row of buttons (which stays there to close it), down to the bottom of the panes' area.
    const QRect area = m_splitter->geometry(); // in the window's coordinates, under the menu bar
    const int top = m_bar->mapTo(m_window, QPoint(0, m_bar->height())).y();
    const int width = std::min(std::max(pane->sizeHint().width(), DrawerMinWidth), area.width() * 3 / 4);
    const int left = pane == m_rooms ? area.left() : area.right() + 1 - width;
    pane->setGeometry(left, top, width, area.bottom() + 1 - top);
}

void NarrowLayout::closePanes()
{
    m_roomsButton->setChecked(false);
    m_peopleButton->setChecked(false);
}

bool NarrowLayout::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && (event->type() == QEvent::Resize || event->type() == QEvent::Show)) {
        update();
        for (QWidget *pane : {m_rooms, m_people}) {
            if (m_splitter && pane->parentWidget() != m_splitter && pane->isVisible())
                place(pane);
        }
    }
    if (m_narrow && (watched == m_rooms || watched == m_people) && event->type() == QEvent::ShortcutOverride &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        // Taken before the window's own Escape: it closes this pane, and the keyboard goes back to the input.
        (watched == m_rooms ? m_roomsButton : m_peopleButton)->setChecked(false);
        emit closedByKey();
        event->accept();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void NarrowLayout::update()
{
    const bool narrow = m_window->width() < NarrowWidth;
    if (narrow == m_narrow)
        return;
    m_narrow = narrow;
    // The panes' widths are kept while narrow, and given back when the window is wide again (a splitter
    // gives a pane shown again whatever is left, which may be nothing).
    QSplitter *splitter = m_splitter;
    if (narrow && splitter)
        m_wideSizes = splitter->sizes();
    m_bar->setVisible(narrow);
    m_roomsButton->setChecked(false);
    m_peopleButton->setChecked(false);
    m_rooms->setVisible(!narrow);
    m_people->setVisible(!narrow && m_peopleWanted);
    emit peopleShown(!narrow && m_peopleWanted);
    emit narrowChanged(narrow);
    if (!narrow && splitter && !m_wideSizes.isEmpty())
        splitter->setSizes(m_wideSizes);
}
