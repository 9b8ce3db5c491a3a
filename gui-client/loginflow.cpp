#include "loginflow.h"

LoginFlow::LoginFlow(ChatClient &client, QObject *parent)
    : QObject(parent), m_client(client), m_certificatePrompt(client),
      // The window first: what the server sends right after auth_ok (joined lobby, presence, ...) arrives
      // while the dialog is still closing, and must find the window listening.
      m_dialog(std::make_unique<LoginDialog>(client))
{
    makeWindow();
    m_certificatePrompt.setParentWidget(m_dialog.get());
    connect(m_dialog.get(), &QDialog::accepted, this, &LoginFlow::onAccepted);
    connect(m_dialog.get(), &QDialog::rejected, this, &LoginFlow::cancelled);
}

LoginFlow::~LoginFlow() = default;

void LoginFlow::start()
{
    m_dialog->show();
}

void LoginFlow::makeWindow()
{
    m_window = std::make_unique<MainWindow>(m_client);
    connect(m_window.get(), &MainWindow::logOutRequested, this, &LoginFlow::logOut, Qt::QueuedConnection);
}

void LoginFlow::logOut()
{
    emit loggedOut();
    // The logout is sent (and the token revoked) before anything else; the old window goes with the
    // event loop, since it may still be in one of its own calls.
    m_client.stop();
    m_window->hide();
    m_window.release()->deleteLater();
    makeWindow();
    m_certificatePrompt.setParentWidget(m_dialog.get());
    m_dialog->show();
}

void LoginFlow::onAccepted()
{
    m_certificatePrompt.setParentWidget(m_window.get());
    m_window->show();
    emit windowShown();
}
