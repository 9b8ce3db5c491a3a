#include "messageactions.h"

#include "chatclient.h"
#include "emojipicker.h"
#include "messagedelegate.h"
#include "messagemodel.h"
#include "messagetext.h"
#include "names.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

bool isMessage(const QModelIndex &index)
{
    const auto kind = MessageEntry::Kind(index.data(MessageModel::KindRole).toInt());
    return index.isValid() && index.data(MessageModel::IdRole).toLongLong() > 0 &&
           !index.data(MessageModel::DeletedRole).toBool() &&
           (kind == MessageEntry::Kind::Chat || kind == MessageEntry::Kind::Own || kind == MessageEntry::Kind::Private);
}

} // namespace

MessageActions::MessageActions(ChatClient &client, QListView *view,
                               std::function<MessageModel *(const QString &key)> modelOf,
                               std::function<bool()> ownsRoom, QWidget *barParent)
    : QObject(barParent), m_client(client), m_view(view), m_modelOf(std::move(modelOf)),
      m_ownsRoom(std::move(ownsRoom)), m_bar(new QWidget(barParent)), m_barText(new QLabel(m_bar))
{
    m_bar->setObjectName(u"composeBar"_s);
    m_barText->setObjectName(u"composeText"_s);
    m_barText->setTextFormat(Qt::PlainText);
    m_barText->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // a long quote does not widen the window
    auto *close = new QToolButton(m_bar);
    close->setObjectName(u"composeCancel"_s);
    close->setText(u"✕"_s);
    close->setToolTip(tr("Cancel (Escape)"));
    close->setAccessibleName(tr("Cancel the reply or edit"));
    auto *layout = new QHBoxLayout(m_bar);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_barText, 1);
    layout->addWidget(close);
    m_bar->hide();
    connect(close, &QToolButton::clicked, this, &MessageActions::cancel);

    // Ctrl+C in the view (the input's own Ctrl+C stays the input's); the window's Edit menu shows it too.
    m_copy = new QAction(tr("&Copy Selected Messages"), m_view);
    m_copy->setObjectName(u"actionCopy"_s);
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_copy);
    connect(m_copy, &QAction::triggered, this, &MessageActions::copySelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &MessageActions::showMenu);
    // Shift+F10 opens it on the current message too, as in most desktop programs (the Menu key does anyway).
    auto *menuKey = new QAction(m_view);
    menuKey->setObjectName(u"actionMessageMenu"_s);
    menuKey->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F10));
    menuKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(menuKey);
    connect(menuKey, &QAction::triggered, this, [this] {
        if (const QModelIndex current = m_view->currentIndex(); current.isValid())
            showMenu(m_view->visualRect(current).center());
    });
    if (auto *delegate = qobject_cast<MessageDelegate *>(m_view->itemDelegate()))
        connect(delegate, &MessageDelegate::reactionActivated, this, &MessageActions::toggleReaction);
}

QString MessageActions::copyText(const QModelIndexList &rows, bool twelveHour)
{
    QModelIndexList sorted = rows;
    std::sort(sorted.begin(), sorted.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    for (const QModelIndex &index : std::as_const(sorted)) {
        if (index.data(MessageModel::HiddenRole).toBool())
            continue;
        // As the view shows it (24 or 12 hours, Settings), with the seconds.
        const QDateTime when = index.data(MessageModel::TimeRole).toDateTime().toLocalTime();
        const QString time = QLocale().toString(when.time(), twelveHour ? u"h:mm:ss AP"_s : u"HH:mm:ss"_s);
        lines << u"[%1] %2"_s.arg(time, index.data(Qt::DisplayRole).toString());
    }
    return lines.join(u'\n');
}

bool MessageActions::copySelection()
{
    if (!m_view->selectionModel() || !m_view->selectionModel()->hasSelection())
        return false;
    const auto *delegate = qobject_cast<const MessageDelegate *>(m_view->itemDelegate());
    const QString text = copyText(m_view->selectionModel()->selectedRows(), delegate && delegate->twelveHour());
    QApplication::clipboard()->setText(text);
    emit messageCopied(text);
    return true;
}

QStringList MessageActions::quickReactions()
{
    return {u"👍"_s, u"❤️"_s, u"😂"_s, u"🎉"_s, u"😮"_s, u"😢"_s, u"🙏"_s, u"👀"_s};
}

void MessageActions::showMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(m_view);
    menu.setObjectName(u"messageMenu"_s);
    const QModelIndexList selected =
        m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    const auto shown = std::count_if(selected.cbegin(), selected.cend(),
                                     [](const QModelIndex &i) { return !i.data(MessageModel::HiddenRole).toBool(); });
    if (shown > 1 && selected.contains(index))
        menu.addAction(tr("Copy %n message(s)", nullptr, int(shown)), this, [this] { copySelection(); });
    const QString text = index.data(MessageModel::TextRole).toString();
    if (!text.isEmpty() && !index.data(MessageModel::DeletedRole).toBool()) {
        menu.addAction(tr("Copy text"), this, [this, text] {
            QApplication::clipboard()->setText(text);
            emit messageCopied(text);
        });
        // The link under the pointer, else the message's first one.
        auto *delegate = qobject_cast<MessageDelegate *>(m_view->itemDelegate());
        QString link;
        if (delegate) {
            QStyleOptionViewItem option;
            option.initFrom(m_view->viewport());
            option.rect = m_view->visualRect(index);
            option.font = m_view->font();
            link = delegate->linkAt(option, index, pos - option.rect.topLeft());
        }
        if (!MessageText::isSafeLink(QUrl(link))) {
            const QList<MessageText::Link> links = MessageText::links(text);
            link = links.isEmpty() ? QString() : links.first().target;
        }
        if (!link.isEmpty())
            menu.addAction(tr("Copy link"), this, [this, link] {
                QApplication::clipboard()->setText(link);
                emit messageCopied(link);
            });
    }
    const QString from = index.data(MessageModel::FromRole).toString();
    if (isMessage(index) && from.compare(m_client.username(), Qt::CaseInsensitive) != 0) {
        menu.addSeparator();
        menu.addAction(tr("Send %1 a direct message").arg(from), this,
                       [this, from] { emit directMessageWanted(from); });
        menu.addAction(tr("Mention %1").arg(from), this, [this, from] { emit mentionWanted(from); });
        menu.addSeparator();
    }
    if (MessageEntry::Status(index.data(MessageModel::StatusRole).toInt()) == MessageEntry::Status::Failed) {
        // Not delivered (own, and without an id): its text can go again, as a new message.
        const bool action = index.data(MessageModel::ActionRole).toBool();
        const QPersistentModelIndex at(index);
        menu.addAction(tr("Send Again"), this, [this, at, text, action] {
            if (at.isValid() && at.model() == m_view->model())
                emit sendAgainWanted(text, action);
        });
    }
    if (isMessage(index)) {
        // Acted on only while the same room is on screen: the menu may outlive a room switch.
        const QPersistentModelIndex at(index);
        const auto here = [this, at] { return at.isValid() && at.model() == m_view->model(); };
        const bool own =
            index.data(MessageModel::FromRole).toString().compare(m_client.username(), Qt::CaseInsensitive) == 0;
        const bool confirmed =
            MessageEntry::Status(index.data(MessageModel::StatusRole).toInt()) == MessageEntry::Status::Done;
        menu.addAction(tr("Reply"), this, [this, at, here] {
            if (here())
                startReply(at);
        });
        QMenu *react = menu.addMenu(tr("React"));
        QAction *other = react->addAction(tr("Other Emoji…"));
        connect(other, &QAction::triggered, this, [this, at, here] {
            // Only what the server takes as a reaction (one emoji, of a bounded length) is offered.
            auto *picker =
                new EmojiPicker(m_view->window(), [](const QString &e) { return !Names::reactionProblem(e); });
            picker->setAttribute(Qt::WA_DeleteOnClose);
            connect(picker, &EmojiPicker::picked, this, [this, at, here](const QString &emoji) {
                if (here())
                    toggleReaction(at, emoji);
            });
            picker->open();
        });
        react->addSeparator();
        // In the colour emoji font, and larger than the menu's words: the menu's own font draws some of them
        // as small black outlines.
        QFont emojiFont = react->font();
        if (emojiFont.pointSizeF() > 0)
            emojiFont.setPointSizeF(emojiFont.pointSizeF() * 1.4);
        emojiFont.setFamilies(MessageText::emojiFontFamilies() << emojiFont.family());
        for (const QString &emoji : quickReactions()) {
            QAction *quick = react->addAction(emoji, this, [this, at, here, emoji] {
                if (here())
                    toggleReaction(at, emoji);
            });
            quick->setFont(emojiFont);
        }
        if (own && confirmed)
            menu.addAction(tr("Edit"), this, [this, at, here] {
                if (here())
                    startEdit(at);
            });
        const auto kind = MessageEntry::Kind(index.data(MessageModel::KindRole).toInt());
        if (confirmed && (own || (kind != MessageEntry::Kind::Private && m_ownsRoom())))
            menu.addAction(own ? tr("Delete") : tr("Delete (you own this room)"), this, [this, at, here] {
                if (here())
                    deleteMessage(at);
            });
    }
    if (!menu.isEmpty())
        menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void MessageActions::showBar(const QString &text)
{
    m_barText->setText(text);
    m_bar->show();
}

void MessageActions::startReply(const QModelIndex &index)
{
    if (!isMessage(index))
        return;
    m_editing.reset();
    m_reply = Msg::Quote{index.data(MessageModel::IdRole).toLongLong(), index.data(MessageModel::FromRole).toString(),
                         Msg::quoteText(index.data(MessageModel::TextRole).toString()), false};
    QString quoted = MessageText::displayText(m_reply->text);
    quoted.replace(QChar::LineSeparator, u' ');
    showBar(tr("Replying to %1: %2").arg(m_reply->from, quoted));
    emit inputWanted();
}

void MessageActions::startEdit(const QModelIndex &index)
{
    if (!isMessage(index))
        return;
    m_reply.reset();
    m_editing = index.data(MessageModel::IdRole).toLongLong();
    showBar(tr("Editing your message; Enter saves it, Escape cancels."));
    // The input reads a leading '/' as a command; "//" keeps it text.
    const QString text = index.data(MessageModel::TextRole).toString();
    emit editTextWanted(text.startsWith(u'/') ? u'/' + text : text);
}

void MessageActions::resumeEdit(qint64 id)
{
    m_reply.reset();
    m_editing = id;
    showBar(tr("Editing your message; Enter saves it, Escape cancels."));
    emit inputWanted();
}

void MessageActions::deleteMessage(const QModelIndex &index)
{
    if (!isMessage(index))
        return;
    const qint64 id = index.data(MessageModel::IdRole).toLongLong();
    const bool own =
        index.data(MessageModel::FromRole).toString().compare(m_client.username(), Qt::CaseInsensitive) == 0;
    QMessageBox ask(
        QMessageBox::Question, tr("Delete message"),
        own ? tr("Delete your message for everyone?")
            : tr("Delete %1's message for everyone in this room?").arg(index.data(MessageModel::FromRole).toString()),
        QMessageBox::Cancel, m_view->window());
    ask.setObjectName(u"deleteQuestion"_s);
    ask.setTextFormat(Qt::PlainText); // a name from the network is never read as markup
    QPushButton *remove = ask.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() == remove)
        m_client.deleteMessage(id);
    emit inputWanted(); // whatever is typed next is a message, answered or not
}

void MessageActions::toggleReaction(const QModelIndex &index, const QString &emoji)
{
    if (!isMessage(index))
        return;
    bool mine = false;
    for (const QVariant &v : index.data(MessageModel::ReactionsRole).toList()) {
        const QVariantMap r = v.toMap();
        if (r.value(u"emoji"_s).toString() == emoji)
            mine = r.value(u"mine"_s).toBool();
    }
    m_client.react(index.data(MessageModel::IdRole).toLongLong(), emoji, !mine);
}

void MessageActions::cancel()
{
    const bool wasEditing = m_editing.has_value();
    m_editing.reset();
    m_reply.reset();
    m_bar->hide();
    if (wasEditing)
        emit editTextWanted(QString()); // the old text leaves the input with the edit
}

void MessageActions::forget(qint64 id)
{
    if (m_editing == id || (m_reply && m_reply->id == id))
        cancel(); // what was being answered or changed is gone
}
