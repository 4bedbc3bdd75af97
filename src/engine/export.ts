/** Typed, validated call for the Excel export: the worker builds the workbook, the page gets the file's bytes. */
import { z } from '../model/zod';
import { parseReply, type CallOptions, type EngineClient } from './engine-client';

/** A large scenario's workbook takes a few seconds to build and write; the default deadline is for quick calls. */
const XLSX_TIMEOUT_MS = 60_000;

const xlsxReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), bytes: z.instanceof(Uint8Array) }),
  z.object({ ok: z.literal(false), issues: z.number().int().min(0) }),
]);

export type XlsxReply = z.infer<typeof xlsxReply>;

/** The .xlsx file of a scenario file as edited (labels in `language`), or how many problems keep it from being built. */
export async function exportXlsx(
  engine: EngineClient,
  file: unknown,
  options: CallOptions = {},
  language: 'en' | 'es' | 'pt' = 'en',
): Promise<XlsxReply> {
  return parseReply(
    xlsxReply,
    await engine.run((api) => api.exportXlsx(file, language), { timeoutMs: XLSX_TIMEOUT_MS, ...options }),
  );
}
