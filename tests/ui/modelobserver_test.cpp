#include "attachments/attachmentmodel.h"
#include "cases/caselistmodel.h"
#include "cases/caseservice.h"
#include "common/modelobserver.h"
#include "common/texttablemodel.h"
#include "security/signindialog.h"

#include "uitest.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTableView>

using namespace tj;

namespace {
/// A model that breaks a rule on request: it announces a row it does not add.
class LyingModel : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 2; }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 1; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        return role == Qt::DisplayRole ? QVariant(index.row()) : QVariant();
    }
    void announceARowItDoesNotAdd()
    {
        beginInsertRows({}, 2, 2);
        endInsertRows();
    }
};

bool watched(QAbstractItemModel *model)
{
    return model->findChild<QAbstractItemModelTester *>(QString(), Qt::FindDirectChildrenOnly) != nullptr;
}
} // namespace

class ModelObserverTest : public test::UiFixture
{};

// Every kind of model the workstation creates gets the tester as it is made.
TEST_F(ModelObserverTest, EveryWorkstationModelIsWatchedFromItsConstruction)
{
    TextTableModel table({QStringLiteral("a")});
    EXPECT_TRUE(watched(&table));
    AttachmentModel attachments;
    EXPECT_TRUE(watched(&attachments));
    CaseService cases(*m_db);
    CaseListModel list(cases, actor(QStringLiteral("vma")));
    EXPECT_TRUE(watched(&list));
    SignInDialog signIn(*m_db);
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(signIn.view()->model());
    ASSERT_NE(proxy, nullptr);
    EXPECT_TRUE(watched(proxy));
    EXPECT_TRUE(watched(signIn.model()));
}

// The tester is fatal: a model that breaks a rule ends the test binary with the tester's report.
TEST_F(ModelObserverTest, AModelBreakingARuleStopsTheTests)
{
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_DEATH(
        {
            LyingModel model;
            announceModel(&model);
            model.announceARowItDoesNotAdd();
        },
        "FAIL");
}
