/** Product name, the plan's title and whether the workbook's shared parts are in place. */
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { StageState } from "../../model/layout/steps";
import { LazyStatusBadge } from "../lazy-views";
import { useWords } from "../words";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  product: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  title: { overflowWrap: "anywhere", color: tokens.colorNeutralForeground2 },
  workbook: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export interface HeaderProps {
  /** The title saved in the workbook, if it has one. */
  planTitle?: string;
  workbook?: StageState;
}

export function Header({ planTitle, workbook }: HeaderProps) {
  const styles = useStyles();
  const t = useWords();
  return (
    <header className={styles.root}>
      <h1 className={styles.product}>M&amp;D Planner</h1>
      <Text className={styles.title}>{planTitle ? planTitle : t("header.noPlan")}</Text>
      {workbook && (
        <div className={styles.workbook}>
          <Text size={200}>{t("header.workbook", { name: t("stage.0.name") })}</Text>
          <LazyStatusBadge status={workbook.status} />
        </div>
      )}
    </header>
  );
}
