/** Every corpus case, built by script from the sample plan (see cases/). */
import type { CorpusCase } from "./corpus-case";
import { BIG_CASES } from "./cases/big-cases";
import { FILE_CASES } from "./cases/file-cases";
import { STRUCTURE_CASES } from "./cases/structure-cases";
import { VALUE_CASES } from "./cases/value-cases";

export const CORPUS: CorpusCase[] = [...STRUCTURE_CASES, ...VALUE_CASES, ...FILE_CASES, ...BIG_CASES];
