// Turns SIGINT and SIGTERM into a Qt signal, so they shut the server down through the event loop.
#pragma once

#include <QObject>
#include <QSocketNotifier>

class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};
