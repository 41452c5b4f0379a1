#pragma once

#include <QList>
#include <QPoint>
#include <QString>
#include <QStringList>
#include <QWidget>

class QChart;
class QChartView;

namespace tj::charts {

// All Qt Charts code lives in ui/charts/ behind these two widgets. Qt Charts is deprecated
// from Qt 6.10 in favour of Qt Graphs; moving means rewriting charts.cpp only.

struct Series
{
    QString name;
    QList<double> values; ///< one per category
};

/// Grouped vertical bars; a click on a bar reports its series and category.
class BarChart : public QWidget
{
    Q_OBJECT
public:
    explicit BarChart(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    /// `percent` formats the value axis as a percentage of 1.0.
    void setData(const QStringList &categories, const QList<Series> &series, bool percent = false);
    int categoryCount() const { return int(m_categories.size()); }
    QStringList categories() const { return m_categories; }
    /// Where the bar of (series, category) is drawn, in viewport() coordinates.
    QPoint barCentre(int series, int category) const;
    QWidget *viewport() const;

    /// True while the category labels stand upright (too many or too long to sit side by side).
    bool uprightLabels() const;

Q_SIGNALS:
    void barClicked(int series, int category);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitLabels();

    QChartView *m_view;
    QChart *m_chart;
    QStringList m_categories;
    QList<Series> m_series;
};

/// A pie; a click on a slice reports its index.
class PieChart : public QWidget
{
    Q_OBJECT
public:
    explicit PieChart(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setData(const QStringList &labels, const QList<double> &values);
    int sliceCount() const { return int(m_labels.size()); }
    QStringList labels() const { return m_labels; }
    /// A point inside slice `index`, in viewport() coordinates.
    QPoint sliceCentre(int index) const;
    QWidget *viewport() const;

Q_SIGNALS:
    void sliceClicked(int index);

private:
    QChartView *m_view;
    QChart *m_chart;
    QStringList m_labels;
};

} // namespace tj::charts
