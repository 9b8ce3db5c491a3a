#include "descriptornotifier.h"

#include <QEvent>

DescriptorNotifier::DescriptorNotifier(qintptr descriptor, Type type, QObject *parent, std::function<void()> handler)
    : QSocketNotifier(descriptor, type, parent), m_handler(std::move(handler))
{}

bool DescriptorNotifier::event(QEvent *event)
{
    if (event->type() != QEvent::SockAct && event->type() != QEvent::SockClose)
        return QSocketNotifier::event(event);
    m_handler(); // in place of activated()
    return true;
}
