/** TODAY (the date the file is written: the host passes it) and the parts of a date serial. */
import { isoDate } from "../../dates";
import type { FunctionDef } from "../evaluate";
import { isError, NotKnown, NUM } from "../values";
import { numberArg } from "./args";

function part(index: number): FunctionDef {
  return {
    minArgs: 1,
    maxArgs: 1,
    call(ev, [a]) {
      const x = numberArg(ev, a);
      if (isError(x)) return x;
      if (x < 0) return NUM;
      // Before 1 March 1900 Excel counts a 29 February that never was.
      if (x < 61) throw new NotKnown("a date before March 1900");
      return Number(isoDate(Math.floor(x)).split("-")[index]);
    },
  };
}

export const DATES: Record<string, FunctionDef> = {
  TODAY: { minArgs: 0, maxArgs: 0, call: (ev) => ev.today },
  YEAR: part(0),
  MONTH: part(1),
  DAY: part(2),
};
