#include "tlssetup.h"

#include <QSslSocket>

namespace TlsSetup {

bool available()
{
    return QSslSocket::supportsSsl();
}

QList<QSslCipher> serverCiphers()
{
    // TLS 1.3's suites all have forward secrecy and authenticated encryption. Of TLS 1.2's, OpenSSL's
    // defaults also offer static RSA key exchange (no forward secrecy) and CBC modes: keep ECDHE with AEAD.
    QList<QSslCipher> kept;
    const QList<QSslCipher> all = QSslConfiguration::supportedCiphers();
    for (const QSslCipher &cipher : all) {
        const QString name = cipher.name();
        const bool aead = name.contains(QLatin1StringView("GCM")) || name.contains(QLatin1StringView("CHACHA20"));
        if (cipher.protocol() == QSsl::TlsV1_3 || (name.startsWith(QLatin1StringView("ECDHE-")) && aead))
            kept.append(cipher);
    }
    return kept;
}

QSslConfiguration serverConfiguration(const QSslCertificate &certificate, const QSslKey &key,
                                      const QList<QSslCertificate> &intermediates)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(MinimumProtocol);
    config.setCiphers(serverCiphers());
    config.setLocalCertificateChain(QList<QSslCertificate>{certificate} + intermediates);
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
