/** The IATI activity model read back from an activity file alone, to hold the JSON to the XML's content. */
import { parseXml, type XmlElement } from "../../../src/hosts/xlsx/package/xml-tree";
import type { IatiActivities } from "../../../src/model/iati";

/** The activity model, read back from the XML alone: what the JSON must then equal. */
export function fromXml(text: string): IatiActivities {
  const root = parseXml(text);
  const kids = (e: XmlElement, name: string) => e.children.filter((c) => c.local === name);
  const kid = (e: XmlElement, name: string) => kids(e, name)[0];
  const at = (e: XmlElement, name: string) => e.attributes.find((a) => a.local === name)?.value;
  const narrative = (e: XmlElement) => kid(e, "narrative").text;
  const opt = <T>(key: string, value: T | undefined) => (value === undefined ? {} : { [key]: value });
  const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
  const amount = (e: XmlElement) => Number(kid(e, "value").text);
  const org = (e: XmlElement) => ({ name: narrative(e), ...opt("ref", at(e, "ref")), ...opt("type", at(e, "type")) });
  return {
    version: at(root, "version") as "2.03",
    generatedDateTime: at(root, "generated-datetime")!,
    activities: kids(root, "iati-activity").map((a) => ({
      identifier: kid(a, "iati-identifier").text,
      language: at(a, "lang")!,
      currency: at(a, "default-currency")!,
      lastUpdatedDateTime: at(a, "last-updated-datetime")!,
      reportingOrg: { name: narrative(kid(a, "reporting-org")), ref: at(kid(a, "reporting-org"), "ref")!, type: at(kid(a, "reporting-org"), "type")! },
      title: narrative(kid(a, "title")),
      descriptions: kids(a, "description").map((d) => ({ type: at(d, "type")!, text: narrative(d) })),
      participatingOrgs: kids(a, "participating-org").map((o) => ({ role: at(o, "role")!, name: narrative(o), ...opt("ref", at(o, "ref")), ...opt("type", at(o, "type")) })),
      status: at(kid(a, "activity-status"), "code")!,
      dates: kids(a, "activity-date").map((d) => ({ type: at(d, "type")!, isoDate: at(d, "iso-date")! })),
      recipientCountry: { code: at(kid(a, "recipient-country"), "code")!, name: narrative(kid(a, "recipient-country")) },
      sectors: kids(a, "sector").map((s) => ({ vocabulary: at(s, "vocabulary")!, code: at(s, "code")!, percentage: Number(at(s, "percentage")) })),
      tags: kids(a, "tag").map((t) => ({ vocabulary: at(t, "vocabulary")!, ...opt("vocabularyUri", at(t, "vocabulary-uri")), code: at(t, "code")!, ...opt("name", kid(t, "narrative")?.text) })),
      budgets: kids(a, "budget").map((b) => ({
        type: at(b, "type")!,
        status: at(b, "status")!,
        periodStart: at(kid(b, "period-start"), "iso-date")!,
        periodEnd: at(kid(b, "period-end"), "iso-date")!,
        value: amount(b),
        valueDate: at(kid(b, "value"), "value-date")!,
      })),
      transactions: kids(a, "transaction").map((t) => ({
        type: at(kid(t, "transaction-type"), "code")!,
        date: at(kid(t, "transaction-date"), "iso-date")!,
        value: amount(t),
        valueDate: at(kid(t, "value"), "value-date")!,
        ...opt("description", kid(t, "description") && narrative(kid(t, "description"))),
        ...opt("providerOrg", kid(t, "provider-org") && org(kid(t, "provider-org"))),
        ...opt("receiverOrg", kid(t, "receiver-org") && org(kid(t, "receiver-org"))),
      })),
      results: kids(a, "result").map((r) => ({
        type: at(r, "type")!,
        title: narrative(kid(r, "title")),
        indicators: kids(r, "indicator").map((i) => ({
          measure: at(i, "measure")!,
          ...opt("ascending", at(i, "ascending") === undefined ? undefined : at(i, "ascending") === "1"),
          title: narrative(kid(i, "title")),
          ...opt("reference", kid(i, "reference") && { vocabulary: at(kid(i, "reference"), "vocabulary")!, code: at(kid(i, "reference"), "code")! }),
          ...opt("baseline", kid(i, "baseline") && { year: Number(at(kid(i, "baseline"), "year")), ...opt("value", num(at(kid(i, "baseline"), "value"))) }),
          periods: kids(i, "period").map((p) => ({
            start: at(kid(p, "period-start"), "iso-date")!,
            end: at(kid(p, "period-end"), "iso-date")!,
            ...opt("target", num(kid(p, "target") && at(kid(p, "target"), "value"))),
            actuals: kids(p, "actual").map((x) => ({ value: Number(at(x, "value")), dimensions: kids(x, "dimension").map((d) => ({ name: at(d, "name")!, value: at(d, "value")! })) })),
          })),
        })),
      })),
    })),
  };
}

