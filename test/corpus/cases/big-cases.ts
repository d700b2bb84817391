/** Tables of 50,000 rows, with faults deep down where a reader cutting corners would miss them. */
import { newPlanWorkbook } from "../../../src/hosts/xlsx/plan-file";
import { excelDate } from "../../../src/model/dates";
import { DEFAULT_SETTINGS } from "../../../src/model/settings";
import { bigPlan } from "../../../scripts/bench/big-plan";
import type { CorpusCase } from "../corpus-case";

export const BIG_ROWS = 50_000;

export const BIG_CASES: CorpusCase[] = [
  {
    id: "actions-50000",
    title: "50,000 actions, one of them (A45001) with 'tbc' as its Budget and one (A49999) with its Start as text",
    make: async () => {
      const data = bigPlan(5, BIG_ROWS, 50);
      data.tblActions![45_000].Budget = "tbc";
      data.tblActions![49_998].Start = "2026-01-01";
      data.tblActions![10].End = excelDate("2027-06-30");
      return (await newPlanWorkbook({ ...DEFAULT_SETTINGS, country: "Bigland", title: "A plan of 50,000 actions" }, data)).bytes;
    },
    expect: [
      { kind: "finding", rule: "number-invalid", cell: /!I45007$/ },
      { kind: "finding", rule: "date-text", cell: /!G50005$/ },
    ],
  },
];
