#include "tlssetup.h"

#include <QSslSocket>

namespace TlsSetup {

bool available()
{
    return QSslSocket::supportsSsl();
}

QSslConfiguration serverConfiguration(const QSslCertificate &certificate, const QSslKey &key)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(MinimumProtocol);
    config.setLocalCertificate(certificate);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with passwords, not certificates
    return config;
}

QSslConfiguration clientConfiguration()
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(MinimumProtocol);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return config;
}

QString fingerprint(const QSslCertificate &certificate)
{
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QString out;
    out.reserve(hex.size() * 3 / 2);
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        if (i > 0)
            out.append(QLatin1Char(':'));
        out.append(QLatin1StringView(hex.constData() + i, 2));
    }
    return out;
}

} // namespace TlsSetup
