#include "closedialog.h"

#include "agreement/agreementeditor.h"

#include "cases/workflow.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace tj {

namespace {
int pageOf(Outcome o)
{
    switch (o) {
    case Outcome::Settled:
        return 0;
    case Outcome::Failed:
    case Outcome::Withdrawn:
        return 1;
    case Outcome::Filed:
        return 2;
    }
    return 0;
}
} // namespace

CloseDialog::CloseDialog(const Case &c, QWidget *parent)
    : ActionDialog(tr("Close case %1").arg(c.number), tr("&Close case"), parent)
    , m_outcome(new QComboBox)
    , m_pages(new QStackedWidget)
    , m_agreement(new AgreementEditor)
    , m_reason(new QPlainTextEdit)
    , m_filedNumber(new QLineEdit)
{
    const struct
    {
        Outcome outcome;
        QString name;
    } outcomes[] = {
        {Outcome::Settled, tr("settled by agreement")},
        {Outcome::Failed, tr("mediation failed")},
        {Outcome::Withdrawn, tr("withdrawn by a party")},
        {Outcome::Filed, tr("filed as a lawsuit")},
    };
    for (const auto &o : outcomes)
        if (Workflow::allows(c, CaseAction::Close, o.outcome).ok())
            m_outcome->addItem(o.name, int(o.outcome));
    form()->insertRow(0, tr("&Outcome:"), m_outcome);

    m_agreement->suggestParties(c);
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why, and which routes (arbitration, administrative, court) "
                                    "the parties were told of"));
    auto *reasonPage = new QWidget;
    auto *reasonForm = new QFormLayout(reasonPage);
    reasonForm->addRow(tr("&Reason:"), m_reason);
    auto *filedPage = new QWidget;
    auto *filedForm = new QFormLayout(filedPage);
    filedForm->addRow(tr("Court case &number:"), m_filedNumber);
    m_pages->addWidget(m_agreement);
    m_pages->addWidget(reasonPage);
    m_pages->addWidget(filedPage);
    form()->addRow(m_pages);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, [this] {
        m_pages->setCurrentIndex(pageOf(Outcome(m_outcome->currentData().toInt())));
    });
    m_pages->setCurrentIndex(pageOf(Outcome(m_outcome->currentData().toInt())));
    resize(760, 600);
}

bool CloseDialog::selectOutcome(Outcome outcome)
{
    const int index = m_outcome->findData(int(outcome));
    if (index < 0)
        return false;
    m_outcome->setCurrentIndex(index);
    return true;
}

CloseInput CloseDialog::input() const
{
    CloseInput in;
    in.outcome = Outcome(m_outcome->currentData().toInt());
    in.on = date();
    if (in.outcome == Outcome::Settled)
        in.agreement = m_agreement->agreement();
    else if (in.outcome == Outcome::Filed)
        in.filedNumber = m_filedNumber->text();
    else
        in.reason = m_reason->toPlainText();
    return in;
}

} // namespace tj
