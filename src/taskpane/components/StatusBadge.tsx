/** A stage's status in a word, coloured but never colour-only: the word carries the meaning. */
import { Badge, type BadgeProps } from "@fluentui/react-components";
import type { StageStatus } from "../../model/layout/steps";

const LOOK: Record<StageStatus, { label: string; color: BadgeProps["color"] }> = {
  missing: { label: "Missing", color: "informative" },
  ready: { label: "Ready", color: "success" },
  "needs update": { label: "Needs update", color: "warning" },
  blocked: { label: "Blocked", color: "danger" },
};

export function statusLabel(status: StageStatus): string {
  return LOOK[status].label;
}

export function StatusBadge({ status, className }: { status: StageStatus; className?: string }) {
  const look = LOOK[status];
  return (
    <Badge className={className} appearance="tint" color={look.color} shape="rounded">
      {look.label}
    </Badge>
  );
}
