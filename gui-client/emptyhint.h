// A line in the middle of the message view while the room or conversation on screen shows no message yet
// ("Nothing here yet …"), so that a new room does not look broken. It goes as soon as a row is shown.
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAbstractItemModel;
class QAbstractItemView;
class QLabel;

class EmptyHint : public QObject
{
    Q_OBJECT
public:
    explicit EmptyHint(QAbstractItemView *view);

    // The model now on screen (call after setModel).
    void watch(QAbstractItemModel *model);

private:
    void update();

    QLabel *m_label;
    QPointer<QAbstractItemModel> m_model;
    QList<QMetaObject::Connection> m_connections;
};
