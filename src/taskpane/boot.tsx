/**
 * Start-up inside (or outside) Office, written against a narrow view of the Office global so the
 * checks run in tests: a page opened in a plain browser must explain itself, not crash.
 */
import type { Theme } from "@fluentui/react-components";
import { createRoot, type Root } from "react-dom/client";
import type { PlannerService } from "../hosts/office/planner-service";
import { StartupProblem, type StartupIssue } from "./components/StartupProblem";
import { mountPane, Themed } from "./mount";
import { themeFor } from "./theme";

export type IsSetSupported = (name: string, version: string) => boolean;

/** The parts of the Office global start-up uses; everything optional that can be missing. */
export interface OfficeLike {
  onReady(): Promise<unknown>;
  context?: {
    requirements?: { isSetSupported(name: string, version?: string): boolean };
    officeTheme?: { bodyBackgroundColor?: string };
  };
}

/** Some hosts throw on officeTheme rather than return undefined. */
function officeTheme(office: OfficeLike): Promise<Theme> {
  let color: unknown;
  try {
    color = office.context?.officeTheme?.bodyBackgroundColor;
  } catch {
    color = undefined;
  }
  return themeFor(color);
}

function showProblem(container: HTMLElement, issue: StartupIssue, theme?: Theme, detail?: string): Root {
  const root = createRoot(container);
  root.render(
    <Themed theme={theme}>
      <StartupProblem issue={issue} detail={detail} />
    </Themed>,
  );
  return root;
}

export async function boot(container: HTMLElement, office: OfficeLike | undefined, createService: (isSetSupported: IsSetSupported) => PlannerService): Promise<Root> {
  // office.js did not load at all (blocked, offline, or a plain page).
  if (!office) return showProblem(container, "not-in-excel");
  try {
    await office.onReady();
    const requirements = office.context?.requirements;
    // Outside Office, onReady resolves but there is no host to ask.
    if (!requirements) return showProblem(container, "not-in-excel");
    const theme = await officeTheme(office);
    if (!requirements.isSetSupported("ExcelApi", "1.4")) return showProblem(container, "excel-too-old", theme);
    return mountPane(container, createService((name, version) => requirements.isSetSupported(name, version)), theme);
  } catch (e) {
    return showProblem(container, "failed", undefined, e instanceof Error ? e.message : String(e));
  }
}
