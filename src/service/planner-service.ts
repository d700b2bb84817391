/**
 * What the task pane asks of the workbook: the contract between the pane and a host, in a module
 * of its own so the pane depends on no host. The pane holds a PlannerService and never calls
 * Office itself; the Office host implements it (hosts/office/office-planner.ts), and tests and the
 * preview run that host over the in-memory Excel double.
 */
import type { Notice, StageState } from "../model/layout/steps";
import type { PlanSettings } from "../model/settings";
import type { Finding } from "../model/check/plan-tables";
import type { CatalogIndicator } from "../model/catalog/catalog";
import type { PlanSummary } from "../model/check/check-plan";

export interface WorkbookStatus {
  /** Settings read from the workbook's tblSettings; undefined for a workbook not set up yet. */
  settings?: PlanSettings;
  stages: StageState[];
  /** The dashboard, settings and lists: "ready" once set up. */
  workbook: StageState;
  notices: Notice[];
}

export interface Progress {
  /** What is happening, in words ("Reading the workbook", "Writing 3 sheets"). */
  label: string;
  /** 0 to 1. */
  fraction: number;
}

export interface SetupReport {
  notices: Notice[];
  /** Steps applied (sheets, tables, columns, names, formats...). */
  steps: number;
  syncs: number;
  status: WorkbookStatus;
}

export interface SetupRequest {
  settings: PlanSettings;
  /** Only these stages (1 to 6); everything when undefined. */
  stages?: number[];
}

export interface CheckReport {
  findings: Finding[];
  summary: PlanSummary;
  /** Syncs taken to read the tables (two plus one per 5 MB block). */
  readSyncs: number;
  /** Cells marked in the workbook (one mark may cover a run of adjacent cells). */
  marked: number;
  /** Protected sheets holding cells at fault: Excel refuses marks there, so they were left unmarked. */
  unmarkedSheets: string[];
}

export interface PlannerService {
  readStatus(): Promise<WorkbookStatus>;
  setUp(request: SetupRequest, onProgress?: (p: Progress) => void): Promise<SetupReport>;
  /**
   * Rebuilds the derived tables named (model/registry.ts says which pane action asks for which),
   * in place, from the rows present; all of them when no list.
   */
  refresh(tables?: string[], onProgress?: (p: Progress) => void): Promise<SetupReport>;
  /** Adds catalogue indicators to tblIndicators; returns their new IDs. */
  addIndicators(items: CatalogIndicator[]): Promise<string[]>;
  /** Checks the plan and marks the cells at fault (earlier marks are cleared first). */
  check(onProgress?: (p: Progress) => void): Promise<CheckReport>;
  /** Removes every mark the check made; returns how many cells they covered. */
  clearMarks(): Promise<number>;
  /** Activates the cell's sheet and selects the cell (a finding's address). */
  select(address: string): Promise<void>;
}

/** A failure the user must act on, already in plain words (see errors.ts). */
export class PlannerError extends Error {
  constructor(
    message: string,
    readonly code: string,
    /** What Excel answered (with its debugInfo), for logs and developers; the message is for the user. */
    readonly cause?: unknown,
  ) {
    super(message);
    this.name = "PlannerError";
  }
}
