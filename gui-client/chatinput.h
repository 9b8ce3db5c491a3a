// The line the user types into: Enter sends, Up and Down walk through what was sent before.
#pragma once

#include <QLineEdit>
#include <QStringList>
#include <functional>

class ChatInput : public QLineEdit
{
    Q_OBJECT
public:
    // What the line holds at most (QLineEdit's default is 32,767): far past a message's limit, so that a
    // long paste is refused with its length rather than cut.
    static constexpr int MaxLength = 1'000'000;

    explicit ChatInput(QWidget *parent = nullptr);

    // The names Tab completes after '@' (the room's members), asked for at each Tab.
    void setCompletions(std::function<QStringList()> names) { m_completions = std::move(names); }
    // Completes the word before the cursor when it is "@" and the start of a name; true if it did.
    bool completeMention();

signals:
    void submitted(const QString &text);
    // Page Up (-1) or Page Down (1) while typing: the messages above scroll a page, the input keeps the keys.
    void pageRequested(int direction);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    static constexpr int MaxRecall = 100;
    QStringList m_sent;
    int m_recall = -1; // index into m_sent while walking back; -1 when editing a new line
    QString m_draft;   // what was typed before walking back
    std::function<QStringList()> m_completions;
};
