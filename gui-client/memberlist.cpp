#include "memberlist.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

MemberList::MemberList(QWidget *parent)
    : QWidget(parent), m_header(new QLabel(tr("People here"), this)), m_list(new QListWidget(this))
{
    m_header->setObjectName(u"usersHeader"_s);
    m_list->setObjectName(u"users"_s);
    m_list->setAccessibleName(tr("People in this room"));
    m_list->setAccessibleDescription(tr("Enter opens a direct conversation; the menu key offers more."));
    m_list->setIconSize(QSize(10, 10));
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, &MemberList::showMenu);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (const QString user = item->data(Qt::UserRole).toString(); !user.isEmpty() && user != m_self)
            emit directMessageWanted(user);
    });
    setFocusProxy(m_list); // focus on the pane is focus on its list
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_list);
}

void MemberList::showMenu(const QPoint &pos)
{
    QListWidgetItem *item = m_list->itemAt(pos);
    if (!item)
        item = m_list->currentItem(); // the menu key: the person with the focus
    const QString user = item ? item->data(Qt::UserRole).toString() : QString();
    if (user.isEmpty())
        return;
    QMenu menu(m_list);
    menu.setObjectName(u"personMenu"_s);
    if (user != m_self) {
        menu.addAction(tr("Send a &Direct Message"), this, [this, user] { emit directMessageWanted(user); });
        menu.addAction(tr("&Mention"), this, [this, user] { emit mentionWanted(user); });
    }
    menu.addAction(tr("&Who Is This?"), this, [this, user] {
        auto *box = new QMessageBox(QMessageBox::Information, tr("Who is %1?").arg(user), describe(user),
                                    QMessageBox::Close, this);
        box->setTextFormat(Qt::PlainText); // names from the network are never read as markup
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    const QRect at = m_list->visualItemRect(item);
    menu.exec(m_list->viewport()->mapToGlobal(m_list->itemAt(pos) ? pos : at.center()));
}

QString MemberList::describe(const QString &user) const
{
    QStringList rooms;
    for (auto it = m_members.cbegin(); it != m_members.cend(); ++it) {
        if (it.value().contains(user))
            rooms << it.key();
    }
    rooms.sort();
    const QString list = QLocale().createSeparatedList(rooms);
    if (user == m_self)
        return rooms.isEmpty() ? tr("That is you.") : tr("That is you. You are in %1.").arg(list);
    if (rooms.isEmpty())
        return tr("%1 is in none of the rooms you are in.").arg(user);
    return tr("%1 is in %n room(s) you are in: %2.", nullptr, int(rooms.size())).arg(user, list);
}

void MemberList::setMembers(const QString &room, const QList<Msg::UserInfo> &members, std::optional<qint64> total)
{
    QStringList names;
    for (const Msg::UserInfo &u : members)
        names << u.name;
    m_members[room] = names;
    if (total)
        m_totals[room] = *total;
    else
        m_totals.remove(room);
    emit countChanged(room, this->total(room));
    if (room == m_current)
        refresh();
}

void MemberList::memberJoined(const QString &room, const QString &user)
{
    QStringList &names = m_members[room];
    if (names.contains(user))
        return;
    names.append(user);
    if (auto total = m_totals.find(room); total != m_totals.end())
        ++*total;
    emit countChanged(room, total(room));
    if (room == m_current)
        refresh();
}

void MemberList::memberLeft(const QString &room, const QString &user)
{
    const auto names = m_members.find(room);
    if (names == m_members.end())
        return;
    const bool listed = names->removeAll(user) > 0;
    if (auto total = m_totals.find(room); total != m_totals.end())
        --*total; // a sample's total counts those not listed too
    else if (!listed)
        return;
    emit countChanged(room, total(room));
    if (room == m_current)
        refresh();
}

void MemberList::forgetRoom(const QString &room)
{
    m_members.remove(room);
    m_totals.remove(room);
    if (room == m_current)
        showRoom({});
}

void MemberList::showRoom(const QString &room)
{
    m_current = room;
    refresh();
}

void MemberList::setConnected(bool connected)
{
    if (m_connected == connected)
        return;
    m_connected = connected;
    refresh();
}

void MemberList::refresh()
{
    m_list->clear();
    QStringList names = m_members.value(m_current);
    names.sort(Qt::CaseInsensitive);
    for (const QString &name : std::as_const(names)) {
        auto *item = new QListWidgetItem(QIcon(m_connected ? u":/icons/online.svg"_s : u":/icons/offline.svg"_s), name);
        item->setData(Qt::UserRole, name);
        if (!m_connected) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled); // drawn greyed
            item->setToolTip(tr("Not known while disconnected"));
        }
        m_list->addItem(item);
    }
    // A large room's list is a sample: say how many it leaves out rather than pass it off as everyone.
    const int total = int(std::max<qint64>(m_totals.value(m_current), names.size()));
    if (total > names.size()) {
        auto *more = new QListWidgetItem(tr("…and %n more", nullptr, int(total - names.size())));
        more->setFlags(Qt::NoItemFlags);
        m_list->addItem(more);
    }
    m_header->setText(m_current.isEmpty() ? tr("People here") : tr("People here (%n)", nullptr, total));
}
