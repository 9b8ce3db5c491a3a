#include "searchquery.h"

#include "names.h"

#include <QDate>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int MaxWords = 16;

std::optional<qint64> dayStartMs(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date.startOfDay(QTimeZone::UTC).toMSecsSinceEpoch();
}

} // namespace

std::optional<SearchQuery> SearchQuery::parse(const QString &text, QString *error)
{
    SearchQuery q;
    for (const QString &token : text.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype colon = token.indexOf(u':');
        const QString key = colon > 0 ? token.left(colon).toLower() : QString();
        const QString value = colon > 0 ? token.mid(colon + 1) : QString();
        if (key == "from"_L1) {
            if (Names::usernameProblem(value)) {
                *error = u"from: takes a username, as in from:alice."_s;
                return std::nullopt;
            }
            q.from = Names::canonical(value);
        } else if (key == "in"_L1) {
            if (value.startsWith(u'@') && !Names::usernameProblem(value.mid(1))) {
                q.with = Names::canonical(value.mid(1));
            } else if (!Names::roomNameProblem(value)) {
                q.room = Names::canonical(value);
            } else {
                *error = u"in: takes a room or @someone, as in in:dev or in:@alice."_s;
                return std::nullopt;
            }
        } else if (key == "before"_L1 || key == "after"_L1) {
            const std::optional<qint64> day = dayStartMs(value);
            if (!day) {
                *error = u"%1: takes a date, as in %1:2026-12-01."_s.arg(key);
                return std::nullopt;
            }
            if (key == "before"_L1)
                q.beforeMs = *day;
            else
                q.afterMs = *day + 24LL * 3600 * 1000;
        } else {
            // Only letters and digits make a word to the index; the rest (quotes, stars, operators) splits.
            QString word;
            for (QChar c : token) {
                if (c.isLetterOrNumber()) {
                    word += c;
                } else if (!word.isEmpty()) {
                    q.words << word;
                    word.clear();
                }
            }
            if (!word.isEmpty())
                q.words << word;
        }
    }
    if (q.words.size() > MaxWords) {
        *error = u"A search has at most %1 words."_s.arg(MaxWords);
        return std::nullopt;
    }
    if (q.words.isEmpty() && !q.from && !q.room && !q.with) {
        *error = u"Give a word to look for, or a filter: from:NAME, in:ROOM, in:@NAME."_s;
        return std::nullopt;
    }
    return q;
}

QString SearchQuery::matchExpression() const
{
    QStringList parts;
    for (const QString &word : words)
        parts << u'"' + word + u"\"*"_s; // a word of letters and digits: no quote inside to escape
    return parts.join(u' ');
}
