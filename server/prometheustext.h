// Prometheus' text exposition format (version 0.0.4): HELP and TYPE once per metric family, then its samples.
#pragma once

#include "histogram.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <utility>

class PrometheusText
{
public:
    using Labels = QList<std::pair<QByteArray, QString>>;

    void counter(const QByteArray &name, const QByteArray &help, double value, const Labels &labels = {});
    void gauge(const QByteArray &name, const QByteArray &help, double value, const Labels &labels = {});
    void histogram(const QByteArray &name, const QByteArray &help, const Histogram &h);
    QByteArray text() const { return m_text; }

    static constexpr const char *ContentType = "text/plain; version=0.0.4; charset=utf-8";

private:
    void family(const QByteArray &name, const QByteArray &help, const char *type);
    void sample(const QByteArray &name, double value, const Labels &labels);

    QByteArray m_text;
    QSet<QByteArray> m_described;
};
