#include "databaselocation.h"

#include <QDir>
#include <QFile>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

// The libpq connection parameters a URL may set; anything else is refused rather than ignored.
const QStringList AllowedParameters{
    u"sslmode"_s,          u"sslrootcert"_s,         u"sslcert"_s, u"sslkey"_s, u"connect_timeout"_s,
    u"application_name"_s, u"target_session_attrs"_s};

} // namespace

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
    const QUrl url(text, QUrl::StrictMode);
    const QString example = u"postgresql://chatroom@db.example.org:5432/chatroom"_s;
    if (!url.isValid() || (url.scheme() != "postgresql"_L1 && url.scheme() != "postgres"_L1)) {
        *error =
            u"--database takes a PostgreSQL URL such as %1 (or nothing, for the embedded database)."_s.arg(example);
        return std::nullopt;
    }
    if (!url.password().isEmpty()) {
        *error = u"--database must not hold the password (anyone on this machine could read it): put it in a file "
                 "named by --database-password-file, or in %1."_s.arg(QLatin1StringView(PasswordVariable));
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
    bool timeoutGiven = false;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (!AllowedParameters.contains(key)) {
            *error = u"--database: unknown parameter \"%1\" (known: %2)."_s.arg(key, AllowedParameters.join(u", "_s));
            return std::nullopt;
        }
        if (value.contains(u';') || value.contains(u'\'') || value.contains(u' ')) {
            *error = u"--database: the value of %1 may not contain spaces, quotes or semicolons."_s.arg(key);
            return std::nullopt;
        }
        timeoutGiven = timeoutGiven || key == "connect_timeout"_L1;
        options << key + u'=' + value;
    }
    if (!timeoutGiven)
        options << u"connect_timeout=%1"_s.arg(DefaultConnectTimeout);
    l.connectOptions = options.join(u';');
    if (!passwordFile.isEmpty()) {
        QFile file(passwordFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = u"Cannot read the database password file %1: %2"_s.arg(passwordFile, file.errorString());
            return std::nullopt;
        }
        l.password = QString::fromUtf8(file.readLine(4096)).trimmed();
    } else {
        l.password = qEnvironmentVariable(PasswordVariable);
    }
    return l;
}

QString DatabaseLocation::describe() const
{
    if (kind == Kind::SQLite)
        return file;
    return u"postgresql://%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(name);
}
