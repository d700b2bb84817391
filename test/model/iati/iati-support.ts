/** What the IATI export's tests share: settings that complete a plan, the schema, the code lists. */
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { newPlanWorkbook } from "../../../src/hosts/xlsx/plan-file";
import { readPlanFromPackage } from "../../../src/hosts/xlsx/package/read-plan";
import type { PlanTables } from "../../../src/model/check/plan-tables";
import type { PlanSettings } from "../../../src/model/settings";
import type { PlanData } from "../../../src/model/workbook";

export const SHARED = process.env.MDPLAN_SHARED ?? join(__dirname, "..", "..", "..", "..", "shared");
export const SCHEMA = join(SHARED, "schemas", "iati-2.03", "iati-activities-schema.xsd");
export const CORPUS = join(SHARED, "corpus", "real-world");

/** A fictional publisher: ZZ is a user-assigned ISO 3166-1 code, so no real country is named. */
export const IATI_SETTINGS: Pick<PlanSettings, "reportingOrgName" | "reportingOrgId" | "reportingOrgType" | "countryCode" | "activityPrefix"> = {
  reportingOrgName: "Ministry of Planning & Development",
  reportingOrgId: "XM-EXAMPLE-MOPD",
  reportingOrgType: "10",
  countryCode: "ZZ",
  activityPrefix: "XM-EXAMPLE-MOPD-NPA",
};

/** The shared catalogue's IATI code lists and migration lists, as the test reads them (not the model's copy). */
export interface Catalog {
  iati: Record<string, { code: string; name: string }[] | string>;
  sdgIndicators: { items: { code: string }[] };
  gcmObjectives: { items: { number: number }[] };
  dacSectorsMigrationRelated: { items: { code: string }[] };
}
export const catalog = (): Catalog => JSON.parse(readFileSync(join(SHARED, "reference", "catalog.json"), "utf8")) as Catalog;

export async function planOf(settings: PlanSettings, data: PlanData): Promise<PlanTables> {
  const bytes = (await newPlanWorkbook(settings, data)).bytes;
  return readPlanFromPackage("plan.xlsx", bytes);
}

const dir = mkdtempSync(join(tmpdir(), "mdplan-iati-"));
let count = 0;

/** xmllint's verdict on a document against the IATI 2.03 activity schema: "" when valid, else its complaints. */
export function schemaErrors(xml: string): string {
  const file = join(dir, `activities-${++count}.xml`);
  writeFileSync(file, xml);
  try {
    execFileSync("xmllint", ["--noout", "--schema", SCHEMA, file], { stdio: ["ignore", "pipe", "pipe"] });
    return "";
  } catch (e) {
    return String((e as { stderr?: Buffer }).stderr ?? e);
  }
}
