// The case page's actions: the buttons the workflow offers and the dialogs behind them. Each
// dialog calls the case service; a refusal is shown in the dialog and nothing typed is lost.
#include "casedetail.h"

#include "closedialog.h"

#include "common/actiondialog.h"
#include "common/messages.h"
#include "common/orgpicker.h"
#include "common/workspace.h"

#include "cases/transfertargets.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace tj {

namespace {
QString buttonText(CaseAction action)
{
    switch (action) {
    case CaseAction::Accept:
        return CaseDetail::tr("&Accept for mediation…");
    case CaseAction::Reject:
        return CaseDetail::tr("&Not accept…");
    case CaseAction::Session:
        return CaseDetail::tr("Add sess&ion…");
    case CaseAction::Refer:
        return CaseDetail::tr("Refer &up…");
    case CaseAction::Delegate:
        return CaseDetail::tr("&Delegate down…");
    case CaseAction::Receive:
        return CaseDetail::tr("Recei&ve…");
    case CaseAction::Return:
        return CaseDetail::tr("Re&turn…");
    case CaseAction::Close:
        return CaseDetail::tr("&Close case…");
    }
    return {};
}

QStringList splitNames(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,，、;；\\n]"));
    QStringList out;
    for (const QString &name : text.split(separators))
        if (!name.trimmed().isEmpty())
            out.append(name.trimmed());
    return out;
}

Result<void> asVoid(const Result<Case> &r)
{
    if (!r)
        return r.error();
    return {};
}
} // namespace

void CaseDetail::buildActions()
{
    QLayout *layout = m_actionBar->layout();
    // Later: a button may be the one whose click is being handled.
    for (QPushButton *b : std::as_const(m_buttons)) {
        b->hide();
        b->deleteLater();
    }
    m_buttons.clear();
    while (QLayoutItem *item = layout->takeAt(0))
        delete item;
    for (CaseAction action : std::as_const(m_offered)) {
        auto *button = new QPushButton(buttonText(action));
        button->setObjectName(actionCode(action));
        connect(button, &QPushButton::clicked, this, [this, action] { runAction(action); });
        layout->addWidget(button);
        m_buttons.insert(int(action), button);
    }
    static_cast<QHBoxLayout *>(layout)->addStretch(1);
}

QPushButton *CaseDetail::actionButton(CaseAction action) const
{
    return m_buttons.value(int(action), nullptr);
}

void CaseDetail::runAction(CaseAction action)
{
    switch (action) {
    case CaseAction::Accept:
        acceptCase();
        break;
    case CaseAction::Reject:
        rejectCase();
        break;
    case CaseAction::Session:
        addSession();
        break;
    case CaseAction::Refer:
    case CaseAction::Delegate:
        transfer(action);
        break;
    case CaseAction::Receive:
        receiveCase();
        break;
    case CaseAction::Return:
        returnCase();
        break;
    case CaseAction::Close:
        closeCase();
        break;
    }
}

void CaseDetail::done(const Result<Case> &result)
{
    if (result)
        Q_EMIT m_ws.caseChanged(m_caseId);
    else if (result.error().kind == ErrorKind::Conflict)
        reload(); // another seat changed it: show what is there now (the dialog said so)
}

QString CaseDetail::seenRef() const
{
    // The version shown on this page: a change someone else made since is refused by core.
    return m_caseId + u'@' + QString::number(m_case.version);
}

void CaseDetail::acceptCase()
{
    ActionDialog dialog(tr("Accept %1 for mediation").arg(m_case.number), tr("&Accept"), this);
    dialog.setSubmit([&]() -> Result<void> {
        auto r = m_ws.cases().accept(m_ws.actor(), seenRef(), dialog.date());
        done(r);
        return asVoid(r);
    });
    dialog.exec();
}

void CaseDetail::rejectCase()
{
    ActionDialog dialog(tr("Not accept %1").arg(m_case.number), tr("&Not accept"), this);
    QPlainTextEdit *reason =
        dialog.addTextField(tr("&Reason:"), tr("e.g. a party refuses mediation"));
    dialog.setSubmit([&]() -> Result<void> {
        auto r = m_ws.cases().reject(m_ws.actor(), seenRef(), reason->toPlainText(), dialog.date());
        done(r);
        return asVoid(r);
    });
    dialog.exec();
}

void CaseDetail::addSession()
{
    ActionDialog dialog(tr("Session of %1").arg(m_case.number), tr("&Record session"), this);
    dialog.setObjectName(QStringLiteral("sessionDialog"));
    auto *place = new QLineEdit;
    place->setObjectName(QStringLiteral("place"));
    auto *mediators = new QLineEdit;
    mediators->setObjectName(QStringLiteral("mediators"));
    mediators->setPlaceholderText(tr("names separated by 、 or commas"));
    auto *participants = new QLineEdit;
    participants->setObjectName(QStringLiteral("participants"));
    QStringList names;
    for (const Party &p : std::as_const(m_case.parties))
        names.append(p.name);
    participants->setText(names.mid(0, 8).join(u'、'));
    dialog.form()->addRow(tr("&Place:"), place);
    dialog.form()->addRow(tr("&Mediators:"), mediators);
    dialog.form()->addRow(tr("P&articipants:"), participants);
    QPlainTextEdit *record = dialog.addTextField(tr("R&ecord:"), tr("What was said and agreed"));
    record->setObjectName(QStringLiteral("record"));
    dialog.setSubmit([&]() -> Result<void> {
        SessionInput in{dialog.date(), place->text(), splitNames(mediators->text()),
                        splitNames(participants->text()), record->toPlainText()};
        auto r = m_ws.cases().addSession(m_ws.actor(), seenRef(), in);
        if (r)
            Q_EMIT m_ws.caseChanged(m_caseId);
        if (!r)
            return r.error();
        return {};
    });
    dialog.exec();
}

void CaseDetail::transfer(CaseAction action)
{
    const bool up = action == CaseAction::Refer;
    auto targets = up ? TransferTargets::forRefer(m_ws.db(), m_case)
                      : TransferTargets::forDelegate(m_ws.db(), m_case);
    if (!targets) {
        Messages::showError(this, targets.error());
        return;
    }
    ActionDialog dialog(up ? tr("Refer %1 up").arg(m_case.number)
                           : tr("Delegate %1 down").arg(m_case.number),
                        up ? tr("&Refer up") : tr("&Delegate"), this);
    auto *picker = new OrgPicker;
    picker->setOrganisations(targets.value());
    dialog.form()->addRow(tr("&To:"), picker);
    dialog.form()->addRow(
        QString(),
        new QLabel(up ? tr("Only organisations above %1 are offered.").arg(m_case.handlingOrgName)
                      : tr("Only organisations in the area of %1 are offered.")
                            .arg(m_case.handlingOrgName)));
    dialog.resize(640, 480);
    QPlainTextEdit *reason =
        dialog.addTextField(tr("&Reason:"), up ? tr("Why this tier cannot resolve it")
                                               : tr("Parties' consent, why delegated"));
    picker->setFocus();
    dialog.setSubmit([&]() -> Result<void> {
        auto r = up ? m_ws.cases().refer(m_ws.actor(), seenRef(), picker->currentCode(),
                                         reason->toPlainText(), dialog.date())
                    : m_ws.cases().delegate(m_ws.actor(), seenRef(), picker->currentCode(),
                                            reason->toPlainText(), dialog.date());
        done(r);
        return asVoid(r);
    });
    dialog.exec();
}

void CaseDetail::receiveCase()
{
    ActionDialog dialog(tr("Receive %1").arg(m_case.number), tr("Recei&ve"), this);
    dialog.setSubmit([&]() -> Result<void> {
        auto r = m_ws.cases().receive(m_ws.actor(), seenRef(), dialog.date());
        done(r);
        return asVoid(r);
    });
    dialog.exec();
}

void CaseDetail::returnCase()
{
    ActionDialog dialog(tr("Return %1").arg(m_case.number), tr("Re&turn"), this);
    QPlainTextEdit *reason = dialog.addTextField(tr("&Reason:"));
    dialog.setSubmit([&]() -> Result<void> {
        auto r = m_ws.cases().returnToSender(m_ws.actor(), seenRef(), reason->toPlainText(),
                                             dialog.date());
        done(r);
        return asVoid(r);
    });
    dialog.exec();
}

void CaseDetail::closeCase()
{
    CloseDialog dialog(m_case, this);
    dialog.setSubmit([&]() -> Result<void> {
        auto r = m_ws.cases().close(m_ws.actor(), seenRef(), dialog.input());
        done(r);
        return asVoid(r);
    });
    dialog.exec();
}

} // namespace tj
