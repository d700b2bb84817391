/**
 * The contract first: a missing table or key column breaks formulas, the dashboard and donors'
 * readers, and every other rule skips what is missing, so this is where the user learns of it.
 */
import { CONTRACT_VERSION, TABLE_NAMES } from "../../contract";
import { tableInfo } from "../schema";
import type { RuleGroup } from "../rule";
import { contractVersionStatus } from "../../layout/contract-version";
import { CONTRACT_VERSION_NAME } from "../../settings";

export const structureRules: RuleGroup = {
  rules: [
    { id: "no-plan", severity: "error" },
    { id: "table-missing", severity: "error" },
    { id: "column-missing", severity: "error" },
    { id: "settings-missing", severity: "warning" },
    { id: "contract-version-newer", severity: "error" },
    { id: "contract-version-older", severity: "warning" },
  ],
  run(ctx) {
    const w = ctx.words;
    const version = contractVersionStatus(ctx.data.contractVersion);
    if (version.kind === "newer") {
      ctx.report(
        "contract-version-newer",
        { table: "tblSettings" },
        ctx.t("contract-version-newer", { found: String(version.found), name: CONTRACT_VERSION_NAME, version: String(CONTRACT_VERSION) }),
      );
    } else if (version.kind === "older" || version.kind === "unreadable") {
      ctx.report(
        "contract-version-older",
        { table: "tblSettings" },
        ctx.t(version.kind === "older" ? "contract-version-older" : "contract-version-older.unreadable", {
          found: String(version.found),
          name: CONTRACT_VERSION_NAME,
          version: String(CONTRACT_VERSION),
        }),
      );
    }
    // An ordinary workbook is not a plan with every table missing: one line says what it is.
    if (!ctx.data.settingsFound && version.kind === "absent" && TABLE_NAMES.every((name) => !ctx.table(name))) {
      ctx.report(
        "no-plan",
        { table: "tblSettings" },
        ctx.t("no-plan", { goals: w.table("tblGoals"), actions: w.table("tblActions"), settings: w.table("tblSettings") }),
      );
      return;
    }
    for (const name of TABLE_NAMES) {
      const info = tableInfo(name);
      const table = ctx.table(name);
      const fix = w.restore(info.stage);
      if (!table) {
        const sheet = info.sheet ? ctx.t("table-missing.sheet", { sheet: w.sheet(info.sheet) }) : "";
        ctx.report(
          "table-missing",
          { table: name },
          ctx.t("table-missing", { caption: w.table(name), table: name, sheet, fix }),
        );
        continue;
      }
      for (const column of info.keyColumns) {
        if (table.has(column)) continue;
        ctx.report(
          "column-missing",
          { table: name, column },
          ctx.t("column-missing", { table: w.table(name), column: w.header(column), headers: table.read.headers.map((h) => w.header(h)).join(", ") || ctx.t("list.none"), fix }),
        );
      }
    }
    if (!ctx.data.settingsFound) {
      const s = ctx.settings;
      ctx.report(
        "settings-missing",
        { table: "tblSettings" },
        ctx.t("settings-missing", { first: String(s.startYear), last: String(s.endYear), max: String(s.maxGoals), table: w.table("tblSettings"), sheet: w.sheet("Settings") }),
      );
    }
  },
};
