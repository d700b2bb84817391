/**
 * The contract's computed columns worked out in plain TypeScript, straight from the words of
 * workbook-contract.md, to compare with what a spreadsheet engine computes from our formulas.
 * Deliberately independent of src/: it shares no code with the formulas under test.
 */
type Row = Record<string, unknown>;
const num = (v: unknown): number | null => (typeof v === "number" ? v : null);
const txt = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());

export interface Thresholds {
  onTrack: number;
  atRisk: number;
  riskHigh: number;
  riskMedium: number;
}

export function resourceGap(r: Row): number | "" {
  const n = num(r["Needed"]), a = num(r["Available"]);
  return n === null || a === null ? "" : n - a;
}

export function capacityGap(r: Row): number | "" {
  const c = num(r["Current"]), q = num(r["Required"]);
  return c === null || q === null ? "" : Math.max(0, q - c);
}

export function committed(actionId: string, funding: Row[]): number {
  return funding.filter((f) => txt(f["Action ID"]).toLowerCase() === actionId.toLowerCase()).reduce((s, f) => s + (num(f["Committed"]) ?? 0), 0);
}

export function fundingGap(action: Row, funding: Row[]): number | "" {
  const b = num(action["Budget"]);
  return b === null ? "" : Math.max(0, b - committed(txt(action["Action ID"]), funding));
}

export function riskScore(r: Row): number | "" {
  const l = num(r["Likelihood"]), i = num(r["Impact"]);
  return l === null || i === null ? "" : l * i;
}

export function riskRating(r: Row, t: Thresholds): string {
  const s = riskScore(r);
  if (s === "") return "";
  return s >= t.riskHigh ? "High" : s >= t.riskMedium ? "Medium" : "Low";
}

function periodOrder(period: string): number {
  const y = Number(period.slice(0, 4));
  const rest = period.slice(5).toUpperCase();
  const month = period.length === 4 ? 12 : rest.startsWith("S") ? Number(rest.slice(1)) * 6 : rest.startsWith("Q") ? Number(rest.slice(1)) * 3 : Number(rest);
  return y * 100 + month;
}

const isTotal = (v: Row) => ["", "total"].includes(txt(v["Sex"]).toLowerCase()) && ["", "total"].includes(txt(v["Age group"]).toLowerCase());

export interface IndicatorResult {
  latest: number | "";
  progress: number | "";
  status: string;
}

export function indicator(ind: Row, values: Row[], t: Thresholds): IndicatorResult {
  const id = txt(ind["Indicator ID"]).toLowerCase();
  const totals = values.filter((v) => txt(v["Indicator ID"]).toLowerCase() === id && isTotal(v) && num(v["Value"]) !== null);
  if (!totals.length) return { latest: "", progress: "", status: "No data" };
  const latestPeriod = totals.map((v) => txt(v["Period"])).sort((a, b) => periodOrder(b) - periodOrder(a))[0];
  const latest = totals.find((v) => txt(v["Period"]) === latestPeriod)!["Value"] as number;
  const base = num(ind["Baseline"]), target = num(ind["Target"]);
  const progress = base === null || target === null || target === base ? "" : (latest - base) / (target - base);
  if (progress === "") return { latest, progress, status: "No data" };
  const by = num(ind["Baseline year"]), ty = num(ind["Target year"]);
  const year = Number(latestPeriod.slice(0, 4));
  const expected = by === null || ty === null ? 1 : ty === by ? 1 : (year - by) / (ty - by);
  const status = progress >= 1 || progress >= t.onTrack * expected ? "On track" : progress >= t.atRisk * expected ? "At risk" : "Off track";
  return { latest, progress, status };
}

const ONGOING = ["planned", "ongoing", "delayed"];
export interface DashboardRow {
  Source: string;
  ID: string;
  Title: unknown;
  "Goal ID": unknown;
  Lead: unknown;
  Start: unknown;
  End: unknown;
  Budget: unknown;
  Status: unknown;
  Progress: number | "";
}

export function dashboard(actions: Row[], workplan: Row[], projects: Row[]): DashboardRow[] {
  const on = (r: Row) => ONGOING.includes(txt(r["Status"]).toLowerCase());
  const avg = (id: string): number | "" => {
    const xs = workplan.filter((w) => txt(w["Action ID"]) === id).map((w) => num(w["Percent complete"])).filter((x): x is number => x !== null);
    return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : "";
  };
  return [
    ...actions.filter(on).map((a) => ({ Source: "Action", ID: txt(a["Action ID"]), Title: a["Title"], "Goal ID": a["Goal ID"], Lead: a["Lead agency"], Start: a["Start"], End: a["End"], Budget: a["Budget"], Status: a["Status"], Progress: avg(txt(a["Action ID"])) })),
    ...workplan.filter(on).map((w) => ({
      Source: "Activity",
      ID: txt(w["Activity ID"]),
      Title: w["Activity"],
      "Goal ID": actions.find((a) => txt(a["Action ID"]) === txt(w["Action ID"]))?.["Goal ID"],
      Lead: w["Responsible"],
      Start: w["Start"],
      End: w["End"],
      Budget: w["Budget"],
      Status: w["Status"],
      Progress: (num(w["Percent complete"]) ?? "") as number | "",
    })),
    ...projects.filter(on).map((p) => ({ Source: "Other project", ID: txt(p["Project ID"]), Title: p["Title"], "Goal ID": p["Goal ID"], Lead: p["Implementer"], Start: p["Start"], End: p["End"], Budget: p["Budget"], Status: p["Status"], Progress: "" as const })),
  ];
}
