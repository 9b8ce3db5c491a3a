// Settings…: the user's choices (ClientSettings) in one dialog; OK saves and applies them.
#pragma once

#include "clientsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const ClientSettings &current, QWidget *parent = nullptr);

    // What the dialog shows now.
    ClientSettings settings() const;

signals:
    // OK was pressed with these (already saved).
    void applied(const ClientSettings &settings);

private:
    void onAccepted();

    ClientSettings m_initial;
    QComboBox *m_theme;
    QSpinBox *m_fontSize;
    QComboBox *m_timeFormat;
    QCheckBox *m_presence;
    QCheckBox *m_notifications;
    QComboBox *m_language;
    QLineEdit *m_device;
    QLabel *m_problem;
};
