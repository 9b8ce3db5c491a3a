#include "logindialog.h"

#include "clientsettings.h"
#include "names.h"
#include "protocol.h"
#include "servertext.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSysInfo>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString ErrorStyle = u"color: #c0392b;"_s; // the line under the fields, when it reports a problem
} // namespace

LoginDialog::LoginDialog(ChatClient &client, QWidget *parent)
    : QDialog(parent), m_client(client), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)),
      m_username(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_confirmLabel(new QLabel(tr("Confirm:"), this)), m_confirm(new QLineEdit(this)),
      m_register(new QCheckBox(tr("Create a new account"), this)), m_device(new QLineEdit(this)),
      m_error(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Log in")); // the desktop adds "— Chat Room" (the application's display name)
    m_host->setObjectName(u"host"_s);
    m_port->setObjectName(u"port"_s);
    m_username->setObjectName(u"username"_s);
    m_password->setObjectName(u"password"_s);
    m_confirm->setObjectName(u"confirm"_s);
    m_register->setObjectName(u"register"_s);
    m_error->setObjectName(u"error"_s);
    m_device->setObjectName(u"device"_s);
    m_device->setMaxLength(Protocol::MaxDeviceNameLength);
    m_device->setToolTip(tr("The name your other devices see this one by; you can end its session from them."));
    m_port->setRange(1, 65535);
    m_port->setValue(Protocol::DefaultTcpPort);
    m_host->setText(u"127.0.0.1"_s);
    m_username->setMaxLength(Protocol::MaxUsernameLength);
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(Protocol::MaxPasswordLength);
    m_confirm->setMaxLength(Protocol::MaxPasswordLength);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(ErrorStyle);

    QSettings settings;
    m_host->setText(settings.value(u"login/host"_s, m_host->text()).toString());
    m_port->setValue(settings.value(u"login/port"_s, m_port->value()).toInt());
    m_username->setText(settings.value(u"login/username"_s).toString());
    m_device->setText(ClientSettings::load().device);

    // Tab goes down the form as it is drawn.
    QWidget::setTabOrder({m_host, m_port, m_username, m_password, m_confirm, m_device, m_register});

    auto *server = new QHBoxLayout;
    server->addWidget(m_host, 1);
    server->addWidget(m_port);
    auto *form = new QFormLayout;
    form->addRow(tr("Server:"), server);
    form->addRow(tr("Username:"), m_username);
    form->addRow(tr("Password:"), m_password);
    form->addRow(m_confirmLabel, m_confirm);
    form->addRow(tr("This device:"), m_device);
    form->addRow(QString(), m_register);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(380);

    for (QLineEdit *edit : {m_host, m_username, m_password, m_confirm, m_device})
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_touched = true;
            updateState();
        });
    connect(m_register, &QCheckBox::toggled, this, &LoginDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::onSubmit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        m_client.stop();
        reject();
    });
    connect(&m_client, &ChatClient::authFailed, this, &LoginDialog::onAuthFailed);
    connect(&m_client, &ChatClient::authenticated, this, [this] {
        if (!m_busy)
            return;
        setBusy(false);
        QSettings s;
        s.setValue(u"login/host"_s, m_host->text().trimmed());
        s.setValue(u"login/port"_s, m_port->value());
        s.setValue(u"login/username"_s, m_username->text().trimmed());
        s.setValue(u"login/device"_s, m_device->text().trimmed());
        m_touched = false; // shown again after a log out: nothing to complain about before anything is typed
        m_password->clear();
        m_confirm->clear();
        accept();
    });
    updateState();
}

void LoginDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // The device's name as Settings keeps it (it may have changed since this dialog was made).
    if (!m_busy)
        m_device->setText(ClientSettings::load().device);
    // The first field still to fill: with the server and name remembered (or given with --user), what is
    // typed first is the password, and must never land in the server field, which is saved.
    for (QLineEdit *field : {m_host, m_username, m_password}) {
        if (field->text().isEmpty()) {
            field->setFocus();
            return;
        }
    }
    m_password->setFocus();
}

void LoginDialog::setServer(const QString &host, quint16 port)
{
    m_host->setText(host);
    m_port->setValue(port);
}

void LoginDialog::setUsername(const QString &name)
{
    m_username->setText(name);
}

void LoginDialog::setRegisterMode(bool on)
{
    m_register->setChecked(on);
}

QString LoginDialog::errorText() const
{
    return m_error->text();
}

QString LoginDialog::defaultDeviceName()
{
    const QString host = QSysInfo::machineHostName().left(Protocol::MaxDeviceNameLength);
    return Names::deviceNameProblem(host) ? tr("This computer") : host;
}

QString LoginDialog::validationProblem() const
{
    const QString name = m_username->text().trimmed();
    if (m_host->text().trimmed().isEmpty())
        return tr("Enter the server's address.");
    if (name.isEmpty())
        return tr("Enter your username.");
    if (m_password->text().isEmpty())
        return tr("Enter your password.");
    if (m_register->isChecked()) {
        if (Names::usernameProblem(name))
            return tr(
                "A username has 2 to 32 characters: letters a–z, digits, '_', '-' and '.', starting with a letter.");
        if (Names::passwordProblem(m_password->text()))
            return tr("A password has at least %1 characters.").arg(Protocol::MinPasswordLength);
        if (m_confirm->text().isEmpty())
            return tr("Type the password again to confirm it.");
        if (m_confirm->text() != m_password->text())
            return tr("The two passwords differ.");
    }
    if (Names::deviceNameProblem(m_device->text().trimmed()))
        return tr("Name this device (up to %1 characters), for example \"work laptop\".")
            .arg(Protocol::MaxDeviceNameLength);
    return {};
}

void LoginDialog::updateState()
{
    const bool registering = m_register->isChecked();
    m_confirm->setVisible(registering);
    m_confirmLabel->setVisible(registering);
    m_buttons->button(QDialogButtonBox::Ok)->setText(registering ? tr("Create account") : tr("Log in"));
    const QString problem = validationProblem();
    if (!m_busy)
        m_error->setText(m_touched ? problem : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_busy && problem.isEmpty());
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_host, m_port, m_username, m_password, m_confirm, m_register, m_device})
        w->setEnabled(!busy);
    // The same line says how it goes: in the error colour only when something went wrong.
    m_error->setStyleSheet(busy ? QString() : ErrorStyle);
    if (busy)
        m_error->setText(tr("Connecting to %1…").arg(m_host->text().trimmed()));
    updateState();
}

void LoginDialog::onSubmit()
{
    m_touched = true;
    const QString problem = validationProblem();
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        return;
    }
    setBusy(true);
    m_client.setDevice(m_device->text().trimmed());
    m_client.start(m_host->text().trimmed(), quint16(m_port->value()),
                   m_register->isChecked() ? ChatClient::AuthMode::Register : ChatClient::AuthMode::Login,
                   m_username->text().trimmed(), m_password->text());
}

void LoginDialog::onAuthFailed(const QString &code, const QString &message)
{
    if (!m_busy)
        return;
    setBusy(false);
    m_error->setText(ServerText::error(code, message));
    m_password->setFocus();
    m_password->selectAll();
}
