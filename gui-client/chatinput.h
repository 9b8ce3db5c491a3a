// The line the user types into: Enter sends, Up and Down walk through what was sent before.
#pragma once

#include <QLineEdit>
#include <QStringList>

class ChatInput : public QLineEdit
{
    Q_OBJECT
public:
    explicit ChatInput(QWidget *parent = nullptr);

signals:
    void submitted(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    static constexpr int MaxRecall = 100;
    QStringList m_sent;
    int m_recall = -1; // index into m_sent while walking back; -1 when editing a new line
    QString m_draft;   // what was typed before walking back
};
