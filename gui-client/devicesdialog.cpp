#include "devicesdialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

DevicesDialog::DevicesDialog(ChatClient &client, QWidget *parent)
    : QDialog(parent), m_client(client), m_list(new QTreeWidget(this)), m_end(new QPushButton(tr("End session"), this)),
      m_hint(new QLabel(this))
{
    setWindowTitle(tr("Your devices"));
    m_list->setObjectName(u"devices"_s);
    m_end->setObjectName(u"endSession"_s);
    m_list->setHeaderLabels({tr("Device"), tr("State"), tr("Address")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setText(tr("Ending a session logs that device out; it needs the password to log in again."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_end, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    resize(520, 300);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &DevicesDialog::updateButton);
    connect(m_end, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_list->currentItem())
            endSession(m_list->indexOfTopLevelItem(item));
    });
    connect(&m_client, &ChatClient::sessionsReceived, this, &DevicesDialog::onSessions);
    m_client.requestSessions();
    updateButton();
}

int DevicesDialog::deviceCount() const
{
    return m_list->topLevelItemCount();
}

QString DevicesDialog::deviceName(int row) const
{
    const QTreeWidgetItem *item = m_list->topLevelItem(row);
    return item ? item->text(0) : QString();
}

void DevicesDialog::endSession(int row)
{
    if (row < 0 || row >= m_sessions.sessions.size() || m_sessions.sessions[row].current)
        return;
    const QString device = m_sessions.sessions[row].device;
    m_client.endSession(device);
    m_hint->setText(tr("%1 is logged out; it needs the password to log in again.")
                        .arg(device.isEmpty() ? tr("The unnamed device") : device));
}

void DevicesDialog::onSessions(const Msg::SessionList &list)
{
    const QString selected = m_list->currentItem() ? m_list->currentItem()->text(0) : QString();
    m_sessions = list;
    m_list->clear();
    const QLocale locale;
    for (const Msg::SessionInfo &s : list.sessions) {
        const QString when =
            s.since ? locale.toString(QDateTime::fromMSecsSinceEpoch(*s.since), QLocale::ShortFormat) : QString();
        QString state;
        if (s.current)
            state = tr("this device");
        else if (s.online)
            state = when.isEmpty() ? tr("online") : tr("online since %1").arg(when);
        else
            state = when.isEmpty() ? tr("offline") : tr("last seen %1").arg(when);
        auto *item = new QTreeWidgetItem(
            m_list, {s.device.isEmpty() ? tr("(unnamed device)") : s.device, state, s.address.value_or(QString())});
        if (s.current) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
        }
        if (item->text(0) == selected)
            m_list->setCurrentItem(item);
    }
    updateButton();
}

void DevicesDialog::updateButton()
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    m_end->setEnabled(row >= 0 && row < m_sessions.sessions.size() && !m_sessions.sessions[row].current);
}
