#pragma once

#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCoreApplication>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QInputMethodEvent>
#include <QStandardPaths>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace tj::test {

/// Types text as an input method commits it (a pinyin IME): the way Chinese reaches a field,
/// where QTest::keyClicks cannot.
inline void typeText(QWidget *field, const QString &text)
{
    field->setFocus(Qt::OtherFocusReason);
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QCoreApplication::sendEvent(field, &commit);
}

/// Runs `act` on the next modal dialog of type T once it is shown (its exec() blocks the test
/// until `act` accepts or rejects it). Gives up after five seconds.
template<typename T> void whenModal(std::function<void(T *)> act)
{
    auto *timer = new QTimer;
    auto *clock = new QElapsedTimer;
    clock->start();
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, clock, act] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog && clock->elapsed() < 5000)
            return;
        timer->stop();
        timer->deleteLater();
        delete clock;
        if (dialog)
            act(dialog);
    });
    timer->start();
}

/// The resident ID of a worker of the collective dispute used by the GUI tests.
inline QString workerId(int birthDay, int seq)
{
    return makeResidentId(QStringLiteral("131121"),
                          QStringLiteral("199003%1").arg(birthDay, 2, 10, QLatin1Char('0')),
                          QString::number(seq));
}

/// Three workers as copied from a spreadsheet, with a header row; the second ID number
/// (workerId(12, 222)) has a wrong check character.
inline QString claimantRows()
{
    QString bad = workerId(12, 222);
    bad[17] = bad[17] == u'1' ? u'2' : u'1';
    return QStringLiteral("姓名\t身份证号\t电话\t金额\n")
           + QStringLiteral("钱秀英\t%1\t13903181234\t3860.00\n").arg(workerId(11, 111))
           + QStringLiteral("孙建国\t%1\t13803185678\t3860\n").arg(bad)
           + QStringLiteral("李红梅\t%1\t13703184321\t3860.00\n").arg(workerId(13, 333));
}

/// A county with users, and this test's own settings and drafts folder (tests run in parallel).
class UiFixture : public DbFixture
{
protected:
    void SetUp() override
    {
        DbFixture::SetUp();
        const auto *info = ::testing::UnitTest::GetInstance()->current_test_info();
        QCoreApplication::setApplicationName(
            QStringLiteral("tiaojie-test-%1-%2")
                .arg(QString::fromUtf8(info->test_suite_name()), QString::fromUtf8(info->name())));
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        buildSmallCounty();
    }
};

} // namespace tj::test

namespace tj::test {

/// Runs QAbstractItemModelTester on a model and collects what it reports, so a test can assert
/// that the model broke no rule (the tester's Warning mode alone would only print).
class ModelCheck
{
public:
    explicit ModelCheck(QAbstractItemModel *model);
    ~ModelCheck();
    /// What the tester reported while any check was alive (checks may be nested).
    QStringList failures() const { return s_failures; }

private:
    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &message);
    static inline QStringList s_failures;
    static inline QtMessageHandler s_previous = nullptr;
    static inline int s_alive = 0;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

inline ModelCheck::ModelCheck(QAbstractItemModel *model)
{
    if (s_alive++ == 0) {
        s_failures.clear();
        s_previous = qInstallMessageHandler(&ModelCheck::handler);
    }
    m_tester = std::make_unique<QAbstractItemModelTester>(
        model, QAbstractItemModelTester::FailureReportingMode::Warning);
}

inline ModelCheck::~ModelCheck()
{
    m_tester.reset();
    if (--s_alive == 0)
        qInstallMessageHandler(s_previous);
}

inline void
ModelCheck::handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "qt.modeltest") == 0)
        s_failures.append(message);
    if (s_previous)
        s_previous(type, context, message);
}

} // namespace tj::test

#define EXPECT_MODEL_OK(check)                                                                     \
    EXPECT_TRUE((check).failures().isEmpty()) << (check).failures().join(u'\n').toStdString()
