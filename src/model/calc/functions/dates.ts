/** TODAY (the date the file is written: the host passes it) and the parts of a date serial. */
import { dayOfSerial } from "../../dates";
import type { FunctionDef } from "../evaluate";
import { isError, NotKnown, NUM } from "../values";
import { numberArg } from "./args";

function part(index: "year" | "month" | "day"): FunctionDef {
  return {
    minArgs: 1,
    maxArgs: 1,
    call(ev, [a]) {
      const x = numberArg(ev, a);
      if (isError(x)) return x;
      if (x < 0) return NUM;
      // Serial 0 is "0 January 1900", which no calendar has.
      if (x < 1) throw new NotKnown("day 0 of January 1900");
      return dayOfSerial(x)[index];
    },
  };
}

export const DATES: Record<string, FunctionDef> = {
  TODAY: { minArgs: 0, maxArgs: 0, call: (ev) => ev.today },
  YEAR: part("year"),
  MONTH: part("month"),
  DAY: part("day"),
};
