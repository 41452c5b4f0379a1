#include "charts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QFontMetrics>
#include <QResizeEvent>

#include <QtMath>

#include <cmath>

namespace tj::charts {

namespace {
QChartView *makeView(QWidget *owner, QChart *chart)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, owner);
    view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(owner);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    owner->setMinimumSize(260, 200);
    return view;
}
} // namespace

BarChart::BarChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
{
    m_view = makeView(this, m_chart);
}

void BarChart::setTitle(const QString &title)
{
    m_chart->setTitle(title);
}

void BarChart::setData(const QStringList &categories, const QList<Series> &series, bool percent)
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    m_categories = categories;
    m_series = series;
    const double scale = percent ? 100.0 : 1.0; // a percent axis shows 0-100
    auto *bars = new QBarSeries;
    double top = 0;
    for (int s = 0; s < series.size(); ++s) {
        auto *set = new QBarSet(series[s].name);
        for (double v : series[s].values) {
            *set << v * scale;
            top = std::max(top, v * scale);
        }
        connect(set, &QBarSet::clicked, this, [this, s](int index) { Q_EMIT barClicked(s, index); });
        bars->append(set);
    }
    m_chart->addSeries(bars);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    m_chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    auto *y = new QValueAxis;
    if (percent) {
        y->setRange(0, top > 0 ? top * 1.1 : scale);
        y->setLabelFormat(QStringLiteral("%.1f%%"));
    } else {
        // Counts: whole-number ticks.
        const int max = std::max(1, int(std::ceil(top * 1.1)));
        y->setRange(0, max);
        y->setLabelFormat(QStringLiteral("%.0f"));
        if (max <= 5)
            y->setTickCount(max + 1);
        else
            y->applyNiceNumbers();
    }
    m_chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);
    m_chart->legend()->setVisible(series.size() > 1);
    fitLabels();
}

void BarChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitLabels();
}

// Labels wider than their category's share of the axis would be cut to "2…": they are turned
// upright instead, where the chart gives them the height they need.
void BarChart::fitLabels()
{
    const auto axes = m_chart->axes(Qt::Horizontal);
    auto *x = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.first());
    if (!x || m_categories.isEmpty())
        return;
    const QFontMetrics metrics(x->labelsFont());
    int widest = 0;
    for (const QString &label : std::as_const(m_categories))
        widest = std::max(widest, metrics.horizontalAdvance(label));
    const int axisWidth = std::max(100, width() - 80); // less the value axis and margins
    const int share = axisWidth / int(m_categories.size());
    x->setLabelsAngle(widest + 6 > share ? -90 : 0);
}

bool BarChart::uprightLabels() const
{
    const auto axes = m_chart->axes(Qt::Horizontal);
    auto *x = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.first());
    return x && x->labelsAngle() != 0;
}

QPoint BarChart::barCentre(int series, int category) const
{
    const auto list = m_chart->series();
    if (list.isEmpty() || series >= m_series.size() || category >= m_categories.size())
        return {};
    auto *bars = static_cast<QBarSeries *>(list.first());
    const QBarSet *set = bars->barSets().value(series);
    const double value = set ? set->at(category) : 0.0;
    // Bars of one category sit side by side around the category's centre.
    const double width = bars->barWidth() / double(std::max<qsizetype>(1, m_series.size()));
    const double x = category - bars->barWidth() / 2 + width * (series + 0.5);
    const QPointF scene = m_chart->mapToPosition(QPointF(x, value / 2), bars);
    return m_view->mapFromScene(m_chart->mapToScene(scene));
}

QWidget *BarChart::viewport() const
{
    return m_view->viewport();
}

PieChart::PieChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
{
    m_view = makeView(this, m_chart);
    m_chart->legend()->setAlignment(Qt::AlignRight);
}

void PieChart::setTitle(const QString &title)
{
    m_chart->setTitle(title);
}

void PieChart::setData(const QStringList &labels, const QList<double> &values)
{
    m_chart->removeAllSeries();
    m_labels = labels;
    auto *pie = new QPieSeries;
    pie->setPieSize(0.8);
    for (int i = 0; i < labels.size() && i < values.size(); ++i) {
        QPieSlice *slice = pie->append(labels[i], values[i]);
        connect(slice, &QPieSlice::clicked, this, [this, i] { Q_EMIT sliceClicked(i); });
        connect(slice, &QPieSlice::hovered, slice, [slice](bool on) { slice->setExploded(on); });
    }
    m_chart->addSeries(pie);
}

QPoint PieChart::sliceCentre(int index) const
{
    const auto list = m_chart->series();
    if (list.isEmpty())
        return {};
    auto *pie = static_cast<QPieSeries *>(list.first());
    const QPieSlice *slice = pie->slices().value(index);
    if (!slice)
        return {};
    const QRectF plot = m_chart->plotArea();
    const double radius = std::min(plot.width(), plot.height()) * pie->pieSize() / 2;
    // Angles run clockwise from twelve o'clock.
    const double angle = qDegreesToRadians(slice->startAngle() + slice->angleSpan() / 2);
    const QPointF centre(plot.left() + plot.width() * pie->horizontalPosition(),
                         plot.top() + plot.height() * pie->verticalPosition());
    const QPointF point = centre + QPointF(std::sin(angle), -std::cos(angle)) * radius * 0.6;
    return m_view->mapFromScene(m_chart->mapToScene(point));
}

QWidget *PieChart::viewport() const
{
    return m_view->viewport();
}

} // namespace tj::charts
