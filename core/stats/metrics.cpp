#include "metrics.h"

namespace tj {

QList<MetricDefinition> Metrics::all()
{
    auto m = [](const char *field, const QString &title, const QString &definition) {
        return MetricDefinition{QString::fromLatin1(field), title, definition};
    };
    return {
        m("registered", tr("Registered"),
          tr("Disputes registered by an organisation in the area with a date received in the "
             "period.")),
        m("accepted", tr("Accepted"),
          tr("Disputes accepted for mediation in the period by an organisation in the area.")),
        m("concluded", tr("Concluded"),
          tr("Mediations concluded in the period by an organisation in the area: settled, failed, "
             "withdrawn or filed by a court.")),
        m("settled", tr("Settled"), tr("Concluded with an agreement (调解成功).")),
        m("failed", tr("Failed"), tr("Concluded without agreement (调解不成).")),
        m("withdrawn", tr("Withdrawn"), tr("Concluded because the applicant withdrew.")),
        m("filed", tr("Filed"),
          tr("Concluded by a court or tribunal filing the dispute as a lawsuit (立案).")),
        m("not_accepted", tr("Not accepted"),
          tr("Disputes refused for mediation in the period; not a concluded mediation.")),
        m("referred_up", tr("Referred up"),
          tr("Referrals sent to a higher tier in the period by an organisation in the area.")),
        m("delegated", tr("Delegated"),
          tr("Delegations sent down by a court or tribunal in the area in the period.")),
        m("success_rate", tr("Success rate"),
          tr("Settled ÷ concluded (调解成功率).")),
        m("mediation_withdrawal_rate", tr("Mediation and withdrawal rate"),
          tr("(Settled + withdrawn) ÷ concluded (调撤率).")),
        m("litigation_rate", tr("Litigation rate"),
          tr("Cases filed by the courts and tribunals of the area ÷ disputes registered in the "
             "area in the period (成讼率); lower is better.")),
        m("litigation_per_10k", tr("Litigation per 10,000 people"),
          tr("Cases filed in the period ÷ population of the area × 10,000 (万人成讼率); empty "
             "when no population is recorded.")),
        m("settled_in_village_share", tr("Settled in the village"),
          tr("Share of the settled disputes settled by a village mediation room (小事不出村).")),
        m("settled_at_or_below_township_share", tr("Settled at or below the township"),
          tr("Share of the settled disputes settled by a village or township (大事不出镇).")),
        m("cycle_days_average", tr("Average cycle (days)"),
          tr("Mean of the days from receipt to conclusion over the concluded mediations.")),
        m("cycle_days_median", tr("Median cycle (days)"),
          tr("Median of the days from receipt to conclusion over the concluded mediations.")),
        m("overdue", tr("Overdue now"),
          tr("Open cases handled in the area whose mediation began (accepted, or received if "
             "not yet accepted) more than 30 days before the reference day.")),
        m("amount_involved", tr("Amount involved"),
          tr("Sum of the amounts in dispute of the concluded mediations.")),
        m("agreement_amount", tr("Agreement amount"),
          tr("Sum of the obligations in the agreements of the settled disputes.")),
        m("prevented_criminal_cases", tr("Prevented from turning criminal"),
          tr("Disputes recorded in the period as prevented from turning into criminal cases "
             "(防止民转刑), and the persons involved.")),
        m("prevented_petition_cases", tr("Mass petitions prevented"),
          tr("Disputes recorded in the period as preventing a mass petition (防止群体性上访), "
             "and the persons involved.")),
        m("fulfilment_rate", tr("Fulfilment rate"),
          tr("Instalments performed ÷ instalments due by the reference day, over the agreements of the period.")),
        m("satisfaction", tr("Satisfaction"),
          tr("Mean feedback rating (1 to 5) of the period.")),
    };
}

MetricDefinition Metrics::find(const QString &field)
{
    for (const MetricDefinition &d : all())
        if (d.field == field)
            return d;
    return {};
}

} // namespace tj
