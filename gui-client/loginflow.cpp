#include "loginflow.h"

LoginFlow::LoginFlow(ChatClient &client, QObject *parent)
    : QObject(parent), m_client(client), m_certificatePrompt(client), m_dialog(std::make_unique<LoginDialog>(client))
{
    // The window exists (hidden) from the start: what the server sends right after auth_ok (joined lobby,
    // presence, ...) arrives while the dialog is still closing, and must find the window listening.
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
    // Queued: the window is not destroyed inside its own signal. Once: a second request (two clicks before
    // the event loop runs) must not tear down the next window.
    connect(m_window.get(), &MainWindow::logOutRequested, this, &LoginFlow::logOut,
            Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
}

void LoginFlow::logOut()
{
    // The logout first (the server revokes the token), then the dialog, then the old window goes, with the
    // event loop, since it may still be in one of its own calls; the dialog on screen keeps the program up.
    m_window->flushReadPositions(); // what was read goes to the server before the session ends
    m_client.stop();
    m_certificatePrompt.setParentWidget(m_dialog.get());
    m_dialog->setRegisterMode(false); // the account exists now: logging in again is what comes next
    m_dialog->show();
    m_window->hide();
    m_window.release()->deleteLater();
    makeWindow();
    emit loggedOut();
}

void LoginFlow::onAccepted()
{
    m_certificatePrompt.setParentWidget(m_window.get());
    m_window->show();
    emit windowShown();
}
