#include "settingsdialog.h"

#include "names.h"
#include "protocol.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

SettingsDialog::SettingsDialog(const ClientSettings &current, QWidget *parent)
    : QDialog(parent), m_initial(current), m_theme(new QComboBox(this)), m_fontSize(new QSpinBox(this)),
      m_timeFormat(new QComboBox(this)), m_presence(new QCheckBox(tr("Show when people &join and leave"), this)),
      m_notifications(new QCheckBox(tr("Desktop &notifications for new messages"), this)),
      m_language(new QComboBox(this)), m_device(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    m_theme->setObjectName(u"theme"_s);
    m_theme->addItem(tr("As the system"), ChatTheme::schemeName(ChatTheme::Scheme::System));
    m_theme->addItem(tr("Light"), ChatTheme::schemeName(ChatTheme::Scheme::Light));
    m_theme->addItem(tr("Dark"), ChatTheme::schemeName(ChatTheme::Scheme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(ChatTheme::schemeName(current.theme)));

    m_fontSize->setObjectName(u"fontSize"_s);
    m_fontSize->setRange(ClientSettings::MinFontSize - 1, ClientSettings::MaxFontSize);
    m_fontSize->setSpecialValueText(tr("As the system")); // the minimum stands for 0
    //: The unit after a font size, with its leading space: "12 pt".
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(current.fontSize > 0 ? current.fontSize : m_fontSize->minimum());

    m_timeFormat->setObjectName(u"timeFormat"_s);
    m_timeFormat->addItem(tr("24 hours (13:05)"), false);
    m_timeFormat->addItem(tr("12 hours (1:05 PM)"), true);
    m_timeFormat->setCurrentIndex(current.twelveHour ? 1 : 0);

    m_presence->setObjectName(u"showPresence"_s);
    m_presence->setChecked(current.showPresence);
    m_notifications->setObjectName(u"notifications"_s);
    m_notifications->setChecked(current.notifications);
    m_notifications->setToolTip(tr("Each room's own level (/notify) still decides which messages notify."));

    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("As the system"), QString());
    for (const QString &code : ClientSettings::languages())
        m_language->addItem(ClientSettings::languageName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(current.language)));

    m_device->setObjectName(u"deviceName"_s);
    m_device->setMaxLength(Protocol::MaxDeviceNameLength);
    m_device->setText(current.device);
    m_problem->setObjectName(u"settingsProblem"_s);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    const auto row = [form](const QString &label, QWidget *field) {
        auto *l = new QLabel(label);
        l->setBuddy(field);
        form->addRow(l, field);
    };
    row(tr("&Theme:"), m_theme);
    row(tr("&Font size:"), m_fontSize);
    row(tr("T&imes:"), m_timeFormat);
    form->addRow(m_presence);
    form->addRow(m_notifications);
    row(tr("&Language:"), m_language);
    auto *languageNote = new QLabel(tr("A new language shows from the next start."), this);
    languageNote->setWordWrap(true);
    form->addRow(QString(), languageNote);
    row(tr("This &device's name:"), m_device);
    auto *deviceNote =
        new QLabel(tr("Your other devices see this one by its name; it changes at the next login."), this);
    deviceNote->setWordWrap(true);
    form->addRow(QString(), deviceNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::onAccepted);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_device, &QLineEdit::textChanged, this, [this, buttons] {
        const auto problem = Names::deviceNameProblem(m_device->text().trimmed());
        m_problem->setText(
            problem ? tr("A device's name has 1 to %1 characters, not only spaces.").arg(Protocol::MaxDeviceNameLength)
                    : QString());
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!problem);
    });
}

ClientSettings SettingsDialog::settings() const
{
    ClientSettings s = m_initial;
    s.theme = ChatTheme::schemeFromName(m_theme->currentData().toString());
    s.fontSize = m_fontSize->value() == m_fontSize->minimum() ? 0 : m_fontSize->value();
    s.twelveHour = m_timeFormat->currentData().toBool();
    s.showPresence = m_presence->isChecked();
    s.notifications = m_notifications->isChecked();
    s.language = m_language->currentData().toString();
    s.device = m_device->text().trimmed();
    return s;
}

void SettingsDialog::onAccepted()
{
    const ClientSettings chosen = settings();
    if (Names::deviceNameProblem(chosen.device))
        return;
    chosen.save();
    accept();
    emit applied(chosen);
}
