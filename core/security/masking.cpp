#include "masking.h"

#include "parties/identifiers.h"

namespace tj {

QString Masking::residentId(const QString &id)
{
    return id.isEmpty() ? id : Identifiers::maskResidentId(id);
}

QString Masking::phone(const QString &phone)
{
    if (phone.isEmpty())
        return phone;
    if (phone.size() <= 7)
        return QString(phone.size(), u'*');
    return phone.left(3) + QString(phone.size() - 7, u'*') + phone.right(4);
}

void Masking::maskCase(Case &c)
{
    for (Party &p : c.parties) {
        p.idNumber = residentId(p.idNumber);
        p.phone = phone(p.phone);
        // The birth date is the masked middle of the ID number.
        if (!p.idNumber.isEmpty())
            p.birthDate = QDate();
    }
}

} // namespace tj
