// The intake form's draft: every field as typed, written to a JSON file shortly after each
// change and when the form closes, and read back when it opens.
#include "intakepage.h"

#include "partiespanel.h"

#include "common/texttablemodel.h"
#include "common/workspace.h"

#include "common/clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTime>
#include <QTimer>

namespace tj {

QString IntakePage::draftPath(const QString &login)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir + QStringLiteral("/drafts/intake-%1.json")
                     .arg(login.isEmpty() ? QStringLiteral("system") : login);
}

QJsonObject IntakePage::draft() const
{
    QJsonArray parties;
    for (const PartyDraft &p : m_parties->parties())
        parties.append(p.toJson());
    return QJsonObject{{QStringLiteral("received_on"), isoDate(m_received->date())},
                       {QStringLiteral("source"), m_source->currentData().toString()},
                       {QStringLiteral("category"), m_category->currentData().toString()},
                       {QStringLiteral("subcategory"), m_subcategory->currentText()},
                       {QStringLiteral("title"), m_title->text()},
                       {QStringLiteral("amount"), m_amount->text()},
                       {QStringLiteral("risk"), m_risk->isChecked()},
                       {QStringLiteral("facts"), m_facts->toPlainText()},
                       {QStringLiteral("claims"), m_claims->toPlainText()},
                       {QStringLiteral("parties"), parties}};
}

void IntakePage::restoreDraft(const QJsonObject &given)
{
    QJsonObject d = given;
    if (d.isEmpty()) {
        QFile file(draftPath(m_ws.actor().login));
        if (file.open(QIODevice::ReadOnly))
            d = QJsonDocument::fromJson(file.readAll()).object();
    }
    m_restoring = true;
    const QDate received = parseIsoDate(d.value(QStringLiteral("received_on")).toString());
    m_received->setDate(received.isValid() ? received : QDate::currentDate());
    const int source = m_source->findData(d.value(QStringLiteral("source")).toString());
    m_source->setCurrentIndex(source < 0 ? 0 : source);
    const int category = m_category->findData(d.value(QStringLiteral("category")).toString());
    m_category->setCurrentIndex(category < 0 ? 0 : category);
    fillSubcategories();
    m_subcategory->setCurrentText(d.value(QStringLiteral("subcategory")).toString());
    m_title->setText(d.value(QStringLiteral("title")).toString());
    m_amount->setText(d.value(QStringLiteral("amount")).toString());
    m_risk->setChecked(d.value(QStringLiteral("risk")).toBool());
    m_facts->setPlainText(d.value(QStringLiteral("facts")).toString());
    m_claims->setPlainText(d.value(QStringLiteral("claims")).toString());
    QList<PartyDraft> parties;
    for (const QJsonValue &v : d.value(QStringLiteral("parties")).toArray())
        parties.append(PartyDraft::fromJson(v.toObject()));
    m_parties->setParties(parties);
    m_restoring = false;
    m_saved = d.isEmpty();
    if (!d.isEmpty()) {
        showStatus(tr("Draft restored: continue where you left off."), false);
        checkRelated();
    }
}

void IntakePage::saveDraft()
{
    m_draftTimer->stop();
    if (m_saved)
        return;
    const QString path = draftPath(m_ws.actor().login);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(draft()).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        showStatus(tr("The draft could not be written to %1: %2").arg(path, file.errorString()),
                   true);
        return;
    }
    showStatus(
        tr("Draft saved at %1.").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))),
        false);
}

void IntakePage::discardDraft()
{
    m_draftTimer->stop();
    QFile::remove(draftPath(m_ws.actor().login));
    clearForm();
    m_saved = true;
}

void IntakePage::clearForm()
{
    m_restoring = true;
    m_received->setDate(QDate::currentDate());
    m_source->setCurrentIndex(0);
    m_category->setCurrentIndex(0);
    m_subcategory->setCurrentText(QString());
    m_title->clear();
    m_amount->clear();
    m_risk->setChecked(false);
    m_facts->clear();
    m_claims->clear();
    m_parties->setParties({});
    m_warnings->setRows({});
    m_shownWarnings.clear();
    m_restoring = false;
    showStatus(QString(), false);
}

} // namespace tj
