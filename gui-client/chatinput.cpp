#include "chatinput.h"

#include "protocol.h"

#include <QKeyEvent>

ChatInput::ChatInput(QWidget *parent) : QLineEdit(parent)
{
    setMaxLength(Protocol::MaxTextLength);
    setClearButtonEnabled(true);
}

void ChatInput::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        const QString line = text();
        if (line.trimmed().isEmpty())
            return;
        m_sent.append(line);
        if (m_sent.size() > MaxRecall)
            m_sent.removeFirst();
        m_recall = -1;
        clear();
        emit submitted(line);
        return;
    }
    case Qt::Key_Up:
        if (m_sent.isEmpty())
            return;
        if (m_recall < 0) {
            m_draft = text();
            m_recall = int(m_sent.size());
        }
        m_recall = std::max(0, m_recall - 1);
        setText(m_sent[m_recall]);
        return;
    case Qt::Key_Down:
        if (m_recall < 0)
            return;
        if (++m_recall >= m_sent.size()) {
            m_recall = -1;
            setText(m_draft);
        } else {
            setText(m_sent[m_recall]);
        }
        return;
    default:
        QLineEdit::keyPressEvent(event);
    }
}
