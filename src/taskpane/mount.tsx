/**
 * Mounting the pane over any PlannerService: index.tsx does it inside Office, a browser test page
 * can do it over the Excel double. Importing this file has no side effects.
 */
import { FluentProvider, makeStyles, webLightTheme, type Theme } from "@fluentui/react-components";
import { createRoot, type Root } from "react-dom/client";
import type { ReactNode } from "react";
import type { PlannerService } from "../service/planner-service";
import { App } from "./App";
import { WordsProvider, type PaneWords } from "./words";

const useStyles = makeStyles({
  provider: { minHeight: "100vh" },
});

/** Fluent's theme and the pane's words (English unless given) around any part of the pane. */
export function Themed({ theme = webLightTheme, words, children }: { theme?: Theme; words?: PaneWords; children: ReactNode }) {
  const styles = useStyles();
  const themed = (
    <FluentProvider theme={theme} className={styles.provider}>
      {children}
    </FluentProvider>
  );
  return words ? <WordsProvider words={words}>{themed}</WordsProvider> : themed;
}

export function Pane({ service, theme, words }: { service: PlannerService; theme?: Theme; words?: PaneWords }) {
  return (
    <Themed theme={theme} words={words}>
      <App service={service} />
    </Themed>
  );
}

export function mountPane(container: HTMLElement, service: PlannerService, theme?: Theme, words?: PaneWords): Root {
  const root = createRoot(container);
  root.render(<Pane service={service} theme={theme} words={words} />);
  return root;
}
