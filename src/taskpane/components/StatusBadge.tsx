/** A stage's status in a word, coloured but never colour-only: the word carries the meaning. */
import { Badge, type BadgeProps } from "@fluentui/react-components";
import { catalogue, type PaneStatusKey, type StatusWords } from "../../model/i18n/pane-status";
import type { StageStatus } from "../../model/layout/steps";
import { useTabWords } from "../words";

const LOOK: Record<StageStatus, { label: PaneStatusKey; color: BadgeProps["color"] }> = {
  missing: { label: "status.missing", color: "informative" },
  ready: { label: "status.ready", color: "success" },
  "needs update": { label: "status.needsUpdate", color: "warning" },
  blocked: { label: "status.blocked", color: "danger" },
};

export function statusLabel(status: StageStatus, t: StatusWords): string {
  return t(LOOK[status].label);
}

export function StatusBadge({ status, className }: { status: StageStatus; className?: string }) {
  const t = useTabWords(catalogue);
  return (
    <Badge className={className} appearance="tint" color={LOOK[status].color} shape="rounded">
      {statusLabel(status, t)}
    </Badge>
  );
}
