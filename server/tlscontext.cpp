#include "tlscontext.h"

#include <QSslCipher>
#include <QSslKey>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>

using namespace Qt::Literals::StringLiterals;

namespace TlsContext {

void Free::operator()(SSL_CTX *context) const
{
    SSL_CTX_free(context);
}

QString takeError(const QString &what)
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return what;
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return u"%1 (%2)"_s.arg(what, QString::fromLatin1(text));
}

namespace {

struct BioFree
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
using Bio = std::unique_ptr<BIO, BioFree>;

// Reads from pem without copying it: pem must outlive the BIO.
Bio memoryBio(const QByteArray &pem)
{
    return Bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
}

bool useCertificates(SSL_CTX *context, const QSslConfiguration &config, QString *error)
{
    const QList<QSslCertificate> chain = config.localCertificateChain();
    if (chain.isEmpty()) {
        *error = u"there is no certificate"_s;
        return false;
    }
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const QByteArray pem = chain.at(i).toPem();
        const Bio bio = memoryBio(pem);
        X509 *certificate = bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr;
        // The first is the server's own; the rest, if any, the intermediates sent with it.
        const bool used = certificate && (i == 0 ? SSL_CTX_use_certificate(context, certificate)
                                                 : SSL_CTX_add1_chain_cert(context, certificate)) == 1;
        X509_free(certificate);
        if (!used) {
            *error = takeError(u"OpenSSL refuses the certificate"_s);
            return false;
        }
    }
    const QByteArray keyPem = config.privateKey().toPem();
    const Bio bio = memoryBio(keyPem);
    EVP_PKEY *key = bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr;
    const bool used = key && SSL_CTX_use_PrivateKey(context, key) == 1 && SSL_CTX_check_private_key(context) == 1;
    EVP_PKEY_free(key);
    if (!used) {
        *error = takeError(u"OpenSSL refuses the private key, or it does not belong to the certificate"_s);
        return false;
    }
    return true;
}

bool useSuites(SSL_CTX *context, const QSslConfiguration &config, QString *error)
{
    // The suites TlsSetup chose, by their OpenSSL names (Qt's TLS backend is OpenSSL): TLS 1.3's are set
    // apart from the older versions' in OpenSSL.
    QByteArrayList tls13;
    QByteArrayList older;
    const QList<QSslCipher> ciphers = config.ciphers();
    for (const QSslCipher &cipher : ciphers)
        (cipher.protocol() == QSsl::TlsV1_3 ? tls13 : older).append(cipher.name().toLatin1());
    if ((tls13.isEmpty() && older.isEmpty()) || SSL_CTX_set_ciphersuites(context, tls13.join(':').constData()) != 1 ||
        (!older.isEmpty() && SSL_CTX_set_cipher_list(context, older.join(':').constData()) != 1)) {
        *error = takeError(u"OpenSSL knows none of the TLS suites chosen"_s);
        return false;
    }
    return true;
}

} // namespace

Pointer make(const QSslConfiguration &config, QString *error)
{
    ERR_clear_error();
    Pointer context(SSL_CTX_new(TLS_server_method()));
    if (!context) {
        *error = takeError(u"OpenSSL cannot make a TLS context"_s);
        return nullptr;
    }
    SSL_CTX *c = context.get();
    const bool tls13Only = config.protocol() == QSsl::TlsV1_3OrLater || config.protocol() == QSsl::TlsV1_3;
    SSL_CTX_set_min_proto_version(c, tls13Only ? TLS1_3_VERSION : TLS1_2_VERSION);
    // Record buffers are freed whenever a connection has nothing in them: an idle connection holds none.
    // Writes may finish part of what they were given, and be retried from another address.
    SSL_CTX_set_mode(c, SSL_MODE_RELEASE_BUFFERS | SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    // No session resumption: the client does not ask for it, and each cached session or ticket is memory
    // (or signing) for nothing. No renegotiation: a client could make the server redo its costly half.
    SSL_CTX_set_session_cache_mode(c, SSL_SESS_CACHE_OFF);
    SSL_CTX_set_num_tickets(c, 0);
    SSL_CTX_set_options(c, SSL_OP_NO_TICKET | SSL_OP_NO_RENEGOTIATION | SSL_OP_CIPHER_SERVER_PREFERENCE);
    SSL_CTX_set_verify(c, SSL_VERIFY_NONE, nullptr); // clients log in with passwords, not certificates
    if (!useSuites(c, config, error) || !useCertificates(c, config, error))
        return nullptr;
    return context;
}

} // namespace TlsContext
