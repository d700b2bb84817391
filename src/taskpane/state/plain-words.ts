/**
 * Places and sources in the words a planner sees on the sheets: a table's caption and sheet for
 * its code name, a cell as sheet and address. The check's findings need no rewriting here: they
 * name tables by caption and the pane's buttons in the message's own language (checkPlan's host).
 */
import { outline, placesLanguage } from "./outline-loader";
import type { TablePlace } from "./plan-outline";
import type { CheckWords } from "../../model/i18n/pane-check";

export type { TablePlace } from "./plan-outline";

/** Where a table stands and what its caption says, by code name (any case); undefined for a name the plan does not lay out. */
export function tablePlace(name: string): TablePlace | undefined {
  return outline()?.places(placesLanguage()).get(name.toLowerCase());
}

/** `'3 Plan of Action'!C7` → "3 Plan of Action, cell C7" in the words given (the Check tab's); anything else as it is. */
export function cellWords(address: string, t: CheckWords): string {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(address);
  if (!m) return address;
  const sheet = (m[1] ?? m[2]).replace(/''/g, "'");
  return m[5] ? t("place.cells", { sheet, first: `${m[3]}${m[4]}`, last: `${m[5]}${m[6]}` }) : t("place.cell", { sheet, cell: `${m[3]}${m[4]}` });
}

/**
 * A catalogue source as a planner reads it: the first clause, without the file a name was copied
 * from ("UN global SDG indicator framework (names as in …/global_indicators.yml); …").
 */
export function shortSource(source: string): string {
  const first = source.split(";")[0].trim();
  return first.replace(/\s*\([^)]*\.(ya?ml|json|csv)\)/gi, "").trim();
}
