/**
 * The catalogue's entries as types, and how a goal names an objective: apart from catalog.ts so
 * that code needing only these (the pane's first chunk) does not carry the catalogue's data.
 */
export interface CatalogIndicator {
  code: string;
  name: string;
  source: string;
}

export interface GcmObjective {
  number: number;
  short: string;
  title: string;
}

/** "6 Recruitment and decent work": how goals are tagged with an objective. */
export const gcmLabel = (o: GcmObjective) => `${o.number} ${o.short}`;
