/**
 * A plain, read-only view of the double's workbook: a tab per sheet and its used cells. There is
 * no formula engine, so a formula cell shows its formula. Cells the plan check marked are shaded;
 * the selected cell is outlined.
 */
import { Button, makeStyles, Tab, TabList, Text, tokens } from "@fluentui/react-components";
import { useEffect, useState, useSyncExternalStore } from "react";
import { columnIndex, columnLetters, parseRange } from "../model/address";
import { MARK_FORMULA } from "../hosts/office/marks";
import type { SheetState, WorkbookState } from "../excel-double";

const MAX_ROWS = 400;
const MAX_COLS = 40;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0, minHeight: 0 },
  bar: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground2 },
  tabs: { overflowX: "auto", flexWrap: "wrap" },
  grid: { overflow: "auto", maxHeight: "70vh", border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase, color: tokens.colorNeutralForeground1 },
  head: {
    position: "sticky",
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
  },
  rowHead: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightRegular, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, padding: `0 ${tokens.spacingHorizontalXS}`, textAlign: "right" },
  cell: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, padding: `0 ${tokens.spacingHorizontalXS}`, maxWidth: "16em", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  formula: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
  marked: { backgroundColor: tokens.colorPaletteRedBackground2, color: tokens.colorNeutralForeground1 },
  selected: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
});

export interface WorkbookSource {
  subscribe(listener: () => void): () => void;
  version(): number;
  state(): WorkbookState;
}

function bounds(sheet: SheetState): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const key of Object.keys(sheet.cells)) {
    const m = /^([A-Z]+)(\d+)$/.exec(key);
    if (!m) continue;
    rows = Math.max(rows, Number(m[2]));
    cols = Math.max(cols, columnIndex(m[1]) + 1);
  }
  return { rows, cols };
}

/** Addresses ("B7") covered by the check's marks on a sheet. */
function markedCells(sheet: SheetState): Set<string> {
  const out = new Set<string>();
  for (const cf of sheet.conditionalFormats) {
    if (cf.rule.formula !== MARK_FORMULA) continue;
    for (const part of cf.address.split(",")) {
      const p = parseRange(part.trim());
      for (let r = p.row; r < p.row + p.rows && r < MAX_ROWS; r++) for (let c = p.col; c < p.col + p.cols && c < MAX_COLS; c++) out.add(`${columnLetters(c)}${r + 1}`);
    }
  }
  return out;
}

function text(value: unknown): string {
  return value === undefined || value === null ? "" : String(value);
}

export function SheetView({ source, onDownload, downloading }: { source: WorkbookSource; onDownload(): void; downloading: boolean }) {
  const styles = useStyles();
  useSyncExternalStore(source.subscribe, source.version);
  const state = source.state();
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  // Follow the workbook's active sheet when it changes (a finding selected in the pane).
  useEffect(() => setChosen(state.activeSheet), [state.activeSheet]);
  const sheet = state.sheets.find((s) => s.name === chosen) ?? state.sheets[0];
  const size = sheet ? bounds(sheet) : { rows: 0, cols: 0 };
  // The double changes its state in place: recomputed on every render (a few hundred formats at most).
  const marks = sheet ? markedCells(sheet) : new Set<string>();
  const rows = Math.min(size.rows, MAX_ROWS);
  const cols = Math.min(size.cols, MAX_COLS);
  const selected = state.selection && sheet && state.selection.sheet === sheet.name ? state.selection.address.split(":")[0].replace(/\$/g, "") : undefined;

  return (
    <section className={styles.root} aria-labelledby="workbook-heading">
      <div className={styles.bar}>
        <h2 id="workbook-heading" className={styles.heading}>
          In-memory workbook
        </h2>
        <Button appearance="primary" disabledFocusable={downloading} onClick={onDownload}>
          Download .xlsx
        </Button>
      </div>
      <Text size={200} className={styles.note}>
        Read-only. There is no formula engine here: a computed cell shows its formula, as Excel would show it in the formula bar.
      </Text>
      <TabList className={styles.tabs} size="small" selectedValue={sheet?.name} onTabSelect={(_, d) => setChosen(String(d.value))} aria-label="Sheets">
        {state.sheets.map((s) => (
          <Tab key={s.id} value={s.name}>
            {s.visibility === "Visible" ? s.name : `${s.name} (hidden)`}
            {s.protected ? " (protected)" : ""}
          </Tab>
        ))}
      </TabList>
      {sheet && (
        <div className={styles.grid} role="region" aria-label={`Cells of ${sheet.name}`} tabIndex={0}>
          {rows === 0 ? (
            <Text size={200}>This sheet is empty.</Text>
          ) : (
            <table className={styles.table} aria-label={sheet.name} data-sheet={sheet.name}>
              <thead>
                <tr>
                  <td className={styles.head} />
                  {Array.from({ length: cols }, (_, c) => (
                    <th key={c} scope="col" className={styles.head}>
                      {columnLetters(c)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {Array.from({ length: rows }, (_, r) => (
                  <tr key={r}>
                    <th scope="row" className={styles.rowHead}>
                      {r + 1}
                    </th>
                    {Array.from({ length: cols }, (_, c) => {
                      const address = `${columnLetters(c)}${r + 1}`;
                      const cell = sheet.cells[address];
                      const classes = [styles.cell, cell?.formula ? styles.formula : "", marks.has(address) ? styles.marked : "", selected === address ? styles.selected : ""].filter(Boolean).join(" ");
                      const shown = cell?.formula ?? text(cell?.value);
                      return (
                        <td key={c} className={classes} data-address={address} title={shown || undefined}>
                          {shown}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
      {(size.rows > MAX_ROWS || size.cols > MAX_COLS) && (
        <Text size={200} className={styles.note}>
          Showing the first {MAX_ROWS} rows and {MAX_COLS} columns.
        </Text>
      )}
    </section>
  );
}
