/**
 * Why this module exists: the doubles make one another (range.worksheet is a Worksheet whose
 * getRange makes Ranges; a Range's conditional formats hand back Ranges; a table's worksheet
 * holds tables). Had range.ts and table.ts imported the modules they make these from, the modules
 * would import one another in a cycle; so the doubles made against the grain come through `make`,
 * which context.ts (importing every double) fills once with the real classes.
 */
import type { DoubleOf } from "./api-types";
import type { Locator } from "./proxy";
import type { RangeTarget } from "./range-target";
import type { Session } from "./session";

export interface LateDoubles {
  worksheet(session: Session, locator: Locator<string>): DoubleOf<"Worksheet">;
  conditionalFormats(session: Session, locator: Locator<RangeTarget>): DoubleOf<"ConditionalFormatCollection">;
}

let bound: LateDoubles | undefined;

export function bindLateDoubles(doubles: LateDoubles): void {
  bound = doubles;
}

function doubles(): LateDoubles {
  if (!bound) throw new Error("excel-double: late-doubles.ts is not bound yet (context.ts binds it)");
  return bound;
}

export const make: LateDoubles = {
  worksheet: (session, locator) => doubles().worksheet(session, locator),
  conditionalFormats: (session, locator) => doubles().conditionalFormats(session, locator),
};
