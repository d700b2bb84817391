/**
 * Recalculates .xlsx files in LibreOffice headless, forcing a full recalculation on load, so
 * tests read values a real spreadsheet engine computed from our formulas.
 */
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";

const CANDIDATES = ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice"];

export function sofficePath(): string {
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error("LibreOffice is not installed: run `sudo apt-get install -y --no-install-recommends libreoffice-calc-nogui` (the CI script .ci/run does this).");
  }
  return found;
}

function profileDir(): string {
  // One profile per jest worker: two LibreOffice processes cannot share one.
  const dir = join(tmpdir(), `mdplan-lo-profile-${process.pid}`);
  const xcu = join(dir, "user", "registrymodifications.xcu");
  if (!existsSync(xcu)) {
    mkdirSync(join(dir, "user"), { recursive: true });
    writeFileSync(
      xcu,
      `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
    );
  }
  return dir;
}

/** Returns the paths of the recalculated copies, in the order given. */
export function recalculate(files: string[]): string[] {
  return convert(files, "xlsx");
}

/** Saves each file in another format ("xls", "ods", "xlsx"), as LibreOffice Calc writes it. */
export function convert(files: string[], format: string): string[] {
  const out = mkdtempSync(join(tmpdir(), "mdplan-recalc-"));
  execFileSync(sofficePath(), [`-env:UserInstallation=file://${profileDir()}`, "--headless", "--norestore", "--convert-to", format, "--outdir", out, ...files], {
    stdio: "pipe",
    timeout: 120_000,
  });
  return files.map((f) => {
    const result = join(out, basename(f).replace(/\.[^.]+$/, `.${format}`));
    if (!existsSync(result)) throw new Error(`LibreOffice did not convert ${f} to ${format}`);
    return result;
  });
}
