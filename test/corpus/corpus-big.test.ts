/**
 * The corpus's 50,000-row workbooks through both hosts, with the same promises as the small cases:
 * faults deep in the table found at their cells, nothing typed changed, nothing crashing. Slow
 * (minutes), so it has a file of its own and runs beside the other suites.
 */
import { BIG_CASES } from "./cases/big-cases";
import { describeCase } from "./describe-case";

for (const c of BIG_CASES) describeCase(c, 900_000);
