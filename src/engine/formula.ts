/** Typed, validated calls to the worker's formula API: replies are parsed like any other input. */
import { z } from '../model/zod';
import { parseReply, type CallOptions, type EngineClient } from './engine-client';

const cellResult = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('value'), value: z.union([z.number(), z.string(), z.boolean(), z.null()]) }),
  z.object({ kind: z.literal('error'), error: z.string() }),
]);

/** A computed cell: its value, or a spreadsheet error code such as `#DIV/0!`. */
export type CellResult = z.infer<typeof cellResult>;

/** Has HyperFormula compute one formula (e.g. `=PMT(0.01, 60, -100000)`) in the worker. */
export async function evaluateFormula(
  engine: EngineClient,
  formula: string,
  options?: CallOptions,
): Promise<CellResult> {
  return parseReply(cellResult, await engine.run((api) => api.evaluateFormula(formula), options));
}

/** The version of HyperFormula running in the worker. */
export async function engineVersion(engine: EngineClient, options?: CallOptions): Promise<string> {
  return parseReply(z.string(), await engine.run((api) => api.version(), options));
}
