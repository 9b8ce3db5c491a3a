#include "serverreload.h"

#include "chatserver.h"
#include "servercertificate.h"
#include "systemdservice.h"
#include "tlssetup.h"

#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcReload, "chat.server.reload")

ServerReload::ServerReload(const QStringList &arguments, ChatServer &server, QObject *parent)
    : QObject(parent), m_arguments(arguments), m_server(server)
{}

QString ServerReload::reload()
{
    SystemdService::notifyReloading();
    int exitCode = 0;
    QStringList problems;
    const auto fresh = ServerConfig::fromArguments(m_arguments, exitCode, &problems);
    QString report;
    if (!fresh) {
        report = u"The settings were not reloaded; nothing changed:\n"_s + problems.join(u'\n');
        qCWarning(lcReload).noquote() << report;
        SystemdService::notifyReady(u"Serving (the last reload failed)"_s);
        return report;
    }
    std::optional<QSslConfiguration> tls;
    QString fingerprint;
    if (fresh->tls) {
        bool created = false;
        QString error;
        const auto identity =
            // The running data directory: a new one named in the file waits for a restart, its certificate too.
            ServerCertificate::forSettings(fresh->tlsCertFile, fresh->tlsKeyFile, m_server.config().dataDir, &created,
                                           &error);
        if (!identity) {
            report = u"The settings were not reloaded, the TLS certificate is unusable; nothing changed: "_s + error;
            qCWarning(lcReload).noquote() << report;
            SystemdService::notifyReady(u"Serving (the last reload failed)"_s);
            return report;
        }
        tls = TlsSetup::serverConfiguration(identity->certificate, identity->key, identity->intermediates);
        fingerprint = TlsSetup::fingerprint(identity->certificate);
        emit certificateLoaded(identity->certificate);
    }
    const SettingsReload::Outcome outcome = m_server.reconfigure(*fresh, tls);
    report = outcome.changed.isEmpty() ? u"Settings reloaded; none changed."_s
                                       : u"Settings reloaded; changed: %1."_s.arg(outcome.changed.join(u", "_s));
    if (tls)
        report += u" The TLS certificate was read again; its SHA-256 fingerprint: %1."_s.arg(fingerprint);
    if (!outcome.needRestart.isEmpty()) {
        report += u" These take effect only after a restart: %1."_s.arg(outcome.needRestart.join(u", "_s));
        qCWarning(lcReload).noquote() << report;
    } else {
        qCInfo(lcReload).noquote() << report;
    }
    SystemdService::notifyReady(u"Serving"_s);
    return report;
}
