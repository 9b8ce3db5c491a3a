// A search as the user typed it, taken apart: the words to find and the filters (from:, in:, before:,
// after:), checked, and the words turned into a full-text query (SQLite FTS5's or PostgreSQL's) that cannot
// be anything but words.
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

struct SearchQuery
{
    QStringList words;              // as typed, each matched as a word or the start of one
    std::optional<QString> from;    // canonical username
    std::optional<QString> room;    // in:ROOM
    std::optional<QString> with;    // in:@NAME, canonical
    std::optional<qint64> afterMs;  // after:DATE: from the day after it, UTC
    std::optional<qint64> beforeMs; // before:DATE: up to the start of that day, UTC

    // nullopt and *error (a sentence) when the query has nothing to look for or a filter is wrong.
    static std::optional<SearchQuery> parse(const QString &text, QString *error);
    // The FTS5 MATCH expression: every word as a quoted prefix ("caf"* matches "café"); empty when there
    // are no words (filters only).
    QString matchExpression() const;
};
