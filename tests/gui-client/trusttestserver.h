// Client tests trust the test server's self-signed certificate when asked; the question itself has its
// own tests (tst_client_tls, tst_client_logindialog).
#pragma once

#include "chatclient.h"

inline void trustTestServer(ChatClient &client)
{
    QObject::connect(
        &client, &ChatClient::certificateNeedsApproval, &client,
        [c = &client](const QString &, const QString &fingerprint, const QString &) {
            c->trustCertificate(fingerprint);
        },
        Qt::QueuedConnection);
}
