#include "connectionstatus.h"

#include <QHBoxLayout>
#include <QIcon>

using namespace Qt::Literals::StringLiterals;

ConnectionStatus::ConnectionStatus(ChatClient &client, QWidget *parent)
    : QWidget(parent), m_client(client), m_icon(new QLabel(this)), m_state(new QLabel(this)), m_link(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_icon);
    layout->addWidget(m_state);
    layout->addSpacing(12);
    layout->addWidget(m_link);
    for (QLabel *l : {m_state, m_link})
        l->setTextFormat(Qt::PlainText);
    m_link->setObjectName(u"connectionDetails"_s);
    connect(&client, &ChatClient::stateChanged, this, &ConnectionStatus::refresh);
    connect(&client, &ChatClient::linkChanged, this, &ConnectionStatus::refresh);
    refresh();
}

void ConnectionStatus::refresh()
{
    QString icon;
    switch (m_client.state()) {
    case ChatClient::State::Connected:
        m_state->setText(tr("Connected to %1").arg(m_client.serverAddress()));
        icon = u":/icons/online.svg"_s;
        break;
    case ChatClient::State::Connecting:
    case ChatClient::State::LoggingIn:
        m_state->setText(tr("Connecting…"));
        icon = u":/icons/connecting.svg"_s;
        break;
    case ChatClient::State::Reconnecting:
        m_state->setText(tr("Reconnecting…"));
        icon = u":/icons/connecting.svg"_s;
        break;
    case ChatClient::State::Disconnected:
        m_state->setText(tr("Disconnected"));
        icon = u":/icons/offline.svg"_s;
        break;
    }
    m_icon->setPixmap(QIcon(icon).pixmap(QSize(14, 14), devicePixelRatioF())); // sharp at any scale
    if (m_client.state() != ChatClient::State::Connected) {
        m_link->clear();
        setToolTip(m_state->text());
        return;
    }
    const QString transport = m_client.realtimeOverUdp() ? tr("UDP") : tr("TCP fallback");
    const QString rtt = m_client.rttMs() >= 0 ? tr("%1 ms").arg(m_client.rttMs()) : tr("–");
    const QString loss = m_client.packetLoss() >= 0 ? tr("%1%").arg(qRound(m_client.packetLoss() * 100)) : tr("–");
    m_link->setText(tr("Real-time: %1   Round trip: %2   Loss: %3").arg(transport, rtt, loss));
    setToolTip(m_state->text() + u'\n' + m_link->text());
}

void ConnectionStatus::setCompact(bool compact)
{
    m_link->setVisible(!compact);
}
