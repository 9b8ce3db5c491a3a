#include "buslocation.h"

#include "databaselocation.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

std::optional<BusLocation> BusLocation::parse(const QString &text, const QString &passwordFile, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != "valkey"_L1 && url.scheme() != "redis"_L1) || url.host().isEmpty() ||
        (!url.path().isEmpty() && url.path() != "/"_L1) || url.hasQuery()) {
        *error = u"--bus takes a Valkey URL such as valkey://127.0.0.1:6379 (got \"%1\")."_s.arg(text);
        return std::nullopt;
    }
    if (!url.password().isEmpty() || !url.userName().isEmpty()) {
        *error = u"--bus must not hold a user or password (anyone on this machine could read it): put the password "
                 "in a file named by --bus-password-file, or in %1."_s.arg(QLatin1StringView(PasswordVariable));
        return std::nullopt;
    }
    BusLocation l;
    l.host = url.host();
    l.port = quint16(url.port(6379));
    if (!passwordFile.isEmpty()) {
        const std::optional<QString> password = DatabaseLocation::readPassword(passwordFile, u"bus"_s, error);
        if (!password)
            return std::nullopt;
        l.password = password->toUtf8();
    } else {
        l.password = qgetenv(PasswordVariable);
        qunsetenv(PasswordVariable); // not left in /proc/PID/environ for the server's life
    }
    return l;
}

QString BusLocation::describe() const
{
    return u"valkey://%1:%2"_s.arg(host.contains(u':') ? u'[' + host + u']' : host).arg(port);
}
