/**
 * Whole workbooks and files: empty, foreign, another contract version, saved by LibreOffice, and
 * files that are not workbooks at all (a CSV, a broken zip, a password-protected package).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { recalculate } from "../../support/libreoffice";
import type { CorpusCase } from "../corpus-case";
import { editFile, sampleBytes, setConstantName } from "../edit-file";

async function plainWorkbook(fill: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The sample opened and saved again by LibreOffice, with one value typed there first. */
async function savedByLibreOffice(): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), "mdplan-corpus-lo-"));
  const file = join(dir, "from-libreoffice.xlsx");
  writeFileSync(file, await editFile((ed) => void (ed.table("tblActions").cell(0, "Partners").value = "ILO, employers' federation, trade unions")));
  return new Uint8Array(readFileSync(recalculate([file])[0]));
}

async function encrypted(): Promise<Uint8Array> {
  // officecrypto-tool writes the ECMA-376 agile encryption Excel uses for "Encrypt with Password".
  const officeCrypto = (await import("officecrypto-tool")) as unknown as { encrypt(input: Buffer, options: { password: string }): Promise<Buffer> };
  return new Uint8Array(await officeCrypto.encrypt(Buffer.from(await sampleBytes()), { password: "kestrelia" }));
}

export const FILE_CASES: CorpusCase[] = [
  {
    id: "empty-workbook",
    title: "A new, empty workbook (one blank sheet)",
    make: () => plainWorkbook((wb) => void wb.addWorksheet("Sheet1")),
    blank: true,
    expect: [{ kind: "finding", rule: "no-plan", message: /No M&D plan in this workbook/ }],
  },
  {
    id: "foreign-workbook",
    title: "Someone else's budget workbook, with a table of its own",
    make: () =>
      plainWorkbook((wb) => {
        const ws = wb.addWorksheet("Budget 2025");
        ws.addTable({ name: "Table1", ref: "A1", columns: [{ name: "Line" }, { name: "Amount" }], rows: [["Salaries", 1200], ["Travel", 300]] });
        ws.getCell("D1").value = "Prepared by finance";
      }),
    expect: [{ kind: "finding", rule: "no-plan", message: /No M&D plan in this workbook/ }],
  },
  {
    id: "older-contract-version",
    title: "A workbook that says it follows contract version 0",
    make: () => editFile((ed) => setConstantName(ed.names, "mdContractVersion", "0")),
    expect: [
      { kind: "finding", rule: "contract-version-older" },
      { kind: "notice", message: /recorded workbook contract version 0.*now records version 1/ },
    ],
  },
  {
    id: "newer-contract-version",
    title: "A workbook that says it follows contract version 2, newer than this tool",
    make: () => editFile((ed) => setConstantName(ed.names, "mdContractVersion", "2")),
    expect: [
      { kind: "finding", rule: "contract-version-newer" },
      { kind: "notice", message: /version 2 .*newer than version 1.*nothing was changed/ },
    ],
  },
  {
    id: "saved-by-libreoffice",
    title: "The sample edited and saved by LibreOffice Calc",
    make: savedByLibreOffice,
    expect: [{ kind: "clean" }],
  },
  {
    id: "not-a-workbook",
    title: "A CSV export saved with an .xlsx name",
    make: async () => new TextEncoder().encode("Action ID,Title,Budget\nA1,Licensing,850000\n"),
    expect: [{ kind: "error", message: /not an Excel workbook/ }],
    fileOnly: true,
  },
  {
    id: "truncated-zip",
    title: "The sample cut off half way through (a download that stopped)",
    make: async () => (await sampleBytes()).slice(0, Math.floor((await sampleBytes()).length / 2)),
    expect: [{ kind: "error", message: /damaged|could not be read/ }],
    fileOnly: true,
  },
  {
    id: "zip-not-workbook",
    title: "A zip archive of reports given an .xlsx name",
    make: async () => {
      const zip = new JSZip();
      zip.file("report.txt", "Quarterly report");
      return zip.generateAsync({ type: "uint8array" });
    },
    expect: [{ kind: "error", message: /not an Excel workbook/ }],
    fileOnly: true,
  },
  {
    id: "password-protected",
    title: "The sample encrypted with a password to open",
    make: encrypted,
    expect: [{ kind: "error", message: /password/ }],
    fileOnly: true,
  },
];
