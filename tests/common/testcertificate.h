// An administrator's own TLS certificate for tests, made with QCA (a CA-issued one is used the same way).
#pragma once

#include <QDateTime>
#include <QtCrypto>

namespace TestCertificate {

inline QCA::Certificate forKey(const QCA::PrivateKey &key,
                               const QString &commonName = QStringLiteral("chat.example.org"))
{
    QCA::CertificateInfo info;
    info.insert(QCA::CommonName, commonName);
    QCA::CertificateOptions options;
    options.setInfo(info);
    options.setSerialNumber(QCA::BigInteger(7));
    options.setValidityPeriod(QDateTime::currentDateTimeUtc().addDays(-1), QDateTime::currentDateTimeUtc().addDays(30));
    return QCA::Certificate(options, key);
}

// A new key and its certificate, written as PEM files; false when either cannot be written.
inline bool write(const QString &certPath, const QString &keyPath,
                  const QString &commonName = QStringLiteral("chat.example.org"))
{
    const QCA::PrivateKey key = QCA::KeyGenerator().createRSA(2048);
    return forKey(key, commonName).toPEMFile(certPath) && key.toPEMFile(keyPath);
}

} // namespace TestCertificate
