/** Shown instead of the pane when it cannot work here: outside Excel, or in an Excel too old. */
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";

export type StartupIssue = "not-in-excel" | "excel-too-old" | "failed";

const TEXT: Record<StartupIssue, { title: string; body: string }> = {
  "not-in-excel": {
    title: "Open this in Excel",
    body: "M&D Planner is an Excel add-in. Open a workbook in Excel (desktop, Mac or on the web) and start it from Home > M&D Planner.",
  },
  "excel-too-old": {
    title: "This Excel is too old",
    body: "M&D Planner needs Excel 2016 with updates, Microsoft 365, Excel for Mac or Excel on the web (ExcelApi 1.4). Update Excel or use Excel on the web.",
  },
  failed: {
    title: "M&D Planner could not start",
    body: "Close the pane and open it again. If that does not help, reload Excel.",
  },
};

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalXL },
});

export function StartupProblem({ issue, detail }: { issue: StartupIssue; detail?: string }) {
  const styles = useStyles();
  const text = TEXT[issue];
  return (
    <main className={styles.root}>
      <MessageBar intent={issue === "failed" ? "error" : "warning"} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{text.title}</MessageBarTitle>
          {text.body}
          {detail ? ` (${detail})` : ""}
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}
