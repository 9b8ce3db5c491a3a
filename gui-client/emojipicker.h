// A small window of emoji, found by typing part of their English (Unicode CLDR) name: Enter or a click
// picks one, for the input line or as a reaction. The list comes from Unicode's emoji-test.txt
// (resources/emoji.tsv, made by scripts/gen-emoji-list).
#pragma once

#include <QDialog>
#include <functional>

class QLineEdit;
class QListWidget;

class EmojiPicker : public QDialog
{
    Q_OBJECT
public:
    struct Emoji
    {
        QString text;
        QString group;
        QString name;
    };
    static constexpr int MaxShown = 400; // matches shown at once; typing narrows them

    // accept: which emoji may be picked (a reaction takes one grapheme the server accepts); all when empty.
    explicit EmojiPicker(QWidget *parent = nullptr, std::function<bool(const QString &)> accept = {});

    // Every emoji of the list, in Unicode's order.
    static const QList<Emoji> &all();
    // Those whose name has every word of query as the start of one of its words ("thumb up", "cat").
    static QList<Emoji> find(const QString &query);
    QLineEdit *search() const { return m_search; }
    QListWidget *list() const { return m_list; }

signals:
    void picked(const QString &emoji);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refill();
    void pick();

    QLineEdit *m_search;
    QListWidget *m_list;
    std::function<bool(const QString &)> m_accept;
};
