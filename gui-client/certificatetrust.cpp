#include "certificatetrust.h"

#include "tlssetup.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace {

QString settingsKey(const QString &server)
{
    // QSettings treats '/' and '\' as separators; a host name never holds them, but be sure.
    QString key = server;
    key.replace(u'/', u'_').replace(u'\\', u'_');
    return u"trustedCertificates/"_s + key;
}

// The errors that only say "nobody vouches for this certificate": exactly what pinning replaces.
bool answeredByPinning(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::HostNameMismatch:
        return true;
    default:
        return false;
    }
}

} // namespace

CertificateTrust::Verdict CertificateTrust::judge(const QString &server, const QSslCertificate &certificate,
                                                  const QList<QSslError> &errors)
{
    if (certificate.isNull())
        return Verdict::Unusable;
    for (const QSslError &e : errors) {
        if (!answeredByPinning(e.error()))
            return Verdict::Unusable;
    }
    const QString known = pinned(server);
    if (known.isEmpty())
        return Verdict::Unknown;
    return known == TlsSetup::fingerprint(certificate) ? Verdict::Trusted : Verdict::Changed;
}

QString CertificateTrust::pinned(const QString &server)
{
    return QSettings().value(settingsKey(server)).toString();
}

void CertificateTrust::pin(const QString &server, const QString &fingerprint)
{
    QSettings().setValue(settingsKey(server), fingerprint);
}
