// A socket notifier that calls its handler directly: a signal connection stays on its sender, and would
// cost every idle connection a few hundred bytes (see ByteStream::Reader).
#pragma once

#include <QSocketNotifier>
#include <functional>

class DescriptorNotifier : public QSocketNotifier
{
    Q_OBJECT
public:
    DescriptorNotifier(qintptr descriptor, Type type, QObject *parent, std::function<void()> handler);

protected:
    bool event(QEvent *event) override;

private:
    std::function<void()> m_handler;
};
