/**
 * The package's part graph as OPC (ECMA-376 part 2) describes it: every part is reached through
 * relationships, from `_rels/.rels` to the workbook and on to sheets, tables and shared strings,
 * whatever the parts are called and wherever they sit.
 */
import { relsPath, resolveTarget } from "../opc-paths";
import { PACKAGE_RELATIONSHIPS_NS, relationshipKind } from "./namespaces";
import { attr, parseXml } from "./xml-tree";
import type { ZipPackage } from "./zip-package";

export interface Relationship {
  id: string;
  /** The last segment of the type URI: "officeDocument", "worksheet", "table", "sharedStrings"... */
  kind: string;
  /** The type URI as written. */
  type: string;
  /** The target part from the package root, or the URI as written when external. */
  target: string;
  external: boolean;
}

/** The relationships of `part` ("" for the package itself); none when it has no .rels part. */
export async function relationshipsOf(pkg: ZipPackage, part: string): Promise<Relationship[]> {
  const path = part ? relsPath(part) : "_rels/.rels";
  const xml = await pkg.text(path);
  if (xml === undefined) return [];
  let root;
  try {
    root = parseXml(xml);
  } catch (e) {
    throw new Error(`${path} is not well-formed XML (${(e as Error).message.split("\n")[0]})`);
  }
  return root.children
    .filter((c) => c.local === "Relationship" && c.uri === PACKAGE_RELATIONSHIPS_NS)
    .map((c) => {
      const external = attr(c, "TargetMode") === "External";
      const target = attr(c, "Target") ?? "";
      return {
        id: attr(c, "Id") ?? "",
        kind: relationshipKind(attr(c, "Type") ?? ""),
        type: attr(c, "Type") ?? "",
        external,
        // Targets are URIs: a part named with a space is written %20.
        target: external ? target : safeDecode(resolveTarget(part, target)),
      };
    });
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The workbook part, found from the package relationships (not assumed to be xl/workbook.xml). */
export async function workbookPartOf(pkg: ZipPackage): Promise<string | undefined> {
  const rels = await relationshipsOf(pkg, "");
  const main = rels.find((r) => r.kind === "officeDocument" && !r.external && pkg.has(r.target));
  return main ? pkg.find(main.target) : undefined;
}
