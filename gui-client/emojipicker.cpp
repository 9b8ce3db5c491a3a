#include "emojipicker.h"

#include "messagetext.h"

#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

EmojiPicker::EmojiPicker(QWidget *parent, std::function<bool(const QString &)> accept)
    : QDialog(parent), m_search(new QLineEdit(this)), m_list(new QListWidget(this)), m_accept(std::move(accept))
{
    setObjectName(u"emojiPicker"_s);
    setWindowTitle(tr("Emoji"));
    m_search->setObjectName(u"emojiSearch"_s);
    m_search->setPlaceholderText(tr("Search by name, e.g. “thumbs up”"));
    m_search->setAccessibleName(tr("Search emoji"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(u"emojiList"_s);
    m_list->setAccessibleName(tr("Emoji"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setMovement(QListView::Static);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus); // typing stays in the search; the arrows move the choice
    QFont big = m_list->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setFamilies(MessageText::emojiFontFamilies() << big.family());
    m_list->setFont(big);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setWordWrap(false);
    // Wide enough for the widest emoji sequences (a family, a flag), drawn in the emoji font.
    const QFontMetrics metrics(big);
    const int cell = std::max(metrics.height(), metrics.horizontalAdvance(u"👨‍👩‍👧‍👦"_s)) * 3 / 2 + 8;
    m_list->setGridSize(QSize(cell, cell));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    resize(cell * 9 + 40, cell * 7);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &EmojiPicker::refill);
    connect(m_search, &QLineEdit::returnPressed, this, &EmojiPicker::pick);
    connect(m_list, &QListWidget::itemClicked, this, &EmojiPicker::pick);
    refill();
}

const QList<EmojiPicker::Emoji> &EmojiPicker::all()
{
    static const QList<Emoji> list = [] {
        QList<Emoji> out;
        QFile file(u":/emoji/emoji.tsv"_s);
        if (!file.open(QIODevice::ReadOnly))
            return out;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            const QStringList fields = line.split(u'\t');
            if (line.startsWith(u'#') || fields.size() != 3)
                continue;
            out.append({fields[0], fields[1], fields[2]});
        }
        return out;
    }();
    return list;
}

QList<EmojiPicker::Emoji> EmojiPicker::find(const QString &query)
{
    const QStringList wanted = query.simplified().toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    QList<Emoji> out;
    for (const Emoji &e : all()) {
        const QStringList words = e.name.toCaseFolded().split(QRegularExpression(u"[\\s:,-]+"_s), Qt::SkipEmptyParts);
        const bool matches = std::all_of(wanted.cbegin(), wanted.cend(), [&](const QString &w) {
            return std::any_of(words.cbegin(), words.cend(), [&](const QString &word) { return word.startsWith(w); });
        });
        if (matches)
            out.append(e);
    }
    return out;
}

void EmojiPicker::refill()
{
    m_list->clear();
    for (const Emoji &e : find(m_search->text())) {
        if (m_accept && !m_accept(e.text))
            continue;
        if (m_list->count() >= MaxShown)
            break;
        auto *item = new QListWidgetItem(e.text, m_list);
        item->setToolTip(e.name);
        item->setData(Qt::AccessibleTextRole, e.name);
        item->setTextAlignment(Qt::AlignCenter);
    }
    m_list->setCurrentRow(m_list->count() > 0 ? 0 : -1);
}

bool EmojiPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress && m_list->count() > 0) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const int perRow = std::max(1, m_list->viewport()->width() / std::max(1, m_list->gridSize().width()));
        int step = 0;
        if (key == Qt::Key_Right)
            step = 1;
        else if (key == Qt::Key_Left)
            step = -1;
        else if (key == Qt::Key_Down)
            step = perRow;
        else if (key == Qt::Key_Up)
            step = -perRow;
        if (step != 0 && (key == Qt::Key_Up || key == Qt::Key_Down || m_search->text().isEmpty() ||
                          static_cast<QKeyEvent *>(event)->modifiers() & Qt::AltModifier)) {
            m_list->setCurrentRow(std::clamp(m_list->currentRow() + step, 0, m_list->count() - 1));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void EmojiPicker::pick()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString emoji = item->text();
    accept();
    emit picked(emoji);
}
