#include "reconnectbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

ReconnectBanner::ReconnectBanner(ChatClient &client, QWidget *parent)
    : QFrame(parent), m_client(client), m_text(new QLabel(this)), m_now(new QPushButton(tr("Reconnect now"), this)),
      m_tick(this)
{
    setObjectName(u"reconnectBanner"_s);
    m_text->setObjectName(u"reconnectText"_s);
    m_now->setObjectName(u"reconnectNow"_s);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(u"#reconnectBanner { background: #fdf2e9; } #reconnectText { color: #a04000; }"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_now);
    hide();

    m_tick.setInterval(TickMs);
    connect(&m_tick, &QTimer::timeout, this, &ReconnectBanner::refresh);
    connect(m_now, &QPushButton::clicked, &m_client, &ChatClient::reconnectNow);
    connect(&m_client, &ChatClient::stateChanged, this, &ReconnectBanner::onStateChanged);
    connect(&m_client, &ChatClient::reconnectScheduled, this, &ReconnectBanner::onReconnectScheduled);
}

QString ReconnectBanner::text() const
{
    return m_text->text();
}

void ReconnectBanner::onReconnectScheduled(int delayMs, const QString &reason)
{
    if (m_reason.isEmpty())
        m_reason = reason;
    m_next.setRemainingTime(delayMs);
    m_tick.start();
    show();
    refresh();
}

void ReconnectBanner::onStateChanged(ChatClient::State state)
{
    if (state == ChatClient::State::Connected || state == ChatClient::State::Disconnected) {
        m_tick.stop();
        m_reason.clear();
        hide();
    } else if (isVisible()) {
        refresh();
    }
}

void ReconnectBanner::refresh()
{
    const bool waiting = m_client.reconnectPending();
    m_now->setEnabled(waiting);
    if (!waiting) {
        m_text->setText(tr("%1 Reconnecting…").arg(m_reason));
        return;
    }
    const int seconds = int((m_next.remainingTime() + 999) / 1000);
    m_text->setText(tr("%1 Reconnecting in %n second(s)…", nullptr, std::max(1, seconds)).arg(m_reason));
}
