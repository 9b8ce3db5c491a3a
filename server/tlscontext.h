// The server's one OpenSSL context, made from the TLS settings both programs share (shared/tlssetup.h:
// versions, suites, the certificate and its key): every connection's session refers to it, so it is
// built once, not per connection. A renewed certificate makes a new one; sessions keep theirs.
#pragma once

#include <QSslConfiguration>
#include <QString>
#include <memory>

using SSL_CTX = struct ssl_ctx_st;

namespace TlsContext {

struct Free
{
    void operator()(SSL_CTX *context) const;
};
using Pointer = std::unique_ptr<SSL_CTX, Free>;

// nullptr and *error (a sentence) when OpenSSL refuses the certificate, the key or the suites.
Pointer make(const QSslConfiguration &config, QString *error);

// "what (OpenSSL's reason)", or what alone when OpenSSL gave none; empties this thread's error queue.
QString takeError(const QString &what);

} // namespace TlsContext
