#include "prometheustext.h"

#include <QLocale>
#include <cmath>

namespace {

QByteArray sampleValue(double v)
{
    if (std::isinf(v))
        return v > 0 ? "+Inf" : "-Inf";
    if (v == std::floor(v) && std::abs(v) < 1e15)
        return QByteArray::number(qint64(v));
    return QString::number(v, 'g', QLocale::FloatingPointShortest).toLatin1();
}

// A label value's escapes: backslash, double quote and line feed.
QByteArray escaped(const QString &value)
{
    QByteArray out;
    for (const char c : value.toUtf8()) {
        if (c == '\\' || c == '"')
            out += '\\';
        out += c == '\n' ? QByteArray("\\n") : QByteArray(1, c);
    }
    return out;
}

} // namespace

void PrometheusText::family(const QByteArray &name, const QByteArray &help, const char *type)
{
    if (m_described.contains(name))
        return;
    m_described.insert(name);
    m_text += "# HELP " + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
}

void PrometheusText::sample(const QByteArray &name, double value, const Labels &labels)
{
    m_text += name;
    if (!labels.isEmpty()) {
        m_text += '{';
        for (qsizetype i = 0; i < labels.size(); ++i)
            m_text += (i ? "," : "") + labels[i].first + "=\"" + escaped(labels[i].second) + '"';
        m_text += '}';
    }
    m_text += ' ' + sampleValue(value) + '\n';
}

void PrometheusText::counter(const QByteArray &name, const QByteArray &help, double value, const Labels &labels)
{
    family(name, help, "counter");
    sample(name, value, labels);
}

void PrometheusText::gauge(const QByteArray &name, const QByteArray &help, double value, const Labels &labels)
{
    family(name, help, "gauge");
    sample(name, value, labels);
}

void PrometheusText::histogram(const QByteArray &name, const QByteArray &help, const Histogram &h)
{
    family(name, help, "histogram");
    const QList<qint64> cumulative = h.cumulative();
    for (qsizetype i = 0; i < h.bounds().size(); ++i)
        sample(name + "_bucket", double(cumulative[i]), {{"le", QString::fromLatin1(sampleValue(h.bounds()[i]))}});
    sample(name + "_bucket", double(cumulative.constLast()), {{"le", QStringLiteral("+Inf")}});
    sample(name + "_sum", h.sum(), {});
    sample(name + "_count", double(h.count()), {});
}
