// Trust on first use for server certificates, as SSH and Mumble do: the first certificate a server shows is
// pinned (after the user agrees); a different one later is refused until the user accepts it explicitly.
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

class CertificateTrust
{
public:
    enum class Verdict {
        Trusted,  // the pinned certificate
        Unknown,  // no certificate pinned for this server yet: ask the user
        Changed,  // another certificate than the pinned one: warn the user
        Unusable, // expired, revoked, malformed...: no pin makes it acceptable
    };

    // Judges the errors QSslSocket reported for this server's certificate. (A certificate that verifies
    // against the system's authorities reports no errors and never gets here: it is accepted silently.)
    static Verdict judge(const QString &server, const QSslCertificate &certificate, const QList<QSslError> &errors);
    // The pinned fingerprint for "host:port", or an empty string.
    static QString pinned(const QString &server);
    static void pin(const QString &server, const QString &fingerprint);
};
