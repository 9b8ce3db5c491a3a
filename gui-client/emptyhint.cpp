#include "emptyhint.h"

#include "messagemodel.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QVBoxLayout>

namespace {
// Rows looked at for one shown: past that many, some surely are (only joins and leaves can be hidden,
// and they merge into one line per ten minutes).
constexpr int MaxRowsLooked = 50;
} // namespace

EmptyHint::EmptyHint(QAbstractItemView *view) : QObject(view), m_label(new QLabel(view->viewport()))
{
    m_label->setObjectName(QStringLiteral("emptyHint"));
    m_label->setText(tr("No messages here yet. Say hello!"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(false); // one short line: wrapped, the layout would squeeze it into a column
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setForegroundRole(QPalette::PlaceholderText);
    m_label->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto *layout = new QVBoxLayout(view->viewport());
    layout->addWidget(m_label, 0, Qt::AlignCenter);
    m_label->hide();
}

void EmptyHint::watch(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_model = model;
    if (model) {
        for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            m_connections << connect(model, signal, this, &EmptyHint::update);
        m_connections << connect(model, &QAbstractItemModel::modelReset, this, &EmptyHint::update);
        m_connections << connect(model, &QAbstractItemModel::dataChanged, this, &EmptyHint::update);
    }
    update();
}

void EmptyHint::update()
{
    bool empty = true;
    if (m_model) {
        const int rows = m_model->rowCount();
        for (int row = 0; row < rows && empty; ++row)
            empty = row < MaxRowsLooked && m_model->index(row, 0).data(MessageModel::HiddenRole).toBool();
    }
    m_label->setVisible(empty && m_model);
}
