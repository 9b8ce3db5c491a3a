// The account's devices: which are logged in (and from where), which could come back, and ending one.
#pragma once

#include "chatclient.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

class DevicesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DevicesDialog(ChatClient &client, QWidget *parent = nullptr);
    // The devices listed, as shown (for tests).
    int deviceCount() const;
    QString deviceName(int row) const;
    // Selects a device and ends its session, as the button does.
    void endSession(int row);

private:
    void onSessions(const Msg::SessionList &list);
    void updateButton();

    ChatClient &m_client;
    QTreeWidget *m_list;
    QPushButton *m_end;
    QLabel *m_hint;
    Msg::SessionList m_sessions;
};
