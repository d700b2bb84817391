/**
 * Technical detail one click away: closed, a small "Details" line the user can open; what it
 * holds (code names, counts, rule ids) is for whoever asks, never the first thing read.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useWords } from "../words";

const useStyles = makeStyles({
  root: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  summary: { cursor: "pointer", width: "fit-content", borderRadius: tokens.borderRadiusSmall, ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  body: { margin: `${tokens.spacingVerticalXXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

export function Details({ summary, children }: { summary?: string; children: ReactNode }) {
  const styles = useStyles();
  const t = useWords();
  return (
    <details className={styles.root}>
      <summary className={styles.summary}>{summary ?? t("details")}</summary>
      <div className={styles.body}>{children}</div>
    </details>
  );
}
