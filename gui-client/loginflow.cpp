#include "loginflow.h"

LoginFlow::LoginFlow(ChatClient &client, QObject *parent)
    : QObject(parent), m_certificatePrompt(client),
      // The window first: what the server sends right after auth_ok (joined lobby, presence, ...) arrives
      // while the dialog is still closing, and must find the window listening.
      m_window(std::make_unique<MainWindow>(client)), m_dialog(std::make_unique<LoginDialog>(client))
{
    m_certificatePrompt.setParentWidget(m_dialog.get());
    connect(m_dialog.get(), &QDialog::accepted, this, &LoginFlow::onAccepted);
    connect(m_dialog.get(), &QDialog::rejected, this, &LoginFlow::cancelled);
}

LoginFlow::~LoginFlow() = default;

void LoginFlow::start()
{
    m_dialog->show();
}

void LoginFlow::onAccepted()
{
    m_certificatePrompt.setParentWidget(m_window.get());
    m_window->show();
    emit windowShown();
}
