// The server's TLS identity: a certificate and its private key, given by the administrator or made once
// with QCA (self-signed) and kept in the data directory.
#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <optional>

class ServerCertificate
{
public:
    QSslCertificate certificate;
    QList<QSslCertificate> intermediates; // sent after it: the rest of the certificate file (a CA's chain)
    QSslKey key;

    // Reads a PEM certificate and its PEM private key, and checks that they belong together.
    static std::optional<ServerCertificate> load(const QString &certPath, const QString &keyPath, QString *error);
    // Loads DATA-DIR/server-cert.pem and server-key.pem, or creates both (a self-signed RSA certificate, the key
    // file readable by its owner only) when neither exists. *created says which happened.
    static std::optional<ServerCertificate> loadOrCreate(const QString &dataDir, bool *created, QString *error);
    // What the settings ask for: the administrator's files when certPath is given, else loadOrCreate().
    static std::optional<ServerCertificate> forSettings(const QString &certPath, const QString &keyPath,
                                                        const QString &dataDir, bool *created, QString *error);

    static constexpr QLatin1StringView CertFileName{"server-cert.pem"};
    static constexpr QLatin1StringView KeyFileName{"server-key.pem"};
};
