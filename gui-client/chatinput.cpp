#include "chatinput.h"

#include <QKeyEvent>

ChatInput::ChatInput(QWidget *parent) : QLineEdit(parent)
{
    // Not the protocol's limit: text past it would be cut without a word. A longer line is refused when
    // sent, and stays to be shortened (MainWindow::send).
    setMaxLength(MaxLength);
    setClearButtonEnabled(true);
}

bool ChatInput::event(QEvent *event)
{
    // Tab completes a mention here, rather than moving the focus, when there is one to complete.
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Tab && completeMention())
        return true;
    return QLineEdit::event(event);
}

bool ChatInput::completeMention()
{
    if (!m_completions)
        return false;
    const QString line = text();
    const qsizetype cursor = cursorPosition();
    // The word before the cursor: "@an" or "an" (which becomes a mention too, as chats complete names).
    qsizetype start = cursor;
    while (start > 0 && !line[start - 1].isSpace() && line[start - 1] != u'(')
        --start;
    const bool hasAt = start < cursor && line[start] == u'@';
    const QString typed = line.mid(start + (hasAt ? 1 : 0), cursor - start - (hasAt ? 1 : 0));
    if (typed.isEmpty() && !hasAt)
        return false; // nothing typed: Tab moves the focus
    if (!hasAt && line.startsWith(u'/'))
        return false; // a command's words are not names
    QStringList matches;
    for (const QString &name : m_completions()) {
        if (name.startsWith(typed, Qt::CaseInsensitive))
            matches << name;
    }
    if (matches.isEmpty())
        return false;
    std::sort(matches.begin(), matches.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    // One match: the whole name and a space; several: as far as they agree.
    QString completion = matches.first();
    if (matches.size() > 1) {
        qsizetype common = completion.size();
        for (const QString &m : std::as_const(matches)) {
            qsizetype i = 0;
            while (i < common && i < m.size() && m[i].toLower() == completion[i].toLower())
                ++i;
            common = i;
        }
        completion = completion.left(std::max(common, typed.size()));
    } else {
        completion += u' ';
    }
    setText(line.left(start) + u'@' + completion + line.mid(cursor));
    setCursorPosition(start + 1 + completion.size());
    return true;
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
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        if ((event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            emit pageRequested(event->key() == Qt::Key_PageUp ? -1 : 1);
            return;
        }
        QLineEdit::keyPressEvent(event);
        return;
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
#ifndef Q_OS_MACOS
        // Alt and a letter is a menu's or a button's (F10 and Alt open the menus); one that none takes must
        // not type the letter. (AltGr is not Alt here; on macOS, Option does type characters.)
        if ((event->modifiers() & Qt::AltModifier) && !(event->modifiers() & Qt::ControlModifier) &&
            !event->text().isEmpty() && event->text().front().isPrint()) {
            event->accept(); // taken, and dropped
            return;
        }
#endif
        QLineEdit::keyPressEvent(event);
    }
}
