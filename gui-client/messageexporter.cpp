#include "messageexporter.h"

#include "chatclient.h"
#include "servertext.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

MessageExporter::MessageExporter(ChatClient &client, const QString &fileName, QObject *parent)
    : QObject(parent), m_client(client), m_file(fileName),
      m_writer(m_file, MessageExportWriter::formatFor(fileName), QJsonObject{{u"account"_s, client.username()}},
               QTimeZone::systemTimeZone())
{
    connect(&m_client, &ChatClient::exportPageReceived, this, &MessageExporter::onPage);
    connect(&m_client, &ChatClient::exportFailed, this, &MessageExporter::onFailed);
    connect(&m_client, &ChatClient::stateChanged, this, [this](ChatClient::State state) {
        if (state != ChatClient::State::Connected)
            fail(tr("The connection was lost, so nothing was saved. Export again once connected."));
    });
}

bool MessageExporter::start(QString *error)
{
    if (m_client.state() != ChatClient::State::Connected) {
        *error = tr("Not connected: export once the window is connected again.");
        return false;
    }
    // Your messages are nobody else's business: the file is yours only.
    if (!m_file.open(QIODevice::WriteOnly) ||
        !m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
        m_file.cancelWriting();
        return false;
    }
    m_client.requestExportPage(0);
    return true;
}

void MessageExporter::onPage(const Msg::ExportPage &page)
{
    if (m_done)
        return;
    // Both lists ascend; written in one order of ids, as they were sent.
    qsizetype r = 0, d = 0;
    while (r < page.messages.size() || d < page.direct.size()) {
        const bool roomFirst =
            d == page.direct.size() || (r < page.messages.size() && page.messages[r].id < page.direct[d].id);
        if (roomFirst) {
            m_after = std::max(m_after, page.messages[r].id);
            m_writer.write(page.messages[r++]);
        } else {
            m_after = std::max(m_after, page.direct[d].id);
            m_writer.write(page.direct[d++]);
        }
    }
    emit progress(m_writer.count());
    if (page.more && r == 0 && d == 0) // nothing to go on from: the file would be cut short
        return fail(tr("The server sent an empty part of the export, so nothing was saved."));
    if (page.more) {
        if (!m_client.requestExportPage(m_after))
            fail(tr("The connection was lost, so nothing was saved. Export again once connected."));
        return;
    }
    if (!m_writer.finish() || !m_file.commit()) {
        const QString why = m_file.errorString();
        m_file.cancelWriting();
        return fail(tr("Cannot write %1: %2").arg(m_file.fileName(), why));
    }
    m_done = true;
    emit finished(true, m_writer.count(), QString());
}

void MessageExporter::onFailed(const Msg::ErrorReply &error)
{
    fail(tr("The server could not export your messages: %1").arg(ServerText::error(error.code, error.message)));
}

void MessageExporter::fail(const QString &why)
{
    if (std::exchange(m_done, true))
        return;
    m_file.cancelWriting();
    emit finished(false, m_writer.count(), why);
}
