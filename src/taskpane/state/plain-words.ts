/**
 * The model and the hosts name tables by their code names (tblGoals) and speak to developers and
 * command-line users as well as planners. The pane translates their messages here, for display
 * only, into the words a planner sees on the sheets: table captions, sheet names, the pane's own
 * buttons. The original message stays available behind a "Details" disclosure.
 */
import { outline, placesLanguage } from "./outline-loader";
import type { TablePlace } from "./plan-outline";

export type { TablePlace } from "./plan-outline";

/** Where a table stands and what its caption says, by code name (any case); undefined for a name the plan does not lay out. */
export function tablePlace(name: string): TablePlace | undefined {
  return outline()?.places(placesLanguage()).get(name.toLowerCase());
}

/** "the "Priority goals" table", or the code name itself for a table the plan does not know. */
export function tableWords(name: string): string {
  const place = tablePlace(name);
  return place ? `the "${place.caption}" table` : name;
}

export interface WordsContext {
  /**
   * The message comes from reading the workbook, not from a set-up that just ran: "nothing on it
   * was changed ... run set-up again" would speak of a set-up the user never started.
   */
  beforeSetUp?: boolean;
}

const CODE_NAME = /\b([Tt]able )?(tbl[A-Z][A-Za-z]*)\b( row\b)?/g;

/** A model or host message in the planner's words. */
export function plainWords(message: string, context: WordsContext = {}): string {
  let text = message
    // The pane is the add-in: the command line is for other readers of the same message.
    .replace(/, or run mdplan refresh( FILE)?/g, "")
    .replace(/ \(or run mdplan refresh\)/g, "")
    .replace(/run mdplan refresh( FILE)?, or press/g, "press")
    .replace(/ in the add-in\b/g, "")
    .replace(/^Name (md[A-Za-z]+) is missing\.$/, "A name the sheets' formulas use ($1) is missing.")
    .replace(/^(tbl[A-Z][A-Za-z]*) lacks /, "Table $1 lacks the columns ");
  text = text.replace(CODE_NAME, (whole, table: string | undefined, name: string, row: string | undefined) => {
    const place = tablePlace(name);
    if (!place) return whole;
    if (table) return `${table}"${place.caption}"${row ?? ""}`;
    if (row) return `"${place.caption}"${row}`;
    return `the "${place.caption}" table`;
  });
  // A cell quoted in a message as Excel writes it ('3 Plan of Action'!A7) reads as the finding's own place does.
  text = text.replace(/'((?:[^']|'')+)'!\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?/g, (address) => cellWords(address));
  // "Table "Migration context" is missing." reads better with the caption first.
  text = text.replace(/^Table "([^"]+)" is missing\.$/, 'The "$1" table is missing.');
  if (context.beforeSetUp) {
    text = text
      .replace(/, so nothing on it was changed\./, ", so the add-in cannot set it up.")
      .replace(/,? then (run set-up|set up this stage) again\./, ", then press Set up this stage.");
  }
  return text;
}

/** `'3 Plan of Action'!C7` → "3 Plan of Action, cell C7"; anything else as it is. */
export function cellWords(address: string): string {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(address);
  if (!m) return address;
  const sheet = (m[1] ?? m[2]).replace(/''/g, "'");
  const range = m[5] ? `cells ${m[3]}${m[4]} to ${m[5]}${m[6]}` : `cell ${m[3]}${m[4]}`;
  return `${sheet}, ${range}`;
}

/**
 * A catalogue source as a planner reads it: the first clause, without the file a name was copied
 * from ("UN global SDG indicator framework (names as in …/global_indicators.yml); …").
 */
export function shortSource(source: string): string {
  const first = source.split(";")[0].trim();
  return first.replace(/\s*\([^)]*\.(ya?ml|json|csv)\)/gi, "").trim();
}
