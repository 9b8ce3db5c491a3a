// The status bar's permanent indicator: connection state, the real-time transport, round-trip time, loss.
#pragma once

#include "chatclient.h"

#include <QLabel>
#include <QWidget>

class ConnectionStatus : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionStatus(ChatClient &client, QWidget *parent = nullptr);

    QString stateText() const { return m_state->text(); }
    QString linkText() const { return m_link->text(); }
    // On a narrow window only the state shows; the details are in the tooltip.
    void setCompact(bool compact);

private:
    void refresh();

    ChatClient &m_client;
    QLabel *m_icon;
    QLabel *m_state;
    QLabel *m_link;
};
