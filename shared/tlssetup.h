// TLS settings both sides share: protocol versions, and the certificate fingerprints used for pinning.
#pragma once

#include <QSslCertificate>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslKey>

namespace TlsSetup {

// TLS 1.2 at least; 1.3 is preferred (OpenSSL negotiates the highest both sides have).
inline constexpr QSsl::SslProtocol MinimumProtocol = QSsl::TlsV1_2OrLater;

// Is a TLS backend available at run time?
bool available();

// What the server accepts: TLS 1.3's suites, and TLS 1.2's with ECDHE key exchange and AEAD only (forward
// secrecy and authenticated encryption for every connection).
QList<QSslCipher> serverCiphers();
// The intermediates are sent after the certificate, so that clients can verify a CA's certificate.
QSslConfiguration serverConfiguration(const QSslCertificate &certificate, const QSslKey &key,
                                      const QList<QSslCertificate> &intermediates = {});
// Verifies the peer against the system CAs; the client decides about self-signed certificates itself
// (trust on first use), from the errors QSslSocket reports.
QSslConfiguration clientConfiguration();

// "AB:CD:..." : the SHA-256 of the certificate's DER form, as people compare it and as it is pinned.
QString fingerprint(const QSslCertificate &certificate);

} // namespace TlsSetup
