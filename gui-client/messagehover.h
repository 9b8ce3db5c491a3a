// The pointer over the messages: a hand over anything that reacts to a click (links, quotes, reactions, a
// file's Save and Open, a picture), and an animated GIF playing in its thumbnail's place while the pointer
// is on it (Thumbnails::play).
#pragma once

#include <QObject>

class MessageDelegate;
class QListView;
class Thumbnails;
class QWidget;

class MessageHover : public QObject
{
    Q_OBJECT
public:
    MessageHover(QListView *view, MessageDelegate *delegate, Thumbnails *thumbnails, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void pointerAt(const QPoint &pos);

    QListView *m_view;
    QWidget *m_viewport;
    MessageDelegate *m_delegate;
    Thumbnails *m_thumbnails;
};
