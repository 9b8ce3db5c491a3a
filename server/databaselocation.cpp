#include "databaselocation.h"

#include <QDir>
#include <QFile>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

// The libpq connection parameters a URL may set; anything else is refused rather than ignored.
const QStringList AllowedParameters{u"sslmode"_s, u"sslrootcert"_s,     u"sslcert"_s,
                                    u"sslkey"_s,  u"connect_timeout"_s, u"application_name"_s};
const QStringList SslModes{u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s};

// What the server asks of every connection unless the URL says otherwise: a silent network is noticed
// (keepalives, and unacknowledged data given up after 10 s), a statement never runs for ever, and
// PostgreSQL's notices stay out of the server's output.
const QStringList ConnectionDefaults{u"keepalives_idle=5"_s, u"keepalives_interval=2"_s, u"keepalives_count=3"_s,
                                     u"tcp_user_timeout=10000"_s,
                                     u"options='-c statement_timeout=15000 -c client_min_messages=warning'"_s};

// A value as libpq's connection string takes it: quoted, so that nothing in it starts another parameter.
QString quoted(QString value)
{
    value.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
    return u'\'' + value + u'\'';
}

} // namespace

std::optional<QString> DatabaseLocation::readPassword(const QString &file, const QString &what, QString *error)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"Cannot read the %1 password file %2: %3"_s.arg(what, file, f.errorString());
        return std::nullopt;
    }
    if (f.permissions() & QFile::ReadOther) {
        *error =
            u"The database password file %1 is readable by everyone: allow only the server's user (chmod 600)."_s.arg(
                file);
        return std::nullopt;
    }
    QByteArray line = f.readLine(4097);
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty() || line.size() > 4095) {
        *error =
            u"The database password file %1 must hold the password on its first line (1 to 4095 bytes)."_s.arg(file);
        return std::nullopt;
    }
    return QString::fromUtf8(line);
}

DatabaseLocation DatabaseLocation::sqlite(const QString &dataDir)
{
    DatabaseLocation l;
    l.file = QDir(dataDir).filePath(u"chatroom.db"_s);
    return l;
}

std::optional<DatabaseLocation> DatabaseLocation::parse(const QString &text, const QString &dataDir,
                                                        const QString &passwordFile, QString *error)
{
    if (text.isEmpty()) {
        if (!passwordFile.isEmpty()) {
            *error = u"--database-password-file needs --database postgresql://…"_s;
            return std::nullopt;
        }
        return sqlite(dataDir);
    }
    const QString example = u"postgresql://chatroom@db.example.org:5432/chatroom"_s;
    // Before anything else, however odd the rest: a password is never taken from the command line.
    // "user:password@" however odd the password (a "/" in it makes no URL at all).
    const qsizetype scheme = text.indexOf("://"_L1), query = text.indexOf(u'?');
    const qsizetype at = text.lastIndexOf(u'@', query < 0 ? -1 : query - text.size() - 1);
    const bool userInfoHasColon = scheme >= 0 && at > scheme && text.mid(scheme + 3, at - scheme - 3).contains(u':');
    if (userInfoHasColon || !QUrl(text, QUrl::TolerantMode).password().isEmpty()) {
        *error = u"--database must not hold the password (anyone on this machine could read it): put it in a file "
                 "named by --database-password-file, or in %1."_s.arg(QLatin1StringView(PasswordVariable));
        return std::nullopt;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != "postgresql"_L1 && url.scheme() != "postgres"_L1)) {
        *error =
            u"--database takes a PostgreSQL URL such as %1 (or nothing, for the embedded database)."_s.arg(example);
        return std::nullopt;
    }
    DatabaseLocation l;
    l.kind = Kind::PostgreSQL;
    l.host = url.host();
    l.port = url.port(5432);
    l.user = url.userName();
    l.name = url.path().mid(1);
    if (l.host.isEmpty() || l.user.isEmpty() || l.name.isEmpty() || l.name.contains(u'/')) {
        *error = u"--database needs a user, a host and a database, as in %1."_s.arg(example);
        return std::nullopt;
    }
    QStringList options;
    QStringList given;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (!AllowedParameters.contains(key)) {
            *error = u"--database: unknown parameter \"%1\" (known: %2)."_s.arg(key, AllowedParameters.join(u", "_s));
            return std::nullopt;
        }
        const bool control = std::any_of(value.cbegin(), value.cend(),
                                         [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
        if (given.contains(key) || value.isEmpty() || control || value.contains(u';')) {
            *error =
                u"--database: %1 must be given once, not empty, without control characters or semicolons."_s.arg(key);
            return std::nullopt;
        }
        bool number = false;
        if (key == "sslmode"_L1 && !SslModes.contains(value)) {
            *error = u"--database: sslmode is one of %1."_s.arg(SslModes.join(u", "_s));
            return std::nullopt;
        }
        if (key == "connect_timeout"_L1 &&
            (value.toInt(&number), !number || value.toInt() < 1 || value.toInt() > 3600)) {
            *error = u"--database: connect_timeout is a number of seconds from 1 to 3600."_s;
            return std::nullopt;
        }
        given << key;
        options << key + u'=' + quoted(value);
    }
    if (!given.contains(u"connect_timeout"_s))
        options << u"connect_timeout=%1"_s.arg(DefaultConnectTimeout);
    l.connectOptions = (options + ConnectionDefaults).join(u';');
    if (!passwordFile.isEmpty()) {
        const std::optional<QString> password = readPassword(passwordFile, u"database"_s, error);
        if (!password)
            return std::nullopt;
        l.password = *password;
    } else {
        l.password = qEnvironmentVariable(PasswordVariable);
        qunsetenv(PasswordVariable); // not left in /proc/PID/environ for the server's life
    }
    return l;
}

QString DatabaseLocation::describe() const
{
    if (kind == Kind::SQLite)
        return file;
    const QString h = host.contains(u':') ? u'[' + host + u']' : host; // an IPv6 address
    return u"postgresql://%1@%2:%3/%4"_s.arg(user, h).arg(port).arg(name);
}
