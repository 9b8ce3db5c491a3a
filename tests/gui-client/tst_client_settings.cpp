// The settings dialog and what each choice does to a real window: the theme, the font size, 12-hour
// times, joins and leaves hidden, notifications off, the language and the device's name kept for next time.
#include "chatclient.h"
#include "clientsettings.h"
#include "mainwindow.h"
#include "messagedelegate.h"
#include "settingsdialog.h"
#include "windowmenus.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestSettings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void defaultsAndBadValues();
    void dialogShowsSavesAndApplies();
    void aBadDeviceNameIsRefused();
};

void TestSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSettings::init()
{
    QSettings().clear();
    ClientSettings{}.applyToApplication();
}

void TestSettings::defaultsAndBadValues()
{
    const ClientSettings defaults = ClientSettings::load();
    QCOMPARE(defaults.theme, ChatTheme::Scheme::System);
    QCOMPARE(defaults.fontSize, 0);
    QVERIFY(!defaults.twelveHour && defaults.showPresence && defaults.notifications);
    QVERIFY(defaults.language.isEmpty());
    QVERIFY(!defaults.device.isEmpty());
    // A settings file edited by hand with nonsense gets the defaults back, not the nonsense.
    QSettings s;
    s.setValue(u"appearance/theme"_s, u"purple"_s);
    s.setValue(u"appearance/fontSize"_s, 4000);
    s.setValue(u"language"_s, u"../../etc"_s);
    s.setValue(u"login/device"_s, QString(200, u'x'));
    const ClientSettings loaded = ClientSettings::load();
    QCOMPARE(loaded.theme, ChatTheme::Scheme::System);
    QCOMPARE(loaded.fontSize, 0);
    QVERIFY(loaded.language.isEmpty());
    QVERIFY(loaded.device.size() <= 64);
}

void TestSettings::dialogShowsSavesAndApplies()
{
    ChatClient client; // the window's settings need no server
    MainWindow window(client);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const int systemSize = QApplication::font().pointSize();
    QSignalSpy notified(&window, &MainWindow::notified);

    window.menus()->settings->trigger();
    auto *dialog = window.findChild<SettingsDialog *>(u"settingsDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->settings(), window.settings());
    auto *theme = dialog->findChild<QComboBox *>(u"theme"_s);
    theme->setCurrentIndex(theme->findData(u"dark"_s));
    dialog->findChild<QSpinBox *>(u"fontSize"_s)->setValue(systemSize + 4);
    auto *times = dialog->findChild<QComboBox *>(u"timeFormat"_s);
    times->setCurrentIndex(1);
    QTest::mouseClick(dialog->findChild<QCheckBox *>(u"showPresence"_s), Qt::LeftButton);
    QTest::mouseClick(dialog->findChild<QCheckBox *>(u"notifications"_s), Qt::LeftButton);
    auto *language = dialog->findChild<QComboBox *>(u"language"_s);
    language->setCurrentIndex(language->findData(u"fr"_s));
    QCOMPARE(language->currentText(), u"Français"_s);
    auto *device = dialog->findChild<QLineEdit *>(u"deviceName"_s);
    device->clear();
    QTest::keyClicks(device, u"kitchen laptop"_s);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible() || dialog->isHidden());

    // Applied at once...
    QVERIFY(ChatTheme::isDark(QApplication::palette()));
    QTRY_VERIFY(ChatTheme::isDark(window.findChild<QListView *>(u"messages"_s)->palette()));
    QCOMPARE(QApplication::font().pointSize(), systemSize + 4);
    auto *delegate = qobject_cast<MessageDelegate *>(window.findChild<QListView *>(u"messages"_s)->itemDelegate());
    QVERIFY(delegate->twelveHour());
    QVERIFY(!window.settings().showPresence);
    QVERIFY(!window.settings().notifications);
    // ...and kept for the next start.
    const ClientSettings kept = ClientSettings::load();
    QCOMPARE(kept, window.settings());
    QCOMPARE(kept.device, u"kitchen laptop"_s);
    QCOMPARE(kept.language, u"fr"_s);
    QCOMPARE(QSettings().value(u"login/device"_s).toString(), u"kitchen laptop"_s); // what the login dialog reads

    // The device renamed at the next login: Settings shows that name, not the one from when it was made.
    QSettings().setValue(u"login/device"_s, u"renamed at login"_s);
    window.menus()->settings->trigger();
    SettingsDialog *again = nullptr;
    QTRY_VERIFY((again = window.findChild<SettingsDialog *>(u"settingsDialog"_s)) && again->isVisible());
    QCOMPARE(again->settings().device, u"renamed at login"_s);
    again->reject();
    QSettings().setValue(u"login/device"_s, u"kitchen laptop"_s);

    // A window made later (after logging out and in) starts with them.
    MainWindow next(client);
    QCOMPARE(next.settings(), kept);

    // Back to the system's: the platform's font size returns.
    ClientSettings plain = kept;
    plain.fontSize = 0;
    plain.theme = ChatTheme::Scheme::Light;
    window.applySettings(plain);
    QCOMPARE(QApplication::font().pointSize(), systemSize);
    QVERIFY(!ChatTheme::isDark(QApplication::palette()));
    QCOMPARE(notified.size(), 0);
}

void TestSettings::aBadDeviceNameIsRefused()
{
    ClientSettings current = ClientSettings::load();
    SettingsDialog dialog(current);
    dialog.show();
    auto *device = dialog.findChild<QLineEdit *>(u"deviceName"_s);
    device->setText(u"   "_s);
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialog.findChild<QLabel *>(u"settingsProblem"_s)->text().isEmpty());
    device->setText(u"phone"_s);
    QVERIFY(ok->isEnabled());
}

QTEST_MAIN(TestSettings)
#include "tst_client_settings.moc"
