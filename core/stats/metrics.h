#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tj {

/// A figure's name and definition, as docs/metrics.md states it (tooltips in the UI).
struct MetricDefinition
{
    QString field; ///< the JSON field of `tiaojie-cli stats`
    QString title;
    QString definition;
};

class Metrics
{
    Q_DECLARE_TR_FUNCTIONS(Metrics)
public:
    /// Every figure, translated into the current language.
    static QList<MetricDefinition> all();
    /// The definition of one field; empty when unknown.
    static MetricDefinition find(const QString &field);
};

} // namespace tj
