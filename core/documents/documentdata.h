#pragma once

#include "agreements/agreementservice.h"
#include "agreements/feedback.h"
#include "cases/case.h"

#include <QVariantMap>

namespace tj {

/// Turns cases and agreements into the values the document templates use. Documents are legal
/// papers in Chinese whatever the interface language, so the words here are fixed Chinese.
class DocumentData
{
public:
    /// Fields every document has: case number, title, organisation, code, parties, dates.
    static QVariantMap forCase(const Case &c, const QString &code, const QDate &printedOn);
    static QVariantMap forAgreement(const AgreementView &v);
    static QVariantList forSessions(const QList<Session> &sessions);
    static QVariantList forFulfilment(const AgreementView &v);

    /// Escaped text with line breaks kept (for {{{raw}}} fields).
    static QString multiline(const QString &text);
    /// 1 -> 一, 12 -> 十二 (counts of copies and pages).
    static QString chineseCount(int n);
    /// 2026-03-10 -> 2026年3月10日; empty for an invalid date.
    static QString chineseDate(const QDate &d);
    /// 人民币壹拾叁万伍仟壹佰零伍元整 (¥135,105.00)
    static QString amountInWords(qint64 fen);
};

} // namespace tj
