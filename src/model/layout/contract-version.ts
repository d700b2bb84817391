/**
 * The contract version a workbook records in the constant name mdContractVersion. An older
 * workbook is upgraded by set-up and refresh (columns added, the name updated); a newer one was
 * made by a later M&D Planner whose layout this one does not know, so it is left untouched.
 */
import { CONTRACT_VERSION } from "../contract";
import { CONTRACT_VERSION_NAME } from "../settings";
import type { SetupWords } from "./setup-words";

export type VersionStatus =
  | { kind: "absent" }
  | { kind: "current" }
  | { kind: "older"; found: string }
  | { kind: "newer"; found: string }
  | { kind: "unreadable"; found: string };

/** `raw` as a host read the name: a number, "=1", "1" or a range address when someone repointed it. */
export function contractVersionStatus(raw: unknown): VersionStatus {
  if (raw === undefined || raw === null) return { kind: "absent" };
  const found = String(raw).replace(/^=/, "").replace(/^"(.*)"$/, "$1").trim();
  const n = Number(found);
  if (found === "" || !Number.isFinite(n)) return { kind: "unreadable", found };
  if (n === CONTRACT_VERSION) return { kind: "current" };
  return n < CONTRACT_VERSION ? { kind: "older", found } : { kind: "newer", found };
}

export function newerVersionMessage(found: string, { t }: SetupWords): string {
  return t("version.newer", { found, name: CONTRACT_VERSION_NAME, version: CONTRACT_VERSION });
}

export function upgradedVersionMessage(status: VersionStatus, { t }: SetupWords): string {
  const found = status.kind === "older" || status.kind === "unreadable" ? status.found : "";
  return t(status.kind === "older" ? "version.upgraded" : "version.upgradedUnreadable", { found, name: CONTRACT_VERSION_NAME, version: CONTRACT_VERSION });
}
