// Turns SIGINT and SIGTERM (shut down) and SIGHUP (read the settings again) into Qt signals, handled on the
// event loop.
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
    void reloadRequested();

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};
