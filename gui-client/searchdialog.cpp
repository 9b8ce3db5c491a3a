#include "searchdialog.h"

#include "chatclient.h"
#include "chattheme.h"
#include "messagetext.h"
#include "roomlist.h"
#include "servertext.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int Margin = 4;
constexpr int MentionPage = 50;
constexpr qint64 ChooseAgainMs = 800;
} // namespace

void SearchHitDelegate::layout(QTextDocument &doc, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(Margin);
    doc.setTextWidth(std::max(50, option.rect.width()));
    QTextCursor cursor(&doc);
    const ChatTheme::Colors colors = ChatTheme::colors(option.palette);
    QTextCharFormat dim;
    dim.setForeground(colors.dim);
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(index.data(TimeRole).toLongLong()).toLocalTime();
    cursor.insertText(tr("%1 · %2 · %3")
                          .arg(index.data(WhereRole).toString(), index.data(FromRole).toString(),
                               QLocale().toString(time, QLocale::ShortFormat)),
                      dim);
    cursor.insertBlock();
    QTextCharFormat body;
    body.setForeground(colors.text);
    QTextCharFormat match = body;
    match.setFontWeight(QFont::Bold);
    match.setBackground(colors.mentionBackground);
    // The snippet is plain text: the matches are formats laid over ranges of it, never markup.
    const QString snippet = MessageText::displayText(index.data(SnippetRole).toString());
    qsizetype pos = 0;
    for (const QVariant &v : index.data(MatchesRole).toList()) {
        const QPoint range = v.toPoint(); // x: start, y: length
        if (range.x() < pos || range.x() + range.y() > snippet.size())
            continue;
        cursor.insertText(snippet.mid(pos, range.x() - pos), body);
        cursor.insertText(snippet.mid(range.x(), range.y()), match);
        pos = range.x() + range.y();
    }
    cursor.insertText(snippet.mid(pos), body);
}

void SearchHitDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    paintDocument(painter, option, index,
                  option.state & QStyle::State_Selected ? ChatTheme::colors(option.palette).selectedBackground
                                                        : QColor());
}

SearchDialog::SearchDialog(ChatClient &client, QWidget *parent)
    : QDialog(parent), m_client(client), m_query(new QLineEdit(this)), m_results(new QListWidget(this)),
      m_status(new QLabel(this)), m_more(new QPushButton(tr("Older results"), this)),
      m_mentions(new QPushButton(tr("Mentions of me"), this))
{
    setObjectName(u"searchDialog"_s);
    setWindowTitle(tr("Search messages"));
    m_query->setObjectName(u"searchQuery"_s);
    m_query->setPlaceholderText(tr("Words, and from:name, in:room, in:@name, before:2026-12-31, after:2026-01-01"));
    m_query->setClearButtonEnabled(true);
    m_query->setMaxLength(Protocol::MaxSearchLength);
    m_results->setObjectName(u"searchResults"_s);
    m_results->setItemDelegate(new SearchHitDelegate(m_results));
    m_results->setWordWrap(true);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->setAccessibleName(tr("Search results"));
    m_status->setObjectName(u"searchStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_more->setObjectName(u"searchMore"_s);
    m_more->hide();
    m_mentions->setObjectName(u"searchMentions"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_more);
    buttons->addWidget(m_mentions);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_results, 1);
    layout->addLayout(buttons);
    resize(560, 460);

    connect(m_query, &QLineEdit::returnPressed, this, [this] { search(m_query->text()); });
    m_query->installEventFilter(this);
    connect(m_more, &QPushButton::clicked, this, [this] {
        setWaiting(true, tr("Searching…"));
        if (m_mode == Mode::Mentions)
            m_client.requestMentions(m_lastId, MentionPage);
        else
            m_ref = m_client.search(m_asked, m_lastId);
    });
    connect(m_mentions, &QPushButton::clicked, this, &SearchDialog::showMentions);
    connect(m_results, &QListWidget::itemActivated, this, &SearchDialog::choose);
    connect(m_results, &QListWidget::itemClicked, this, &SearchDialog::choose);
    connect(&m_client, &ChatClient::searchResultsReceived, this, &SearchDialog::onResults);
    connect(&m_client, &ChatClient::mentionsReceived, this, &SearchDialog::onMentions);
    connect(&m_client, &ChatClient::requestFailed, this, [this](const Msg::ErrorReply &error) {
        if (m_waiting && m_mode == Mode::Search && error.ref == m_ref)
            setWaiting(false, ServerText::error(error.code, error.message));
    });
}

bool SearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress && m_results->count() > 0) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_PageDown) {
            m_results->setFocus();
            if (m_results->currentRow() < 0)
                m_results->setCurrentRow(0);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString SearchDialog::statusText() const
{
    return m_status->text();
}

int SearchDialog::resultCount() const
{
    return m_results->count();
}

void SearchDialog::setWaiting(bool waiting, const QString &status)
{
    m_waiting = waiting;
    m_status->setText(status);
    m_more->setEnabled(!waiting);
}

void SearchDialog::startSearching()
{
    if (m_mode == Mode::Mentions) {
        m_mode = Mode::Search;
        m_results->clear();
        m_more->hide();
        m_status->clear();
        m_waiting = false;
    }
    setWindowTitle(tr("Search messages"));
    m_query->setFocus();
    m_query->selectAll();
}

void SearchDialog::search(const QString &query)
{
    const QString text = query.trimmed();
    if (text.isEmpty())
        return;
    m_mode = Mode::Search;
    m_asked = text;
    m_query->setText(text);
    m_results->clear();
    m_more->hide();
    m_lastId = 0;
    setWaiting(true, tr("Searching…"));
    m_ref = m_client.search(text);
}

void SearchDialog::showMentions()
{
    m_mode = Mode::Mentions;
    m_asked.clear();
    m_results->clear();
    m_more->hide();
    m_lastId = 0;
    setWindowTitle(tr("Mentions of me"));
    setWaiting(true, tr("Looking for your mentions…"));
    m_client.requestMentions(std::nullopt, MentionPage);
}

void SearchDialog::onResults(const Msg::SearchResults &results)
{
    if (m_mode != Mode::Search || results.query != m_asked)
        return; // an answer to an earlier question
    setWindowTitle(tr("Search messages"));
    for (const Msg::SearchHit &hit : results.hits)
        addHit(hit);
    m_more->setVisible(results.more);
    setWaiting(false, m_results->count() == 0 ? tr("No messages you can read match “%1”.").arg(m_asked)
                                              : tr("%n message(s), the newest first.", nullptr, m_results->count()));
}

void SearchDialog::onMentions(const Msg::MentionList &list)
{
    if (m_mode != Mode::Mentions)
        return;
    const QString me = u"@"_s + m_client.username();
    for (const Msg::ChatMessage &m : list.messages) {
        Msg::SearchHit hit{m.id, m.room, std::nullopt, m.from, m.ts, m.text, {}};
        for (qsizetype at = m.text.indexOf(me, 0, Qt::CaseInsensitive); at >= 0;
             at = m.text.indexOf(me, at + me.size(), Qt::CaseInsensitive))
            hit.matches.append({at, me.size()});
        addHit(hit);
    }
    m_more->setVisible(list.more);
    setWaiting(false, m_results->count() == 0 ? tr("Nobody has mentioned you in your rooms.")
                                              : tr("%n mention(s), the newest first.", nullptr, m_results->count()));
}

void SearchDialog::addHit(const Msg::SearchHit &hit)
{
    auto *item = new QListWidgetItem(m_results);
    item->setData(SearchHitDelegate::WhereRole, hit.room ? u"#"_s + *hit.room : tr("with %1").arg(*hit.with));
    item->setData(SearchHitDelegate::FromRole, hit.from);
    item->setData(SearchHitDelegate::TimeRole, hit.ts);
    item->setData(SearchHitDelegate::SnippetRole, hit.snippet);
    QVariantList matches;
    for (const auto &[start, length] : hit.matches)
        matches.append(QPoint(int(start), int(length)));
    item->setData(SearchHitDelegate::MatchesRole, matches);
    item->setData(SearchHitDelegate::IdRole, hit.id);
    item->setData(SearchHitDelegate::KeyRole, hit.room ? *hit.room : RoomList::conversationKey(*hit.with));
    item->setData(Qt::AccessibleTextRole,
                  tr("%1, %2: %3").arg(item->data(SearchHitDelegate::WhereRole).toString(), hit.from, hit.snippet));
    m_lastId = hit.id;
}

void SearchDialog::choose(QListWidgetItem *item)
{
    if (!item)
        return;
    const qint64 id = item->data(SearchHitDelegate::IdRole).toLongLong();
    if (id == m_chosen && m_sinceChosen.isValid() && m_sinceChosen.elapsed() < ChooseAgainMs)
        return; // the same choice, reported as a click and as an activation
    m_chosen = id;
    m_sinceChosen.start();
    emit messageChosen(item->data(SearchHitDelegate::KeyRole).toString(), id);
}
