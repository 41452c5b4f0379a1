#include "visitdialog.h"

#include "agreements/agreementservice.h"
#include "common/workspace.h"
#include "db/database.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace tj {

VisitDialog::VisitDialog(Workspace &ws, const QString &caseId, QWidget *parent)
    : ActionDialog(tr("Follow-up visit"), tr("&Record"), parent)
    , m_method(new QComboBox)
    , m_visited(new QLineEdit)
    , m_performance(new QComboBox)
    , m_satisfaction(new QComboBox)
    , m_risks(new QLineEdit)
    , m_note(nullptr)
    , m_visitor(new QLineEdit)
{
    m_method->addItem(tr("By telephone"), QStringLiteral("phone"));
    m_method->addItem(tr("On site"), QStringLiteral("on_site"));
    m_visited->setObjectName(QStringLiteral("visited"));
    m_visited->setPlaceholderText(tr("e.g. 张某某 (applicant), his son"));
    m_performance->addItem(tr("Performed"), QStringLiteral("performed"));
    m_performance->addItem(tr("Partly performed"), QStringLiteral("partly"));
    m_performance->addItem(tr("Not performed"), QStringLiteral("not_performed"));
    m_satisfaction->addItem(tr("not asked"), QVariant());
    const QStringList levels = {tr("1 – very dissatisfied"), tr("2 – dissatisfied"),
                                tr("3 – neutral"), tr("4 – satisfied"), tr("5 – very satisfied")};
    for (int i = 0; i < levels.size(); ++i)
        m_satisfaction->addItem(levels[i], i + 1);
    m_risks->setObjectName(QStringLiteral("risks"));
    m_risks->setPlaceholderText(tr("signs the dispute may flare up again"));
    auto user = UserService(ws.db()).find(ws.actor().login);
    m_visitor->setText(user ? user->name : ws.actor().login);
    m_visitor->setObjectName(QStringLiteral("visitor"));

    form()->addRow(tr("&How:"), m_method);
    form()->addRow(tr("&Whom:"), m_visited);
    form()->addRow(tr("&Performance:"), m_performance);
    form()->addRow(tr("&Satisfaction:"), m_satisfaction);
    form()->addRow(tr("R&isks:"), m_risks);
    m_note = addTextField(tr("&Notes:"), tr("what was said and seen"));
    m_note->setObjectName(QStringLiteral("note"));
    form()->addRow(tr("&Visitor:"), m_visitor);

    setSubmit([this, &ws, caseId]() -> Result<void> {
        VisitInput in;
        in.on = date();
        in.method = m_method->currentData().toString();
        in.visited = m_visited->text();
        in.performance = m_performance->currentData().toString();
        if (m_satisfaction->currentData().isValid())
            in.satisfaction = m_satisfaction->currentData().toInt();
        in.risks = m_risks->text();
        in.note = m_note->toPlainText();
        in.visitor = m_visitor->text();
        auto v = AgreementService(ws.db()).visit(ws.actor(), caseId, in);
        if (!v)
            return v.error();
        Q_EMIT ws.caseChanged(caseId);
        return {};
    });
}

} // namespace tj
