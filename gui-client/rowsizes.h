// The sizes of the message view's rows, remembered by what they depend on (a key the delegate makes from
// the model's layout key, the text width, the font and the gutter): measured ones, and estimates for rows
// not painted yet. Bounded: past the bound, sizes for other widths and fonts go first, then all.
#pragma once

#include <QHash>
#include <QSize>
#include <optional>

class RowSizes
{
public:
    // Sizes kept of each kind: 20 rooms at the model's limit of 5,000, at two widths.
    static constexpr qsizetype MaxKept = 200'000;

    // Where a size was worked out: sizes for another width or font are the first to go when full.
    struct Context
    {
        int width = 0; // the text's (capped at a readable line), as in the key
        quint64 generation = 0;
        bool operator==(const Context &) const = default;
    };

    std::optional<QSize> measured(size_t key) const;
    std::optional<QSize> estimated(size_t key) const;
    void setMeasured(size_t key, QSize size, Context context);
    void setEstimated(size_t key, QSize size, Context context);
    qsizetype size() const { return m_measured.size() + m_estimated.size(); }

private:
    struct Entry
    {
        QSize size;
        Context context;
    };
    static void insert(QHash<size_t, Entry> &into, size_t key, QSize size, Context context);

    QHash<size_t, Entry> m_measured;
    QHash<size_t, Entry> m_estimated;
};
