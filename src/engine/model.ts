/** Typed, validated calls to the worker's model API (an open scenario's results and workbook). */
import type { CellAddress } from '../workbook/sheet';
import type { EvaluateReply, SheetView, WorkbookView } from '../workbook/session';
import { z } from '../model/zod';
import type { CallOptions, EngineClient } from './engine-client';
import { evaluateReply, sheetReply, workbookReply } from './replies';

/** Validates and evaluates a scenario file as edited; issues name the fields at fault. */
export async function evaluateScenario(engine: EngineClient, file: unknown, delta: number, options?: CallOptions): Promise<EvaluateReply> {
  return evaluateReply.parse(await engine.run((api) => api.evaluateScenario(file, delta), options));
}

/** The sheets and names of the last valid scenario's workbook. */
export async function workbookOverview(engine: EngineClient, options?: CallOptions): Promise<WorkbookView | null> {
  return workbookReply.parse(await engine.run((api) => api.workbook(), options));
}

/** One sheet: each cell's formula and value. */
export async function workbookSheet(engine: EngineClient, name: string, options?: CallOptions): Promise<SheetView | null> {
  return sheetReply.parse(await engine.run((api) => api.sheet(name), options));
}

/** The references a cell's formula reads. */
export async function cellPrecedents(engine: EngineClient, at: CellAddress, options?: CallOptions): Promise<string[]> {
  return z.array(z.string()).parse(await engine.run((api) => api.precedents(at), options));
}
