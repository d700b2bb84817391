/**
 * Ties each double to @types/office-js. `class RangeDouble implements Api<Excel.Range, "values" |
 * ...>` makes the compiler check every implemented member against the real declaration, with the
 * Excel proxy types in it swapped for their doubles (a RangeDouble is not a whole Excel.Range, so a
 * plain Pick could not be implemented without casts). Overloaded methods are checked against their
 * last declaration, which for enum parameters is the string-literal form tests use.
 */
import type { ApplicationDouble, RequestContextDouble } from "./context";
import type { ChartAxesDouble, ChartAxisDouble, ChartDataLabelsDouble } from "./chart-format";
import type {
  ChartFillDouble,
  ChartPointDouble,
  ChartPointFormatDouble,
  ChartPointsCollectionDouble,
  ChartSeriesCollectionDouble,
  ChartSeriesDouble,
  ChartSeriesFormatDouble,
} from "./chart-series";
import type { ChartCollectionDouble, ChartDouble, ChartLegendDouble, ChartTitleDouble } from "./charts";
import type {
  CellValueConditionalFormatDouble,
  ColorScaleConditionalFormatDouble,
  TextConditionalFormatDouble,
} from "./conditional-format-types";
import type {
  ConditionalFormatCollectionDouble,
  ConditionalFormatDouble,
  ConditionalFormatRuleDouble,
  CustomConditionalFormatDouble,
} from "./conditional-formats";
import type { ConditionalRangeFillDouble, ConditionalRangeFontDouble, ConditionalRangeFormatDouble } from "./conditional-range-format";
import type { NamedItemCollectionDouble, NamedItemDouble } from "./names";
import type { HeaderFooterDouble, HeaderFooterGroupDouble, PageLayoutDouble } from "./page-layout";
import type { RangeDouble } from "./range";
import type { RangeFillDouble, RangeFontDouble, RangeFormatDouble } from "./range-format";
import type { RuntimeDouble } from "./runtime";
import type { ClientResultDouble } from "./session";
import type { TableCollectionDouble, TableDouble } from "./table";
import type { TableColumnCollectionDouble, TableColumnDouble, TableRowCollectionDouble, TableRowDouble } from "./table-parts";
import type { DataValidationDouble } from "./validation";
import type { WorkbookDouble } from "./workbook";
import type {
  WorksheetCollectionDouble,
  WorksheetDouble,
  WorksheetFreezePanesDouble,
  WorksheetProtectionDouble,
} from "./worksheet";

type IsAny<T> = 0 extends 1 & T ? true : false;
/** Mutual assignability: structural "is" would confuse look-alikes such as RangeFont and ConditionalRangeFont. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

// prettier-ignore
type Swap<T> =
  Same<T, Excel.Range> extends true ? RangeDouble :
  Same<T, Excel.Worksheet> extends true ? WorksheetDouble :
  Same<T, Excel.WorksheetCollection> extends true ? WorksheetCollectionDouble :
  Same<T, Excel.WorksheetProtection> extends true ? WorksheetProtectionDouble :
  Same<T, Excel.WorksheetFreezePanes> extends true ? WorksheetFreezePanesDouble :
  Same<T, Excel.PageLayout> extends true ? PageLayoutDouble :
  Same<T, Excel.HeaderFooterGroup> extends true ? HeaderFooterGroupDouble :
  Same<T, Excel.HeaderFooter> extends true ? HeaderFooterDouble :
  Same<T, Excel.Workbook> extends true ? WorkbookDouble :
  Same<T, Excel.Application> extends true ? ApplicationDouble :
  Same<T, Excel.Runtime> extends true ? RuntimeDouble :
  Same<T, Excel.RequestContext> extends true ? RequestContextDouble :
  Same<T, Excel.Table> extends true ? TableDouble :
  Same<T, Excel.TableCollection> extends true ? TableCollectionDouble :
  Same<T, Excel.TableColumn> extends true ? TableColumnDouble :
  Same<T, Excel.TableColumnCollection> extends true ? TableColumnCollectionDouble :
  Same<T, Excel.TableRow> extends true ? TableRowDouble :
  Same<T, Excel.TableRowCollection> extends true ? TableRowCollectionDouble :
  Same<T, Excel.NamedItem> extends true ? NamedItemDouble :
  Same<T, Excel.NamedItemCollection> extends true ? NamedItemCollectionDouble :
  Same<T, Excel.DataValidation> extends true ? DataValidationDouble :
  Same<T, Excel.RangeFormat> extends true ? RangeFormatDouble :
  Same<T, Excel.RangeFont> extends true ? RangeFontDouble :
  Same<T, Excel.RangeFill> extends true ? RangeFillDouble :
  Same<T, Excel.ConditionalFormatCollection> extends true ? ConditionalFormatCollectionDouble :
  Same<T, Excel.ConditionalFormat> extends true ? ConditionalFormatDouble :
  Same<T, Excel.CustomConditionalFormat> extends true ? CustomConditionalFormatDouble :
  Same<T, Excel.ConditionalFormatRule> extends true ? ConditionalFormatRuleDouble :
  Same<T, Excel.CellValueConditionalFormat> extends true ? CellValueConditionalFormatDouble :
  Same<T, Excel.ColorScaleConditionalFormat> extends true ? ColorScaleConditionalFormatDouble :
  Same<T, Excel.TextConditionalFormat> extends true ? TextConditionalFormatDouble :
  Same<T, Excel.ConditionalRangeFormat> extends true ? ConditionalRangeFormatDouble :
  Same<T, Excel.ConditionalRangeFont> extends true ? ConditionalRangeFontDouble :
  Same<T, Excel.ConditionalRangeFill> extends true ? ConditionalRangeFillDouble :
  Same<T, Excel.Chart> extends true ? ChartDouble :
  Same<T, Excel.ChartCollection> extends true ? ChartCollectionDouble :
  Same<T, Excel.ChartTitle> extends true ? ChartTitleDouble :
  Same<T, Excel.ChartLegend> extends true ? ChartLegendDouble :
  Same<T, Excel.ChartSeries> extends true ? ChartSeriesDouble :
  Same<T, Excel.ChartSeriesCollection> extends true ? ChartSeriesCollectionDouble :
  Same<T, Excel.ChartSeriesFormat> extends true ? ChartSeriesFormatDouble :
  Same<T, Excel.ChartFill> extends true ? ChartFillDouble :
  Same<T, Excel.ChartPointsCollection> extends true ? ChartPointsCollectionDouble :
  Same<T, Excel.ChartPoint> extends true ? ChartPointDouble :
  Same<T, Excel.ChartPointFormat> extends true ? ChartPointFormatDouble :
  Same<T, Excel.ChartDataLabels> extends true ? ChartDataLabelsDouble :
  Same<T, Excel.ChartAxes> extends true ? ChartAxesDouble :
  Same<T, Excel.ChartAxis> extends true ? ChartAxisDouble :
  Same<T, OfficeExtension.ClientResult<number>> extends true ? ClientResultDouble<number> :
  T;

/** An Excel type with every proxy type inside it (also in arrays and unions) replaced by its double. */
export type Doubled<T> = IsAny<T> extends true ? T : T extends readonly (infer U)[] ? Doubled<U>[] : Swap<T>;

type DoubledArgs<A extends unknown[]> = { [I in keyof A]: Doubled<A[I]> };

type DoubledMember<M> = M extends (...args: infer A) => infer R ? (...args: DoubledArgs<A>) => Doubled<R> : Doubled<M>;

/** The members K of Excel type T as a double must implement them (readonly kept, as in Pick). */
export type Api<T, K extends keyof T> = { [P in K]: DoubledMember<T[P]> };
