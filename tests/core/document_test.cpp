#include "agreements/agreementservice.h"
#include "agreements/casecode.h"
#include "agreements/confirmation.h"
#include "documents/documentrenderer.h"
#include "documents/htmltemplate.h"

#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

using namespace tj;

TEST(HtmlTemplate, EscapesValuesRepeatsListsAndHidesEmptySections)
{
    const QVariantMap data{{QStringLiteral("name"), QStringLiteral("<张>")},
                           {QStringLiteral("raw"), QStringLiteral("a<br/>b")},
                           {QStringLiteral("empty"), QString()},
                           {QStringLiteral("items"), QVariantList{QVariantMap{{QStringLiteral("v"), 1}},
                                                                  QVariantMap{{QStringLiteral("v"), 2}}}}};
    EXPECT_EQ(renderTemplate(QStringLiteral("{{name}}|{{{raw}}}|{{#items}}[{{v}}{{name}}]{{/items}}"
                                            "{{#empty}}x{{/empty}}{{^empty}}none{{/empty}}{{missing}}"),
                             data),
              QStringLiteral("&lt;张&gt;|a<br/>b|[1&lt;张&gt;][2&lt;张&gt;]none"));
}

class DocumentTest : public test::DbFixture
{
protected:
    void SetUp() override
    {
        DbFixture::SetUp();
        buildSmallCounty();
        CaseService cases(*m_db);
        CaseIntake in = sampleIntake(QStringLiteral("QH-DS-A"));
        in.amountFen = 13510500;
        auto c = cases.intake(actor(QStringLiteral("vma")), in);
        ASSERT_OK(c);
        m_case = c->record;
        ASSERT_OK(cases.accept(actor(QStringLiteral("vma")), m_case.id, QDate(2026, 3, 3)));
        ASSERT_OK(cases.addSession(actor(QStringLiteral("vma")), m_case.id,
                                   SessionInput{QDate(2026, 3, 5), QStringLiteral("柳树村调解室"),
                                                {QStringLiteral("王调解")}, {QStringLiteral("张某某")},
                                                QStringLiteral("双方同意分期支付。")}));
        CloseInput close;
        close.outcome = Outcome::Settled;
        close.on = QDate(2026, 3, 10);
        AgreementInput a;
        a.facts = QStringLiteral("被申请人拖欠货款。");
        a.responsibilities = QStringLiteral("被申请人应当支付货款。");
        a.content = QStringLiteral("被申请人分两期支付135105元。");
        a.manner = QStringLiteral("银行转账");
        a.place = QStringLiteral("柳树村");
        a.obligations = {Obligation{QStringLiteral("青禾县某某服饰有限公司"), QStringLiteral("张某某"), 13510500,
                                    {Instalment{QDate(2026, 4, 30), 6000000},
                                     Instalment{QDate(2026, 5, 31), 7510500}}}};
        a.signatures = {Signature{QStringLiteral("张某某"), QDate(2026, 3, 10), {}},
                        Signature{QStringLiteral("青禾县某某服饰有限公司"), QDate(2026, 3, 10), {}}};
        close.agreement = a;
        ASSERT_OK(cases.close(actor(QStringLiteral("vma")), m_case.id, close));
    }

    QString pdfText(const QString &kind)
    {
        const QString path = m_dir.filePath(kind + QStringLiteral(".pdf"));
        auto r = DocumentRenderer(*m_db).render(actor(QStringLiteral("vma")), m_case.number, kind, path, QDate(2026, 3, 20));
        EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message.toStdString());
        QFile pdf(path);
        EXPECT_TRUE(pdf.open(QIODevice::ReadOnly));
        EXPECT_TRUE(pdf.read(5) == "%PDF-");
        QProcess extract;
        extract.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                                                    QStringLiteral("-")});
        EXPECT_TRUE(extract.waitForFinished(30000));
        EXPECT_EQ(extract.exitCode(), 0) << extract.readAllStandardError().toStdString();
        // pdftotext may break lines inside long words; compare without whitespace.
        // pdftotext may break lines inside long words: compare without whitespace.
        return QString::fromUtf8(extract.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s")));
    }

    Case m_case;
};

TEST_F(DocumentTest, AgreementPdfHasTheCaseNumberAndTheAmountInCapitals)
{
    const QString text = pdfText(QStringLiteral("agreement"));
    EXPECT_TRUE(text.contains(m_case.number)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("人民币壹拾叁万伍仟壹佰零伍元整"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("人民调解协议书")));
    EXPECT_TRUE(text.contains(QStringLiteral("一式三份"))); // two parties + 1
    EXPECT_TRUE(text.contains(QStringLiteral("按指印")));
    EXPECT_TRUE(text.contains(caseCodeFor(m_case.id)));
}

TEST_F(DocumentTest, EveryKindRendersWithTheCaseNumber)
{
    ASSERT_OK(CaseService(*m_db).get(actor(QStringLiteral("vma")), m_case.id));
    ASSERT_OK(ConfirmationService(*m_db).apply(actor(QStringLiteral("vma")), m_case.id, QDate(2026, 3, 12)));
    for (const QString &kind : DocumentRenderer::kinds()) {
        if (kind == QLatin1String("referral"))
            continue; // never referred: refused below
        const QString text = pdfText(kind);
        EXPECT_TRUE(text.contains(m_case.number)) << kind.toStdString();
    }
    EXPECT_TRUE(pdfText(QStringLiteral("confirmation")).contains(QStringLiteral("东山人民法庭")));
    EXPECT_TRUE(pdfText(QStringLiteral("registration")).contains(QStringLiteral("壹拾叁万伍仟壹佰零伍元整")));
    auto referral = DocumentRenderer(*m_db).render(actor(QStringLiteral("vma")), m_case.id, QStringLiteral("referral"),
                                                   m_dir.filePath(QStringLiteral("r.pdf")));
    EXPECT_FALSE(referral.ok());
    EXPECT_FALSE(DocumentRenderer(*m_db).render(actor(QStringLiteral("vma")), m_case.id, QStringLiteral("poster"),
                                                m_dir.filePath(QStringLiteral("p.pdf"))).ok());
}
