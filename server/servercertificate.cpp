#include "servercertificate.h"

#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QtCrypto>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcTls, "chat.server.tls")

namespace {

constexpr int RsaBits = 3072;     // NIST's choice for use beyond 2030
constexpr int ValidityYears = 10; // the client pins the certificate itself, so expiry buys nothing but outages

std::optional<QByteArray> readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"Cannot read %1: %2"_s.arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

bool writeNewFile(const QString &path, const QByteArray &bytes, QFileDevice::Permissions permissions, QString *error)
{
    QFile file(path);
    // Created with its final permissions, so the key is never readable by others, not even for a moment.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, permissions) || file.write(bytes) != bytes.size() ||
        !file.flush()) {
        *error = u"Cannot write %1: %2"_s.arg(QDir::toNativeSeparators(path), file.errorString());
        file.remove();
        return false;
    }
    return true;
}

// Named for this machine. Clients pin the certificate rather than check the name, and qca-ossl writes only
// one DNS name into the certificate, so one is all it gets.
QCA::CertificateInfo subject()
{
    QCA::CertificateInfo info;
    const QString host = QHostInfo::localHostName().isEmpty() ? u"localhost"_s : QHostInfo::localHostName();
    info.insert(QCA::CommonName, host);
    info.insert(QCA::Organization, u"Chat Room server (self-signed)"_s);
    info.insert(QCA::DNS, host);
    return info;
}

} // namespace

std::optional<ServerCertificate> ServerCertificate::load(const QString &certPath, const QString &keyPath,
                                                         QString *error)
{
    const auto certPem = readFile(certPath, error);
    const auto keyPem = certPem ? readFile(keyPath, error) : std::nullopt;
    if (!keyPem)
        return std::nullopt;
    ServerCertificate out;
    const QList<QSslCertificate> chain = QSslCertificate::fromData(*certPem, QSsl::Pem);
    out.certificate = chain.value(0);
    out.intermediates = chain.mid(1);
    if (out.certificate.isNull()) {
        *error = u"%1 is not a PEM certificate."_s.arg(QDir::toNativeSeparators(certPath));
        return std::nullopt;
    }
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        out.key = QSslKey(*keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!out.key.isNull())
            break;
    }
    if (out.key.isNull()) {
        *error = u"%1 is not an unencrypted PEM private key (RSA, EC or DSA)."_s.arg(QDir::toNativeSeparators(keyPath));
        return std::nullopt;
    }
    // A key that does not match the certificate would only show up as failed handshakes; say it now.
    QCA::ConvertResult certResult = QCA::ErrorDecode;
    QCA::ConvertResult keyResult = QCA::ErrorDecode;
    const QCA::Certificate qcaCert = QCA::Certificate::fromPEM(QString::fromLatin1(*certPem), &certResult);
    const QCA::PrivateKey qcaKey = QCA::PrivateKey::fromPEM(QString::fromLatin1(*keyPem), {}, &keyResult);
    if (certResult == QCA::ConvertGood && keyResult == QCA::ConvertGood &&
        !(qcaCert.subjectPublicKey() == qcaKey.toPublicKey())) {
        *error = u"The key in %1 does not belong to the certificate in %2."_s.arg(QDir::toNativeSeparators(keyPath),
                                                                                  QDir::toNativeSeparators(certPath));
        return std::nullopt;
    }
    if (out.certificate.expiryDate() < QDateTime::currentDateTimeUtc())
        qCWarning(lcTls).noquote() << "the certificate in" << certPath << "expired on"
                                   << out.certificate.expiryDate().toString(Qt::ISODate);
    return out;
}

std::optional<ServerCertificate> ServerCertificate::loadOrCreate(const QString &dataDir, bool *created, QString *error)
{
    const QDir dir(dataDir);
    const QString certPath = dir.filePath(CertFileName);
    const QString keyPath = dir.filePath(KeyFileName);
    const bool haveCert = QFile::exists(certPath);
    const bool haveKey = QFile::exists(keyPath);
    *created = false;
    if (haveCert && haveKey)
        return load(certPath, keyPath, error);
    if (haveCert != haveKey) {
        // Never overwrite half an identity: clients have pinned the certificate that went with it.
        *error = u"Found %1 but not %2. Restore the missing file, or remove the other one to have a new "
                 "certificate made (clients will then warn that the server's certificate changed)."_s.arg(
                     QDir::toNativeSeparators(haveCert ? certPath : keyPath),
                     QDir::toNativeSeparators(haveCert ? keyPath : certPath));
        return std::nullopt;
    }
    if (!QCA::isSupported("cert") || !QCA::isSupported("rsa")) {
        *error = u"QCA cannot make certificates here: install the qca-ossl plugin (libqca-qt6-plugins), or give "
                 "--tls-cert and --tls-key."_s;
        return std::nullopt;
    }
    const QCA::PrivateKey key = QCA::KeyGenerator().createRSA(RsaBits);
    QCA::CertificateOptions options;
    options.setInfo(subject());
    options.setConstraints({QCA::ConstraintType(QCA::DigitalSignature), QCA::ConstraintType(QCA::KeyEncipherment),
                            QCA::ConstraintType(QCA::ServerAuth)});
    options.setSerialNumber(QCA::BigInteger(QCA::Random::randomInt() & 0x7fffffff));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    options.setValidityPeriod(now.addDays(-1), now.addYears(ValidityYears));
    const QCA::Certificate cert(options, key);
    if (key.isNull() || cert.isNull()) {
        *error = u"QCA could not make a self-signed certificate; give --tls-cert and --tls-key instead."_s;
        return std::nullopt;
    }
    if (!dir.mkpath(u"."_s)) {
        *error = u"Cannot create the data directory %1."_s.arg(QDir::toNativeSeparators(dataDir));
        return std::nullopt;
    }
    if (!writeNewFile(keyPath, key.toPEM().toLatin1(), QFileDevice::ReadOwner | QFileDevice::WriteOwner, error))
        return std::nullopt;
    if (!writeNewFile(certPath, cert.toPEM().toLatin1(),
                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                          QFileDevice::ReadOther,
                      error)) {
        QFile::remove(keyPath);
        return std::nullopt;
    }
    *created = true;
    return load(certPath, keyPath, error);
}

std::optional<ServerCertificate> ServerCertificate::forSettings(const QString &certPath, const QString &keyPath,
                                                                const QString &dataDir, bool *created, QString *error)
{
    *created = false;
    return certPath.isEmpty() ? loadOrCreate(dataDir, created, error) : load(certPath, keyPath, error);
}
