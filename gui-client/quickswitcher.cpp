#include "quickswitcher.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int IndexRole = Qt::UserRole + 1;
constexpr int MaxShown = 200; // a filter that matches more shows the best ones
} // namespace

QuickSwitcher::QuickSwitcher(QWidget *parent)
    : QDialog(parent), m_filter(new QLineEdit(this)), m_list(new QListWidget(this))
{
    setObjectName(u"quickSwitcher"_s);
    setWindowTitle(tr("Go to"));
    m_filter->setObjectName(u"switcherFilter"_s);
    m_list->setObjectName(u"switcherList"_s);
    m_filter->setPlaceholderText(tr("Room, conversation or person"));
    m_filter->setAccessibleName(tr("Go to"));
    m_filter->setAccessibleDescription(tr("Type part of a name; Up and Down choose, Enter goes there."));
    m_list->setAccessibleName(tr("Matches"));
    m_list->setFocusPolicy(Qt::NoFocus); // typing stays in the filter; Up and Down move the choice
    auto *hint = new QLabel(tr("Enter goes there, Escape goes back."), this);
    hint->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    layout->addWidget(hint);
    resize(360, 320);
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &QuickSwitcher::refilter);
    connect(m_filter, &QLineEdit::returnPressed, this, &QuickSwitcher::choose);
    connect(m_list, &QListWidget::itemActivated, this, &QuickSwitcher::choose);
}

void QuickSwitcher::setEntries(const QList<Entry> &entries)
{
    m_entries = entries;
    m_filter->clear();
    refilter();
}

QStringList QuickSwitcher::shown() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->text();
    return out;
}

void QuickSwitcher::refilter()
{
    const QString typed = m_filter->text().trimmed();
    // Names that start with what was typed first, then those that contain it; each group as given.
    QList<int> starts, contains;
    for (int i = 0; i < m_entries.size(); ++i) {
        const QString &name = m_entries[i].name;
        if (typed.isEmpty() || name.startsWith(typed, Qt::CaseInsensitive))
            starts << i;
        else if (name.contains(typed, Qt::CaseInsensitive))
            contains << i;
    }
    m_list->clear();
    for (const int i : starts + contains) {
        if (m_list->count() >= MaxShown)
            break;
        const Entry &e = m_entries[i];
        QString label;
        switch (e.kind) {
        case Kind::Room:
            label = tr("#%1").arg(e.name);
            break;
        case Kind::Conversation:
            label = tr("%1 (direct messages)").arg(e.name);
            break;
        case Kind::Person:
            label = tr("%1 (person)").arg(e.name);
            break;
        }
        if (e.unread > 0)
            label = tr("%1 – %n unread", nullptr, e.unread).arg(label);
        auto *item = new QListWidgetItem(label, m_list);
        item->setData(IndexRole, i);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

bool QuickSwitcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_list->count() > 0) {
            const int step = key == Qt::Key_Down ? 1 : -1;
            m_list->setCurrentRow(std::clamp(m_list->currentRow() + step, 0, m_list->count() - 1));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void QuickSwitcher::choose()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const Entry e = m_entries.value(item->data(IndexRole).toInt());
    accept();
    emit chosen(e.kind, e.name);
}
