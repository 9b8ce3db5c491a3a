// One line above the messages for the whole time the connection is down: why, when the next attempt is
// (counting down in place), and a button to try at once.
#pragma once

#include "chatclient.h"

#include <QDeadlineTimer>
#include <QFrame>
#include <QTimer>

class QLabel;
class QPushButton;

class ReconnectBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ReconnectBanner(ChatClient &client, QWidget *parent = nullptr);

    QString text() const;

private:
    void onStateChanged(ChatClient::State state);
    void onReconnectScheduled(int delayMs, const QString &reason);
    void refresh();

    static constexpr int TickMs = 250;

    ChatClient &m_client;
    QLabel *m_text;
    QPushButton *m_now;
    QTimer m_tick;
    QDeadlineTimer m_next;
    QString m_reason; // the first of this outage: later attempts fail for the same cause
};
