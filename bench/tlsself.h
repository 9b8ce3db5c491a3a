// A TLS server context with a self-signed certificate made in memory (as the server's own: RSA 3072), for
// the benchmarks that measure OpenSSL alone beside the server (chatroom-tlsfloor, chatroom-filebench).
#pragma once

#include <cstdio>
#include <cstdlib>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

namespace TlsSelf {

constexpr int RsaBits = 3072;

[[noreturn]] inline void fail(const char *program, const char *what)
{
    std::fprintf(stderr, "%s: %s\n", program, what);
    ERR_print_errors_fp(stderr);
    std::exit(1);
}

inline SSL_CTX *serverContext(const char *program)
{
    EVP_PKEY *key = EVP_RSA_gen(RsaBits);
    X509 *cert = X509_new();
    if (!key || !cert)
        fail(program, "cannot make a key");
    ASN1_INTEGER_set(X509_get_serialNumber(cert), 1);
    X509_gmtime_adj(X509_getm_notBefore(cert), 0);
    X509_gmtime_adj(X509_getm_notAfter(cert), 3600);
    X509_set_pubkey(cert, key);
    X509_NAME *name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>(program), -1, -1, 0);
    X509_set_issuer_name(cert, name);
    if (X509_sign(cert, key, EVP_sha256()) == 0)
        fail(program, "cannot sign the certificate");
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    SSL_CTX_set_mode(ctx, SSL_MODE_RELEASE_BUFFERS);
    SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_OFF);
    SSL_CTX_set_num_tickets(ctx, 0);
    if (SSL_CTX_use_certificate(ctx, cert) != 1 || SSL_CTX_use_PrivateKey(ctx, key) != 1)
        fail(program, "cannot use the certificate");
    X509_free(cert);
    EVP_PKEY_free(key);
    return ctx;
}

} // namespace TlsSelf
