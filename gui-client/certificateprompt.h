// Asks the user about a server certificate nobody vouches for (ChatClient::certificateNeedsApproval): shows
// its fingerprint, and warns loudly when it differs from the one seen before.
#pragma once

#include <QAbstractButton>
#include <QMessageBox>
#include <QObject>
#include <QPointer>

class ChatClient;

class CertificatePrompt : public QObject
{
    Q_OBJECT
public:
    explicit CertificatePrompt(ChatClient &client, QObject *parent = nullptr);

    // The window the question belongs to (the login dialog, later the chat window).
    void setParentWidget(QWidget *widget) { m_parentWidget = widget; }
    // The question on screen, if any.
    QMessageBox *box() const { return m_box; }
    QAbstractButton *trustButton() const { return m_trust; }

private:
    void ask(const QString &server, const QString &fingerprint, const QString &previousFingerprint);

    ChatClient &m_client;
    QPointer<QWidget> m_parentWidget;
    QPointer<QMessageBox> m_box;
    QPointer<QAbstractButton> m_trust;
};
