#include "statsdashboard.h"

#include "charts/charts.h"
#include "common/clock.h"
#include "common/money.h"
#include "db/database.h"
#include "stats/metrics.h"

#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QtConcurrent>

namespace tj {

namespace {
const char *const kTileFields[] = {"registered", "concluded", "success_rate",
                                   "mediation_withdrawal_rate", "litigation_rate",
                                   "settled_in_village_share", "cycle_days_average", "overdue"};

QString percent(const std::optional<double> &v)
{
    return v ? QStringLiteral("%1%").arg(*v * 100.0, 0, 'f', 2) : QStringLiteral("—");
}
} // namespace

StatsDashboard::StatsDashboard(Database &db, const QString &org, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_org(org)
    , m_from(new QDateEdit)
    , m_to(new QDateEdit)
    , m_refresh(new QPushButton(tr("Refresh")))
    , m_state(new QLabel)
    , m_trend(new charts::BarChart)
    , m_categories(new charts::PieChart)
    , m_ladder(new charts::BarChart)
    , m_litigation(new charts::BarChart)
    , m_overdue(new charts::BarChart)
{
    const QDate today = QDate::currentDate();
    m_from->setDate(QDate(today.year(), 1, 1));
    m_to->setDate(today);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto *tiles = new QGridLayout;
    buildControls(tiles);
    m_trend->setTitle(tr("Registered and concluded by month"));
    m_categories->setTitle(tr("Disputes by category"));
    m_ladder->setTitle(tr("Settled at each tier"));
    m_litigation->setTitle(tr("Litigation rate by tribunal area"));
    m_overdue->setTitle(tr("Overdue cases by organisation"));
    m_litigation->setToolTip(Metrics::find(QStringLiteral("litigation_rate")).definition);
    m_overdue->setToolTip(Metrics::find(QStringLiteral("overdue")).definition);
    m_ladder->setToolTip(Metrics::find(QStringLiteral("settled_at_or_below_township_share")).definition);

    auto *grid = new QGridLayout;
    grid->addWidget(m_trend, 0, 0, 1, 2);
    grid->addWidget(m_categories, 0, 2);
    grid->addWidget(m_ladder, 1, 0);
    grid->addWidget(m_litigation, 1, 1);
    grid->addWidget(m_overdue, 1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(tiles);
    layout->addLayout(grid, 1);
    connectDrillDown();
}

StatsDashboard::~StatsDashboard()
{
    // Workers hold a reference to the database: let them finish before it can go away.
    for (auto *watcher : findChildren<QFutureWatcher<StatsOutcome> *>())
        watcher->waitForFinished();
}

void StatsDashboard::buildControls(QGridLayout *tiles)
{
    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("From")));
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(tr("to")));
    controls->addWidget(m_to);
    controls->addWidget(m_refresh);
    controls->addWidget(m_state, 1);
    tiles->addLayout(controls, 0, 0, 1, 8);
    int column = 0;
    for (const char *field : kTileFields) {
        const MetricDefinition def = Metrics::find(QString::fromLatin1(field));
        auto *title = new QLabel(def.title);
        title->setWordWrap(true); // long English titles take two lines, not the next tile's room
        title->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
        auto *value = new QLabel(QStringLiteral("—"));
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.6);
        big.setBold(true);
        value->setFont(big);
        title->setToolTip(def.definition);
        value->setToolTip(def.definition);
        tiles->addWidget(title, 1, column);
        tiles->addWidget(value, 2, column);
        m_tiles.append({def.field, value});
        ++column;
    }
    connect(m_refresh, &QPushButton::clicked, this, &StatsDashboard::refresh);
}

QLabel *StatsDashboard::figureLabel(const QString &field) const
{
    for (const auto &[name, label] : m_tiles)
        if (name == field)
            return label;
    return nullptr;
}

void StatsDashboard::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void StatsDashboard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        refresh();
    }
}

void StatsDashboard::refresh()
{
    m_loadedOnce = true;
    const StatsQuery query{m_org, m_from->date(), m_to->date(), {}};
    const quint64 generation = ++m_generation;
    ++m_running;
    m_state->setText(tr("Computing…"));
    auto *watcher = new QFutureWatcher<StatsOutcome>(this);
    connect(watcher, &QFutureWatcher<StatsOutcome>::finished, this,
            [this, watcher] { finished(watcher); });
    Database *db = &m_db;
    watcher->setFuture(QtConcurrent::run([db, query, generation] {
        StatsOutcome out;
        out.generation = generation;
        {
            auto figures = Statistics(*db).compute(query);
            out.ok = figures.ok();
            if (figures)
                out.figures = figures.value();
            else
                out.error = figures.error().message;
        }
        // Pool threads are reused: each task closes the connection it opened.
        db->closeThreadConnection();
        return out;
    }));
}

void StatsDashboard::finished(QFutureWatcher<StatsOutcome> *watcher)
{
    const StatsOutcome out = watcher->result();
    watcher->deleteLater();
    --m_running;
    if (out.generation != m_generation)
        return; // a newer request is under way; this one is stale
    if (!out.ok) {
        m_state->setText(out.error);
        Q_EMIT failed(out.error);
        return;
    }
    m_state->setText(tr("Figures of %1 to %2").arg(isoDate(out.figures.query.from), isoDate(out.figures.query.to)));
    display(out.figures);
    Q_EMIT figuresReady();
}

void StatsDashboard::display(const Figures &f)
{
    m_figures = f;
    const QMap<QString, QString> values = {
        {QStringLiteral("registered"), QString::number(f.totals.registered)},
        {QStringLiteral("concluded"), QString::number(f.totals.concluded)},
        {QStringLiteral("success_rate"), percent(f.successRate)},
        {QStringLiteral("mediation_withdrawal_rate"), percent(f.mediationWithdrawalRate)},
        {QStringLiteral("litigation_rate"), percent(f.litigationRate)},
        {QStringLiteral("settled_in_village_share"), percent(f.settledInVillageShare)},
        {QStringLiteral("cycle_days_average"),
         f.cycleDaysAverage ? QString::number(*f.cycleDaysAverage, 'f', 1) : QStringLiteral("—")},
        {QStringLiteral("overdue"), QString::number(f.totals.overdue)},
    };
    for (const auto &[field, label] : m_tiles)
        label->setText(values.value(field));
    displayCharts(f);
}

namespace {
// "青禾县人民法院东山人民法庭", "青禾县人民法院西河人民法庭" → "东山人民法庭", "西河人民法庭": the
// part every label shares says nothing under a bar (the full names are in the drill-down).
// Labels stay distinct: only a shared beginning is dropped.
QStringList withoutCommonPrefix(const QStringList &labels)
{
    if (labels.size() < 2)
        return labels;
    qsizetype common = labels.first().size();
    for (const QString &l : labels) {
        qsizetype i = 0;
        while (i < common && i < l.size() && l[i] == labels.first()[i])
            ++i;
        common = i;
    }
    if (common < 2)
        return labels;
    // A label that is (almost) only the shared part stays whole: the county court among its
    // tribunals.
    QStringList out;
    for (const QString &l : labels)
        out.append(l.size() - common < 2 ? l : l.mid(common).trimmed());
    return out;
}
} // namespace

void StatsDashboard::displayCharts(const Figures &f)
{
    QStringList months;
    charts::Series registered{tr("Registered"), {}};
    charts::Series concluded{tr("Concluded"), {}};
    m_months.clear();
    for (const StatsRow &row : f.byMonth) {
        m_months.append(row.key);
        months.append(row.key.mid(2)); // "25-03": short enough under a bar
        registered.values.append(double(row.counts.registered));
        concluded.values.append(double(row.counts.concluded));
    }
    m_trend->setData(months, {registered, concluded});

    QStringList labels;
    QList<double> counts;
    for (const StatsRow &row : f.byCategory)
        if (row.counts.registered > 0) {
            labels.append(row.label);
            counts.append(double(row.counts.registered));
        }
    m_categories->setData(labels, counts);

    QStringList tiers;
    charts::Series settled{tr("Settled"), {}};
    for (const StatsRow &row : f.byTier) {
        tiers.append(row.label);
        settled.values.append(double(row.counts.settled));
    }
    m_ladder->setData(tiers, {settled});

    QStringList areas;
    m_areaOrgs.clear();
    charts::Series rate{tr("Litigation rate"), {}};
    for (const LitigationRow &row : f.litigationByArea) {
        areas.append(row.name);
        m_areaOrgs.append(row.org);
        rate.values.append(row.rate.value_or(0.0));
    }
    m_litigation->setData(withoutCommonPrefix(areas), {rate}, true);

    QStringList orgs;
    m_overdueOrgs.clear();
    charts::Series overdue{tr("Overdue"), {}};
    for (const StatsRow &row : f.byOrg)
        if (row.counts.overdue > 0) {
            orgs.append(row.label);
            m_overdueOrgs.append(row.key);
            overdue.values.append(double(row.counts.overdue));
        }
    m_overdue->setData(orgs, {overdue});
}

CaseFilter StatsDashboard::baseFilter() const
{
    CaseFilter filter;
    filter.org = m_org;
    return filter;
}

void StatsDashboard::connectDrillDown()
{
    connect(m_trend, &charts::BarChart::barClicked, this, [this](int, int index) {
        const QDate first = QDate::fromString(m_months.value(index) + QStringLiteral("-01"),
                                              Qt::ISODate);
        CaseFilter filter = baseFilter();
        filter.receivedFrom = first;
        filter.receivedTo = first.addMonths(1).addDays(-1);
        Q_EMIT casesRequested(filter);
    });
    connect(m_categories, &charts::PieChart::sliceClicked, this, [this](int index) {
        const auto &rows = m_figures.byCategory;
        int seen = -1;
        for (const StatsRow &row : rows)
            if (row.counts.registered > 0 && ++seen == index) {
                CaseFilter filter = baseFilter();
                filter.category = row.key;
                filter.receivedFrom = m_figures.query.from;
                filter.receivedTo = m_figures.query.to;
                Q_EMIT casesRequested(filter);
            }
    });
    connect(m_ladder, &charts::BarChart::barClicked, this, [this](int, int index) {
        const QString key = m_figures.byTier.value(index).key;
        CaseFilter filter = baseFilter();
        filter.status = CaseStatus::Settled;
        filter.tier = key == QLatin1String("village") ? CaseTier::Village
                      : key == QLatin1String("township") ? CaseTier::Township : CaseTier::Court;
        Q_EMIT casesRequested(filter);
    });
    connect(m_litigation, &charts::BarChart::barClicked, this, [this](int, int index) {
        CaseFilter filter;
        filter.org = m_areaOrgs.value(index);
        filter.status = CaseStatus::Filed;
        Q_EMIT casesRequested(filter);
    });
    connect(m_overdue, &charts::BarChart::barClicked, this, [this](int, int index) {
        CaseFilter filter;
        filter.org = m_overdueOrgs.value(index);
        filter.status = CaseStatus::InMediation;
        Q_EMIT casesRequested(filter);
    });
}

} // namespace tj
