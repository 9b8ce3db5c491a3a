#include "certificateprompt.h"

#include "chatclient.h"

#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace {

// 32 bytes as two lines of 16, so people can compare them line by line.
QString twoLines(const QString &fingerprint)
{
    constexpr qsizetype HalfLength = 16 * 3 - 1;
    return fingerprint.size() > HalfLength + 1 ? fingerprint.left(HalfLength) + u'\n' + fingerprint.mid(HalfLength + 1)
                                               : fingerprint;
}

} // namespace

CertificatePrompt::CertificatePrompt(ChatClient &client, QObject *parent) : QObject(parent), m_client(client)
{
    connect(&m_client, &ChatClient::certificateNeedsApproval, this, &CertificatePrompt::ask);
}

void CertificatePrompt::ask(const QString &server, const QString &fingerprint, const QString &previousFingerprint)
{
    if (m_box) {
        m_box->disconnect(this); // superseded, not answered
        m_box->close();
    }
    const bool changed = !previousFingerprint.isEmpty();
    auto *box = new QMessageBox(m_parentWidget);
    box->setObjectName(u"certificatePrompt"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setTextFormat(Qt::PlainText);
    QAbstractButton *trust = nullptr;
    if (!changed) {
        box->setIcon(QMessageBox::Question);
        box->setWindowTitle(tr("New server"));
        box->setText(tr("This is the first connection to %1. No certificate authority vouches for its certificate, so "
                        "compare its fingerprint with the one the server's administrator gives you (the server "
                        "prints it when it starts).")
                         .arg(server));
        box->setInformativeText(tr("SHA-256 fingerprint:\n%1").arg(twoLines(fingerprint)));
        trust = box->addButton(tr("Trust and connect"), QMessageBox::AcceptRole);
        box->addButton(QMessageBox::Cancel);
        box->setDefaultButton(static_cast<QPushButton *>(trust));
    } else {
        box->setIcon(QMessageBox::Warning);
        box->setWindowTitle(tr("Server certificate changed"));
        box->setText(tr("The certificate of %1 is not the one it showed before. That happens when the server is "
                        "reinstalled or its certificate is replaced, but it is also what someone intercepting "
                        "your connection would cause. Do not go on unless the server's administrator confirms "
                        "the new fingerprint.")
                         .arg(server));
        box->setInformativeText(tr("New SHA-256 fingerprint:\n%1\n\nPreviously:\n%2")
                                    .arg(twoLines(fingerprint), twoLines(previousFingerprint)));
        trust = box->addButton(tr("Accept the new certificate"), QMessageBox::DestructiveRole);
        QPushButton *cancel = box->addButton(tr("Do not connect"), QMessageBox::RejectRole);
        box->setDefaultButton(cancel);
        box->setEscapeButton(cancel);
    }
    m_box = box;
    m_trust = trust;
    connect(box, &QMessageBox::finished, this, [this, box, trust, fingerprint] {
        if (box->clickedButton() == trust)
            m_client.trustCertificate(fingerprint);
        else
            m_client.rejectCertificate();
    });
    box->open();
}
