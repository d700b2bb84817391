/**
 * Start-up inside (or outside) Office, written against a narrow view of the Office global so the
 * checks run in tests: a page opened in a plain browser must explain itself, not crash.
 */
import type { Theme } from "@fluentui/react-components";
import { createRoot, type Root } from "react-dom/client";
import type { PlannerService } from "../service/planner-service";
import { StartupProblem, type StartupIssue } from "./components/StartupProblem";
import { mountPane, Themed } from "./mount";
import { themeFor } from "./theme";
import { languageOfTag, type Language } from "../model/i18n/language";
import { loadPaneWords, type PaneWords } from "./words";

export type IsSetSupported = (name: string, version: string) => boolean;

/** The parts of the Office global start-up uses; everything optional that can be missing. */
export interface OfficeLike {
  onReady(): Promise<unknown>;
  context?: {
    requirements?: { isSetSupported(name: string, version?: string): boolean };
    officeTheme?: { bodyBackgroundColor?: string };
    /** "fr-FR": the language Office shows its own menus in. */
    displayLanguage?: string;
  };
}

/** Office's display language, or the browser's where Office cannot say (outside Office, a host that throws). */
function displayLanguage(office?: OfficeLike): Language {
  let tag: unknown;
  try {
    tag = office?.context?.displayLanguage;
  } catch {
    tag = undefined;
  }
  return languageOfTag(tag ?? (typeof navigator === "undefined" ? undefined : navigator.language));
}

/** The pane's words, and the page's lang to match, so a screen reader pronounces them in their language. */
async function wordsFor(office?: OfficeLike): Promise<PaneWords> {
  const words = await loadPaneWords(displayLanguage(office));
  document.documentElement.lang = words.language;
  return words;
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

function showProblem(container: HTMLElement, issue: StartupIssue, words: PaneWords, theme?: Theme, detail?: string): Root {
  const root = createRoot(container);
  root.render(
    <Themed theme={theme} words={words}>
      <StartupProblem issue={issue} detail={detail} />
    </Themed>,
  );
  return root;
}

/** The service is made in the pane's language: its notices, errors and progress speak it. */
export async function boot(container: HTMLElement, office: OfficeLike | undefined, createService: (isSetSupported: IsSetSupported, language: Language) => PlannerService): Promise<Root> {
  // office.js did not load at all (blocked, offline, or a plain page).
  if (!office) return showProblem(container, "not-in-excel", await wordsFor());
  try {
    await office.onReady();
    const requirements = office.context?.requirements;
    // Outside Office, onReady resolves but there is no host to ask.
    if (!requirements) return showProblem(container, "not-in-excel", await wordsFor());
    const [theme, words] = await Promise.all([officeTheme(office), wordsFor(office)]);
    if (!requirements.isSetSupported("ExcelApi", "1.4")) return showProblem(container, "excel-too-old", words, theme);
    return mountPane(container, createService((name, version) => requirements.isSetSupported(name, version), words.language), theme, words);
  } catch (e) {
    return showProblem(container, "failed", await wordsFor(), undefined, e instanceof Error ? e.message : String(e));
  }
}
