#include "rowsizes.h"

std::optional<QSize> RowSizes::measured(size_t key) const
{
    const auto it = m_measured.constFind(key);
    return it == m_measured.cend() ? std::nullopt : std::optional(it->size);
}

std::optional<QSize> RowSizes::estimated(size_t key) const
{
    const auto it = m_estimated.constFind(key);
    return it == m_estimated.cend() ? std::nullopt : std::optional(it->size);
}

void RowSizes::setMeasured(size_t key, QSize size, Context context)
{
    m_estimated.remove(key);
    insert(m_measured, key, size, context);
}

void RowSizes::setEstimated(size_t key, QSize size, Context context)
{
    insert(m_estimated, key, size, context);
}

void RowSizes::insert(QHash<size_t, Entry> &into, size_t key, QSize size, Context context)
{
    if (into.size() >= MaxKept && !into.contains(key)) {
        // Sizes for a width or font no longer in use go first; when every one is current, all go.
        into.removeIf([&](const auto &entry) { return entry.value().context != context; });
        if (into.size() >= MaxKept)
            into.clear();
    }
    into.insert(key, Entry{size, context});
}
