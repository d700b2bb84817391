/** IATI activities as an IATI 2.03 activity file, elements in the order the schema sets. */
import type { IatiActivities, IatiActivity, IatiBudget, IatiIndicator, IatiPeriod, IatiResult, IatiTag, IatiTransaction } from "./activity";
import { decimal, serialize, type XmlElement } from "./xml";

const el = (name: string, attributes: XmlElement["attributes"] = [], children: XmlElement["children"] = []): XmlElement => ({ name, attributes, children });
const narrative = (text: string, lang?: string): XmlElement => ({ name: "narrative", attributes: [["xml:lang", lang]], text });
const dated = (name: string, isoDate: string) => el(name, [["iso-date", isoDate]]);
const value = (amount: number, valueDate: string): XmlElement => ({ name: "value", attributes: [["value-date", valueDate]], text: decimal(amount) });

function tag(t: IatiTag): XmlElement {
  // The GCM objectives' names are the Compact's English.
  return el("tag", [["vocabulary", t.vocabulary], ["vocabulary-uri", t.vocabularyUri], ["code", t.code]], [t.name === undefined ? undefined : narrative(t.name, "en")]);
}

function budget(b: IatiBudget): XmlElement {
  return el("budget", [["type", b.type], ["status", b.status]], [dated("period-start", b.periodStart), dated("period-end", b.periodEnd), value(b.value, b.valueDate)]);
}

function transaction(t: IatiTransaction): XmlElement {
  return el("transaction", [], [
    el("transaction-type", [["code", t.type]]),
    dated("transaction-date", t.date),
    value(t.value, t.valueDate),
    t.description === undefined ? undefined : el("description", [], [narrative(t.description)]),
    t.providerOrg === undefined ? undefined : el("provider-org", [["ref", t.providerOrg.ref], ["type", t.providerOrg.type]], [narrative(t.providerOrg.name)]),
    t.receiverOrg === undefined ? undefined : el("receiver-org", [["ref", t.receiverOrg.ref], ["type", t.receiverOrg.type]], [narrative(t.receiverOrg.name)]),
  ]);
}

function period(p: IatiPeriod): XmlElement {
  return el("period", [], [
    dated("period-start", p.start),
    dated("period-end", p.end),
    p.target === undefined ? undefined : el("target", [["value", p.target]]),
    ...p.actuals.map((a) => el("actual", [["value", a.value]], a.dimensions.map((d) => el("dimension", [["name", d.name], ["value", d.value]])))),
  ]);
}

function indicator(i: IatiIndicator): XmlElement {
  return el("indicator", [["measure", i.measure], ["ascending", i.ascending === undefined ? undefined : i.ascending ? "1" : "0"]], [
    el("title", [], [narrative(i.title)]),
    i.reference === undefined ? undefined : el("reference", [["vocabulary", i.reference.vocabulary], ["code", i.reference.code]]),
    i.baseline === undefined ? undefined : el("baseline", [["year", i.baseline.year], ["value", i.baseline.value]]),
    ...i.periods.map(period),
  ]);
}

function result(r: IatiResult): XmlElement {
  return el("result", [["type", r.type]], [el("title", [], [narrative(r.title)]), ...r.indicators.map(indicator)]);
}

function activity(a: IatiActivity): XmlElement {
  return el("iati-activity", [["last-updated-datetime", a.lastUpdatedDateTime], ["xml:lang", a.language], ["default-currency", a.currency]], [
    { name: "iati-identifier", text: a.identifier },
    el("reporting-org", [["ref", a.reportingOrg.ref], ["type", a.reportingOrg.type]], [narrative(a.reportingOrg.name)]),
    el("title", [], [narrative(a.title)]),
    ...a.descriptions.map((d) => el("description", [["type", d.type]], [narrative(d.text)])),
    ...a.participatingOrgs.map((o) => el("participating-org", [["ref", o.ref], ["type", o.type], ["role", o.role]], [narrative(o.name)])),
    el("activity-status", [["code", a.status]]),
    ...a.dates.map((d) => el("activity-date", [["type", d.type], ["iso-date", d.isoDate]])),
    el("recipient-country", [["code", a.recipientCountry.code]], [narrative(a.recipientCountry.name)]),
    ...a.sectors.map((s) => el("sector", [["vocabulary", s.vocabulary], ["code", s.code], ["percentage", s.percentage]])),
    ...a.tags.map(tag),
    ...a.budgets.map(budget),
    ...a.transactions.map(transaction),
    ...a.results.map(result),
  ]);
}

export function iatiXml(file: IatiActivities): string {
  return serialize(el("iati-activities", [["version", file.version], ["generated-datetime", file.generatedDateTime]], file.activities.map(activity)));
}
