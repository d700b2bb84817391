/**
 * The add-in manifest: schema-valid, ExcelApi 1.4 minimum, Home-tab button, icons that exist with
 * the declared pixel sizes, and a production rewrite that points at config.productionUrl only.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

interface ValidateModule {
  validateManifest(file: string): { ok: boolean; output: string };
  schemaDir(): string | null;
  hasXmllint(): boolean;
}
interface WebpackConfigModule {
  transformManifest(xml: string, production: boolean): string;
  officeJsUrl(production: boolean, env?: Record<string, string | undefined>): string;
  OFFICE_JS_CDN: string;
}

/* eslint-disable @typescript-eslint/no-require-imports -- plain Node scripts shared with npm run validate / webpack */
const validation = require("../scripts/validate-manifest") as ValidateModule;
const webpackConfig = require("../webpack.config") as WebpackConfigModule;
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const xml = fs.readFileSync(MANIFEST, "utf8");
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
  config: { devUrl: string; productionUrl: string };
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!buf.subarray(0, 8).equals(signature)) throw new Error(`${file} is not a PNG`);
  if (buf.toString("ascii", 12, 16) !== "IHDR") throw new Error(`${file} has no IHDR first`);
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** The local file behind a development URL. */
function localFile(url: string): string {
  expect(url.startsWith(pkg.config.devUrl)).toBe(true);
  return path.join(ROOT, url.slice(pkg.config.devUrl.length));
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
}

const whyNoSchema = !validation.schemaDir()
  ? "the manifest XSDs were not found (set MDPLAN_SCHEMAS or provide ../shared/schemas/office-manifest)"
  : !validation.hasXmllint()
    ? "xmllint is not installed (apt-get install -y --no-install-recommends libxml2-utils)"
    : "";
if (whyNoSchema) {
  console.warn(`Skipping the manifest schema tests: ${whyNoSchema}. Run \`npm run validate\` for details.`);
}
const describeSchema = whyNoSchema ? describe.skip : describe;

describeSchema("manifest.xml against the Office add-in manifest XSD", () => {
  let tmp: string;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "mdplan-manifest-"));
  });
  afterAll(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it("validates", () => {
    const result = validation.validateManifest(MANIFEST);
    expect(result.output).toMatch(/validates/);
    expect(result.ok).toBe(true);
  });

  it("fails when Requirements is misplaced (the check can fail)", () => {
    const requirements = /\s*<Requirements>[\s\S]*?<\/Requirements>/.exec(xml);
    expect(requirements).not.toBeNull();
    const moved = xml
      .replace(requirements![0], "")
      .replace("</DefaultSettings>", `</DefaultSettings>${requirements![0]}`);
    expect(moved).not.toBe(xml);
    const file = path.join(tmp, "misplaced.xml");
    fs.writeFileSync(file, moved);
    const result = validation.validateManifest(file);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/Requirements/);
  });

  it("still validates after the production rewrite", () => {
    const file = path.join(tmp, "production.xml");
    fs.writeFileSync(file, webpackConfig.transformManifest(xml, true));
    const result = validation.validateManifest(file);
    expect(result.output).toMatch(/validates/);
    expect(result.ok).toBe(true);
  });
});

describe("manifest.xml content", () => {
  it("is a task pane add-in for Excel with read/write permission", () => {
    expect(xml).toMatch(/xsi:type="TaskPaneApp"/);
    expect(xml).toMatch(/<Host Name="Workbook"\s*\/>/);
    expect(xml).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(xml).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}<\/Id>/);
    expect(xml).toMatch(/<DisplayName DefaultValue="M&amp;D Planner"\s*>/);
    expect(xml).toMatch(/<SourceLocation DefaultValue="https:\/\/localhost:3000\/taskpane.html"\s*\/>/);
  });

  it("says its name, description, button and tooltip in French and Spanish, for the same locales everywhere", () => {
    // Every element Office shows in its own language: DisplayName, Description and each bt:String.
    const localized = [...xml.matchAll(/<(DisplayName|Description|bt:String)\b([^>]*?)DefaultValue="([^"]*)"\s*>([\s\S]*?)<\/\1>/g)];
    const plain = [...xml.matchAll(/<(DisplayName|bt:String)\b[^>]*DefaultValue="[^"]*"\s*\/>/g)].map((m) => m[0]);
    expect(plain).toEqual([]);
    expect(localized.length).toBeGreaterThanOrEqual(7);
    const localesOf = (body: string) => [...body.matchAll(/Override Locale="([^"]+)"/g)].map((m) => m[1]);
    const first = localesOf(localized[0][4]);
    expect(first).toEqual(expect.arrayContaining(["fr-FR", "fr-CA", "es-ES", "es-MX"]));
    for (const [, tag, , english, body] of localized) {
      expect(`${tag}: ${localesOf(body).join(" ")}`).toBe(`${tag}: ${first.join(" ")}`);
      const values = Object.fromEntries([...body.matchAll(/Override Locale="([^"]+)" Value="([^"]*)"/g)].map((m) => [m[1], m[2]]));
      // The product's name stays; any sentence is translated, the same way for each locale of a language.
      for (const lang of ["fr", "es"]) {
        const mine = first.filter((l) => l.startsWith(`${lang}-`)).map((l) => values[l]);
        expect(new Set(mine).size).toBe(1);
        if (english !== "M&amp;D Planner") expect(mine[0]).not.toBe(english);
      }
    }
  });

  it("declares ExcelApi 1.4 as the minimum, between Hosts and DefaultSettings", () => {
    const req = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(xml);
    expect(req).not.toBeNull();
    expect(req![1]).toMatch(/<Sets DefaultMinVersion="1.4">/);
    expect(req![1]).toMatch(/<Set Name="ExcelApi" MinVersion="1.4"\s*\/>/);
    const at = (s: string) => xml.indexOf(s);
    expect(at("</Hosts>")).toBeLessThan(at("<Requirements>"));
    expect(at("</Requirements>")).toBeLessThan(at("<DefaultSettings>"));
  });

  it("has a Home-tab button that shows the task pane", () => {
    const tab = /<OfficeTab id="TabHome">([\s\S]*?)<\/OfficeTab>/.exec(xml);
    expect(tab).not.toBeNull();
    const control = /<Control xsi:type="Button"[^>]*>([\s\S]*?)<\/Control>/.exec(tab![1]);
    expect(control).not.toBeNull();
    expect(control![1]).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(control![1]).toMatch(/<TaskpaneId>MDPlannerPane<\/TaskpaneId>/);
    const labelId = /<Label resid="([^"]+)"/.exec(control![1])?.[1];
    expect(xml).toMatch(new RegExp(`<bt:String id="${labelId}" DefaultValue="M&amp;D Planner"`));
    const sourceId = /<SourceLocation resid="([^"]+)"/.exec(control![1])?.[1];
    expect(xml).toMatch(new RegExp(`<bt:Url id="${sourceId}" DefaultValue="https://localhost:3000/taskpane.html"`));
    expect(xml).toMatch(/<FunctionFile resid="([^"]+)"/);
    const functionFileId = /<FunctionFile resid="([^"]+)"/.exec(xml)![1];
    expect(xml).toMatch(new RegExp(`<bt:Url id="${functionFileId}" DefaultValue="https://localhost:3000/commands.html"`));
  });

  it("names only icons that exist under assets/ with the right pixel size", () => {
    const expected = new Map<string, number>(); // file -> size
    const want = (file: string, size: number) => {
      const prior = expected.get(file);
      if (prior !== undefined) expect(`${file}: ${prior}`).toBe(`${file}: ${size}`);
      expected.set(file, size);
    };
    want(localFile(/<IconUrl DefaultValue="([^"]+)"/.exec(xml)![1]), 32);
    want(localFile(/<HighResolutionIconUrl DefaultValue="([^"]+)"/.exec(xml)![1]), 64);

    const images = new Map<string, string>(); // resource id -> url
    for (const m of xml.matchAll(/<bt:Image id="[^"]*"[^>]*>/g)) images.set(attr(m[0], "id")!, attr(m[0], "DefaultValue")!);
    const uses = [...xml.matchAll(/<bt:Image size="[^"]*"[^>]*>/g)].map((m) => m[0]);
    expect(uses.length).toBeGreaterThanOrEqual(3);
    for (const use of uses) {
      const url = images.get(attr(use, "resid")!);
      expect(url).toBeDefined();
      want(localFile(url!), Number(attr(use, "size")));
    }
    for (const url of images.values()) expect(fs.existsSync(localFile(url))).toBe(true);

    for (const [file, size] of expected) {
      expect(path.dirname(file)).toBe(path.join(ROOT, "assets"));
      expect(fs.existsSync(file)).toBe(true);
      expect({ file: path.basename(file), ...pngSize(file) }).toEqual({ file: path.basename(file), width: size, height: size });
    }
  });

  it("uses only the development address, which the production rewrite replaces everywhere", () => {
    const urls = [...xml.matchAll(/https:\/\/[^"<\s]+/g)].map((m) => m[0]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith("https://localhost:3000")).toBe(true);

    const prod = webpackConfig.transformManifest(xml, true);
    expect(prod).not.toMatch(/https?:\/\/(localhost|127\.0\.0\.1)/);
    expect(prod).toContain(`<SourceLocation DefaultValue="${pkg.config.productionUrl}taskpane.html"/>`);
    expect(prod).toContain(`<AppDomain>${new URL(pkg.config.productionUrl).origin}</AppDomain>`);
    expect(webpackConfig.transformManifest(xml, false)).toContain("https://localhost:3000/taskpane.html");
  });
});

describe("office.js source in the HTML pages", () => {
  it("is the CDN in production and the local copy in development or with OFFICE_JS=local", () => {
    expect(webpackConfig.officeJsUrl(true, {})).toBe(webpackConfig.OFFICE_JS_CDN);
    expect(webpackConfig.officeJsUrl(false, {})).toBe("office/office.js");
    expect(webpackConfig.officeJsUrl(true, { OFFICE_JS: "local" })).toBe("office/office.js");
    expect(webpackConfig.officeJsUrl(false, { OFFICE_JS: "cdn" })).toBe(webpackConfig.OFFICE_JS_CDN);
    expect(() => webpackConfig.officeJsUrl(true, { OFFICE_JS: "nope" })).toThrow(/OFFICE_JS/);
  });
});
