/**
 * An IATI 2.03 activity file as plain data: what the XML and the JSON both say. Codes are strings
 * of IATI's code lists; amounts are numbers in the plan's currency; dates are ISO (yyyy-mm-dd).
 */
export interface IatiActivities {
  version: "2.03";
  /** When the file was made: the date transactions are reported at (see transactions.ts). */
  generatedDateTime: string;
  activities: IatiActivity[];
}

export interface IatiOrg {
  name: string;
  ref?: string;
  type?: string;
}

export interface IatiActivity {
  identifier: string;
  /** ISO 639-1: the language the plan's texts are typed in (its workbook's). */
  language: string;
  /** ISO 4217: every amount's currency. */
  currency: string;
  lastUpdatedDateTime: string;
  reportingOrg: Required<IatiOrg>;
  title: string;
  descriptions: { type: string; text: string }[];
  participatingOrgs: (IatiOrg & { role: string })[];
  status: string;
  dates: { type: string; isoDate: string }[];
  recipientCountry: { code: string; name: string };
  sectors: { vocabulary: string; code: string; percentage: number }[];
  tags: IatiTag[];
  budgets: IatiBudget[];
  transactions: IatiTransaction[];
  results: IatiResult[];
}

export interface IatiTag {
  vocabulary: string;
  vocabularyUri?: string;
  code: string;
  /** A name in English, where the vocabulary's code alone says little (the GCM's objectives). */
  name?: string;
}

export interface IatiBudget {
  type: string;
  status: string;
  periodStart: string;
  periodEnd: string;
  value: number;
  valueDate: string;
}

export interface IatiTransaction {
  type: string;
  date: string;
  value: number;
  valueDate: string;
  description?: string;
  providerOrg?: IatiOrg;
  receiverOrg?: IatiOrg;
}

export interface IatiResult {
  type: string;
  title: string;
  indicators: IatiIndicator[];
}

export interface IatiDimension {
  name: string;
  value: string;
}

export interface IatiIndicator {
  measure: string;
  /** Omitted where the plan gives no direction (IATI then reads it as ascending). */
  ascending?: boolean;
  title: string;
  reference?: { vocabulary: string; code: string };
  baseline?: { year: number; value?: number };
  periods: IatiPeriod[];
}

export interface IatiPeriod {
  start: string;
  end: string;
  target?: number;
  /** The total first, when reported; then one per disaggregation reported (sex, age group). */
  actuals: { value: number; dimensions: IatiDimension[] }[];
}
