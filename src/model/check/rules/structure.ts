/**
 * The contract first: a missing table or key column breaks formulas, the dashboard and donors'
 * readers, and every other rule skips what is missing, so this is where the user learns of it.
 */
import { CONTRACT_VERSION, TABLE_NAMES } from "../../contract";
import { tableInfo } from "../schema";
import { restoreHint, type RuleGroup } from "../rule";
import { contractVersionStatus } from "../../layout/contract-version";
import { CONTRACT_VERSION_NAME } from "../../settings";

export const structureRules: RuleGroup = {
  rules: [
    { id: "no-plan", severity: "error", stage: 0, summary: "The workbook holds no M&D plan: none of its tables and no settings." },
    { id: "table-missing", severity: "error", stage: 0, summary: "A contract table is missing from the workbook (its checks are skipped)." },
    { id: "column-missing", severity: "error", stage: 0, summary: "A key column of a contract table is missing (checks that need it are skipped)." },
    { id: "settings-missing", severity: "warning", stage: 0, summary: "The plan settings were not found: the check used the defaults." },
    { id: "contract-version-newer", severity: "error", stage: 0, summary: "The workbook follows a newer contract version than this tool knows." },
    { id: "contract-version-older", severity: "warning", stage: 0, summary: "The workbook follows an older (or unreadable) contract version." },
  ],
  run(ctx) {
    const version = contractVersionStatus(ctx.data.contractVersion);
    if (version.kind === "newer") {
      ctx.report(
        "contract-version-newer",
        { table: "tblSettings" },
        `The workbook follows workbook contract version ${version.found} (defined name ${CONTRACT_VERSION_NAME}), newer than version ${CONTRACT_VERSION} this check knows, so findings may be wrong or missing. Update the M&D Planner add-in or mdplan, then check again.`,
      );
    } else if (version.kind === "older" || version.kind === "unreadable") {
      ctx.report(
        "contract-version-older",
        { table: "tblSettings" },
        `The workbook records ${version.kind === "older" ? `workbook contract version ${version.found}` : `"${version.found}" as its contract version`} (defined name ${CONTRACT_VERSION_NAME}); this check follows version ${CONTRACT_VERSION}. Run mdplan refresh FILE or the add-in's set-up to bring it up to date.`,
      );
    }
    // An ordinary workbook is not a plan with every table missing: one line says what it is.
    if (!ctx.data.settingsFound && version.kind === "absent" && TABLE_NAMES.every((name) => !ctx.table(name))) {
      ctx.report(
        "no-plan",
        { table: "tblSettings" },
        `No M&D plan in this workbook (none of its tables, such as tblGoals and tblActions, and no tblSettings). To add one, run mdplan refresh FILE, or press "Set up workbook" in the add-in.`,
      );
      return;
    }
    for (const name of TABLE_NAMES) {
      const info = tableInfo(name);
      const table = ctx.table(name);
      const fix = restoreHint(info.stage);
      if (!table) {
        const sheet = info.sheet ? ` (normally on the sheet "${info.sheet}")` : "";
        ctx.report(
          "table-missing",
          { table: name },
          `The table ${name}${sheet} is missing, so its checks were skipped; expected an Excel table named ${name}. ` +
            `If you renamed it, name it ${name} again (Table Design > Table Name); otherwise ${fix}.`,
        );
        continue;
      }
      for (const column of info.keyColumns) {
        if (table.has(column)) continue;
        ctx.report(
          "column-missing",
          { table: name, column },
          `${name} has no column "${column}" (headers found: ${table.read.headers.join(", ") || "none"}), so checks that need it were skipped; ` +
            `expected a header "${column}". If you renamed it, type the header back as "${column}"; otherwise ${fix}.`,
        );
      }
    }
    if (!ctx.data.settingsFound) {
      const s = ctx.settings;
      ctx.report(
        "settings-missing",
        { table: "tblSettings" },
        `The plan settings (table tblSettings and its defined names) were not found, so the check used ` +
          `plan period ${s.startYear} to ${s.endYear}, at most ${s.maxGoals} goals. ` +
          `Restore the Settings sheet with mdplan refresh FILE or the add-in's set-up, then fill in the plan's settings.`,
      );
    }
  },
};
