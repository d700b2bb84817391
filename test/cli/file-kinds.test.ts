/**
 * Files that are not .xlsx packages each get their own one-line answer from `mdplan check` and
 * `mdplan refresh`, made from real files: LibreOffice saves the sample as an Excel 97-2003 .xls
 * and as an OpenDocument .ods; officecrypto-tool encrypts it as Excel's "Encrypt with Password"
 * does. The file is never changed.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { compoundFileEntries } from "../../src/hosts/xlsx/file-kind";
import { convert } from "../support/libreoffice";

const dir = mkdtempSync(join(tmpdir(), "mdplan-kinds-"));
const sample = join(dir, "sample.xlsx");

beforeAll(async () => {
  expect((await main(["new", sample, "--sample"])).code).toBe(0);
});

async function encrypted(): Promise<string> {
  const officeCrypto = (await import("officecrypto-tool")) as unknown as { encrypt(input: Buffer, options: { password: string }): Promise<Buffer> };
  const file = join(dir, "locked.xlsx");
  writeFileSync(file, await officeCrypto.encrypt(readFileSync(sample), { password: "kestrelia" }));
  return file;
}

function named(from: string, name: string): string {
  const file = join(dir, name);
  copyFileSync(from, file);
  return file;
}

// Two LibreOffice conversions of the whole sample: minutes on a busy machine.
jest.setTimeout(240_000);

test("each kind of file gets its own message, naming the file, from check and refresh, and stays as it was", async () => {
  const [xls] = convert([sample], "xls");
  const [ods] = convert([sample], "ods");
  const csv = join(dir, "export.xlsx");
  writeFileSync(csv, "Action ID;Title;Budget\nA1;Licensing;850000\nA2;Orientation;120000\n");
  const notes = join(dir, "notes.xlsx");
  writeFileSync(notes, "minutes of the meeting: nothing decided");
  const cases: [string, RegExp][] = [
    [await encrypted(), /is protected with a password to open.*remove the password/],
    [named(xls, "old-format.xlsx"), /is an Excel 97-2003 workbook \(\.xls\).*save it as an Excel workbook \(\.xlsx\)/],
    [named(ods, "from-calc.xlsx"), /is an OpenDocument spreadsheet \(\.ods\).*save it as an Excel workbook \(\.xlsx\)/],
    [csv, /is a CSV \(text with separated values\)/],
    [notes, /is a text file, not an Excel workbook/],
  ];
  for (const [file, message] of cases) {
    const before = readFileSync(file);
    const refresh = await main(["refresh", file]);
    expect({ file, code: refresh.code, lines: refresh.out.length }).toEqual({ file, code: 1, lines: 1 });
    expect(refresh.out[0]).toContain(file);
    expect(refresh.out[0]).toMatch(message);
    const check = await main(["check", file, "--json"]);
    expect(check.code).toBe(2);
    const result = JSON.parse(check.out[0]) as { error?: string };
    expect(result.error).toContain(file);
    expect(result.error).toMatch(message);
    expect(readFileSync(file).equals(before)).toBe(true);
  }
});

test("the compound file's directory is read as [MS-CFB] lays it out: an .xls holds a Workbook stream, an encrypted package its EncryptedPackage", async () => {
  const [xls] = convert([sample], "xls");
  expect(compoundFileEntries(readFileSync(xls))).toEqual(expect.arrayContaining(["Root Entry", "Workbook"]));
  expect(compoundFileEntries(readFileSync(await encrypted()))).toEqual(expect.arrayContaining(["EncryptionInfo", "EncryptedPackage"]));
  expect(compoundFileEntries(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBeUndefined();
});
