// How the client starts: the login dialog, then the chat window once the server has let us in. The window
// exists (hidden) from the start, so it hears everything the server sends after auth_ok, while the dialog
// is still on screen too.
#pragma once

#include "certificateprompt.h"
#include "chatclient.h"
#include "logindialog.h"
#include "mainwindow.h"

#include <QObject>
#include <memory>

class LoginFlow : public QObject
{
    Q_OBJECT
public:
    explicit LoginFlow(ChatClient &client, QObject *parent = nullptr);
    ~LoginFlow() override;

    // Shows the login dialog; the window follows when it is accepted.
    void start();
    LoginDialog &dialog() { return *m_dialog; }
    MainWindow &window() { return *m_window; }

signals:
    // The user closed the login dialog without logging in.
    void cancelled();
    // Logged in, and the window is on screen.
    void windowShown();
    // Logged out from the window: the login dialog is back, and the window gone.
    void loggedOut();

private:
    void onAccepted();
    // Ends the session, drops the window (with everything it showed) and shows the dialog again.
    void logOut();
    void makeWindow();

    ChatClient &m_client;
    CertificatePrompt m_certificatePrompt;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<LoginDialog> m_dialog;
};
