#include "mainwindow.h"

#include "admin/adminpage.h"
#include "agreement/agreementtab.h"
#include "attachments/attachmentstab.h"
#include "common/workspace.h"
#include "deadlines/deadlinespage.h"

#include <QTabWidget>

namespace tj {

// Pages that depend on the role: the administration desk for the roles that read no case
// content, the deadlines of the organisation for the case roles.
void MainWindow::addRolePages()
{
    const Actor &actor = m_ws->actor();
    AgreementTab::registerWithCasePage();
    AttachmentsTab::registerWithCasePage();
    if (!actor.hasCaseRole()) {
        m_admin = new AdminPage(*m_ws);
        addPage(m_admin, tr("Administration"));
        return;
    }
    m_deadlines = new DeadlinesPage(*m_ws);
    addPage(m_deadlines, tr("Deadlines"));
    connect(m_deadlines, &DeadlinesPage::openCase, this, &MainWindow::openCase);
}

} // namespace tj
