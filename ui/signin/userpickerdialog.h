#pragma once

#include "users/user.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace tj {

class Database;
class TextTableModel;

/// The start of a working day: choose who you are from the users of this workstation (passwords
/// come with the security feature) and the interface language. Enter signs in, Escape quits.
class UserPickerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UserPickerDialog(Database &db, QWidget *parent = nullptr);

    /// The chosen user's actor (valid after the dialog was accepted).
    Actor actor() const { return m_actor; }
    bool selectLogin(const QString &login);

    TextTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *languageBox() const { return m_language; }

    void accept() override;

protected:
    /// Up and Down move through the list while typing in the search field.
    void keyPressEvent(QKeyEvent *event) override;

private:
    Database &m_db;
    Actor m_actor;
    TextTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QComboBox *m_language;
    QLabel *m_error;
};

} // namespace tj
