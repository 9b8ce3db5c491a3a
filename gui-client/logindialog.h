// The login/register dialog: server, name and password, checked as you type, then a busy state while
// the server answers, and the server's refusal in words.
#pragma once

#include "chatclient.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(ChatClient &client, QWidget *parent = nullptr);

    void setServer(const QString &host, quint16 port);
    void setUsername(const QString &name);
    void setRegisterMode(bool on);

    // The first problem with what is typed, as a sentence; empty when it can be sent.
    QString validationProblem() const;
    QString errorText() const;
    bool isBusy() const { return m_busy; }

    // The name a device logs in with until its user picks another: the computer's.
    static QString defaultDeviceName();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onSubmit();
    void onAuthFailed(const QString &code, const QString &message);
    void updateState();
    void setBusy(bool busy);

    ChatClient &m_client;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirm;
    QCheckBox *m_register;
    QLineEdit *m_device;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
    bool m_touched = false;
};
