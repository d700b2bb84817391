/**
 * Mounting the pane over any PlannerService: index.tsx does it inside Office, a browser test page
 * can do it over the Excel double. Importing this file has no side effects.
 */
import { FluentProvider, makeStyles, webLightTheme, type Theme } from "@fluentui/react-components";
import { createRoot, type Root } from "react-dom/client";
import type { ReactNode } from "react";
import type { PlannerService } from "../hosts/office/planner-service";
import { App } from "./App";

const useStyles = makeStyles({
  provider: { minHeight: "100vh" },
});

export function Themed({ theme = webLightTheme, children }: { theme?: Theme; children: ReactNode }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={theme} className={styles.provider}>
      {children}
    </FluentProvider>
  );
}

export function Pane({ service, theme }: { service: PlannerService; theme?: Theme }) {
  return (
    <Themed theme={theme}>
      <App service={service} />
    </Themed>
  );
}

export function mountPane(container: HTMLElement, service: PlannerService, theme?: Theme): Root {
  const root = createRoot(container);
  root.render(<Pane service={service} theme={theme} />);
  return root;
}
