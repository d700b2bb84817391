/** The look of a card in the pane (a stage, the dashboard): one place, so they stay alike. */
import { tokens } from "@fluentui/react-components";

export const CARD_STYLE = {
  display: "flex",
  flexDirection: "column",
  gap: tokens.spacingVerticalS,
  padding: tokens.spacingHorizontalM,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: tokens.colorNeutralBackground1,
  minWidth: 0,
} as const;
