/**
 * The capacity matrix and the dashboard are rebuilt on demand, not as people type: when their
 * rows or columns no longer match the tables they come from, say so and how to rebuild them.
 */
import { isOngoingStatus } from "../../contract";
import { GAPS_COLUMN } from "../../derived/capacity-matrix";
import { distinctTexts } from "../../derived/distinct";
import { REBUILD_ACTIONS } from "../../registry";
import type { CheckContext } from "../context";
import type { RuleGroup } from "../rule";

const keyOf = (s: string) => s.trim().toLowerCase();

function difference(wanted: string[], present: string[]): { missing: string[]; extra: string[] } {
  const have = new Set(present.map(keyOf));
  const want = new Set(wanted.map(keyOf));
  return { missing: wanted.filter((w) => !have.has(keyOf(w))), extra: present.filter((p) => !want.has(keyOf(p))) };
}

function describe(ctx: CheckContext, kind: "stakeholders" | "areas" | "items", d: { missing: string[]; extra: string[] }): string[] {
  const parts: string[] = [];
  if (d.missing.length) parts.push(ctx.t(`derived.lacks.${kind}`, { list: ctx.words.list(d.missing, 8) }));
  if (d.extra.length) parts.push(ctx.t(`derived.extra.${kind}`, { list: ctx.words.list(d.extra, 8) }));
  return parts;
}

const joined = (ctx: CheckContext, parts: string[]) => parts.reduce((first, second) => ctx.t("derived.and", { first, second }));

function matrixRule(ctx: CheckContext): void {
  const capacity = ctx.table("tblCapacity", "Stakeholder", "Capacity area");
  const matrix = ctx.table("tblCapacityMatrix", "Stakeholder");
  if (!capacity || !matrix) return;
  const stakeholders = difference(distinctTexts(capacity.rows.map((r) => r.text("Stakeholder"))), distinctTexts(matrix.rows.map((r) => r.text("Stakeholder"))));
  const areaHeaders = matrix.read.headers.filter((h) => keyOf(h) !== "stakeholder" && keyOf(h) !== keyOf(GAPS_COLUMN)).map((h) => h.replace(/ \(area\)$/, ""));
  const areas = difference(distinctTexts(capacity.rows.map((r) => r.text("Capacity area"))), areaHeaders);
  const parts = [...describe(ctx, "stakeholders", stakeholders), ...describe(ctx, "areas", areas)];
  if (!parts.length) return;
  ctx.report(
    "capacity-matrix-out-of-date",
    { table: "tblCapacityMatrix" },
    ctx.t("capacity-matrix-out-of-date", { parts: joined(ctx, parts), table: ctx.words.table("tblCapacity"), stage: String(REBUILD_ACTIONS.capacity.part) }),
  );
}

function dashboardRule(ctx: CheckContext): void {
  const dashboard = ctx.table("tblDashboard", "Source", "ID");
  if (!dashboard) return;
  // Compared and listed in the message's words: both sides go through the same translation.
  const item = (source: string, id: string) => `${ctx.words.value(source)} ${id}`;
  const wanted: string[] = [];
  for (const [table, id, source] of [["tblActions", "Action ID", "Action"], ["tblWorkplan", "Activity ID", "Activity"], ["tblOtherProjects", "Project ID", "Other project"]] as const) {
    const t = ctx.table(table, id, "Status");
    for (const r of t?.rows ?? []) if (r.text(id) && isOngoingStatus(r.text("Status"))) wanted.push(item(source, r.text(id)));
  }
  const present = dashboard.rows.filter((r) => r.text("ID")).map((r) => item(r.text("Source"), r.text("ID")));
  const parts = describe(ctx, "items", difference(wanted, present));
  if (!parts.length) return;
  ctx.report(
    "dashboard-out-of-date",
    { table: "tblDashboard" },
    ctx.t("dashboard-out-of-date", { parts: joined(ctx, parts) }),
  );
}

export const derivedTableRules: RuleGroup = {
  rules: [
    { id: "capacity-matrix-out-of-date", severity: "warning" },
    { id: "dashboard-out-of-date", severity: "warning" },
  ],
  run(ctx) {
    matrixRule(ctx);
    dashboardRule(ctx);
  },
};
