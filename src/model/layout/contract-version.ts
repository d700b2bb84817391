/**
 * The contract version a workbook records in the constant name mdContractVersion. An older
 * workbook is upgraded by set-up and refresh (columns added, the name updated); a newer one was
 * made by a later M&D Planner whose layout this one does not know, so it is left untouched.
 */
import { CONTRACT_VERSION } from "../contract";
import { CONTRACT_VERSION_NAME } from "../settings";

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

export function newerVersionMessage(found: string): string {
  return (
    `This workbook follows workbook contract version ${found} (defined name ${CONTRACT_VERSION_NAME}), newer than version ${CONTRACT_VERSION} ` +
    `that this M&D Planner knows, so nothing was changed. Update the M&D Planner add-in or mdplan, then try again.`
  );
}

export function upgradedVersionMessage(status: VersionStatus): string {
  const was = status.kind === "older" ? `version ${status.found}` : `"${status.kind === "unreadable" ? status.found : ""}" as its version`;
  return `This workbook recorded workbook contract ${was} (defined name ${CONTRACT_VERSION_NAME}); it now records version ${CONTRACT_VERSION}.`;
}
