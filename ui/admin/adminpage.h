#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace tj {

class TextTableModel;
class Workspace;

/// The administration desk: the first page of administrators, security officers and auditors
/// (who read no case content). The organisation tree and users (add, initial password, unlock),
/// the time limits and the holiday table. Every change goes through a core service, which also
/// decides who may make it; refusals are shown next to the form that made them.
class AdminPage : public QWidget
{
    Q_OBJECT
public:
    explicit AdminPage(Workspace &ws, QWidget *parent = nullptr);

    QTabWidget *sections() const { return m_sections; }
    void reload();

    // Organisations
    QTreeWidget *orgTree() const { return m_orgTree; }
    QLineEdit *orgCodeEdit() const { return m_orgCode; }
    QLineEdit *orgNameEdit() const { return m_orgName; }
    QComboBox *orgTierBox() const { return m_orgTier; }
    QComboBox *orgParentBox() const { return m_orgParent; }
    QLineEdit *orgPopulationEdit() const { return m_orgPopulation; }
    QPushButton *addOrgButton() const { return m_addOrg; }
    QLabel *orgError() const { return m_orgError; }
    // Users
    TextTableModel *userModel() const { return m_users; }
    QTableView *userView() const { return m_userView; }
    QLineEdit *userLoginEdit() const { return m_userLogin; }
    QLineEdit *userNameEdit() const { return m_userName; }
    QComboBox *userOrgBox() const { return m_userOrg; }
    QComboBox *userRoleBox() const { return m_userRole; }
    QLineEdit *userPasswordEdit() const { return m_userPassword; }
    QPushButton *addUserButton() const { return m_addUser; }
    QLineEdit *setPasswordEdit() const { return m_setPassword; }
    QPushButton *setPasswordButton() const { return m_setPasswordButton; }
    QPushButton *unlockButton() const { return m_unlock; }
    QLabel *userError() const { return m_userError; }
    // Time limits and holidays
    TextTableModel *limitModel() const { return m_limits; }
    QComboBox *limitKeyBox() const { return m_limitKey; }
    QSpinBox *limitValueBox() const { return m_limitValue; }
    QPushButton *setLimitButton() const { return m_setLimit; }
    QLabel *limitError() const { return m_limitError; }
    TextTableModel *holidayModel() const { return m_holidays; }
    QSpinBox *holidayYearBox() const { return m_holidayYear; }
    QDateEdit *holidayDateEdit() const { return m_holidayDate; }
    QLineEdit *holidayNameEdit() const { return m_holidayName; }
    QCheckBox *holidayWorkBox() const { return m_holidayWork; }
    QPushButton *addHolidayButton() const { return m_addHoliday; }
    QLabel *holidayError() const { return m_holidayError; }
    // Audit trail (auditors only; nullptr for the other roles)
    static constexpr int kAuditRows = 500;
    TextTableModel *auditModel() const { return m_audit; }
    QPushButton *verifyAuditButton() const { return m_verifyAudit; }
    QLabel *auditState() const { return m_auditState; }
    QLabel *auditError() const { return m_auditError; }
    /// The audit section, or nullptr.
    QWidget *auditSection() const { return m_auditSection; }

private:
    QWidget *buildOrganisations();
    QWidget *buildUsers();
    QWidget *buildLimits();    // adminsettings.cpp
    QWidget *buildHolidays();  // adminsettings.cpp
    void reloadOrganisations();
    void reloadUsers();
    void reloadLimits();       // adminsettings.cpp
    void reloadHolidays();     // adminsettings.cpp
    QWidget *buildAudit();     // adminaudit.cpp
    static QTableView *readOnlyTable(TextTableModel *model); // adminsettings.cpp
    void reloadAudit();        // adminaudit.cpp
    void verifyAudit();        // adminaudit.cpp
    void addOrganisation();
    void addUser();
    void setPassword();
    void unlock();
    void setLimit();           // adminsettings.cpp
    void addHoliday();         // adminsettings.cpp
    QString selectedLogin() const;

    Workspace &m_ws;
    QTabWidget *m_sections;
    TextTableModel *m_audit = nullptr;
    QPushButton *m_verifyAudit = nullptr;
    QLabel *m_auditState = nullptr;
    QLabel *m_auditError = nullptr;
    QWidget *m_auditSection = nullptr;
    QTreeWidget *m_orgTree = nullptr;
    QLineEdit *m_orgCode = nullptr;
    QLineEdit *m_orgName = nullptr;
    QComboBox *m_orgTier = nullptr;
    QComboBox *m_orgParent = nullptr;
    QLineEdit *m_orgPopulation = nullptr;
    QPushButton *m_addOrg = nullptr;
    QLabel *m_orgError = nullptr;
    TextTableModel *m_users = nullptr;
    QTableView *m_userView = nullptr;
    QLineEdit *m_userLogin = nullptr;
    QLineEdit *m_userName = nullptr;
    QComboBox *m_userOrg = nullptr;
    QComboBox *m_userRole = nullptr;
    QLineEdit *m_userPassword = nullptr;
    QPushButton *m_addUser = nullptr;
    QLineEdit *m_setPassword = nullptr;
    QPushButton *m_setPasswordButton = nullptr;
    QPushButton *m_unlock = nullptr;
    QLabel *m_userError = nullptr;
    TextTableModel *m_limits = nullptr;
    QComboBox *m_limitKey = nullptr;
    QSpinBox *m_limitValue = nullptr;
    QPushButton *m_setLimit = nullptr;
    QLabel *m_limitError = nullptr;
    TextTableModel *m_holidays = nullptr;
    QSpinBox *m_holidayYear = nullptr;
    QDateEdit *m_holidayDate = nullptr;
    QLineEdit *m_holidayName = nullptr;
    QCheckBox *m_holidayWork = nullptr;
    QPushButton *m_addHoliday = nullptr;
    QLabel *m_holidayError = nullptr;
};

} // namespace tj
