/** Shown instead of the pane when it cannot work here: outside Excel, or in an Excel too old. */
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { PaneKey } from "../../model/i18n/pane/en";
import { useWords } from "../words";

export type StartupIssue = "not-in-excel" | "excel-too-old" | "failed";

const TEXT: Record<StartupIssue, { title: PaneKey; body: PaneKey }> = {
  "not-in-excel": { title: "startup.notInExcel.title", body: "startup.notInExcel.body" },
  "excel-too-old": { title: "startup.excelTooOld.title", body: "startup.excelTooOld.body" },
  failed: { title: "startup.failed.title", body: "startup.failed.body" },
};

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalXL },
});

export function StartupProblem({ issue, detail }: { issue: StartupIssue; detail?: string }) {
  const styles = useStyles();
  const t = useWords();
  const text = TEXT[issue];
  return (
    <main className={styles.root}>
      <MessageBar intent={issue === "failed" ? "error" : "warning"} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t(text.title)}</MessageBarTitle>
          {t(text.body)}
          {detail ? ` (${detail})` : ""}
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}
