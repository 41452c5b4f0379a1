#include "agreement/agreementeditor.h"
#include "agreement/agreementtab.h"
#include "agreement/visitdialog.h"
#include "agreements/agreementservice.h"
#include "attachments/attachmentmodel.h"
#include "attachments/attachmentstab.h"
#include "casepage/casedetail.h"
#include "casepage/closedialog.h"
#include "common/actiondialog.h"
#include "common/historyview.h"
#include "common/texttablemodel.h"
#include "deadlines/calendar.h"
#include "inbox/transferqueue.h"
#include "intake/intakepage.h"
#include "intake/partiespanel.h"
#include "mainwindow.h"
#include "review/confirmationqueue.h"
#include "review/reviewpage.h"

#include "db/query.h"

#include "uitest.h"

#include <QCheckBox>
#include <QClipboard>
#include <QCompleter>
#include <QAbstractItemView>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace tj;

namespace {
void clickOk(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    ASSERT_NE(buttons, nullptr);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

/// The text of a PDF as pdftotext reads it, without white space (lines break anywhere); an
/// empty string when pdftotext is not installed.
QString pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess p;
    p.start(tool, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!p.waitForFinished(20000))
        return {};
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

/// Clicks a row of a list as a user does (on its first cell).
void clickRow(QTableView *view, int row)
{
    ASSERT_GE(row, 0);
    const QRect cell = view->visualRect(view->model()->index(row, 0));
    ASSERT_TRUE(cell.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
}

template<typename T> T *tabOf(CaseDetail *page)
{
    return page ? page->findChild<T *>() : nullptr;
}
} // namespace

class ScenarioTest : public test::UiFixture
{
protected:
    int count(const char *table)
    {
        Query q(m_db->connection(),
                QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)), Query::Trusted);
        EXPECT_TRUE(q.exec().ok());
        return q.next() ? q.value(0).toInt() : -1;
    }
};

// The "done when": a collective dispute from intake at the village to the judge's
// confirmation, all through the real widgets.
TEST_F(ScenarioTest, CollectiveDisputeFromVillageIntakeToJudicialConfirmation)
{
    // The scenario runs on today's date, and the confirmation deadline (30 days after the
    // agreement) may fall in a year the shipped table does not cover yet. The administrator adds
    // that year first, as a county does each December; New Year's Day is a rest day every year.
    {
        HolidayService holidays(*m_db);
        const int next = QDate::currentDate().year() + 1;
        auto covered = holidays.list(next);
        ASSERT_TRUE(covered.ok());
        if (covered.value().isEmpty()) {
            HolidayEntry newYear;
            newYear.date = QDate(next, 1, 1);
            newYear.name = QStringLiteral("元旦");
            ASSERT_OK(holidays.add(actor(QStringLiteral("admin")), newYear));
        }
    }
    QString caseId;
    QString number;
    // 1. The village registers three workers' wage claim; one ID number is wrong, corrected.
    {
        MainWindow village(*m_db, actor(QStringLiteral("vma")));
        village.show();
        IntakePage *intake = village.newIntake();
        PartiesPanel *parties = intake->parties();
        test::typeText(intake->titleEdit(), QStringLiteral("钱某等3人与某服饰公司追索劳动报酬纠纷"));
        intake->categoryBox()->setCurrentIndex(
            intake->categoryBox()->findData(QStringLiteral("劳动争议")));
        test::typeText(intake->factsEdit(), QStringLiteral("三名工人被拖欠三个月工资。"));
        test::typeText(intake->claimsEdit(), QStringLiteral("支付拖欠工资。"));
        QGuiApplication::clipboard()->setText(test::claimantRows());
        QTest::mouseClick(parties->pasteButton(), Qt::LeftButton);
        ASSERT_EQ(parties->problemCount(), 1);
        QTest::mouseClick(intake->saveButton(), Qt::LeftButton);
        ASSERT_EQ(count("cases"), 0); // refused while the ID number is wrong
        ASSERT_EQ(parties->currentRow(), 1);
        EXPECT_FALSE(parties->identityError()->text().isEmpty()); // said next to the field
        // Retyped, first with another slip (the birth date 1990-02-30 does not exist), then right.
        QString slip = test::workerId(12, 222);
        slip.replace(10, 4, QStringLiteral("0230"));
        parties->identityEdit()->clear();
        QTest::keyClicks(parties->identityEdit(), slip);
        EXPECT_EQ(parties->problemCount(), 1);
        EXPECT_FALSE(parties->identityError()->text().isEmpty());
        parties->identityEdit()->clear();
        QTest::keyClicks(parties->identityEdit(), test::workerId(12, 222));
        ASSERT_EQ(parties->problemCount(), 0);
        EXPECT_TRUE(parties->identityError()->text().isEmpty());
        parties->selectParty(0);
        auto *represents = parties->findChild<QCheckBox *>(); // 钱秀英 represents the workers
        ASSERT_NE(represents, nullptr);
        QTest::mouseClick(represents, Qt::LeftButton, {}, QPoint(8, represents->height() / 2));
        ASSERT_TRUE(represents->isChecked());
        QTest::mouseClick(parties->addOrganisationButton(), Qt::LeftButton);
        test::typeText(parties->nameEdit(), QStringLiteral("青禾县某某服饰有限公司"));
        QTest::keyClicks(parties->identityEdit(),
                         test::makeCreditCode(QStringLiteral("91131121MA0ABCDE1")));
        QTest::keyClicks(intake->amountEdit(), QStringLiteral("11580.00"));
        QTest::mouseClick(intake->saveButton(), Qt::LeftButton);
        ASSERT_EQ(count("cases"), 1) << intake->statusLabel()->text().toStdString();
        auto *page = qobject_cast<CaseDetail *>(village.tabs()->currentWidget());
        ASSERT_NE(page, nullptr);
        caseId = page->caseId();
        number = page->record().number;

        // 2. Too big for the village: referred up to the township.
        test::whenModal<ActionDialog>([](ActionDialog *d) {
            test::typeText(d->findChild<QPlainTextEdit *>(), QStringLiteral("集体劳动争议，需镇中心协调"));
            clickOk(d);
        });
        QTest::mouseClick(page->actionButton(CaseAction::Refer), Qt::LeftButton);
        ASSERT_EQ(page->record().status, CaseStatus::Referred);
    }

    // 3. The township receives it from its inbox, holds a session and records the agreement.
    {
        MainWindow township(*m_db, actor(QStringLiteral("staff")));
        township.show();
        TransferQueue *inbox = township.inbox();
        // Township staff with something waiting start on their inbox.
        EXPECT_EQ(township.tabs()->currentWidget(), static_cast<QWidget *>(inbox));
        clickRow(inbox->view(), inbox->model()->rowOf(caseId));
        ASSERT_EQ(inbox->currentCaseId(), caseId);
        test::whenModal<ActionDialog>([](ActionDialog *d) { clickOk(d); });
        QTest::mouseClick(inbox->receiveButton(), Qt::LeftButton);
        CaseDetail *page = township.openCase(caseId);
        ASSERT_EQ(page->record().status, CaseStatus::InMediation);
        ASSERT_EQ(page->record().handlingOrg, QStringLiteral("QH-DS"));

        test::whenModal<ActionDialog>([](ActionDialog *d) {
            test::typeText(d->findChild<QLineEdit *>(QStringLiteral("place")), QStringLiteral("东山镇调解中心"));
            test::typeText(d->findChild<QLineEdit *>(QStringLiteral("mediators")), QStringLiteral("赵调解"));
            test::typeText(d->findChild<QPlainTextEdit *>(QStringLiteral("record")),
                           QStringLiteral("公司同意分两期支付拖欠工资。"));
            clickOk(d);
        });
        QTest::mouseClick(page->actionButton(CaseAction::Session), Qt::LeftButton);
        ASSERT_EQ(page->sessionsModel()->rowCount(), 1);

        test::whenModal<CloseDialog>([](CloseDialog *d) {
            ASSERT_TRUE(d->selectOutcome(Outcome::Settled));
            AgreementEditor *a = d->agreementEditor();
            test::typeText(a->contentEdit(), QStringLiteral("公司分两期支付三名工人工资共11580元。"));
            QTest::keyClicks(a->obligationAmountEdit(), QStringLiteral("11580.00"));
            QTest::mouseClick(a->addObligationButton(), Qt::LeftButton);
            a->instalmentDueEdit()->setDate(QDate(2026, 12, 31));
            QTest::keyClicks(a->instalmentAmountEdit(), QStringLiteral("6000"));
            QTest::mouseClick(a->addInstalmentButton(), Qt::LeftButton);
            a->instalmentDueEdit()->setDate(QDate(2027, 1, 31));
            QTest::keyClicks(a->instalmentAmountEdit(), QStringLiteral("5580"));
            QTest::mouseClick(a->addInstalmentButton(), Qt::LeftButton);
            for (const QString &who : {QStringLiteral("钱秀英"), QStringLiteral("青禾县某某服饰有限公司")}) {
                test::typeText(a->signerEdit(), who);
                QTest::mouseClick(a->addSignatureButton(), Qt::LeftButton);
            }
            clickOk(d);
        });
        QTest::mouseClick(page->actionButton(CaseAction::Close), Qt::LeftButton);
        ASSERT_EQ(page->record().status, CaseStatus::Settled);
        EXPECT_EQ(count("instalments"), 2);

        // 4. The agreement tab appears on the open page: print the agreement, apply.
        auto *agreement = tabOf<AgreementTab>(page);
        ASSERT_NE(agreement, nullptr);
        EXPECT_EQ(agreement->instalments()->rowCount(), 2);
        agreement->documentBox()->setCurrentIndex(
            agreement->documentBox()->findData(QStringLiteral("agreement")));
        page->tabs()->setCurrentWidget(agreement);
        const QString pdf = m_dir.filePath(QStringLiteral("agreement.pdf"));
        // "Print…" asks where to write the PDF: the file name is typed into the save dialog.
        test::whenModal<QFileDialog>([this, pdf](QFileDialog *d) {
            auto *name = d->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            ASSERT_NE(name, nullptr);
            d->setDirectory(m_dir.path()); // the folder chosen, then the name typed
            QTest::qWait(200);              // the dialog lists the folder
            name->clear();
            QTest::keyClicks(name, QFileInfo(pdf).fileName());
            if (QCompleter *c = name->completer(); c && c->popup())
                c->popup()->hide(); // the path completion offered while typing
            auto *buttons = d->findChild<QDialogButtonBox *>();
            if (buttons)
                QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
            EXPECT_FALSE(d->isVisible()) << "the save dialog did not take the name: "
                                         << name->text().toStdString() << " "
                                         << (buttons ? buttons->button(QDialogButtonBox::Save)->isEnabled() : -1);
            if (d->isVisible())
                d->reject(); // fail, do not hang
        });
        QTest::mouseClick(agreement->printButton(), Qt::LeftButton);
        EXPECT_TRUE(agreement->errorLabel()->text().isEmpty())
            << agreement->errorLabel()->text().toStdString();
        ASSERT_TRUE(QFile::exists(pdf));
        QFile head(pdf);
        ASSERT_TRUE(head.open(QIODevice::ReadOnly));
        EXPECT_TRUE(head.read(5) == "%PDF-");
        EXPECT_GT(QFileInfo(pdf).size(), 1000);
        const QString text = pdfText(pdf);
        if (!text.isEmpty()) {
            QString compact = number;
            compact.remove(QRegularExpression(QStringLiteral("\\s")));
            EXPECT_TRUE(text.contains(compact)) << text.left(400).toStdString();
        }
        QTest::mouseClick(agreement->applyButton(), Qt::LeftButton);
        EXPECT_TRUE(agreement->errorLabel()->text().isEmpty())
            << agreement->errorLabel()->text().toStdString();
    }

    // 5. The tribunal's judge accepts the application and confirms the agreement.
    MainWindow court(*m_db, actor(QStringLiteral("judge")));
    court.show();
    ASSERT_NE(court.review(), nullptr);
    EXPECT_EQ(court.tabs()->currentWidget(), static_cast<QWidget *>(court.review())); // a judge's desk
    ConfirmationQueue *queue = court.review()->confirmations();
    court.review()->queues()->setCurrentWidget(queue);
    clickRow(queue->view(), queue->model()->rowOf(caseId));
    ASSERT_EQ(queue->currentCaseId(), caseId);
    EXPECT_GE(queue->history()->model()->rowCount(), 6); // the village's and township's steps
    test::whenModal<ActionDialog>([](ActionDialog *d) { clickOk(d); });
    QTest::mouseClick(queue->acceptButton(), Qt::LeftButton);
    test::whenModal<ActionDialog>([](ActionDialog *d) {
        QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("number")),
                         QStringLiteral("(2026)QH0101-MT-12"));
        clickOk(d);
    });
    ASSERT_TRUE(queue->confirmButton()->isEnabled());
    QTest::mouseClick(queue->confirmButton(), Qt::LeftButton);
    auto view = AgreementService(*m_db).show(actor(QStringLiteral("staff")), caseId);
    ASSERT_OK(view);
    ASSERT_TRUE(view->agreement.confirmation.has_value());
    EXPECT_EQ(view->agreement.confirmation->result, QStringLiteral("valid"));
    EXPECT_TRUE(view->enforceable);
    EXPECT_EQ(queue->model()->rowCount(), 0);
}

// The agreement tab: a payment with its receipt (which joins the attachments), a follow-up
// visit with its result, and printing.
TEST_F(ScenarioTest, AgreementTabRecordsPaymentWithProofVisitAndPrints)
{
    CaseService cases(*m_db);
    auto c = cases.intake(actor(QStringLiteral("vma")), sampleIntake(QStringLiteral("QH-DS-A")));
    ASSERT_OK(c);
    const QString id = c->record.id;
    ASSERT_OK(cases.accept(actor(QStringLiteral("vma")), id, QDate(2026, 3, 3)));
    CloseInput close;
    close.outcome = Outcome::Settled;
    close.on = QDate(2026, 3, 10);
    AgreementInput a;
    a.content = QStringLiteral("被申请人分两期支付5000元。");
    a.obligations = {Obligation{QStringLiteral("青禾县某某服饰有限公司"), QStringLiteral("张某某"), 500000,
                                {Instalment{QDate(2026, 4, 30), 300000},
                                 Instalment{QDate(2026, 5, 31), 200000}}}};
    a.signatures = {Signature{QStringLiteral("张某某"), close.on, {}},
                    Signature{QStringLiteral("青禾县某某服饰有限公司"), close.on, {}}};
    close.agreement = a;
    ASSERT_OK(cases.close(actor(QStringLiteral("vma")), id, close));

    MainWindow village(*m_db, actor(QStringLiteral("vma")));
    CaseDetail *page = village.openCase(id);
    auto *tab = tabOf<AgreementTab>(page);
    ASSERT_NE(tab, nullptr);
    test::ModelCheck check(tab->instalments());
    const QString receipt = m_dir.filePath(QStringLiteral("转账凭证.png"));
    QImage image(60, 40, QImage::Format_RGB32);
    image.fill(Qt::green);
    ASSERT_TRUE(image.save(receipt, "PNG"));

    tab->dateEdit()->setDate(QDate(2026, 4, 28));
    QTest::keyClicks(tab->amountEdit(), QStringLiteral("abc"));
    QTest::mouseClick(tab->payButton(), Qt::LeftButton);
    EXPECT_FALSE(tab->errorLabel()->text().isEmpty()); // not an amount
    tab->amountEdit()->clear();
    QTest::keyClicks(tab->amountEdit(), QStringLiteral("3000.00"));
    test::typeText(tab->proofEdit(), receipt);
    QTest::mouseClick(tab->payButton(), Qt::LeftButton);
    ASSERT_TRUE(tab->errorLabel()->text().isEmpty()) << tab->errorLabel()->text().toStdString();
    EXPECT_TRUE(tab->amountEdit()->text().isEmpty());
    ASSERT_EQ(tab->instalments()->rowCount(), 2);
    EXPECT_EQ(tab->instalments()->rows()[0].cells[3], QStringLiteral("3000.00"));
    EXPECT_TRUE(tab->summary()->toPlainText().contains(QStringLiteral("转账凭证.png")));

    // The receipt is one of the case's attachments, with the same bytes.
    auto *files = tabOf<AttachmentsTab>(page);
    ASSERT_NE(files, nullptr);
    ASSERT_EQ(files->model()->rowCount(), 1);
    EXPECT_EQ(files->model()->attachments().first().kind, QStringLiteral("receipt"));
    QFile original(receipt);
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    EXPECT_EQ(files->model()->attachments().first().sha256,
              QString::fromLatin1(QCryptographicHash::hash(original.readAll(),
                                                           QCryptographicHash::Sha256).toHex()));

    // A follow-up visit by telephone, with whom and what was found.
    test::whenModal<VisitDialog>([](VisitDialog *d) {
        d->dateEdit()->setDate(QDate(2026, 5, 2));
        d->methodBox()->setCurrentIndex(d->methodBox()->findData(QStringLiteral("phone")));
        test::typeText(d->visitedEdit(), QStringLiteral("张某某本人"));
        d->performanceBox()->setCurrentIndex(d->performanceBox()->findData(QStringLiteral("partly")));
        d->satisfactionBox()->setCurrentIndex(d->satisfactionBox()->findData(4));
        test::typeText(d->noteEdit(), QStringLiteral("首期已付，二期待付"));
        clickOk(d);
    });
    QTest::mouseClick(tab->visitButton(), Qt::LeftButton);
    auto view = AgreementService(*m_db).show(actor(QStringLiteral("vma")), id);
    ASSERT_OK(view);
    ASSERT_EQ(view->agreement.visits.size(), 1);
    const Visit &v = view->agreement.visits.first();
    EXPECT_EQ(v.method, QStringLiteral("phone"));
    EXPECT_EQ(v.visited, QStringLiteral("张某某本人"));
    EXPECT_EQ(v.performance, QStringLiteral("partly"));
    EXPECT_EQ(v.satisfaction, 4);
    EXPECT_EQ(v.note, QStringLiteral("首期已付，二期待付"));
    EXPECT_TRUE(tab->summary()->toPlainText().contains(QStringLiteral("张某某本人")));

    tab->documentBox()->setCurrentIndex(tab->documentBox()->findData(QStringLiteral("followup")));
    const QString pdf = m_dir.filePath(QStringLiteral("followup.pdf"));
    ASSERT_TRUE(tab->print(pdf)) << tab->errorLabel()->text().toStdString();
    EXPECT_TRUE(QFile::exists(pdf));
    const QString text = pdfText(pdf);
    if (!text.isEmpty()) {
        QString compact = page->record().number;
        compact.remove(QRegularExpression(QStringLiteral("\\s")));
        EXPECT_TRUE(text.contains(compact)) << text.left(400).toStdString();
    }
    EXPECT_MODEL_OK(check);
}
