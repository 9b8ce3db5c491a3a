// Ctrl+K: a small window over the chat that finds a room, a conversation or a person by typing part of
// the name; Enter goes there (a person's conversation opens), Escape goes back.
#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;

class QuickSwitcher : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { Room, Conversation, Person };
    struct Entry
    {
        Kind kind;
        QString name;   // the room's name or the person's
        int unread = 0; // shown beside it
    };

    explicit QuickSwitcher(QWidget *parent = nullptr);

    // What can be chosen; the filter starts empty.
    void setEntries(const QList<Entry> &entries);
    // The names shown now, in order, for tests and screen readers.
    QStringList shown() const;
    QLineEdit *filter() const { return m_filter; }

signals:
    void chosen(QuickSwitcher::Kind kind, const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refilter();
    void choose();

    QLineEdit *m_filter;
    QListWidget *m_list;
    QList<Entry> m_entries;
};
