#include "casedetail.h"

#include "common/historyview.h"
#include "common/texttablemodel.h"
#include "common/workspace.h"

#include "cases/categories.h"
#include "common/clock.h"
#include "common/money.h"
#include "parties/identifiers.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tj {

namespace {
QList<std::pair<QString, CaseDetail::TabFactory>> &tabRegistry()
{
    static QList<std::pair<QString, CaseDetail::TabFactory>> registry;
    return registry;
}

QTableView *listView(TextTableModel *model)
{
    auto *view = new QTableView;
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='color:#555;padding-right:12px'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value);
}
} // namespace

void CaseDetail::registerTab(const QString &key, TabFactory factory)
{
    for (auto &entry : tabRegistry())
        if (entry.first == key) {
            entry.second = std::move(factory);
            return;
        }
    tabRegistry().append({key, std::move(factory)});
}

CaseDetail::CaseDetail(Workspace &ws, const QString &caseId, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
    , m_caseId(caseId)
    , m_header(new QLabel)
    , m_actionBar(new QWidget)
    , m_tabs(new QTabWidget)
    , m_summary(new QTextBrowser)
    , m_parties(new TextTableModel({tr("Role"), tr("Name"), tr("ID number / credit code"),
                                    tr("Sex"), tr("Phone"), tr("Address"), tr("Claim (yuan)")},
                                   this))
    , m_showIds(new QCheckBox(tr("Show &full ID numbers")))
    , m_sessions(new TextTableModel(
          {tr("Date"), tr("Organisation"), tr("Place"), tr("Mediators"), tr("Participants")}, this))
    , m_sessionView(listView(m_sessions))
    , m_sessionRecord(new QTextBrowser)
    , m_history(new HistoryView(ws))
    , m_related(new TextTableModel(
          {tr("Case number"), tr("Status"), tr("Title"), tr("Handled by"), tr("Why")}, this))
{
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *actions = new QHBoxLayout(m_actionBar);
    actions->setContentsMargins(0, 0, 0, 0);
    m_tabs->addTab(m_summary, tr("&Summary"));
    m_tabs->addTab(buildParties(), tr("&Parties"));
    m_tabs->addTab(m_history, tr("&History"));
    m_tabs->addTab(buildSessions(), tr("S&essions"));
    m_tabs->addTab(buildRelated(), tr("Re&lated cases"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_actionBar);
    layout->addWidget(m_tabs, 1);
    connect(&ws, &Workspace::caseChanged, this, [this](const QString &id) {
        if (id == m_caseId)
            reload();
    });
    reload();
}

void CaseDetail::addRegisteredTabs()
{
    m_tabsForStatus = m_case.status;
    for (const auto &entry : tabRegistry()) {
        if (m_extraTabs.contains(entry.first))
            continue;
        if (QWidget *tab = entry.second(m_ws, m_caseId)) {
            m_tabs->addTab(tab, tab->windowTitle());
            m_extraTabs.append(entry.first);
        }
    }
}

QWidget *CaseDetail::buildParties()
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(listView(m_parties), 1);
    layout->addWidget(m_showIds);
    m_showIds->setToolTip(
        tr("ID numbers are sensitive personal information; lists show them masked."));
    connect(m_showIds, &QCheckBox::toggled, this, &CaseDetail::showParties);
    return box;
}

QWidget *CaseDetail::buildSessions()
{
    // Sessions are added with the action bar's button, offered only while in mediation.
    for (int c = 0; c < 4; ++c)
        m_sessionView->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    connect(m_sessionView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &index) {
                m_sessionRecord->setPlainText(m_sessionTexts.value(index.row()));
            });
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_sessionView);
    split->addWidget(m_sessionRecord);
    return split;
}

QWidget *CaseDetail::buildRelated()
{
    QTableView *view = listView(m_related);
    connect(view, &QTableView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT openCase(m_related->keyAt(index.row())); });
    return view;
}

QString CaseDetail::tabTitle() const
{
    return m_case.number.isEmpty() ? tr("Case") : m_case.number;
}

void CaseDetail::reload()
{
    auto loaded = m_ws.cases().get(m_ws.actor(), m_caseId);
    if (!loaded) {
        m_header->setText(loaded.error().message.toHtmlEscaped());
        m_offered.clear();
        buildActions();
        return;
    }
    m_case = loaded.value();
    m_caseId = m_case.id;
    if (m_tabsForStatus != m_case.status)
        addRegisteredTabs();
    m_offered = Workflow::available(m_ws.actor(), m_case);
    QString risk =
        m_case.risk
            ? QStringLiteral(" <span style='color:#b00020'>%1</span>").arg(tr("⚠ risk reported"))
            : QString();
    m_header->setText(
        QStringLiteral("<h3 style='margin:0'>%1 %2</h3><p style='margin:0'>%3 · %4 · %5%6</p>")
            .arg(m_case.number.toHtmlEscaped(), m_case.title.toHtmlEscaped(),
                 statusName(m_case.status), caseTierName(m_case.tier()),
                 m_case.handlingOrgName.toHtmlEscaped(), risk));
    buildActions();
    showSummary();
    showParties();
    m_history->setCase(m_caseId);
    showSessions();
    showRelated();
    Q_EMIT titleChanged(tabTitle());
}

void CaseDetail::showSummary()
{
    const Case &c = m_case;
    QString html = QStringLiteral("<table>");
    html += row(tr("Status"), statusName(c.status));
    html += row(tr("Handled by"), QStringLiteral("%1 (%2)").arg(c.handlingOrgName.toHtmlEscaped(),
                                                                caseTierName(c.tier())));
    html += row(tr("Registered by"), m_ws.orgName(c.registeringOrg).toHtmlEscaped());
    QString category = CategoryCatalog::instance().displayName(c.category);
    if (!c.subcategory.isEmpty())
        category += QStringLiteral(" / ") + c.subcategory;
    html += row(tr("Category"), category.toHtmlEscaped());
    html += row(tr("Source"), sourceName(c.source));
    html += row(tr("Received"), isoDate(c.receivedOn));
    if (c.acceptedOn.isValid())
        html += row(tr("Accepted"), isoDate(c.acceptedOn));
    if (c.amountFen)
        html += row(
            tr("Amount"),
            tr("%1 yuan (%2)").arg(money::formatYuan(c.amountFen), money::capitals(c.amountFen)));
    if (c.pending)
        html += row(tr("Waiting at"), tr("%1 since %2: %3")
                                          .arg(m_ws.orgName(c.pending->toOrg),
                                               isoDate(c.pending->sentOn), c.pending->reason)
                                          .toHtmlEscaped());
    if (c.closedOn.isValid())
        html +=
            row(tr("Closed"),
                tr("%1 by %2").arg(isoDate(c.closedOn), m_ws.orgName(c.closedOrg)).toHtmlEscaped());
    if (!c.outcomeReason.isEmpty())
        html += row(tr("Reason"), c.outcomeReason.toHtmlEscaped());
    if (!c.filedNumber.isEmpty())
        html += row(tr("Court case number"), c.filedNumber.toHtmlEscaped());
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(tr("Facts"), c.facts.toHtmlEscaped());
    html += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(tr("Claims"), c.claims.toHtmlEscaped());
    m_summary->setHtml(html);
}

void CaseDetail::showParties()
{
    QList<TextRow> rows;
    const bool full = m_showIds->isChecked();
    for (const Party &p : std::as_const(m_case.parties)) {
        QString role = partyRoleName(p.role);
        if (p.representative)
            role += tr(" (representative)");
        const QString id =
            p.kind == PartyKind::Person
                ? (full || p.idNumber.isEmpty() ? p.idNumber
                                                : Identifiers::maskResidentId(p.idNumber))
                : p.creditCode;
        const QString sex = p.sex == QLatin1String("male")     ? tr("male")
                            : p.sex == QLatin1String("female") ? tr("female")
                                                               : QString();
        rows.append(TextRow{{role, p.name, id, sex, p.phone, p.address,
                             p.claimAmountFen ? money::formatYuan(*p.claimAmountFen) : QString()},
                            p.id,
                            QString()});
    }
    m_parties->setRows(rows);
}

void CaseDetail::showSessions()
{
    auto sessions = m_ws.cases().sessions(m_ws.actor(), m_caseId);
    QList<TextRow> rows;
    m_sessionTexts.clear();
    if (sessions)
        for (const Session &s : sessions.value()) {
            rows.append(TextRow{{isoDate(s.heldOn), m_ws.orgName(s.orgCode), s.place,
                                 s.mediators.join(u'、'), s.participants.join(u'、')},
                                s.id,
                                QString()});
            m_sessionTexts.append(s.record);
        }
    m_sessions->setRows(rows);
    m_sessionRecord->clear();
    if (!rows.isEmpty())
        m_sessionView->setCurrentIndex(m_sessions->index(int(rows.size()) - 1, 0));
}

void CaseDetail::showRelated()
{
    auto related = m_ws.cases().related(m_ws.actor(), m_caseId);
    QList<TextRow> rows;
    if (related)
        for (const RelatedCase &r : related.value())
            rows.append(TextRow{
                {r.number, statusName(r.status), r.title, m_ws.orgName(r.handlingOrg), r.reason},
                r.caseId,
                QString()});
    m_related->setRows(rows);
}

} // namespace tj
