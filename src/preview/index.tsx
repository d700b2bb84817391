/**
 * The preview page (npm run preview, and the page the e2e tests drive): the real task pane over
 * the in-memory Excel double, beside a read-only view of the double's sheets.
 *
 * Query parameters:
 *   theme=light|dark|contrast   the Office theme (contrast: Fluent's high-contrast theme)
 *   api=1.3                     the highest ExcelApi set the simulated Excel supports (default 1.17)
 *   workbook=empty|setup|user-rows|faulty|protected   the workbook to start from (scenarios.ts)
 *   view=pane                   the pane alone, full width (screenshots, e2e); default: pane + sheets
 *   lang=en|fr|es               Office's display language (default: the browser's)
 *
 * window.mdPreview exposes the double to tests (page.evaluate): its state, cell-edit mode, etc.
 */
import { FluentProvider, makeStyles, teamsHighContrastTheme, tokens, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { useState } from "react";
import type { ExcelRun } from "../hosts/office/excel-run";
import { createOfficePlanner } from "../hosts/office/office-planner";
import type { PlannerService } from "../service/planner-service";
import { boot, type OfficeLike } from "../taskpane/boot";
import { mountPane } from "../taskpane/mount";
import { loadPaneWords } from "../taskpane/words";
import { languageOfTag, type Language } from "../model/i18n/language";
import { createExcelDouble, setOfficeJsClient, type OfficeJsClient } from "../excel-double";
import type { PreviewHandle } from "./handle";
import { scenarioFrom, seedScenario } from "./scenarios";
import { SheetView, type WorkbookSource } from "./SheetView";

export type ThemeName = "light" | "dark" | "contrast";

const THEMES: Record<ThemeName, Theme> = { light: webLightTheme, dark: webDarkTheme, contrast: teamsHighContrastTheme };
/** What Office reports as the body colour in its light and dark themes. */
const OFFICE_BODY: Record<ThemeName, string> = { light: "#ffffff", dark: "#262626", contrast: "#000000" };

const useStyles = makeStyles({
  sheets: { minHeight: "100vh", padding: tokens.spacingHorizontalXL, boxSizing: "border-box", backgroundColor: tokens.colorNeutralBackground2 },
  banner: { margin: `0 0 ${tokens.spacingVerticalM}`, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

function SheetsColumn({ theme, source, download }: { theme: Theme; source: WorkbookSource; download(): Promise<void> }) {
  const styles = useStyles();
  const [downloading, setDownloading] = useState(false);
  const onDownload = () => {
    setDownloading(true);
    download()
      .catch((e: unknown) => alert(`The download failed: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => setDownloading(false));
  };
  return (
    <FluentProvider theme={theme} className={styles.sheets}>
      <p className={styles.banner}>M&amp;D Planner preview: the real task pane over an in-memory workbook, without Excel. Nothing leaves this browser.</p>
      <SheetView source={source} downloading={downloading} onDownload={onDownload} />
    </FluentProvider>
  );
}

/**
 * office.js outside Office loads o15apptofilemappingtable.js, whose ULS logger opens Microsoft's
 * telemetry proxy (https://telemetryservice.firstpartyapps.oaspapps.com/...) in a frame 3 s after
 * start. The preview promises that nothing leaves the browser: the frame is never loaded. (The
 * e2e tests fail on any such request, so a change in office.js shows up there.)
 */
function quietOfficeLogger(): boolean {
  const osf = (window as unknown as { OSF?: { Logger?: { ulsEndpoint?: { loadProxyFrame?: () => void } | null } } }).OSF;
  const uls = osf?.Logger?.ulsEndpoint;
  if (uls) uls.loadProxyFrame = () => undefined;
  return Boolean(uls);
}

/**
 * The logger appears once office.js has loaded its mapping table, which may be before the page
 * reaches Office.onReady on a busy machine (the Excel client's frame loads first): silence it as
 * soon as it exists, and once more after onReady.
 */
function quietOfficeLoggerEarly(): void {
  const poll = setInterval(() => {
    if (quietOfficeLogger()) clearInterval(poll);
  }, 25);
  // A minute, not ten seconds: on a loaded machine office.js can take longer than that to get there.
  setTimeout(() => clearInterval(poll), 60_000);
}

/** Microsoft's Excel client, loaded in a hidden frame of its own (see excel-client.html). */
async function loadExcelClient(): Promise<OfficeJsClient> {
  const frame = document.createElement("iframe");
  frame.hidden = true;
  frame.title = "Excel client";
  const loaded = new Promise<void>((resolve, reject) => {
    frame.onload = () => resolve();
    frame.onerror = () => reject(new Error("excel-client.html did not load"));
  });
  frame.src = "excel-client.html";
  document.body.appendChild(frame);
  await loaded;
  const scope = frame.contentWindow as unknown as { Excel?: OfficeJsClient["Excel"]; OfficeExtension?: unknown } | null;
  if (!scope?.Excel || !scope.OfficeExtension) throw new Error("office/excel-web-16.00.js, Microsoft's Excel client, did not load in the preview.");
  return { Excel: scope.Excel };
}

async function start(): Promise<void> {
  quietOfficeLoggerEarly();
  const params = new URLSearchParams(location.search);
  const themeName: ThemeName = (["light", "dark", "contrast"] as const).find((t) => t === params.get("theme")) ?? "light";
  const theme = THEMES[themeName];
  const api = params.get("api") ?? undefined;
  const paneOnly = params.get("view") === "pane";
  const container = document.getElementById("container")!;

  const client = await loadExcelClient();
  setOfficeJsClient(() => client);
  const double = createExcelDouble({ supportedApiVersion: api });
  let version = 0;
  const listeners = new Set<() => void>();
  const changed = () => {
    version++;
    handle.runs++;
    listeners.forEach((l) => l());
  };
  // Every batch, failed or not, may have changed the workbook: tell the sheet view.
  const run: ExcelRun = async (batch) => {
    try {
      return await double.run(batch);
    } finally {
      changed();
    }
  };
  const handle: PreviewHandle = { double, ready: false, runs: 0, state: () => double.state };
  window.mdPreview = handle;
  const source: WorkbookSource = {
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    version: () => version,
    state: () => double.state,
  };

  await seedScenario(scenarioFrom(params.get("workbook")), double, run);
  let service: PlannerService | undefined;
  const makeService = (isSetSupported: (name: string, version: string) => boolean, language: Language) => (service = createOfficePlanner(run, isSetSupported, { language }));

  container.textContent = "";
  document.body.style.backgroundColor = theme.colorNeutralBackground1;
  let paneContainer = container;
  if (!paneOnly) {
    // Two columns: the pane at Excel's default width, the sheets beside it (below it on a narrow window).
    container.className = "preview-columns";
    paneContainer = document.createElement("div");
    paneContainer.className = "preview-pane";
    const sheetsContainer = document.createElement("div");
    sheetsContainer.className = "preview-sheets";
    container.append(paneContainer, sheetsContainer);
    const download = async () => {
      const settings = service ? (await service.readStatus()).settings : undefined;
      // exceljs is large: loaded when first asked for, not with the pane.
      const { saveBytes, workbookBytes } = await import(/* webpackChunkName: "xlsx" */ "./xlsx-download");
      const { bytes, fileName } = await workbookBytes(double, settings);
      saveBytes(bytes, fileName);
    };
    createRoot(sheetsContainer).render(<SheetsColumn theme={theme} source={source} download={download} />);
  }

  // Office as the pane sees it: office.js (loaded from the local copy) for onReady, the double for
  // requirement sets and the theme's body colour.
  const office: OfficeLike = {
    onReady: async () => {
      if (typeof Office === "undefined") return;
      await Office.onReady();
      quietOfficeLogger();
    },
    context: {
      requirements: { isSetSupported: (name, v) => double.isSetSupported(name, v) },
      officeTheme: { bodyBackgroundColor: OFFICE_BODY[themeName] },
      // ?lang=fr|es|en: Office's display language; without it, the browser's, as in Office.
      displayLanguage: params.get("lang") ?? navigator.language,
    },
  };
  if (themeName === "contrast" && double.isSetSupported("ExcelApi", "1.4")) {
    // Office's own theme mapping knows light and dark only: high contrast is mounted directly.
    await office.onReady();
    const words = await loadPaneWords(languageOfTag(office.context?.displayLanguage));
    mountPane(paneContainer, makeService(double.isSetSupported, words.language), theme, words);
  } else {
    await boot(paneContainer, office, makeService);
  }
  handle.ready = true;
}

start().catch((e: unknown) => {
  const message = e instanceof Error ? e.message : String(e);
  if (window.mdPreview) window.mdPreview.error = message;
  const p = document.createElement("p");
  p.textContent = `The preview could not start: ${message}`;
  document.body.appendChild(p);
  console.error(e);
});
