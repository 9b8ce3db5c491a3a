// Ctrl+F: searches the messages the user may read, and lists where the user was mentioned. Each result
// shows where and when, and its text with the matches marked; choosing one opens the message in its room
// or conversation.
#pragma once

#include "conversationmessages.h"
#include "documentdelegate.h"

#include <QDialog>
#include <QElapsedTimer>

class ChatClient;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

// Draws one result: "where · who · when" above the text, the matched words marked (never markup).
class SearchHitDelegate : public DocumentDelegate
{
    Q_OBJECT
public:
    using DocumentDelegate::DocumentDelegate;
    enum Role { WhereRole = Qt::UserRole + 1, FromRole, TimeRole, SnippetRole, MatchesRole, IdRole, KeyRole };
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void layout(QTextDocument &doc, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

class SearchDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SearchDialog(ChatClient &client, QWidget *parent = nullptr);

    // Ctrl+F: ready for a query (the last one selected, to type over).
    void startSearching();
    // Runs the query now (also what Enter in the query line does).
    void search(const QString &query);
    // Lists the messages that mention the user, the newest first.
    void showMentions();
    QString statusText() const;
    int resultCount() const;

signals:
    // The user chose a result: the message with this id, in the room or conversation key.
    void messageChosen(const QString &key, qint64 id);

protected:
    // Down from the query line goes into the results.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onResults(const Msg::SearchResults &results);
    void onMentions(const Msg::MentionList &list);
    void addHit(const Msg::SearchHit &hit);
    void choose(QListWidgetItem *item);
    void setWaiting(bool waiting, const QString &status);

    ChatClient &m_client;
    QLineEdit *m_query;
    QListWidget *m_results;
    QLabel *m_status;
    QPushButton *m_more;
    QPushButton *m_mentions;
    enum class Mode { Search, Mentions } m_mode = Mode::Search;
    QString m_asked;        // the query whose results are shown (or awaited)
    qint64 m_lastId = 0;    // the oldest result shown: the next page starts before it
    bool m_waiting = false; // a search or mention list was asked for and not answered yet
    qint64 m_ref = 0;       // the search asked for: its refusal carries this ref
    qint64 m_chosen = 0;    // the result chosen last, and when: a click and an activation are one choice
    QElapsedTimer m_sinceChosen;
};
