#include "adminpage.h"

#include "common/messages.h"
#include "common/texttablemodel.h"
#include "common/workspace.h"
#include "deadlines/calendar.h"
#include "deadlines/timelimits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace tj {

// The time limits and the holiday table: kept apart from the organisations and users.

/// A read-only table of whole rows, as every section of the page shows its lists.
QTableView *AdminPage::readOnlyTable(TextTableModel *model)
{
    auto *view = new QTableView;
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    // Codes, names and setting keys are read whole; the last column takes the rest.
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QWidget *AdminPage::buildLimits()
{
    m_limits = new TextTableModel({tr("Setting"), tr("Value"), tr("Default"), tr("Meaning")}, this);
    auto *view = readOnlyTable(m_limits);
    m_limitKey = new QComboBox;
    for (const SettingInfo &info : TimeLimits::known())
        m_limitKey->addItem(info.key, info.key);
    m_limitValue = new QSpinBox;
    m_limitValue->setRange(-100000, 100000); // core checks the setting's own range
    m_setLimit = new QPushButton(tr("&Set"));
    m_limitError = Messages::fieldErrorLabel();
    auto *form = new QHBoxLayout;
    form->addWidget(new QLabel(tr("Setting:")));
    form->addWidget(m_limitKey, 1);
    form->addWidget(new QLabel(tr("Value:")));
    form->addWidget(m_limitValue);
    form->addWidget(m_setLimit);
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(view, 1);
    layout->addLayout(form);
    layout->addWidget(m_limitError);
    connect(m_setLimit, &QPushButton::clicked, this, &AdminPage::setLimit);
    connect(view, &QTableView::clicked, this, [this](const QModelIndex &index) {
        m_limitKey->setCurrentIndex(m_limitKey->findData(m_limits->keyAt(index.row())));
        m_limitValue->setValue(m_limits->rows().at(index.row()).cells.at(1).toInt());
    });
    return page;
}

void AdminPage::reloadLimits()
{
    auto limits = TimeLimits(m_ws.db()).list();
    if (!limits) {
        Messages::setFieldError(m_limitError, limits.error().message);
        return;
    }
    QList<TextRow> rows;
    for (const auto &[info, value] : limits.value())
        rows.append(TextRow{{info.key, QString::number(value), QString::number(info.defaultValue),
                             info.description},
                            info.key,
                            QString()});
    m_limits->setRows(rows);
}

void AdminPage::setLimit()
{
    auto set = TimeLimits(m_ws.db()).set(m_ws.actor(), m_limitKey->currentData().toString(),
                                         m_limitValue->value());
    if (!set) {
        Messages::setFieldError(m_limitError, set.error().message);
        return;
    }
    Messages::setFieldError(m_limitError, QString());
    reloadLimits();
}

QWidget *AdminPage::buildHolidays()
{
    m_holidays = new TextTableModel({tr("Date"), tr("Day"), tr("Name"), tr("Source")}, this);
    auto *view = readOnlyTable(m_holidays);
    m_holidayYear = new QSpinBox;
    m_holidayYear->setRange(2000, 2100);
    m_holidayYear->setValue(QDate::currentDate().year());
    m_holidayDate = new QDateEdit(QDate::currentDate());
    m_holidayDate->setCalendarPopup(true);
    m_holidayDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_holidayName = new QLineEdit;
    m_holidayWork = new QCheckBox(tr("Working day (adjusted weekend)"));
    m_addHoliday = new QPushButton(tr("&Add day"));
    m_holidayError = Messages::fieldErrorLabel();
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Year:")));
    top->addWidget(m_holidayYear);
    top->addStretch(1);
    auto *form = new QHBoxLayout;
    form->addWidget(m_holidayDate);
    form->addWidget(new QLabel(tr("Name:")));
    form->addWidget(m_holidayName, 1);
    form->addWidget(m_holidayWork);
    form->addWidget(m_addHoliday);
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(view, 1);
    layout->addLayout(form);
    layout->addWidget(m_holidayError);
    connect(m_holidayYear, &QSpinBox::valueChanged, this, &AdminPage::reloadHolidays);
    connect(m_addHoliday, &QPushButton::clicked, this, &AdminPage::addHoliday);
    return page;
}

void AdminPage::reloadHolidays()
{
    (void)HolidayCalendar::load(m_ws.db()); // copies the shipped table on first use
    auto days = HolidayService(m_ws.db()).list(m_holidayYear->value());
    if (!days) {
        Messages::setFieldError(m_holidayError, days.error().message);
        return;
    }
    QList<TextRow> rows;
    for (const HolidayEntry &e : days.value())
        rows.append(TextRow{{e.date.toString(Qt::ISODate),
                             e.work ? tr("working day") : tr("rest day"), e.name,
                             e.source == QStringLiteral("admin") ? tr("administrator")
                                                                 : tr("shipped table")},
                            e.date.toString(Qt::ISODate),
                            QString()});
    m_holidays->setRows(rows);
}

void AdminPage::addHoliday()
{
    HolidayEntry entry;
    entry.date = m_holidayDate->date();
    entry.work = m_holidayWork->isChecked();
    entry.name = m_holidayName->text().trimmed();
    auto added = HolidayService(m_ws.db()).add(m_ws.actor(), entry);
    if (!added) {
        Messages::setFieldError(m_holidayError, added.error().message);
        return;
    }
    Messages::setFieldError(m_holidayError, QString());
    m_holidayName->clear();
    if (m_holidayYear->value() != entry.date.year())
        m_holidayYear->setValue(entry.date.year()); // reloads
    else
        reloadHolidays();
}

} // namespace tj
