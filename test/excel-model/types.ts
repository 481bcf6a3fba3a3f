/* The workbook the model keeps: plain data, no behaviour. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { SheetProtection } from "./protectionRules";
/** A rectangle of cells, 0-based and inclusive. */
export interface Box {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
}
export interface Cell {
  value: any;
  formula: string | null;
  numberFormat: string;
  format: Record<string, unknown>;
  computed?: unknown;
}
export type Origin = "user" | "addin";
export interface Sheet {
  id: string;
  name: string;
  origin: Origin;
  visibility: string;
  tabColor: string;
  cells: Map<number, Cell>;
  charts: any[];
  customProperties: Map<string, KeyValue>;
  freeze: unknown;
  props: Record<string, any>;
  formatCalls: Record<string, unknown>[];
  /** Rows (horizontal) and columns (vertical) with a page break before them. */
  pageBreaks: { horizontal: number[]; vertical: number[] };
  /** Worksheet protection (protectionRules.ts). */
  protection: SheetProtection;
}
export interface Table extends Box {
  id: string;
  name: string;
  sheet: Sheet;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
  origin: Origin;
  props: Record<string, any>;
  colIds: number[];
  placeholderRow: boolean;
}
export interface NameItem {
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
  scope: "Workbook" | "Worksheet";
  sheet: Sheet | null;
  origin: Origin;
}
export interface KeyValue {
  key: string;
  value: any;
  map: Map<string, KeyValue>;
}
export interface LogEntry {
  seq: number;
  run: number | null;
  sync: number | null;
  kind: string;
  target: string;
  member: string;
  [extra: string]: any;
}
export interface Warning {
  kind: string;
  [detail: string]: unknown;
}
export interface UserChange {
  kind: string;
  [detail: string]: unknown;
}
export interface WorkbookModel {
  sheets: Sheet[];
  tables: Table[];
  names: NameItem[];
  customProperties: Map<string, KeyValue>;
  settings: Map<string, KeyValue>;
  props: Record<string, unknown>;
  application: { calculationMode: string; suspendCalc: boolean; suspendScreen: boolean };
  active: Sheet | null;
  selection: { sheet: Sheet; box: Box } | null;
  deleted: Record<string, unknown>[];
}
