/** Workbook-scoped defined names (Excel.NamedItemCollection, Excel.NamedItem). */
import { qualifiedAddress } from "./address";
import type { Api } from "./api-types";
import { ERROR_LITERALS } from "./cells";
import { excelError } from "./errors";
import { CollectionProxy, ProxyBase, assertSameSession } from "./proxy";
import { RangeDouble } from "./range";
import type { RangeTarget } from "./range-target";
import { assertFormulaResolves } from "./formula-names";
import { isStructuredReference, resolveReference } from "./references";
import { sheetById } from "./sheet-ops";
import { type NamedItemState, type WorkbookState, findName, findTable } from "./state";
import { checkNameSyntax } from "./table-model";

declare module "./api-types" {
  interface Doubles {
    NamedItem: [Excel.NamedItem, NamedItemDouble];
    NamedItemCollection: [Excel.NamedItemCollection, NamedItemCollectionDouble];
  }
}

type NamedItemType = "String" | "Integer" | "Double" | "Boolean" | "Range" | "Error" | "Array";

function nameByKey(state: WorkbookState, key: string, location: string): NamedItemState {
  const item = findName(state, key);
  if (!item) throw excelError("ItemNotFound", `The name '${key}' no longer exists.`, location);
  return item;
}

/** Type and value as Excel reports them; with no formula engine only constants and references are known. */
function evaluate(state: WorkbookState, formula: string): { type: NamedItemType; value: unknown } {
  const ref = resolveReference(state, formula);
  if (ref) return { type: "Range", value: qualifiedAddress(ref.sheet.name, ref.rect, true) };
  const body = formula.replace(/^=/, "").trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(body)) return { type: "Double", value: Number(body) };
  if (/^(true|false)$/i.test(body)) return { type: "Boolean", value: body.toUpperCase() === "TRUE" };
  const text = /^"((?:[^"]|"")*)"$/.exec(body);
  if (text) return { type: "String", value: text[1].replace(/""/g, '"') };
  const error = [...ERROR_LITERALS].find((e) => body.toUpperCase().startsWith(e));
  return { type: "Error", value: error ?? "#VALUE!" };
}

export class NamedItemCollectionDouble extends CollectionProxy<"workbook", NamedItemDouble>
  implements Api<Excel.NamedItemCollection, "items" | "add" | "addFormulaLocal" | "getItem" | "getItemOrNullObject" | "load"> {
  readonly typeName = "NamedItemCollection";
  protected readonly scalarProperties = [];

  protected itemsOf(): NamedItemDouble[] {
    const sorted = [...this.session.state.names].sort((a, b) => a.name.localeCompare(b.name));
    return sorted.map((n) => new NamedItemDouble(this.session, { kind: "fixed", target: n.name.toLowerCase() }));
  }

  protected fetch(): unknown {
    return undefined;
  }

  /**
   * Excel keeps the reference as an address: a structured reference (`=tblGoals[Goal ID]`)
   * becomes the fixed range the table column covers now, and no longer grows with the table.
   * OfficeDev/office-js issue 740: so since Excel 1904; addFormulaLocal keeps the formula.
   */
  add(name: string, reference: RangeDouble | string, comment?: string): NamedItemDouble {
    const location = "NamedItemCollection.add";
    assertSameSession(this, reference, location);
    const args = [name, typeof reference === "string" ? reference : "<Range>", ...(comment === undefined ? [] : [comment])];
    return new NamedItemDouble(this.session, this.created("add", args, () => {
      const state = this.session.state;
      let formula: string;
      if (typeof reference === "string") {
        formula = this.checkedFormula(reference, location);
        if (isStructuredReference(formula)) {
          const ref = resolveReference(state, formula);
          if (ref) formula = `=${qualifiedAddress(ref.sheet.name, ref.rect, true)}`;
        }
      } else {
        const target: RangeTarget = reference.target(location);
        formula = `=${qualifiedAddress(sheetById(state, target.sheetId, location).name, target.rect, true)}`;
      }
      return this.store(name, formula, comment, location);
    }));
  }

  /** The formula is kept as written (in the user's locale; plain references read the same in all). */
  addFormulaLocal(name: string, formula: string, comment?: string): NamedItemDouble {
    const location = "NamedItemCollection.addFormulaLocal";
    return new NamedItemDouble(this.session, this.created("addFormulaLocal", [name, formula, ...(comment === undefined ? [] : [comment])], () =>
      this.store(name, this.checkedFormula(formula, location), comment, location)));
  }

  private checkedFormula(reference: unknown, location: string): string {
    if (typeof reference !== "string" || reference.trim() === "") throw excelError("InvalidArgument", "A name must refer to something.", location);
    const formula = reference.startsWith("=") ? reference : `=${reference}`;
    assertFormulaResolves(this.session.state, formula, location, true);
    return formula;
  }

  private store(name: string, formula: string, comment: unknown, location: string): string {
    const state = this.session.state;
    const valid = checkNameSyntax(name, "defined", location);
    if (findName(state, valid) || findTable(state, valid)) {
      throw excelError("ItemAlreadyExists", `The name '${valid}' already exists.`, location);
    }
    if (comment !== undefined && typeof comment !== "string") throw excelError("InvalidArgument", "A comment must be a string.", location);
    state.names.push({ name: valid, formula, comment: comment ?? "", visible: true });
    return valid.toLowerCase();
  }

  private find(key: string): string | null {
    return findName(this.session.state, key)?.name.toLowerCase() ?? null;
  }

  getItem(name: string): NamedItemDouble {
    return new NamedItemDouble(this.session, this.created("getItem", [name], () => this.find(name)));
  }

  getItemOrNullObject(name: string): NamedItemDouble {
    return new NamedItemDouble(this.session, this.created("getItemOrNullObject", [name], () => this.find(name), true));
  }
}

type NamedItemMembers =
  | "name" | "formula" | "type" | "value" | "visible" | "comment" | "getRangeOrNullObject" | "delete" | "load" | "isNullObject";

export class NamedItemDouble extends ProxyBase<string> implements Api<Excel.NamedItem, NamedItemMembers> {
  readonly typeName = "NamedItem";
  protected readonly scalarProperties = ["name", "formula", "type", "value", "visible", "comment"];

  private item(key: string, location: string): NamedItemState {
    return nameByKey(this.session.state, key, location);
  }

  get name(): string { return this.read("name"); }
  get type(): NamedItemType { return this.read("type"); }
  get value(): any { return this.read("value"); } // eslint-disable-line @typescript-eslint/no-explicit-any
  get formula(): any { return this.read("formula"); } // eslint-disable-line @typescript-eslint/no-explicit-any
  set formula(v: any) { // eslint-disable-line @typescript-eslint/no-explicit-any
    this.write("formula", v, (key, location) => {
      if (typeof v !== "string" || v.trim() === "") throw excelError("InvalidArgument", "A name's formula must be a non-empty string.", location);
      this.item(key, location).formula = v.startsWith("=") ? v : `=${v}`;
    });
  }
  get visible(): boolean { return this.read("visible"); }
  set visible(v: boolean) {
    this.write("visible", v, (key, location) => {
      if (typeof v !== "boolean") throw excelError("InvalidArgument", "visible must be true or false.", location);
      this.item(key, location).visible = v;
    });
  }
  get comment(): string { return this.read("comment"); }
  set comment(v: string) {
    this.write("comment", v, (key, location) => {
      if (typeof v !== "string") throw excelError("InvalidArgument", "A comment must be a string.", location);
      this.item(key, location).comment = v;
    });
  }

  protected fetch(property: string, key: string): unknown {
    const item = this.item(key, `NamedItem.${property}`);
    if (property === "type" || property === "value") return evaluate(this.session.state, item.formula)[property];
    return item[property as "name" | "formula" | "visible" | "comment"];
  }

  getRangeOrNullObject(): RangeDouble {
    const location = "NamedItem.getRangeOrNullObject";
    return new RangeDouble(this.session, this.created<RangeTarget>("getRangeOrNullObject", [], () => {
      const ref = resolveReference(this.session.state, this.item(this.target(location), location).formula);
      return ref ? { sheetId: ref.sheet.id, rect: ref.rect } : null;
    }, true));
  }

  delete(): void {
    this.call("delete", [], (key, location) => {
      const item = this.item(key, location);
      this.session.state.names = this.session.state.names.filter((n) => n !== item);
    });
  }
}
