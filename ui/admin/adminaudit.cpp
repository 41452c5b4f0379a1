#include "adminpage.h"

#include "common/messages.h"
#include "common/texttablemodel.h"
#include "common/workspace.h"
#include "db/database.h"
#include "security/access.h"
#include "security/audit.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tj {

// The auditor's section: the newest entries of the hash-chained audit trail and a check of the
// whole chain (recorded as audit.verify, as the command line does).

QWidget *AdminPage::buildAudit()
{
    m_audit = new TextTableModel({tr("No."), tr("Time"), tr("User"), tr("Action"), tr("Object"),
                                  tr("Result"), tr("Detail")},
                                 this);
    auto *view = readOnlyTable(m_audit);
    m_verifyAudit = new QPushButton(tr("&Verify the chain"));
    m_auditState = new QLabel;
    m_auditState->setWordWrap(true);
    m_auditError = Messages::fieldErrorLabel();
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("The newest %1 entries; every change, export and sign-in is one.")
                                  .arg(kAuditRows)),
                   1);
    bar->addWidget(m_verifyAudit);
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(view, 1);
    layout->addWidget(m_auditState);
    layout->addWidget(m_auditError);
    connect(m_verifyAudit, &QPushButton::clicked, this, &AdminPage::verifyAudit);
    return page;
}

void AdminPage::reloadAudit()
{
    if (!m_audit)
        return;
    if (auto allowed = Access::mayAudit(m_ws.actor()); !allowed) {
        Messages::setFieldError(m_auditError, allowed.error().message);
        return;
    }
    auto entries = AuditLog(m_ws.db().connection()).recent(kAuditRows);
    if (!entries) {
        Messages::setFieldError(m_auditError, entries.error().message);
        return;
    }
    QList<TextRow> rows;
    for (const AuditEntry &e : entries.value()) {
        const QString object = e.objectId.isEmpty() ? e.objectType
                                                    : QStringLiteral("%1 %2").arg(e.objectType, e.objectId);
        TextRow row{{QString::number(e.id), e.at, e.user, e.action, object, e.result, e.detail},
                    QString::number(e.id),
                    QString()};
        if (e.result != QLatin1String("ok"))
            row.problem = e.result == QLatin1String("denied") ? tr("refused") : tr("failed");
        rows.append(row);
    }
    m_audit->setRows(rows);
    Messages::setFieldError(m_auditError, QString());
}

void AdminPage::verifyAudit()
{
    if (auto allowed = Access::mayAudit(m_ws.actor()); !allowed) {
        Messages::setFieldError(m_auditError, allowed.error().message);
        return;
    }
    AuditLog log(m_ws.db().connection());
    auto checked = log.verify();
    if (!checked) {
        Messages::setFieldError(m_auditError, checked.error().message);
        return;
    }
    const AuditVerification &v = checked.value();
    auto recorded = log.record(AuditEntry::of(m_ws.actor(), QStringLiteral("audit.verify"),
                                              QStringLiteral("audit"), QString(),
                                              v.intact ? QStringLiteral("intact") : v.problem)
                                   .withResult(v.intact ? QStringLiteral("ok")
                                                        : QStringLiteral("failed")));
    if (v.intact) {
        m_auditState->setText(tr("The audit trail is intact: %1 entries.").arg(v.entries));
        Messages::setFieldError(m_auditError, recorded ? QString() : recorded.error().message);
    } else {
        m_auditState->clear();
        Messages::setFieldError(m_auditError, tr("The audit trail is broken at entry %1: %2")
                                                  .arg(v.firstBroken)
                                                  .arg(v.problem));
    }
    reloadAudit();
}

} // namespace tj
