#include "windowmenus.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenuBar>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
// Rooms by number: Alt+digit, but on macOS Option+digit types characters ([ ] | { } on some layouts), so
// there it is Command+digit (Qt's "Ctrl").
#ifdef Q_OS_MACOS
const QString RoomKeyModifier = u"Ctrl+"_s;
#else
const QString RoomKeyModifier = u"Alt+"_s;
#endif
} // namespace

WindowMenus::WindowMenus(QMainWindow *window) : QObject(window)
{
    QMenuBar *bar = window->menuBar();
    const auto add = [](QMenu *menu, const QString &text, const QKeySequence &keys, const QString &name) {
        QAction *a = menu->addAction(text);
        a->setObjectName(name);
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        return a;
    };

    QMenu *chat = bar->addMenu(tr("&Chat"));
    joinRoom = add(chat, tr("&Join a Room…"), QKeySequence(u"Ctrl+J"_s), u"actionJoin"_s);
    leaveRoom = add(chat, tr("&Leave This Room"), {}, u"actionLeave"_s); // no key: too easy to hit by mistake
    directMessage = add(chat, tr("&Direct Message…"), QKeySequence(u"Ctrl+Shift+M"_s), u"actionDirect"_s);
    sendFiles = add(chat, tr("Send &Files…"), QKeySequence(u"Ctrl+Shift+O"_s), u"actionSendFiles"_s);
    recordVoice = add(chat, tr("&Record a Voice Message (again to send)"), QKeySequence(u"Ctrl+Shift+R"_s),
                      u"actionRecordVoice"_s);
    chat->addSeparator();
    devices = add(chat, tr("Your De&vices…"), {}, u"actionDevices"_s);
    exportMessages = add(chat, tr("&Export Your Messages…"), {}, u"actionExportMessages"_s);
    logOut = add(chat, tr("Log &Out"), {}, u"actionLogOut"_s);
    quit = add(chat, tr("&Quit"), QKeySequence::Quit, u"actionQuit"_s);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = bar->addMenu(tr("&Edit"));
    m_edit = edit;
    search = add(edit, tr("&Search Messages…"), QKeySequence::Find, u"actionSearch"_s);
    search->setShortcutContext(Qt::ApplicationShortcut); // also from the search window
    mentions = add(edit, tr("&Mentions of Me…"), {}, u"actionMentions"_s);
    insertEmoji = add(edit, tr("Insert &Emoji…"), QKeySequence(u"Ctrl+;"_s), u"actionEmoji"_s);
    edit->addSeparator();
    settings = add(edit, tr("Se&ttings…"), QKeySequence(u"Ctrl+,"_s), u"actionSettings"_s);
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu *go = bar->addMenu(tr("&Go"));
    quickSwitch = add(go, tr("&Go To…"), QKeySequence(u"Ctrl+K"_s), u"actionQuickSwitch"_s);
    nextRoom = add(go, tr("&Next Room"), QKeySequence(u"Ctrl+PgDown"_s), u"actionNextRoom"_s);
    previousRoom = add(go, tr("&Previous Room"), QKeySequence(u"Ctrl+PgUp"_s), u"actionPreviousRoom"_s);
    QMenu *numbered = go->addMenu(tr("&Room by Number"));
    for (int i = 1; i <= 9; ++i)
        roomByNumber << add(numbered, tr("Room %1").arg(i), QKeySequence(u"Alt+%1"_s.arg(i)), u"actionRoom%1"_s.arg(i));
    focusInput = add(go, tr("&Message Input"), QKeySequence(u"Ctrl+L"_s), u"actionFocusInput"_s);

    QMenu *view = bar->addMenu(tr("&View"));
    showPeople = add(view, tr("&People"), QKeySequence(u"Ctrl+Shift+P"_s), u"actionShowPeople"_s);
    showPeople->setCheckable(true);
    showPeople->setChecked(true);

    QMenu *help = bar->addMenu(tr("&Help"));
    shortcuts = add(help, tr("&Keyboard Shortcuts"), QKeySequence(u"Ctrl+/"_s), u"actionShortcuts"_s);
    about = add(help, tr("&About Chat Room"), {}, u"actionAbout"_s);
    about->setMenuRole(QAction::AboutRole);

    // F10 opens the menus wherever the focus is, as in most desktops' applications.
    auto *f10 = new QShortcut(QKeySequence(Qt::Key_F10), window);
    connect(f10, &QShortcut::activated, bar, [bar, chat] { bar->setActiveAction(chat->menuAction()); });
}

void WindowMenus::setCopyAction(QAction *action)
{
    copy = action;
    m_edit->insertAction(m_edit->actions().value(0), action);
}

QList<QAction *> WindowMenus::all() const
{
    QList<QAction *> out{joinRoom, directMessage, sendFiles, recordVoice,  quit,       search,     insertEmoji,
                         settings, quickSwitch,   nextRoom,  previousRoom, focusInput, showPeople, shortcuts};
    if (copy)
        out.insert(3, copy);
    return out;
}

QWidget *WindowMenus::shortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(u"shortcutsDialog"_s);
    dialog->setWindowTitle(tr("Keyboard Shortcuts"));
    auto *table = new QTreeWidget(dialog);
    table->setObjectName(u"shortcutsTable"_s);
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setRootIsDecorated(false);
    table->setHeaderLabels({tr("Action"), tr("Keys")});
    const auto row = [table](const QString &what, const QString &keys) { new QTreeWidgetItem(table, {what, keys}); };
    for (const QAction *a : actions) {
        QString text = a->text();
        text.remove(u'&');
        row(text, a->shortcut().toString(QKeySequence::NativeText));
    }
    row(tr("Room 1 to 9"),
        tr("%1 … %2").arg(QKeySequence(RoomKeyModifier + u"1"_s).toString(QKeySequence::NativeText),
                          QKeySequence(RoomKeyModifier + u"9"_s).toString(QKeySequence::NativeText)));
    row(tr("Send the message"), tr("Enter"));
    row(tr("Complete a name"), tr("Tab"));
    row(tr("Earlier lines you sent"), tr("Up, Down"));
    row(tr("Cancel a reply or edit; back to the input"), tr("Escape"));
    row(tr("Reply, react, edit or delete a message"), tr("Menu key or right click on it"));
    row(tr("Select messages"), tr("Shift or Ctrl with arrows or a click"));
    row(tr("Open the menus"), tr("Alt and the underlined letter, or F10"));
    row(tr("Record a voice message while held"), tr("Hold the 🎤 button; release off it or Escape to throw away"));
    row(tr("Picture viewer: larger, smaller, real size, fit"), tr("+, −, 1, 0 (or Ctrl and the wheel)"));
    row(tr("Picture viewer: save"), QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText));
    table->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(520, 460);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}
