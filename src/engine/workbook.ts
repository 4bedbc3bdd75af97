/**
 * Typed, validated calls to the worker's workbook API: the sheets and defined names, one sheet's
 * values, one cell's formula and precedents. Replies are parsed like any other input (STYLE
 * point 3); a sheet comes as plain arrays so that parsing 22,000 cells stays in milliseconds.
 */
import type { CellDetail, SheetView, WorkbookView } from '../workbook/session';
import type { CellAddress } from '../workbook/sheet';
import type { Remote } from 'comlink';
import type { EngineApi } from '../../workers/engine';
import { z } from '../model/zod';
import { parseReply, type CallOptions, type EngineClient } from './engine-client';

const value = z.union([z.number(), z.string(), z.boolean(), z.null()]);
const int = z.number().int().min(0);

const refView = z.object({
  ref: z.string(),
  sheet: z.string(),
  row: int,
  col: int,
  end: z.object({ row: int, col: int }).optional(),
  name: z.string().optional(),
  value: value.optional(),
  error: z.boolean().optional(),
});

const workbookReply = z.object({ sheets: z.array(z.string()), names: z.array(refView) }).nullable();

const sheetReply = z
  .object({ name: z.string(), values: z.array(z.array(value)), kinds: z.array(z.string().regex(/^[vfe]*$/)) })
  .refine(
    (s) => s.kinds.length === s.values.length && s.kinds.every((k, r) => k.length === s.values[r]?.length),
    'kinds must match values',
  )
  .nullable();

const cellReply = z
  .object({
    sheet: z.string(),
    row: int,
    col: int,
    formula: z.string().nullable(),
    value,
    error: z.boolean().optional(),
    precedents: z.array(refView),
  })
  .nullable();

/** The sheets and defined names of the last valid scenario's workbook; null before there is one. */
export async function workbookOverview(engine: EngineClient, options?: CallOptions): Promise<WorkbookView | null> {
  return parseReply(workbookReply, await engine.run((api) => api.workbook(), options));
}

/** A workbook call with one argument; its reply is checked by `schema` before the page reads it. */
function workbookCall<A, T>(schema: z.ZodType<T>, method: (api: Remote<EngineApi>, arg: A) => Promise<unknown>) {
  return async (engine: EngineClient, arg: A, options?: CallOptions): Promise<T> =>
    parseReply(schema, await engine.run((api) => method(api, arg), options));
}

/** One sheet's values; null when there is no such sheet (or no workbook). */
export const workbookSheet = workbookCall<string, SheetView | null>(sheetReply, (api, name) => api.sheet(name));

/** One cell's formula, value and the references it reads. */
export const workbookCell = workbookCall<CellAddress, CellDetail | null>(cellReply, (api, at) => api.cell(at));
